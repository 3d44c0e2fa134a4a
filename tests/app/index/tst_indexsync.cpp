#include "app/index/indexsync.h"
#include "app/net/apiclient.h"
#include "tests/support/index.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace pc;
using testsupport::indexRecords;
using testsupport::indexState;
using testsupport::runSync;

namespace {

const QString kOfferings = QStringLiteral("/v1/app_offerings");
const QString kInstances = QStringLiteral("/v1/app_instances");

// A sandbox, a client of it, an index and its sync: one console.
struct Console
{
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<IndexStore> store;
    std::unique_ptr<IndexSync> sync;
};

sandbox::SandboxOptions smallSandbox()
{
    sandbox::SandboxOptions options;
    options.offeringCount = 20;
    options.instanceCount = 1000;
    options.burstLimit = false; // pacing has tests of its own; these count requests
    return options;
}

// The records of a collection as the sandbox has them now, by id.
QMap<qint64, QJsonObject> sandboxRecords(const sandbox::SandboxServer &server, IndexCollection collection)
{
    QMap<qint64, QJsonObject> records;
    if (collection == IndexCollection::Offerings) {
        for (qint64 id : testsupport::ownOfferingIds(server))
            records.insert(id, server.offering(id));
    } else {
        for (qint64 id : server.instanceIds())
            records.insert(id, server.instance(id));
    }
    return records;
}

QMap<qint64, QJsonObject> storedRecords(IndexStore &store, IndexCollection collection)
{
    QMap<qint64, QJsonObject> records;
    for (QJsonObject record : indexRecords(store, collection)) {
        record.remove(QStringLiteral("padding")); // the huge-page fault's filler, kept as the API sent it
        records.insert(record.value(QStringLiteral("id")).toInteger(), record);
    }
    return records;
}

// Every record the index holds is the sandbox's, field for field; with
// `complete`, it holds every one of them too.
void verifyAgainstSandbox(const sandbox::SandboxServer &server, IndexStore &store, bool complete)
{
    for (IndexCollection collection : {IndexCollection::Offerings, IndexCollection::Instances}) {
        const QMap<qint64, QJsonObject> expected = sandboxRecords(server, collection);
        const QMap<qint64, QJsonObject> stored = storedRecords(store, collection);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            QVERIFY2(expected.contains(it.key()), qPrintable(QString::number(it.key())));
            QCOMPARE(it.value(), expected.value(it.key()));
        }
        if (complete)
            QCOMPARE(stored.keys(), expected.keys());
    }
}

// Every request for the instances after the first `skip` gets a 500 (which
// the client does not retry).
sandbox::Fault instancesFailFrom(int skip)
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 500;
    fault.pathPattern = QStringLiteral("^/v1/app_instances$");
    fault.skip = skip;
    fault.times = -1;
    return fault;
}

int requestsTo(const sandbox::SandboxServer &server, const QString &path)
{
    int count = 0;
    for (const sandbox::RecordedRequest &request : server.requests())
        count += request.path == path;
    return count;
}

// Every request of the walk by id (and its bound) asked only for ids after
// `lastId`: it went on from there, not from the start.
bool walkWentOnAfter(const sandbox::SandboxServer &server, qint64 lastId)
{
    int walkRequests = 0;
    for (const sandbox::RecordedRequest &request : server.requests()) {
        const QString sort = request.query.queryItemValue(QStringLiteral("sort"));
        if (request.path != kInstances || (sort != QStringLiteral("id") && sort != QStringLiteral("-id")))
            continue;
        ++walkRequests;
        const QString range = request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        static const QRegularExpression from(QStringLiteral("^>(=?)(\\d+)"));
        const QRegularExpressionMatch match = from.match(range);
        if (!match.hasMatch())
            return false;
        const qint64 first = match.captured(2).toLongLong() + (match.captured(1).isEmpty() ? 1 : 0);
        if (first <= lastId)
            return false;
    }
    return walkRequests > 0;
}

qint64 newestUpdatedAt(const sandbox::SandboxServer &server, IndexCollection collection)
{
    qint64 newest = -1;
    for (const QJsonObject &record : sandboxRecords(server, collection))
        newest = std::max(
            newest, QDateTime::fromString(record.value(QStringLiteral("updated_at")).toString(), Qt::ISODate)
                        .toSecsSinceEpoch());
    return newest;
}

} // namespace

class TestIndexSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstSyncCopiesEverythingAndNoToken();
    void nothingChangedCostsOneRequestPerCollection();
    void incrementalFetchesOnlyWhatChanged();
    void deletionsOnlyAfterACompletedReconcile();
    void interruptedReconcileDeletesNothing();
    void reconcileOverTheQuotaShareNeedsConfirmation();
    void interruptedFirstWalkResumes();
    void cancelKeepsWhatArrived();
    void killedMidWalkResumesAndTheOtherProcessWaits();
    void twoConsolesOneSyncs();
    void faultsLeaveTheIndexConsistent_data();
    void faultsLeaveTheIndexConsistent();
    void serverRecordsAreStoredAtOnce();
    void legacyServerIsStoredInOneShape();

private:
    Console console(const sandbox::SandboxServer &server,
                    const QString &name = QStringLiteral("index.sqlite"));
    QString pathOf(const QString &name) const { return QDir(m_dir->path()).filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestIndexSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Console TestIndexSync::console(const sandbox::SandboxServer &server, const QString &name)
{
    ConnectionSettings settings = testsupport::settingsFor(server);
    settings.paceBurst = false;
    Console c;
    c.client = std::make_unique<ApiClient>(settings);
    c.store = std::make_unique<IndexStore>();
    const OpenResult opened = testsupport::openIndex(*c.store, pathOf(name));
    if (!opened.ok)
        qFatal("the index did not open: %s", qPrintable(opened.error));
    c.sync = std::make_unique<IndexSync>(c.client.get(), c.store.get());
    return c;
}

void TestIndexSync::firstSyncCopiesEverythingAndNoToken()
{
    sandbox::SandboxOptions options = smallSandbox();
    options.token = QStringLiteral("tok-7f3a9c-never-on-disk");
    auto server = testsupport::startSandbox(options);
    Console c = console(*server);
    const SyncResult result = runSync(*c.sync);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.added(), testsupport::ownOfferingCount(*server) + server->instanceCount());
    QCOMPARE(result.changed(), 0);
    QCOMPARE(result.requests(), server->requestCount());
    verifyAgainstSandbox(*server, *c.store, true);
    for (IndexCollection collection : {IndexCollection::Offerings, IndexCollection::Instances}) {
        const CollectionState state = indexState(*c.store, collection);
        QVERIFY(state.hasCompleteCopy());
        QVERIFY(!state.walkRunning);
        QVERIFY(state.lastReconcileEnd > 0); // a walk from empty listed everything
        QCOMPARE(state.highWater, newestUpdatedAt(*server, collection));
    }
    qInfo("first sync of %d offerings and %d instances: %lld requests",
          testsupport::ownOfferingCount(*server), server->instanceCount(), qlonglong(result.requests()));
    c.store.reset(); // closed: everything is in the files now
    QDirIterator files(m_dir->path(), QDir::Files);
    while (files.hasNext()) {
        const QString file = files.next();
        const QByteArray bytes = testsupport::indexFileBytes(file);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(options.token.toUtf8()), qPrintable(file));
        QVERIFY(!bytes.contains("Bearer"));
    }
}

void TestIndexSync::nothingChangedCostsOneRequestPerCollection()
{
    auto server = testsupport::startSandbox(smallSandbox());
    Console c = console(*server);
    QVERIFY(runSync(*c.sync).ok());
    server->clearRequests();
    const SyncResult result = runSync(*c.sync);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(requestsTo(*server, kOfferings), 1);
    QCOMPARE(requestsTo(*server, kInstances), 1);
    QCOMPARE(server->requestCount(), 2);
    QCOMPARE(result.requests(), 2);
    QCOMPARE(result.added() + result.changed() + result.removed(), 0);
    // From the mark minus the overlap, in UTC with its zone, in updated_at order.
    const sandbox::RecordedRequest request = server->requests().last();
    const QString from = request.query.queryItemValue(QStringLiteral("updated_at"), QUrl::FullyDecoded);
    const QDateTime mark =
        QDateTime::fromSecsSinceEpoch(newestUpdatedAt(*server, IndexCollection::Instances) - 5, Qt::UTC);
    QCOMPARE(from, QStringLiteral(">=") + mark.toString(Qt::ISODate));
    QVERIFY(from.endsWith(QLatin1Char('Z')));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("sort")), QStringLiteral("updated_at"));
}

