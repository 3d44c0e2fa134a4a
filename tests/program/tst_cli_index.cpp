#include "app/connections/profilestore.h"
#include "app/index/indexstore.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/console.h"
#include "tests/support/index.h"
#include "tests/support/sandboxfixture.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using testsupport::Console;
using testsupport::ConsoleRun;

namespace {

// Distinctive, so a search of the files for it finds only the token.
const QString kToken = QStringLiteral("cli-index-token-7f3a9c");

sandbox::SandboxOptions smallSandbox()
{
    sandbox::SandboxOptions options;
    options.offeringCount = 20;
    options.instanceCount = 1000;
    options.burstLimit = false; // pacing has tests of its own; these count requests
    options.token = kToken;
    return options;
}

QStringList connectionTo(const sandbox::SandboxServer &server)
{
    return {QStringLiteral("--api-url"), server.baseUrl().toString(), QStringLiteral("--account"),
            QStringLiteral("wdc")};
}

QJsonArray jsonArrayOf(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s", qPrintable(error.errorString()));
    return document.array();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMap<qint64, QJsonObject> byId(const QJsonArray &records)
{
    QMap<qint64, QJsonObject> map;
    for (const QJsonValue &value : records)
        map.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
    return map;
}

// The records of a CSV file (RFC 4180: a quoted field may hold line breaks).
QList<QStringList> csvRecords(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QStringList columnTitles(const pc::PagedTableModel &model)
{
    QStringList titles;
    for (const pc::ColumnSpec &column : model.columns())
        titles.append(column.title);
    return titles;
}

bool askedForIdsOnly(const sandbox::SandboxServer &server)
{
    for (const sandbox::RecordedRequest &request : server.requests()) {
        if (request.query.queryItemValue(QStringLiteral("fields")) == QLatin1String("id"))
            return true;
    }
    return false;
}

} // namespace

// provider-console sync and export, the real program as a child process
// against the sandbox over HTTP, with a home of its own for each test.
class TestCliIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aSecondSyncCostsAtMostTwoRequests();
    void changesComeIncrementallyDeletionsWithFull();
    void exportJsonIsTheSandboxsRecords();
    void exportCsvHasTheWindowsColumns();
    void offlineExportSendsNothing();
    void aReconcileAboveTheQuotaShareIsLeftWithANote();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void aRefusedTokenExitsOneWithOneLine();
    void theTokenIsInNoFileOfTheDataFolder();
    void aProfileWithoutALocalCopy();

private:
    ConsoleRun run(const QStringList &arguments, const QString &token = kToken) const
    {
        return m_console->run(arguments, token);
    }
    QString indexFile() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Console> m_console;
};

void TestCliIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_console = std::make_unique<Console>(QStringLiteral(PROVIDER_CONSOLE_PATH),
                                          m_dir->filePath(QStringLiteral("home")));
}

QString TestCliIndex::indexFile() const
{
    const QStringList files =
        QDir(m_console->indexFolder()).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    return files.size() == 1 ? QDir(m_console->indexFolder()).filePath(files.constFirst()) : QString();
}

void TestCliIndex::aSecondSyncCostsAtMostTwoRequests()
{
    const auto server = testsupport::startSandbox(smallSandbox());
    const ConsoleRun first = run(QStringList{QStringLiteral("sync")} + connectionTo(*server));
    QVERIFY2(first.exitCode == 0, qPrintable(first.output()));
    // Standard error is not a terminal here: no progress, nothing at all.
    QVERIFY2(first.err.isEmpty(), first.err.constData());
    QCOMPARE(QString::fromUtf8(first.out).count(QLatin1Char('\n')), 1);
    QVERIFY2(first.out.startsWith("Up to date: "), first.out.constData());
    const QByteArray added =
        QByteArray::number(server->instanceCount() + testsupport::ownOfferingCount(*server)) + " new";
    QVERIFY2(first.out.contains(added), first.out.constData());
    QVERIFY(!indexFile().isEmpty());
    // The window's "Synced … ago" counts from this sync too.
    const QSettings settings(m_console->settingsFile(), QSettings::IniFormat);
    const QDateTime synced =
        settings.value(QStringLiteral("localIndex/lastSync/") + QFileInfo(indexFile()).fileName())
            .toDateTime();
    QVERIFY(synced.isValid());
    QVERIFY(qAbs(synced.secsTo(QDateTime::currentDateTime())) < 600);

    server->clearRequests();
    const ConsoleRun second = run(QStringList{QStringLiteral("sync")} + connectionTo(*server));
    QVERIFY2(second.exitCode == 0, qPrintable(second.output()));
    QVERIFY2(second.out.startsWith("Up to date: 0 new, 0 changed, 0 removed"), second.out.constData());
    // A 2021 server costs one more: each run of the program finds its
    // instance path again (a 404 on /app_instances; not kept between runs).
    const int allowed = testsupport::sandboxIs2021() ? 3 : 2;
    QVERIFY2(server->requests().size() <= allowed, qPrintable(QString::number(server->requests().size())));
    QVERIFY(!server->requests().isEmpty()); // it did ask: one request per collection
}

