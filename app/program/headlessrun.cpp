#include "app/program/headlessrun.h"

#include "app/connections/profilestore.h"
#include "app/connections/transportconfig.h"
#include "app/index/indexstore.h"
#include "app/index/localindex.h"
#include "app/keychain/keychainsecretstore.h"
#include "app/net/apiclient.h"
#include "app/program/headlessexport.h"
#include "app/program/headlesssync.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <cstdio>

namespace pc::program {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::program::HeadlessRun).
class HeadlessRun { Q_OBJECT };
#endif

namespace {

// Standard error gets one line per message: a server's detail may hold line
// breaks, and a script reads the first line.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

HeadlessRun::HeadlessRun(const StartOptions &options, const QByteArray &environmentToken, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_command(options.command.value_or(HeadlessCommand{}))
    , m_environmentToken(environmentToken)
{}

HeadlessRun::~HeadlessRun() = default;

void HeadlessRun::start()
{
    if (!m_options.command) {
        fail(2, tr("No command was given (see --help)."));
        return;
    }
    // A script reads standard error for the one line a failure writes; the
    // core's own log (pages walked, requests failed and retried) would bury
    // it. QT_LOGGING_RULES still turns it on (it takes precedence).
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*=false"));
    // As the window does: a profile that leaves the proxy to the system gets the system's.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    if (m_options.apiUrl) {
        m_profile = m_options.commandLineProfile();
    } else {
        const ProfileStore profiles;
        const std::optional<Profile> profile = profiles.profile(m_options.profile);
        if (!profile) {
            const Answer refused = CommandLine::unknownProfile(m_options.profile, profiles.names());
            printLine(stderr, refused.text);
            m_finished = true;
            Q_EMIT finished(refused.exitCode);
            return;
        }
        m_profile = *profile;
    }
    // A company that forbids local copies of customer data: nothing is kept,
    // so there is nothing to bring up to date or to read offline.
    if (!m_profile.keepLocalCopy && !isExport()) {
        fail(1,
             tr("The profile %1 keeps no local copy (\"Keep a local copy\" is off), so there is nothing to "
                "sync. Export walks the API instead.")
                 .arg(m_profile.name));
        return;
    }
    if (!m_profile.keepLocalCopy && m_command.offline) {
        fail(1, tr("The profile %1 keeps no local copy (\"Keep a local copy\" is off), so nothing can be "
                   "exported offline.")
                    .arg(m_profile.name));
        return;
    }
    if (!m_environmentToken.isEmpty() || m_command.offline) {
        withToken(m_environmentToken); // offline: nothing is sent, no token is needed
        return;
    }
    m_secrets = std::make_unique<KeychainSecretStore>();
    SecretJob *job = m_secrets->read(m_profile.secretKey());
    connect(job, &SecretJob::finished, this, [this](const SecretResult &result) {
        if (result.ok() && !result.secret.isEmpty())
            withToken(result.secret);
        else if (result.ok() || result.error == SecretResult::Error::NotFound)
            fail(1, tr("No API token is stored for the profile %1: set PROVIDER_CONSOLE_TOKEN, or connect "
                       "once in the console to keep one in the keychain.")
                        .arg(m_profile.name));
        else
            fail(1, tr("The API token could not be read from the keychain: %1").arg(result.message));
    });
}

void HeadlessRun::withToken(const QByteArray &token)
{
    // A manual proxy with a user: its password from the keychain, as the
    // window reads it (none stored: the proxy, if it needs one, says so).
    if (m_command.offline || m_profile.proxy.secretKey().isEmpty()) {
        connectWith(token, QString());
        return;
    }
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    TransportConfig::readProxyPassword(
        m_secrets.get(), m_profile.proxy, this,
        [this, token](const QString &password, const SecretResult &result) {
            if (result.ok() || result.error == SecretResult::Error::NotFound)
                connectWith(token, password);
            else
                fail(1, tr("The proxy password could not be read from the keychain: %1").arg(result.message));
        });
}

void HeadlessRun::connectWith(const QByteArray &token, const QString &proxyPassword)
{
    QString error;
    const std::optional<ConnectionSettings> settings =
        TransportConfig::connectionSettings(m_profile, token, &error, proxyPassword);
    if (!settings) {
        fail(1, error);
        return;
    }
    m_client = std::make_unique<ApiClient>(*settings);
    if (m_profile.keepLocalCopy)
        openIndex();
    else
        exportFromApi();
}

void HeadlessRun::openIndex()
{
    const QString path = IndexStore::defaultPath(m_profile.baseUrl(), m_profile.account);
    // Opening would create an empty index: offline, that only hides the fact
    // that there is none.
    if (m_command.offline && !QFileInfo::exists(path)) {
        fail(1,
             tr("There is no local copy of %1 on this computer: run provider-console sync first, or export "
                "without --offline.")
                 .arg(connectionName()));
        return;
    }
    m_store = std::make_unique<IndexStore>();
    connect(m_store.get(), &IndexStore::rebuilt, this, &HeadlessRun::note);
    connect(m_store.get(), &IndexStore::opened, this, &HeadlessRun::onOpened);
    m_store->open(path);
}

void HeadlessRun::onOpened(const OpenResult &result)
{
    if (!result.ok) {
        fail(1, tr("The local copy could not be opened: %1").arg(result.error));
        return;
    }
    if (m_command.offline) {
        exportFromIndex();
        return;
    }
    m_sync = std::make_unique<HeadlessSync>(m_client.get(), m_store.get());
    connect(m_sync.get(), &HeadlessSync::finished, this, &HeadlessRun::onSynced);
    m_sync->run(m_command.collections, m_command.full);
}

void HeadlessRun::onSynced(const SyncResult &result)
{
    if (result.busyElsewhere && isExport()) {
        // The other console keeps the index up to date; what it holds is
        // as good as this sync would have made it a moment ago.
        note(tr("%1 Exporting what the local copy holds now.").arg(result.message));
        exportFromIndex();
        return;
    }
    if (!result.ok()) {
        fail(1, result.message);
        return;
    }
    for (const QString &text : HeadlessSync::notes(result))
        note(text);
    // Both collections brought up to date: the window says "Synced … ago"
    // from this as from its own syncs.
    if (!isExport() && (m_command.collections.isEmpty() || m_command.collections.size() > 1))
        LocalIndex::recordLastSync(m_store->path(), QDateTime::currentDateTime());
    if (isExport()) {
        exportFromIndex();
        return;
    }
    printLine(stdout, result.message);
    succeed();
}

void HeadlessRun::exportFromIndex()
{
    m_store->readState(exported(), this, [this](const CollectionState &state) {
        const QString title = collectionTitle(exported());
        if (!state.hasCompleteCopy() && state.recordCount == 0) {
            fail(1, tr("The local copy of %1 holds no %2 yet: run provider-console sync first.")
                        .arg(connectionName(), title));
            return;
        }
        if (!state.hasCompleteCopy())
            note(
                tr("The local copy of %1 is not complete yet (its first copy was interrupted); exporting the "
                   "%2 records it holds.")
                    .arg(title, QLocale().toString(state.recordCount)));
        m_store->readRecords(exported(), this, [this](const QList<QJsonObject> &records) { write(records); });
    });
}

void HeadlessRun::exportFromApi()
{
    m_walk = std::make_unique<ApiWalkExport>(m_client.get(), exported());
    connect(m_walk.get(), &ApiWalkExport::finished, this, [this](const ApiError &error) {
        if (error.isError())
            fail(1, error.message);
        else
            write(m_walk->records());
    });
    m_walk->start();
}

void HeadlessRun::write(const QList<QJsonObject> &records)
{
    QString error;
    if (!RecordsWriter::write({exported(), m_command.format, m_command.output}, records, m_client.get(),
                              &error)) {
        fail(1, error);
        return;
    }
    // To standard output the records are the answer; to a file, one line says where they went.
    if (!m_command.output.isEmpty())
        printLine(stderr, tr("Exported %1 (%2 records) to %3.")
                              .arg(collectionTitle(exported()), QLocale().toString(records.size()),
                                   m_command.output));
    succeed();
}

QString HeadlessRun::connectionName() const
{
    return QStringLiteral("%1 @ %2").arg(m_profile.account, m_profile.baseUrl().host());
}

void HeadlessRun::note(const QString &text) const
{
    printLine(stderr, QStringLiteral("provider-console: ") + oneLine(text));
}

void HeadlessRun::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    note(message);
    Q_EMIT finished(exitCode);
}

void HeadlessRun::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(0);
}

} // namespace pc::program