void TestIndexSync::incrementalFetchesOnlyWhatChanged()
{
    auto server = testsupport::startSandbox(smallSandbox());
    Console c = console(*server);
    QVERIFY(runSync(*c.sync).ok());
    // Someone else changes 1 % of the instances and an offering, and installs two more.
    const QList<qint64> ids = server->instanceIds();
    for (int i = 0; i < ids.size() / 100; ++i)
        QVERIFY(server->updateInstance(ids.at(i * 97 % ids.size()), {{QStringLiteral("suspended"), true},
                                                                     {QStringLiteral("suspension_comment"),
                                                                      QStringLiteral("unpaid %1").arg(i)}}));
    const qint64 offering = testsupport::ownOfferingIds(*server).first();
    QVERIFY(server->updateOffering(
        offering, {{QStringLiteral("card_description"), QStringLiteral("Changed elsewhere")}}));
    server->createInstance(offering);
    server->createInstance(offering);
    server->clearRequests();
    const SyncResult result = runSync(*c.sync);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.changed(), ids.size() / 100 + 1);
    QCOMPARE(result.added(), 2);
    QVERIFY(requestsTo(*server, kInstances) <= 2);
    QCOMPARE(requestsTo(*server, kOfferings), 1);
    verifyAgainstSandbox(*server, *c.store, true);
    qInfo("%lld instances, 1 %% changed: %d requests", qlonglong(ids.size()), server->requestCount());
}

void TestIndexSync::deletionsOnlyAfterACompletedReconcile()
{
    auto server = testsupport::startSandbox(smallSandbox());
    Console c = console(*server);
    QVERIFY(runSync(*c.sync).ok());
    const QList<qint64> ids = server->instanceIds();
    for (qint64 id : {ids.at(3), ids.at(500), ids.last()})
        QVERIFY(server->deleteInstance(id));
    // The API has no tombstones: an incremental pass cannot see an uninstall.
    SyncResult result = runSync(*c.sync);
    QCOMPARE(result.removed(), 0);
    QCOMPARE(indexState(*c.store, IndexCollection::Instances).recordCount, ids.size());
    SyncOptions reconcile;
    reconcile.reconcile = SyncOptions::Reconcile::Now;
    server->clearRequests();
    result = runSync(*c.sync, reconcile);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.removed(), 3);
    QVERIFY(result.collections.at(1).reconciled);
    verifyAgainstSandbox(*server, *c.store, true);
    // Ids only.
    for (const sandbox::RecordedRequest &request : server->requests()) {
        if (request.query.hasQueryItem(QStringLiteral("id")))
            QCOMPARE(request.query.queryItemValue(QStringLiteral("fields")), QStringLiteral("id"));
    }
}

void TestIndexSync::interruptedReconcileDeletesNothing()
{
    auto server = testsupport::startSandbox(smallSandbox());
    Console c = console(*server);
    QVERIFY(runSync(*c.sync).ok());
    const QList<qint64> ids = server->instanceIds();
    QVERIFY(server->deleteInstance(ids.at(10)));
    // The listing of ids fails half-way (500 is not retried).
    server->addFault(instancesFailFrom(5));
    SyncOptions reconcile;
    reconcile.reconcile = SyncOptions::Reconcile::Now;
    SyncResult result = runSync(*c.sync, reconcile);
    QVERIFY(!result.ok());
    QCOMPARE(result.apiError.httpStatus, 500);
    QCOMPARE(result.removed(), 0);
    QCOMPARE(indexState(*c.store, IndexCollection::Instances).recordCount, ids.size());
    QCOMPARE(testsupport::indexIntegrity(*c.store), QStringLiteral("ok"));
    server->clearFaults();
    result = runSync(*c.sync, reconcile);
    QVERIFY(result.ok());
    QCOMPARE(result.removed(), 1);
}

void TestIndexSync::reconcileOverTheQuotaShareNeedsConfirmation()
{
    auto server = testsupport::startSandbox(smallSandbox());
    Console c = console(*server);
    QVERIFY(runSync(*c.sync).ok());
    IndexSyncSettings settings;
    settings.reconcileQuotaShare = 0.003; // 10 of the sandbox's 3,600: less than 1,000 ids need
    c.sync->setSettings(settings);
    QVERIFY(server->deleteInstance(server->instanceIds().first()));
    server->clearRequests();
    QSignalSpy confirm(c.sync.get(), &IndexSync::needsConfirmation);
    SyncOptions reconcile;
    reconcile.reconcile = SyncOptions::Reconcile::Now;
    SyncResult result = runSync(*c.sync, reconcile);
    QVERIFY(result.ok()); // the incremental part ran
    QVERIFY(result.reconcileNeedsConfirmation());
    QCOMPARE(confirm.size(), 1); // offerings fit in the share, instances do not
    QCOMPARE(confirm.first().at(0).value<IndexCollection>(), IndexCollection::Instances);
    QVERIFY(confirm.first().at(1).toInt() > confirm.first().at(2).toInt());
    QCOMPARE(confirm.first().at(2).toInt(), 10);
    QCOMPARE(requestsTo(*server, kInstances), 1); // only the incremental pass
    QCOMPARE(result.removed(), 0);
    reconcile.reconcileConfirmed = true;
    result = runSync(*c.sync, reconcile);
    QVERIFY(result.ok());
    QCOMPARE(result.removed(), 1);
    QCOMPARE(confirm.size(), 1);
}