void TestCliIndex::changesComeIncrementallyDeletionsWithFull()
{
    const auto server = testsupport::startSandbox(smallSandbox());
    const QStringList sync = QStringList{QStringLiteral("sync")} + connectionTo(*server);
    QCOMPARE(run(sync).exitCode, 0);
    const qint64 changed = server->instanceIds().at(4);
    const qint64 deleted = server->instanceIds().at(6);
    QVERIFY(server->updateInstance(
        changed, {{QStringLiteral("suspended"), true},
                  {QStringLiteral("suspension_comment"), QStringLiteral("Paused by the test")}}));
    QVERIFY(server->deleteInstance(deleted));

    const QStringList offlineExport =
        QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--offline")} +
        connectionTo(*server);
    const ConsoleRun incremental = run(sync);
    QVERIFY2(incremental.exitCode == 0, qPrintable(incremental.output()));
    QVERIFY2(incremental.out.contains("0 removed"), incremental.out.constData());
    QMap<qint64, QJsonObject> stored = byId(jsonArrayOf(run(offlineExport).out));
    QCOMPARE(stored.value(changed), testsupport::listedInstance(*server, changed));
    QVERIFY(stored.contains(deleted)); // the API has no tombstones: only a reconcile removes

    const ConsoleRun full = run(sync + QStringList{QStringLiteral("--full")});
    QVERIFY2(full.exitCode == 0, qPrintable(full.output()));
    QVERIFY2(full.out.contains("1 removed"), full.out.constData());
    stored = byId(jsonArrayOf(run(offlineExport).out));
    QVERIFY(!stored.contains(deleted));
    QCOMPARE(stored.keys(), server->instanceIds());
}

void TestCliIndex::exportJsonIsTheSandboxsRecords()
{
    const auto server = testsupport::startSandbox(smallSandbox());
    const QList<qint64> ids = server->instanceIds();
    for (int i = 0; i < 5; ++i) // suspended ones with comments, so the fields differ between records
        QVERIFY(server->updateInstance(ids.at(i * 7),
                                       {{QStringLiteral("suspended"), true},
                                        {QStringLiteral("suspension_comment"),
                                         QStringLiteral("Überfällig, \"bitte\" zahlen\n#%1").arg(i)}}));
    const QString path = m_dir->filePath(QStringLiteral("instances.json"));
    // The first export syncs completely, then writes from the index.
    const ConsoleRun exported =
        run(QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"), path} +
            connectionTo(*server));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.output()));
    QVERIFY(exported.out.isEmpty());
    QCOMPARE(exported.errorLines().size(), 1); // where the records went
    QVERIFY(exported.err.contains(path.toUtf8()));

    const QJsonArray records = jsonArrayOf(fileBytes(path));
    QCOMPARE(records.size(), server->instanceCount());
    const QMap<qint64, QJsonObject> written = byId(records);
    QCOMPARE(written.keys(), ids); // every one, none twice
    int suspended = 0;
    for (qint64 id : ids) {
        const QJsonObject expected = testsupport::listedInstance(*server, id);
        const QJsonObject record = written.value(id);
        for (const char *field : {"id", "customer_account", "suspended", "suspension_comment"})
            QCOMPARE(record.value(QLatin1String(field)), expected.value(QLatin1String(field)));
        QCOMPARE(record, expected); // the whole record, as the API gives it
        suspended += record.value(QStringLiteral("suspended")).toBool();
    }
    QVERIFY(suspended >= 5);

    // To standard output, offerings: the account's own, whole.
    const ConsoleRun offerings = run(QStringList{QStringLiteral("export"), QStringLiteral("offerings"),
                                                 QStringLiteral("--format"), QStringLiteral("json")} +
                                     connectionTo(*server));
    QVERIFY2(offerings.exitCode == 0, qPrintable(offerings.output()));
    QVERIFY(offerings.err.isEmpty());
    const QMap<qint64, QJsonObject> offeringRecords = byId(jsonArrayOf(offerings.out));
    QCOMPARE(offeringRecords.keys(), testsupport::ownOfferingIds(*server));
    for (auto it = offeringRecords.cbegin(); it != offeringRecords.cend(); ++it)
        QCOMPARE(it.value(), server->offering(it.key()));
}

