// Load all of a table model walking id ranges with several cursors
// (pc::ParallelWalk under pc::PagedTableModel): the rows, cancel and resume,
// errors and retry, when it keeps one cursor, and the fall-back when the
// server refuses ranges. The walk itself is tst_parallelwalk.

#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace testsupport;
using sandbox::Fault;

namespace {

// A table the API lists unsorted by default, asking for id order itself.
class IdOrderedInstances : public pc::InstancesModel
{
public:
    using pc::InstancesModel::InstancesModel;

protected:
    QString implicitSortField() const override { return QStringLiteral("id"); }
};

} // namespace

class TestParallelWalkModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelLoadAllWalksInParallel();
    void modelCancelThenScrollThenResume();
    void modelErrorKeepsRowsAndRetryCompletes();
    void modelDefaultOrderKeepsOneCursor();
    void modelImplicitIdOrderWalksFromTheStart();
    void modelLocalDrillDownWalksTheWholeCollection();
    void modelFallsBackWhenRangesAreRefused();
};

void TestParallelWalkModel::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.debug=false\npc.*.info=false\npc.*.warning=false"));
}

void TestParallelWalkModel::modelLoadAllWalksInParallel()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    auto server = startSandbox(options);
    pc::ApiClient client(pacedWhereLimited(*server));
    pc::InstancesModel model(&client);
    // The tester calls fetchMore() itself, after every change (as a view at
    // the bottom of the table would).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    model.setServerSort(QStringLiteral("id"), Qt::AscendingOrder); // the first page is on its way
    model.loadAll();
    QVERIFY(model.isLoadingAll());
    QVERIFY(!model.isWalkingInParallel()); // it waits for that page
    QVERIFY(!model.canFetchMore({}));      // and the view asks for no other
    QTRY_VERIFY(model.isWalkingInParallel());
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // the walk loads the rest, not the view
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(errors.size(), 0);
    const QList<qint64> ids = rowIds(model);
    QCOMPARE(ids, sortedIds(server->instanceIds()));
    QCOMPARE(inserted.size(), (ids.size() + 99) / 100); // page by page
    QVERIFY(model.atEnd());
    QVERIFY(!model.isLoading());
    QVERIFY(!model.isWalkingInParallel());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.totalEntries(), qint64(ids.size()));
    QCOMPARE(model.recordsScanned(), qint64(ids.size()));
    QVERIFY(rangeRequestCount(*server) >= 4); // several cursors did it
    // and it went on after the first page
    bool continued = false;
    for (const auto &request : server->requests())
        continued |= request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded) ==
                     QStringLiteral(">%1").arg(ids.at(99));
    QVERIFY(continued);
    model.loadAll(); // nothing left
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), true);
    // The rows show what the server has.
    const pc::AppInstance &row = model.instance(1234);
    QCOMPARE(row.appOffering.id, offeringOf(*server, row.id));
}

void TestParallelWalkModel::modelCancelThenScrollThenResume()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 1200;
    options.burstLimit = false;
    auto server = startSandbox(options);
    // The first page at once (the scroll below needs it), each later one 1 s
    // late: the walk is cancelled midway on any machine.
    slowAfter(*server, 1, 1000);
    pc::ApiClient client(pacedWhereLimited(*server));
    pc::InstancesModel model(&client);
    model.setLoadAllCursors(2);
    model.setServerSort(QStringLiteral("id"), Qt::AscendingOrder);
    QTRY_VERIFY(model.rowCount() == 100 && !model.isLoading());
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.loadAll();
    QVERIFY(model.isWalkingInParallel());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 300, 20000);
    model.cancelLoadAll();
    server->clearFaults();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QTRY_VERIFY(!model.isLoading()); // after the requests in flight
    QVERIFY(!model.isWalkingInParallel());
    const int kept = model.rowCount();
    QVERIFY(kept >= 300 && kept < 1200);
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), kept);
    const QList<qint64> all = sortedIds(server->instanceIds());
    QCOMPARE(rowIds(model), all.mid(0, kept));

    // Scrolling goes on with one cursor from the last row, not from page 2.
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_VERIFY(model.rowCount() > kept && !model.isLoading());
    QCOMPARE(rowIds(model), all.mid(0, model.rowCount()));

    model.loadAll(); // and Load all walks the rest
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(rowIds(model), all);
    QVERIFY(model.atEnd());
}

