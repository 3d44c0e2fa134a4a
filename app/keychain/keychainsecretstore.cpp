#include "app/keychain/keychainsecretstore.h"

#include <QPointer>
#include <QtGlobal>
#include <qt6keychain/keychain.h>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::KeychainSecretStore).
class KeychainSecretStore { Q_OBJECT };
#endif

namespace {

[[maybe_unused]] bool isSet(const char *name)
{
    return !qEnvironmentVariableIsEmpty(name);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(serviceName(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::backendName() const
{
    return tr("the system keychain");
}

std::optional<SecretResult> KeychainSecretStore::checkEnvironment()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    if (!isSet("DBUS_SESSION_BUS_ADDRESS")) {
        // With a display, GLib/QtDBus could autolaunch a bus whose keyring
        // then waits on an unlock prompt forever (toolchain.md, section 4).
        if (isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
            return SecretResult::failure(
                SecretResult::Error::NoBackend,
                tr("The system keychain was not used: this desktop session has no D-Bus session bus, and "
                   "starting one could hang on a password prompt. Use the token for this session only, or "
                   "log in to a desktop session with a keychain (such as GNOME Keyring or KWallet) and retry."));
        }
        return SecretResult::failure(
            SecretResult::Error::NoBackend,
            tr("No keychain service is running (there is no D-Bus session bus), so the token cannot be kept "
               "safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or "
               "KWallet) and retry."));
    }
#endif
    return std::nullopt;
}

void KeychainSecretStore::startJob(SecretJob *job)
{
    if (const auto refused = checkEnvironment()) {
        finishJob(job, *refused);
        return;
    }

    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case SecretJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case SecretJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(secretToWrite(job));
        keychainJob = write;
        break;
    }
    case SecretJob::Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent and auto-delete: the backend may still call back into a job
    // (a pending libsecret call) after ours timed out or its store went away,
    // so the QtKeychain job must live until it has finished by itself.
    keychainJob->setAutoDelete(true);
    // 0.13 ignores the fallback on Linux anyway (toolchain.md); off, so that
    // a token can never end up in a plaintext file on any platform.
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(job->key());

    const SecretJob::Operation operation = job->operation();
    const QString key = job->key();
    // The job is the context: once it has finished (or timed out) and been
    // deleted, a late answer goes nowhere.
    connect(keychainJob, &QKeychain::Job::finished, job, [this, job, operation, key](QKeychain::Job *done) {
        using Error = SecretResult::Error;
        const QString detail = done->errorString();
        switch (done->error()) {
        case QKeychain::NoError:
            if (operation == SecretJob::Operation::Read)
                finishJob(job, SecretResult::success(
                                   static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData()));
            else
                finishJob(job, SecretResult::success());
            return;
        case QKeychain::EntryNotFound:
            // Removing what is not there succeeds: the goal (no secret) is met.
            if (operation == SecretJob::Operation::Remove)
                finishJob(job, SecretResult::success());
            else
                finishJob(job, SecretResult::failure(Error::NotFound, notFoundMessage(key)));
            return;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            finishJob(job, SecretResult::failure(Error::Locked, lockedMessage()));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            finishJob(job, SecretResult::failure(Error::NoBackend, noBackendMessage()));
            return;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            break;
        }
        // The libsecret backend reports most failures as OtherError; these
        // texts (seen on Debian 12, toolchain.md section 4) name a missing
        // service or a collection that is not unlocked.
        if (detail.contains(QLatin1String("autolaunch"), Qt::CaseInsensitive) ||
            detail.contains(QLatin1String("dbus-launch")) ||
            detail.contains(QLatin1String("unsupported transport"), Qt::CaseInsensitive) ||
            (detail.contains(QLatin1String("org.freedesktop.secrets")) &&
             detail.contains(QLatin1String("not provided"), Qt::CaseInsensitive))) {
            finishJob(job, SecretResult::failure(Error::NoBackend, noBackendMessage()));
            return;
        }
        if (detail.contains(QLatin1String("/org/freedesktop/secrets/collection/"))) {
            finishJob(job, SecretResult::failure(Error::Locked, lockedMessage()));
            return;
        }
        finishJob(job, SecretResult::failure(Error::Other, otherMessage(operation, detail)));
    });
    keychainJob->start();
}

} // namespace pc