void TestCliIndex::exportCsvHasTheWindowsColumns()
{
    const auto server = testsupport::startSandbox(smallSandbox());
    pc::ApiClient client(testsupport::settingsFor(*server)); // only for the models' columns
    const pc::InstancesModel instancesModel(&client);
    const pc::OfferingsModel offeringsModel(&client);

    const QString path = m_dir->filePath(QStringLiteral("instances.csv"));
    const ConsoleRun exported = run(
        QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--output"), path} +
        connectionTo(*server));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.output()));
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // CSV by the file's extension, with the window's BOM
    const QList<QStringList> records = csvRecords(bytes);
    QCOMPARE(records.size(), server->instanceCount() + 1);
    QCOMPARE(records.constFirst(), columnTitles(instancesModel));
    QSet<QString> ids;
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.size(), instancesModel.columnCount());
        ids.insert(record.at(pc::InstancesModel::Id));
    }
    QCOMPARE(ids.size(), server->instanceCount());

    const ConsoleRun offerings = run(QStringList{QStringLiteral("export"), QStringLiteral("offerings"),
                                                 QStringLiteral("--format"), QStringLiteral("csv")} +
                                     connectionTo(*server));
    QVERIFY2(offerings.exitCode == 0, qPrintable(offerings.output()));
    const QList<QStringList> offeringRows = csvRecords(offerings.out);
    QCOMPARE(offeringRows.size(), testsupport::ownOfferingCount(*server) + 1);
    QCOMPARE(offeringRows.constFirst(), columnTitles(offeringsModel));
}

void TestCliIndex::offlineExportSendsNothing()
{
    auto server = testsupport::startSandbox(smallSandbox());
    const QStringList offline =
        QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--offline")} +
        connectionTo(*server);
    // No index yet: said in one line, and none is made.
    const ConsoleRun none = run(offline, QString());
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.errorLines().size(), 1);
    QVERIFY2(none.err.contains("provider-console sync"), none.err.constData());
    QVERIFY(indexFile().isEmpty());

    QCOMPARE(run(QStringList{QStringLiteral("sync")} + connectionTo(*server)).exitCode, 0);
    server->clearRequests();
    const ConsoleRun quiet = run(offline, QString()); // no token needed: nothing is sent
    QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.output()));
    QCOMPARE(server->requestCount(), 0);
    QCOMPARE(jsonArrayOf(quiet.out).size(), server->instanceCount());

    const int count = server->instanceCount();
    server.reset(); // the API is gone
    const ConsoleRun stopped = run(offline, QString());
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.output()));
    QCOMPARE(jsonArrayOf(stopped.out).size(), count);
    QCOMPARE(stopped.out, quiet.out);
}

// 3,000 instances: a reconcile of about 36 requests; an hourly limit of 110
// allows 33 without asking (30 %).
void TestCliIndex::aReconcileAboveTheQuotaShareIsLeftWithANote()
{
    sandbox::SandboxOptions options = smallSandbox();
    options.instanceCount = 3000;
    options.hourlyLimit = 110;
    const auto server = testsupport::startSandbox(options);
    const QStringList sync =
        QStringList{QStringLiteral("sync"), QStringLiteral("instances")} + connectionTo(*server);
    QCOMPARE(run(sync).exitCode, 0); // the first copy counts as a reconcile
    {
        // A day later: the next reconcile is due.
        pc::IndexStore store;
        QVERIFY(testsupport::openIndex(store, indexFile()).ok);
        pc::StatePatch patch;
        patch.lastReconcileEnd = QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000;
        const pc::WriteResult written = testsupport::awaitIndex<pc::WriteResult>(
            [&](auto done) { store.writeState(pc::IndexCollection::Instances, patch, nullptr, done); });
        QVERIFY(written.ok());
    }

    server->clearRequests();
    const ConsoleRun skipped = run(sync);
    QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.output())); // a note, not a failure
    QVERIFY2(skipped.out.startsWith("Up to date: "), skipped.out.constData());
    QCOMPARE(skipped.errorLines().size(), 1);
    QVERIFY2(skipped.err.contains("sync --full"), skipped.err.constData());
    QVERIFY(!askedForIdsOnly(*server));

    const ConsoleRun full = run(sync + QStringList{QStringLiteral("--full")}); // the user's confirmation
    QVERIFY2(full.exitCode == 0, qPrintable(full.output()));
    QVERIFY2(full.err.isEmpty(), full.err.constData());
    QVERIFY(askedForIdsOnly(*server));
    QCOMPARE(server->rateLimitedCount(), 0);
}