void TestIndexSync::interruptedFirstWalkResumes()
{
    auto server = testsupport::startSandbox(smallSandbox());
    Console c = console(*server);
    // The walk of the instances stops midway: after the mark, the bounds and
    // the first page of each of the four ranges, every request fails.
    server->addFault(instancesFailFrom(7));
    SyncResult result = runSync(*c.sync);
    QVERIFY(!result.ok());
    const CollectionState interrupted = indexState(*c.store, IndexCollection::Instances);
    QVERIFY(interrupted.walkRunning);
    QVERIFY(!interrupted.hasCompleteCopy());
    QVERIFY(interrupted.walkDoneThroughId > 0);
    QVERIFY(interrupted.recordCount > 0 && interrupted.recordCount < server->instanceCount());
    QCOMPARE(testsupport::indexIntegrity(*c.store), QStringLiteral("ok"));
    verifyAgainstSandbox(*server, *c.store, false);

    server->clearFaults();
    server->clearRequests();
    SyncOptions walkOnly;
    walkOnly.reconcile = SyncOptions::Reconcile::Never;
    result = runSync(*c.sync, walkOnly);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.collections.at(1).resumed);
    verifyAgainstSandbox(*server, *c.store, true);
    // Not from zero: the walk went on after what was complete.
    QVERIFY(walkWentOnAfter(*server, interrupted.walkDoneThroughId));
    // A resumed walk may hold records deleted meanwhile: a reconcile comes next.
    QCOMPARE(indexState(*c.store, IndexCollection::Instances).lastReconcileEnd, 0);
}

void TestIndexSync::cancelKeepsWhatArrived()
{
    auto server = testsupport::startSandbox(smallSandbox());
    server->setLatency(30);
    Console c = console(*server);
    QSignalSpy finished(c.sync.get(), &IndexSync::finished);
    QObject::connect(c.sync.get(), &IndexSync::progress, this,
                     [&c](IndexCollection collection, CollectionSync::Phase, qint64 done, qint64) {
                         if (collection == IndexCollection::Instances && done >= 200)
                             c.sync->cancel();
                     });
    QVERIFY(c.sync->sync());
    QVERIFY(finished.wait(60000));
    const SyncResult result = finished.first().first().value<SyncResult>();
    QVERIFY(result.cancelled());
    QCOMPARE(testsupport::indexIntegrity(*c.store), QStringLiteral("ok"));
    verifyAgainstSandbox(*server, *c.store, false);
    QObject::disconnect(c.sync.get(), &IndexSync::progress, this, nullptr);
    server->setLatency(0);
    QVERIFY(runSync(*c.sync).ok());
    verifyAgainstSandbox(*server, *c.store, true);
}

