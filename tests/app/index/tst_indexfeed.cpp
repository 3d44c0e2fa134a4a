#include "app/index/indexfeed.h"
#include "app/index/indexsync.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/index.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace testsupport;

// Named, not anonymous: the test class below holds these as members, which GCC
// refuses (-Wsubobject-linkage) once a unity build includes this file.
namespace indexfeed_test {

sandbox::SandboxOptions smallSandbox()
{
    sandbox::SandboxOptions options;
    options.offeringCount = 20;
    options.instanceCount = 600;
    options.burstLimit = false;
    return options;
}

// A console with a complete local copy of the sandbox: its client, store
// and sync, and a feed per collection.
struct Console
{
    explicit Console(const sandbox::SandboxServer &server, const QString &path)
        : client(settingsFor(server))
        , sync(&client, &store)
        , offerings(&store, IndexCollection::Offerings)
        , instances(&store, IndexCollection::Instances)
    {
        if (!openIndex(store, path).ok || !runSync(sync).ok())
            qFatal("no local copy");
    }

    ApiClient client;
    IndexStore store;
    IndexSync sync;
    IndexFeed offerings;
    IndexFeed instances;
};

// The model reads from `feed` and follows it; true once its rows are in.
bool attach(PagedTableModel &model, IndexFeed &feed)
{
    feed.setModel(&model);
    model.setLocalSource(&feed);
    return waitUntil([&model] { return !model.isLoading(); }, 30000);
}

SyncOptions withoutReconcile()
{
    SyncOptions options;
    options.reconcile = SyncOptions::Reconcile::Never;
    return options;
}

} // namespace indexfeed_test

using namespace indexfeed_test;

class TestIndexFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyRowWithoutARequest();
    void firstRowsShownWhileTheRestIsRead_data();
    void firstRowsShownWhileTheRestIsRead();
    void changeAppliedInPlace();
    void newRecordAppended();
    void deletionOnlyAfterReconcile();
    void serverFilterAndSortAnsweredLocally();
    void offeringsInTheApiOrderAndPredefinedFiltersPage();
    void drillDownOverTheCopy();
    void refreshKeepsTheRowsWithoutARequest();
    void loadAllAndExportNeedNothingMore();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Console> m_console;
};

void TestIndexFeed::init()
{
    m_server = startSandbox(smallSandbox());
    m_dir = std::make_unique<QTemporaryDir>();
    m_console = std::make_unique<Console>(*m_server, m_dir->filePath(QStringLiteral("index.sqlite")));
    m_server->clearRequests();
}

void TestIndexFeed::everyRowWithoutARequest()
{
    InstancesModel model(&m_console->client);
    QVERIFY(attach(model, m_console->instances));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), m_server->instanceCount());
    QVERIFY(model.isLocal());
    QVERIFY(model.atEnd());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalEntries(), qint64(m_server->instanceCount()));
    QList<qint64> expected = m_server->instanceIds();
    std::sort(expected.begin(), expected.end());
    QCOMPARE(rowIds(model), expected); // the API's order for instances: by id
    // Every column shows what the API has, with no field left out.
    QCOMPARE(model.instance(7).customerAccount.name,
             m_server->instance(expected.at(7))
                 .value(QStringLiteral("customer_account"))[QStringLiteral("name")]
                 .toString());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestIndexFeed::changeAppliedInPlace()
{
    InstancesModel model(&m_console->client);
    QVERIFY(attach(model, m_console->instances));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = rowIds(model).at(42);
    QVERIFY(!model.instance(42).suspended);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Someone else suspends it; the next sync brings it in.
    QVERIFY(m_server->updateInstance(id, {{QStringLiteral("suspended"), true},
                                          {QStringLiteral("suspension_comment"), QStringLiteral("Unpaid")}}));
    QCOMPARE(runSync(m_console->sync, withoutReconcile()).changed(), 1);
    QTRY_VERIFY(model.instance(42).suspended);
    QCOMPARE(model.instance(42).id, id); // the same row
    QCOMPARE(model.instance(42).suspensionComment, QStringLiteral("Unpaid"));
    QCOMPARE(model.rowCount(), m_server->instanceCount());
    QCOMPARE(reset.count(), 0);
    QVERIFY(!changed.isEmpty());
}

void TestIndexFeed::newRecordAppended()
{
    InstancesModel model(&m_console->client);
    QVERIFY(attach(model, m_console->instances));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 offering = offeringOf(*m_server, rowIds(model).first());
    const qint64 created = m_server->createInstance(offering);
    QCOMPARE(runSync(m_console->sync, withoutReconcile()).added(), 1);
    QTRY_COMPARE(model.rowCount(), m_server->instanceCount());
    QCOMPARE(rowIds(model).last(), created);
}

void TestIndexFeed::deletionOnlyAfterReconcile()
{
    InstancesModel model(&m_console->client);
    QVERIFY(attach(model, m_console->instances));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 gone = rowIds(model).at(10);
    QVERIFY(m_server->deleteInstance(gone));
    // The API has no tombstones: an incremental pass cannot see it.
    QCOMPARE(runSync(m_console->sync, withoutReconcile()).removed(), 0);
    QVERIFY(rowIds(model).contains(gone));
    SyncOptions reconcile;
    reconcile.reconcile = SyncOptions::Reconcile::Now;
    reconcile.reconcileConfirmed = true;
    QCOMPARE(runSync(m_console->sync, reconcile).removed(), 1);
    QTRY_VERIFY(!rowIds(model).contains(gone));
    QCOMPARE(model.rowCount(), m_server->instanceCount());
}