void TestParallelWalkModel::modelErrorKeepsRowsAndRetryCompletes()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    auto server = startSandbox(options);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.body = R"({"message":"Something went wrong"})";
    fault.pathPattern = QStringLiteral("^/v1/app_instances$");
    fault.skip = 7; // first page, one bound, four first range pages, one more
    server->addFault(fault);
    pc::ApiClient client(pacedWhereLimited(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    model.setServerSort(QStringLiteral("id"), Qt::AscendingOrder);
    model.loadAll(); // goes on after the first page
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 30000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!model.isLoadingAll());
    QCOMPARE(model.lastError().kind, pc::ApiError::Kind::Server);
    QVERIFY(!model.canFetchMore({})); // the view does not hammer a failing server
    QTRY_VERIFY(!model.isLoading());
    const QList<qint64> all = sortedIds(server->instanceIds());
    const int kept = model.rowCount();
    QVERIFY(kept >= 100 && kept < all.size());
    QCOMPARE(rowIds(model), all.mid(0, kept)); // rows so far kept, in order

    model.retry();
    QVERIFY(!model.lastError().isError());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(rowIds(model), all);
    QVERIFY(model.atEnd());
}

void TestParallelWalkModel::modelDefaultOrderKeepsOneCursor()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 730;
    options.burstLimit = false;
    auto server = startSandbox(options);
    pc::ApiClient client(pacedWhereLimited(*server));
    pc::InstancesModel model(&client);
    // Sorted by something other than id, the rest can only follow one cursor.
    model.setServerSort(QStringLiteral("created_at"), Qt::AscendingOrder);
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.loadAll();
    QVERIFY(!model.isWalkingInParallel());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(model.rowCount(), 730);
    QCOMPARE(rangeRequestCount(*server), 0);
    QCOMPARE(server->requestCount(), 8);

    pc::OfferingsModel offerings(&client); // by name by default
    offerings.setServerSort(QStringLiteral("id"), Qt::DescendingOrder);
    QSignalSpy offeringsFinished(&offerings, &pc::PagedTableModel::loadAllFinished);
    offerings.loadAll();
    QVERIFY(!offerings.isWalkingInParallel());
    QTRY_COMPARE(offeringsFinished.size(), 1);
    QCOMPARE(offerings.rowCount(), ownOfferingCount(*server));
}

void TestParallelWalkModel::modelImplicitIdOrderWalksFromTheStart()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    auto server = startSandbox(options);
    pc::ApiClient client(pacedWhereLimited(*server));
    IdOrderedInstances model(&client);
    QCOMPARE(model.requestQuery().queryItemValue(QStringLiteral("sort")), QStringLiteral("id"));
    QCOMPARE(model.sortField(), QString()); // no sort chosen by the user
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.loadAll(); // before any page: the walk bounds the ids itself
    QVERIFY(model.isWalkingInParallel());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(rowIds(model), sortedIds(server->instanceIds()));
    QCOMPARE(model.totalEntries(), qint64(server->instanceCount()));
}

void TestParallelWalkModel::modelLocalDrillDownWalksTheWholeCollection()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    auto server = startSandbox(options);
    server->setNestedInstancesEnabled(false);
    pc::ApiClient client(pacedWhereLimited(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    const qint64 offeringId = offeringOf(*server, server->instanceIds().first());
    model.setOfferingScope({offeringId, QStringLiteral("x"), QString()});
    QTRY_VERIFY(model.isScopeFilteredLocally() && !model.isLoading());
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.setServerSort(QStringLiteral("id"), Qt::AscendingOrder);
    QVERIFY(model.isScopeFilteredLocally());
    model.loadAll();
    QTRY_VERIFY(model.isWalkingInParallel());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(errors.size(), 0);
    // Every instance was scanned once; the offering's were kept.
    QCOMPARE(model.recordsScanned(), qint64(server->instanceCount()));
    QList<qint64> expected;
    for (qint64 id : sortedIds(server->instanceIds())) {
        if (offeringOf(*server, id) == offeringId)
            expected.append(id);
    }
    QCOMPARE(rowIds(model), expected);
}

void TestParallelWalkModel::modelFallsBackWhenRangesAreRefused()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 730;
    options.burstLimit = false;
    auto server = startSandbox(options);
    Fault refused; // an older server, say: the walk's bound is refused
    refused.kind = Fault::Kind::Status;
    refused.status = 400;
    refused.body = R"({"message":"Field 'id' does not support the '=>' operator"})";
    refused.skip = 1;
    server->addFault(refused);
    pc::ApiClient client(pacedWhereLimited(*server));
    pc::InstancesModel model(&client);
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    model.setServerSort(QStringLiteral("id"), Qt::AscendingOrder);
    QTRY_VERIFY(model.rowCount() == 100 && !model.isLoading());
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(errors.size(), 0); // handled, not shown
    QCOMPARE(rowIds(model), sortedIds(server->instanceIds()));
    QCOMPARE(server->requestCount(), 1 + 1 + 7); // first page, the refused bound, the rest one by one
}

QTEST_GUILESS_MAIN(TestParallelWalkModel)
#include "tst_parallelwalkmodel.moc"