void TestIndexSync::killedMidWalkResumesAndTheOtherProcessWaits()
{
    sandbox::SandboxOptions options = smallSandbox();
    options.latencyMs = 150; // one cursor, ten pages: a walk of some seconds
    auto server = testsupport::startSandbox(options);
    const QString path = pathOf(QStringLiteral("shared.sqlite"));
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), options.token);
    helper.setProcessEnvironment(environment);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    qint64 instancesDone = 0;
    QObject::connect(&helper, &QProcess::readyReadStandardOutput, this, [&helper, &instancesDone] {
        while (helper.canReadLine()) {
            const QList<QByteArray> words = helper.readLine().trimmed().split(' ');
            if (words.size() == 3 && words.at(0) == "progress" && words.at(1) == "instances")
                instancesDone = words.at(2).toLongLong();
        }
    });
    helper.start(QStringLiteral(PC_INDEX_SYNCHELPER),
                 {path, server->baseUrl().toString(), options.account, QStringLiteral("1")});
    QVERIFY(helper.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(instancesDone >= 300, 60000);

    // Meanwhile another console on the same file: it may read, not sync.
    Console other = console(*server, QStringLiteral("shared.sqlite"));
    QSignalSpy busy(other.sync.get(), &IndexSync::busyElsewhere);
    SyncResult result = runSync(*other.sync);
    QVERIFY(result.busyElsewhere);
    QCOMPARE(busy.size(), 1);
    QVERIFY(busy.first().first().toString().contains(QString::number(helper.processId())));
    QVERIFY(indexState(*other.store, IndexCollection::Instances).recordCount >= 100);

    helper.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    QCOMPARE(testsupport::indexIntegrity(*other.store), QStringLiteral("ok"));
    const CollectionState interrupted = indexState(*other.store, IndexCollection::Instances);
    QVERIFY(interrupted.walkRunning);
    QVERIFY(interrupted.walkDoneThroughId > 0);
    verifyAgainstSandbox(*server, *other.store, false);

    // Its lock went with its process: this one goes on where it stopped.
    server->setLatency(0);
    server->clearRequests();
    SyncOptions walkOnly;
    walkOnly.reconcile = SyncOptions::Reconcile::Never; // one is due after a resumed walk: counted elsewhere
    result = runSync(*other.sync, walkOnly);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.collections.at(1).resumed);
    verifyAgainstSandbox(*server, *other.store, true);
    QVERIFY(walkWentOnAfter(*server, interrupted.walkDoneThroughId));
    qInfo("killed after id %lld; the resumed sync sent %d requests for instances",
          qlonglong(interrupted.walkDoneThroughId), requestsTo(*server, kInstances));
}

void TestIndexSync::twoConsolesOneSyncs()
{
    auto server = testsupport::startSandbox(smallSandbox());
    server->setLatency(40);
    Console first = console(*server, QStringLiteral("one.sqlite"));
    Console second = console(*server, QStringLiteral("one.sqlite"));
    QSignalSpy firstFinished(first.sync.get(), &IndexSync::finished);
    QVERIFY(first.sync->sync());
    QTRY_VERIFY(indexState(*second.store, IndexCollection::Offerings).recordCount > 0);
    const SyncResult refused = runSync(*second.sync);
    QVERIFY(refused.busyElsewhere);
    QVERIFY(!refused.message.isEmpty());
    QVERIFY(firstFinished.wait(60000));
    QVERIFY(firstFinished.first().first().value<SyncResult>().ok());
    server->setLatency(0);
    // The first one gave the lock back: the second one syncs now (nothing changed).
    server->clearRequests();
    const SyncResult after = runSync(*second.sync);
    QVERIFY2(after.ok(), qPrintable(after.message));
    QCOMPARE(server->requestCount(), 2);
    verifyAgainstSandbox(*server, *second.store, true);
}

void TestIndexSync::faultsLeaveTheIndexConsistent_data()
{
    using Kind = sandbox::Fault::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("times");
    QTest::newRow("latency") << int(Kind::Latency) << 0 << 3;
    QTest::newRow("status 500") << int(Kind::Status) << 500 << -1;
    QTest::newRow("status 503 once") << int(Kind::Status) << 503 << 1;
    QTest::newRow("rate limit") << int(Kind::RateLimit) << 0 << 1;
    QTest::newRow("malformed json") << int(Kind::MalformedJson) << 0 << -1;
    QTest::newRow("empty body") << int(Kind::EmptyBody) << 0 << -1;
    QTest::newRow("truncated body") << int(Kind::TruncatedBody) << 0 << 1;
    QTest::newRow("reset mid body") << int(Kind::ResetMidBody) << 0 << 1;
    QTest::newRow("dropped connection") << int(Kind::DropConnection) << 0 << 1;
    QTest::newRow("never answers") << int(Kind::NeverAnswer) << 0 << 1;
    QTest::newRow("slow drip") << int(Kind::SlowDrip) << 0 << 1;
    QTest::newRow("foreign link") << int(Kind::ForeignLink) << 0 << 1;
    QTest::newRow("link loop") << int(Kind::LinkLoop) << 0 << 1;
    QTest::newRow("wrong types") << int(Kind::WrongTypes) << 0 << 1;
    QTest::newRow("fields dropped in link") << int(Kind::DropFieldsInLink) << 0 << 1;
    QTest::newRow("token revoked") << int(Kind::RevokeToken) << 0 << 1;
    QTest::newRow("huge page") << int(Kind::HugePage) << 0 << 1;
}