void TestCliIndex::usageErrorsExitTwo_data()
{
    // Nothing listens here, and nothing may be sent anyway.
    const QStringList connection{QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                                 QStringLiteral("--account"), QStringLiteral("wdc")};
    QTest::addColumn<QStringList>("arguments");
    const auto row = [&](const char *name, const QString &line) {
        QTest::newRow(name) << line.split(QLatin1Char(' ')) + connection;
    };
    row("unknown collection", QStringLiteral("sync widgets"));
    row("two collections", QStringLiteral("sync offerings instances"));
    row("export without collection", QStringLiteral("export"));
    row("export unknown collection", QStringLiteral("export widgets"));
    row("unknown format", QStringLiteral("export instances --format xml"));
    row("empty output", QStringLiteral("export instances --output="));
    row("full with export", QStringLiteral("export instances --full"));
    row("offline with sync", QStringLiteral("sync --offline"));
    row("output with sync", QStringLiteral("sync --output x.json"));
    row("window option with sync", QStringLiteral("sync --screenshot x.png"));
    row("unknown option", QStringLiteral("sync --no-such-option"));
    row("unknown command", QStringLiteral("frobnicate"));
    row("command option alone", QStringLiteral("--full"));
    QTest::newRow("no connection") << QStringList{QStringLiteral("sync")};
}

void TestCliIndex::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const ConsoleRun refused = run(arguments, QStringLiteral("t"));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(refused.errorLines().size(), 1);
    QVERIFY2(refused.err.startsWith("provider-console: "), refused.err.constData());
    QVERIFY(!QDir(m_console->indexFolder()).exists());
}

void TestCliIndex::aRefusedTokenExitsOneWithOneLine()
{
    const auto server = testsupport::startSandbox(smallSandbox());
    const ConsoleRun sync =
        run(QStringList{QStringLiteral("sync")} + connectionTo(*server), QStringLiteral("wrong"));
    QCOMPARE(sync.exitCode, 1);
    QVERIFY(sync.out.isEmpty());
    QCOMPARE(sync.errorLines().size(), 1);
    QVERIFY2(sync.err.contains("token was not accepted") && sync.err.contains("401"), sync.err.constData());

    const QString path = m_dir->filePath(QStringLiteral("refused.json"));
    const ConsoleRun exported = run(
        QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--output"), path} +
            connectionTo(*server),
        QStringLiteral("wrong"));
    QCOMPARE(exported.exitCode, 1);
    QCOMPARE(exported.errorLines().size(), 1);
    QVERIFY(!QFile::exists(path));
}

void TestCliIndex::theTokenIsInNoFileOfTheDataFolder()
{
    const auto server = testsupport::startSandbox(smallSandbox());
    QCOMPARE(run(QStringList{QStringLiteral("sync")} + connectionTo(*server)).exitCode, 0);
    const ConsoleRun exported =
        run(QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--output"),
                        m_console->home() + QStringLiteral("/export.csv")} +
            connectionTo(*server));
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(!exported.output().contains(kToken));
    QStringList searched;
    QDirIterator it(m_console->home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!fileBytes(path).contains(kToken.toUtf8()), qPrintable(path));
        searched.append(path);
    }
    QVERIFY2(searched.contains(indexFile()), qPrintable(searched.join(QLatin1Char(' '))));
}

void TestCliIndex::aProfileWithoutALocalCopy()
{
    const auto server = testsupport::startSandbox(smallSandbox());
    {
        pc::ProfileStore profiles(m_console->settingsFile());
        pc::Profile profile;
        profile.name = QStringLiteral("no copy");
        profile.customBaseUrl = server->baseUrl().toString();
        profile.account = QStringLiteral("wdc");
        profile.keepLocalCopy = false;
        QString error;
        QVERIFY2(profiles.save(profile, QString(), &error), qPrintable(error));
    }
    const QStringList profile{QStringLiteral("--profile"), QStringLiteral("no copy")};
    const ConsoleRun sync = run(QStringList{QStringLiteral("sync")} + profile);
    QCOMPARE(sync.exitCode, 1);
    QCOMPARE(sync.errorLines().size(), 1);
    QVERIFY2(sync.err.contains("keeps no local copy"), sync.err.constData());
    const ConsoleRun offline =
        run(QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--offline")} +
            profile);
    QCOMPARE(offline.exitCode, 1);
    QCOMPARE(offline.errorLines().size(), 1);
    QCOMPARE(server->requestCount(), 0);

    // Export walks the API and keeps nothing.
    const QString path = m_dir->filePath(QStringLiteral("walked.json"));
    const ConsoleRun exported = run(
        QStringList{QStringLiteral("export"), QStringLiteral("instances"), QStringLiteral("--output"), path} +
        profile);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.output()));
    const QMap<qint64, QJsonObject> records = byId(jsonArrayOf(fileBytes(path)));
    QCOMPARE(records.keys(), server->instanceIds());
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        QCOMPARE(it.value(), testsupport::listedInstance(*server, it.key()));
    QVERIFY(!QDir(m_console->indexFolder()).exists());
}

QTEST_GUILESS_MAIN(TestCliIndex)
#include "tst_cli_index.moc"
