#include "app/connections/secretstore.h"

#include <QMetaObject>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::SecretJob).
class SecretJob { Q_OBJECT };
class SecretStore { Q_OBJECT };
class MemorySecretStore { Q_OBJECT };
#endif

SecretResult SecretResult::success(const QByteArray &secret)
{
    SecretResult result;
    result.secret = secret;
    return result;
}

SecretResult SecretResult::failure(Error error, const QString &message)
{
    SecretResult result;
    result.error = error;
    result.message = message;
    return result;
}

SecretJob::SecretJob(Operation operation, const QString &key, const QByteArray &secret, SecretStore *store)
    : QObject(store)
    , m_operation(operation)
    , m_key(key)
    , m_secret(secret)
{
    m_timeout.setSingleShot(true);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

SecretJob *SecretStore::read(const QString &key)
{
    return createJob(SecretJob::Operation::Read, key, {});
}

SecretJob *SecretStore::write(const QString &key, const QByteArray &secret)
{
    return createJob(SecretJob::Operation::Write, key, secret);
}

SecretJob *SecretStore::remove(const QString &key)
{
    return createJob(SecretJob::Operation::Remove, key, {});
}

SecretJob *SecretStore::createJob(SecretJob::Operation operation, const QString &key,
                                  const QByteArray &secret)
{
    auto *job = new SecretJob(operation, key, secret, this);
    connect(&job->m_timeout, &QTimer::timeout, this, [this, job] { onTimeout(job); });
    // Queued, with the job as context: the caller gets the job back and can
    // connect to finished() before anything can happen, even for a backend
    // that answers at once.
    QMetaObject::invokeMethod(
        job,
        [this, job] {
            if (m_timeoutMs > 0)
                job->m_timeout.start(m_timeoutMs);
            startJob(job);
        },
        Qt::QueuedConnection);
    return job;
}

void SecretStore::onTimeout(SecretJob *job)
{
    finishJob(job, SecretResult::failure(SecretResult::Error::Locked, noAnswerMessage(m_timeoutMs)));
}

void SecretStore::finishJob(SecretJob *job, SecretResult result)
{
    if (!job || job->m_finished)
        return;
    job->m_finished = true;
    job->m_timeout.stop();
    // A backend's own error text could in theory echo what it was given.
    for (const QByteArray &secret : {job->m_secret, result.secret}) {
        const QString text = QString::fromUtf8(secret);
        if (!text.isEmpty() && result.message.contains(text))
            result.message.replace(text, QStringLiteral("…"));
    }
    if (job->m_operation != SecretJob::Operation::Read || !result.ok())
        result.secret.clear();
    job->m_secret.fill('\0');
    job->m_secret.clear();
    job->m_result = result;
    Q_EMIT job->finished(result);
    job->deleteLater();
}

QString SecretStore::keyFor(const QString &host, const QString &account)
{
    return account.trimmed() + QLatin1Char('@') + host.trimmed().toLower();
}

QString SecretStore::serviceName()
{
    return QStringLiteral("provider-console");
}

QString SecretStore::notFoundMessage(const QString &key) const
{
    return tr("No token is saved in %1 for %2.").arg(backendName(), key);
}

QString SecretStore::noBackendMessage() const
{
    return tr("No keychain service is running, so the token cannot be kept safely. Use the token for this "
              "session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.");
}

QString SecretStore::lockedMessage() const
{
    return tr("The token could not be used because %1 is locked or refused access. Unlock it and retry, or "
              "use the token for this session only.")
        .arg(backendName());
}

QString SecretStore::noAnswerMessage(int ms) const
{
    return tr("No answer from %1 within %2 s (it may be locked or waiting for a password prompt). "
              "Unlock it and retry, or use the token for this session only.")
        .arg(backendName())
        .arg((ms + 999) / 1000);
}

QString SecretStore::otherMessage(SecretJob::Operation operation, const QString &detail) const
{
    QString what;
    switch (operation) {
    case SecretJob::Operation::Read:
        what = tr("The token could not be read from %1.").arg(backendName());
        break;
    case SecretJob::Operation::Write:
        what = tr("The token could not be saved in %1.").arg(backendName());
        break;
    case SecretJob::Operation::Remove:
        what = tr("The token could not be removed from %1.").arg(backendName());
        break;
    }
    if (detail.trimmed().isEmpty())
        return what;
    return tr("%1 It reported: %2").arg(what, detail.trimmed());
}

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

QString MemorySecretStore::backendName() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::startJob(SecretJob *job)
{
    using Error = SecretResult::Error;
    switch (m_simulation) {
    case Simulation::None:
        break;
    case Simulation::NoBackend:
        finishJob(job, SecretResult::failure(Error::NoBackend, noBackendMessage()));
        return;
    case Simulation::Locked:
        finishJob(job, SecretResult::failure(Error::Locked, lockedMessage()));
        return;
    case Simulation::Other:
        finishJob(job, SecretResult::failure(Error::Other,
                                             otherMessage(job->operation(), tr("simulated failure"))));
        return;
    case Simulation::NoAnswer:
        return;
    }
    switch (job->operation()) {
    case SecretJob::Operation::Read: {
        const auto it = m_secrets.constFind(job->key());
        if (it == m_secrets.constEnd())
            finishJob(job, SecretResult::failure(Error::NotFound, notFoundMessage(job->key())));
        else
            finishJob(job, SecretResult::success(*it));
        return;
    }
    case SecretJob::Operation::Write:
        m_secrets.insert(job->key(), secretToWrite(job));
        finishJob(job, SecretResult::success());
        return;
    case SecretJob::Operation::Remove:
        // Removing what is not there succeeds: the goal (no secret) is met.
        m_secrets.remove(job->key());
        finishJob(job, SecretResult::success());
        return;
    }
}

} // namespace pc