void TestIndexSync::faultsLeaveTheIndexConsistent()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, times);
    sandbox::SandboxOptions options = smallSandbox();
    options.instanceCount = 600;
    auto server = testsupport::startSandbox(options);
    ConnectionSettings settings = testsupport::settingsFor(*server);
    settings.paceBurst = false;
    settings.transferTimeoutMs = 1000;
    settings.maxRetries = 1;
    Console c = console(*server);
    c.client = std::make_unique<ApiClient>(settings);
    c.sync = std::make_unique<IndexSync>(c.client.get(), c.store.get());

    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind(kind);
    fault.status = status;
    fault.times = times;
    fault.skip = 3; // mid-walk of the instances
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("^/v1/app_instances$");
    fault.latencyMs = fault.kind == sandbox::Fault::Kind::SlowDrip ? 5 : 300;
    fault.dripBytes = 8192;
    fault.retryAfterSeconds = 1;
    fault.hugeBytes = 200000;
    fault.foreignBaseUrl = QUrl(QStringLiteral("http://127.0.0.2:%1").arg(server->port()));
    server->addFault(fault);
    QSignalSpy failed(c.sync.get(), &IndexSync::failed);
    const SyncResult first = runSync(*c.sync);
    qInfo().noquote() << "with the fault:" << first.message;
    if (fault.kind == sandbox::Fault::Kind::RevokeToken) {
        QVERIFY(!first.ok());
        QCOMPARE(first.apiError.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(failed.size(), 1); // for the UI to ask for a new token
    }
    QCOMPARE(testsupport::indexIntegrity(*c.store), QStringLiteral("ok"));
    verifyAgainstSandbox(*server, *c.store, first.ok());

    server->clearFaults();
    server->setToken(options.token);
    const SyncResult second = runSync(*c.sync);
    QVERIFY2(second.ok(), qPrintable(second.message));
    verifyAgainstSandbox(*server, *c.store, true);
}

void TestIndexSync::serverRecordsAreStoredAtOnce()
{
    auto server = testsupport::startSandbox(smallSandbox());
    Console c = console(*server);
    QVERIFY(runSync(*c.sync).ok());
    const qint64 mark = indexState(*c.store, IndexCollection::Instances).highWater;
    const qint64 id = server->instanceIds().at(42);
    // What a PATCH of the console's gets back: the record with its new updated_at.
    QVERIFY(server->updateInstance(id, {{QStringLiteral("disabled"), true}}));
    QSignalSpy changed(c.store.get(), &IndexStore::recordsChanged);
    const WriteResult written = testsupport::awaitIndex<WriteResult>([&](auto done) {
        c.sync->applyServerRecord(IndexCollection::Instances, server->instance(id), done);
    });
    QCOMPARE(written.changed, QList<qint64>{id});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(testsupport::awaitIndex<QJsonObject>(
                 [&](auto done) { c.store->readRecord(IndexCollection::Instances, id, nullptr, done); }),
             server->instance(id));
    // The mark stays: the next pass must still cover others' changes before it.
    QCOMPARE(indexState(*c.store, IndexCollection::Instances).highWater, mark);
    const SyncResult next = runSync(*c.sync);
    QVERIFY(next.ok());
    QCOMPARE(next.changed(), 0); // seen again, already stored as it is
}

void TestIndexSync::legacyServerIsStoredInOneShape()
{
    sandbox::SandboxOptions options = smallSandbox();
    options.instanceCount = 300;
    options.appInstancesEnabled = false; // a 2021 server: /integration_instances only
    auto server = testsupport::startSandbox(options);
    Console c = console(*server);
    const SyncResult result = runSync(*c.sync);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QList<QJsonObject> records = indexRecords(*c.store, IndexCollection::Instances);
    QCOMPARE(records.size(), 300);
    for (const QJsonObject &record : records) {
        QVERIFY(!record.contains(QStringLiteral("integration")));
        QCOMPARE(
            record.value(QStringLiteral("app_offering")).toObject().value(QStringLiteral("id")).toInteger(),
            testsupport::offeringOf(*server, record.value(QStringLiteral("id")).toInteger()));
    }
    QVERIFY(requestsTo(*server, QStringLiteral("/v1/integration_instances")) > 0);
}

QTEST_GUILESS_MAIN(TestIndexSync)
#include "tst_indexsync.moc"