// The same query asked of the server (a model paging) and of the copy gives
// the same rows in the same order; the copy asks for nothing.
void TestIndexFeed::serverFilterAndSortAnsweredLocally()
{
    InstancesModel local(&m_console->client);
    QVERIFY(attach(local, m_console->instances));
    QAbstractItemModelTester tester(&local, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InstancesModel paged(&m_console->client);
    const QString midpoint =
        m_server->instance(rowIds(local).at(300)).value(QStringLiteral("created_at")).toString();
    const QList<QList<Condition>> queries = {
        {{QStringLiteral("disabled"), QStringLiteral("true")}},
        {{QStringLiteral("created_at"), QStringLiteral(">=") + midpoint}},
        {{QStringLiteral("created_at"), QStringLiteral("<") + midpoint},
         {QStringLiteral("disabled"), QStringLiteral("!true")}},
        {{QStringLiteral("id"), QStringLiteral("%1,%2").arg(rowIds(local).at(3)).arg(rowIds(local).at(5))}},
    };
    for (const QList<Condition> &conditions : queries) {
        for (const QString &sort : {QString(), QStringLiteral("updated_at")}) {
            m_server->clearRequests();
            local.setQuery({}, sort, Qt::DescendingOrder, conditions);
            QTRY_VERIFY(!local.isLoading());
            QCOMPARE(m_server->requestCount(), 0);
            paged.setQuery({}, sort, Qt::DescendingOrder, conditions);
            QVERIFY(drain(paged));
            QCOMPARE(rowIds(local), rowIds(paged));
        }
    }
}

void TestIndexFeed::offeringsInTheApiOrderAndPredefinedFiltersPage()
{
    OfferingsModel local(&m_console->client);
    QVERIFY(attach(local, m_console->offerings));
    QAbstractItemModelTester tester(&local, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OfferingsModel paged(&m_console->client);
    QVERIFY(drain(paged));
    QCOMPARE(rowIds(local), rowIds(paged)); // by name, as the API lists them
    m_server->clearRequests();
    // What "published" means is the server's to say: that list pages.
    local.setPredefinedFilter(QStringLiteral("latest_published"));
    QVERIFY(!local.isLocal());
    QVERIFY(drain(local));
    QVERIFY(m_server->requestCount() > 0);
    paged.setPredefinedFilter(QStringLiteral("latest_published"));
    QVERIFY(drain(paged));
    QCOMPARE(rowIds(local), rowIds(paged));
    local.setPredefinedFilter({});
    QVERIFY(local.isLocal());
    QTRY_COMPARE(local.rowCount(), ownOfferingCount(*m_server));
}

void TestIndexFeed::drillDownOverTheCopy()
{
    InstancesModel model(&m_console->client);
    QVERIFY(attach(model, m_console->instances));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 offering = offeringOf(*m_server, rowIds(model).first());
    model.setOfferingScope({offering, QStringLiteral("Some offering"), QString()});
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), instanceCountOf(*m_server, offering));
    for (qint64 id : rowIds(model))
        QCOMPARE(offeringOf(*m_server, id), offering);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestIndexFeed::firstRowsShownWhileTheRestIsRead_data()
{
    QTest::addColumn<bool>("prefetched");
    QTest::newRow("read ahead, as at start") << true;
    QTest::newRow("read when asked") << false;
}

void TestIndexFeed::firstRowsShownWhileTheRestIsRead()
{
    QFETCH(bool, prefetched);
    QVERIFY(m_server->instanceCount() > IndexFeed::FirstRows);
    if (prefetched)
        m_console->instances.prefetch();
    InstancesModel model(&m_console->client);
    QList<QPair<int, int>> inserted;
    bool loadingAfterFirst = false;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        inserted.append({first, last});
        if (inserted.size() == 1)
            loadingAfterFirst = model.isLoading();
    });
    QSignalSpy pages(&model, &PagedTableModel::pageLoaded);
    QVERIFY(attach(model, m_console->instances));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<QPair<int, int>> expected{{0, IndexFeed::FirstRows - 1},
                                          {IndexFeed::FirstRows, m_server->instanceCount() - 1}};
    QCOMPARE(inserted, expected);
    QVERIFY(loadingAfterFirst); // the rest is still on its way
    QCOMPARE(pages.size(), 1);  // one answer, when every row is in
    QCOMPARE(pages.first().first().toInt(), m_server->instanceCount());
    QList<qint64> ids = m_server->instanceIds();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(rowIds(model), ids);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestIndexFeed::refreshKeepsTheRowsWithoutARequest()
{
    InstancesModel model(&m_console->client);
    QVERIFY(attach(model, m_console->instances));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &PagedTableModel::pageLoaded);
    model.reload(model.rowCount());
    QVERIFY(pages.wait());
    QCOMPARE(pages.first().first().toInt(), m_server->instanceCount());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestIndexFeed::loadAllAndExportNeedNothingMore()
{
    InstancesModel model(&m_console->client);
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    m_console->instances.setModel(&model);
    model.setLocalSource(&m_console->instances);
    model.loadAll(); // while the copy is read: it finishes with the read
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(model.rowCount(), m_server->instanceCount());
    QVERIFY(!model.isLoadingAll());
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestIndexFeed)
#include "tst_indexfeed.moc"
