#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace testsupport;
using sandbox::Fault;

class TestRecordModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offeringsLoadPageByPage();
    void instancesLoadEverything();
    void fieldsFollowTheColumns();
    void predefinedFilterReloads();
    void serverSortReloads();
    void errorKeepsRowsAndRetryRecovers();
    void wrongTypesDoNotLoseRows();
    void legacyServerFillsTheOfferingColumn();
    void reloadWhileAPageIsInFlight();
    void loadAllAndCancelKeepsRows();
    void refreshLoadsBackToTheRowsItHad();
    void serverConditionsReachTheServer();
    void visibleColumnsDecideTheFields();
    void drillDownUsesTheNestedCollection();
    void drillDownFallsBackWhereThereIsNone();
    void loadAllAfterAnErrorLoadsEverything();
    void columnShownWhileAPageIsInFlightIsFetched();
    void aDeletedOfferingDoesNotMakeTheFallbackStick();
    void essentialFieldsAreAlwaysAskedFor();
};

void TestRecordModels::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestRecordModels::offeringsLoadPageByPage()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rows only ever arrive asynchronously (the tester may already have
    // called fetchMore when it attached).
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading() || model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(pc::OfferingsModel::ColumnCount));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({}));                          // one request in flight
    QTRY_COMPARE(model.rowCount(), ownOfferingCount(*server)); // 60 < one page of 100
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.totalEntries(), ownOfferingCount(*server));
    QVERIFY(model.atEnd());
    QVERIFY(!model.canFetchMore({}));
    // A row shows what the server has for it.
    const qint64 id = model.data(model.index(0, 0), pc::PagedTableModel::RecordIdRole).toLongLong();
    const QJsonObject record = server->offering(id);
    QCOMPARE(model.data(model.index(0, pc::OfferingsModel::Name)).toString(),
             record.value(QStringLiteral("name")).toString());
    QCOMPARE(model.data(model.index(0, pc::OfferingsModel::Reference)).toString(),
             record.value(QStringLiteral("reference")).toString());
    QCOMPARE(model.headerData(pc::OfferingsModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestRecordModels::instancesLoadEverything()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 730;
    options.burstLimit = false;
    auto server = startSandbox(options);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(drain(model, 60000));
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));
    QCOMPARE(model.rowCount(), 730);
    QCOMPARE(inserted.size(), 8); // rows inserted page by page
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.instance(row).id);
    QCOMPARE(ids.size(), 730);
    // Suspended rows carry their comments.
    bool sawSuspended = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const pc::AppInstance &instance = model.instance(row);
        if (instance.suspended) {
            sawSuspended = true;
            QCOMPARE(instance.suspensionComment,
                     server->instance(instance.id).value(QStringLiteral("suspension_comment")).toString());
            QCOMPARE(model.data(model.index(row, pc::InstancesModel::Suspended)).toString(),
                     QStringLiteral("Yes"));
        }
        QVERIFY(!instance.customerAccount.id.isEmpty());
        QVERIFY(instance.appOffering.id != 0);
    }
    QVERIFY(sawSuspended);
}

void TestRecordModels::fieldsFollowTheColumns()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    model.fetchMore({});
    QTRY_VERIFY(model.rowCount() > 0);
    const auto request = server->requests().first();
    QCOMPARE(request.query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QStringList expected;
    for (const pc::ColumnSpec &column : model.columns()) {
        if (column.field != QLatin1String("id") && !column.derived) // the State is worked out here
            expected.append(column.field);
    }
    QCOMPARE(request.query.queryItemValue(QStringLiteral("fields")), expected.join(QLatin1Char(',')));
}

void TestRecordModels::predefinedFilterReloads()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QTRY_VERIFY(model.rowCount() > 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPredefinedFilter(QStringLiteral("disabled"));
    QCOMPARE(reset.size(), 1);
    QTRY_VERIFY(model.totalEntries() >= 0 && !model.isLoading());
    QVERIFY(model.rowCount() > 0);
    // `disabled` lists the instances that are not active, whichever switch is off.
    for (int row = 0; row < model.rowCount(); ++row) {
        const pc::AppInstance &instance = model.instance(row);
        QVERIFY(instance.disabled || instance.suspended || !instance.enabledByCustomer);
    }
    QCOMPARE(server->requests().last().path, instancesPath(QStringLiteral("/disabled")));
    model.setPredefinedFilter(QStringLiteral("enabled"));
    QTRY_VERIFY(model.totalEntries() >= 0 && !model.isLoading());
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const pc::AppInstance &instance = model.instance(row);
        QVERIFY(!instance.disabled && !instance.suspended && instance.enabledByCustomer);
    }
}

void TestRecordModels::serverSortReloads()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerSort(QStringLiteral("id"), Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), ownOfferingCount(*server));
    QCOMPARE(server->requests().last().query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-id"));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.offering(row - 1).id > model.offering(row).id);
}

void TestRecordModels::errorKeepsRowsAndRetryRecovers()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 250;
    auto server = startSandbox(options);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.pathPattern = QLatin1Char('^') + instancesPath() + QLatin1Char('$');
    fault.skip = 1; // the second page fails (500 is not retried automatically)
    fault.body = R"({"message":"Something went wrong"})";
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    QVERIFY(drain(model, 60000));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(model.rowCount(), 100); // the first page stays
    QCOMPARE(model.lastError().kind, pc::ApiError::Kind::Server);
    QVERIFY(model.lastError().message.contains(QStringLiteral("Something went wrong")));
    QVERIFY(!model.canFetchMore({})); // the view does not hammer a failing server
    model.retry();
    QVERIFY(!model.lastError().isError());
    QVERIFY(drain(model, 60000));
    QCOMPARE(model.rowCount(), 250);
}

void TestRecordModels::wrongTypesDoNotLoseRows()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::WrongTypes;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), ownOfferingCount(*server));
    QVERIFY(!model.lastError().isError());
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column)); // renders without crashing
}

void TestRecordModels::legacyServerFillsTheOfferingColumn()
{
    auto server = startSandbox();
    server->setAppInstancesEnabled(false);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    // The tester asks for more as rows arrive, so there may be more than one page.
    QTRY_VERIFY(model.rowCount() >= 100);
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Legacy);
    QVERIFY(model.instance(0).appOffering.id != 0);
    QVERIFY(!model.data(model.index(0, pc::InstancesModel::AppOfferingColumn)).toString().isEmpty());
}

void TestRecordModels::reloadWhileAPageIsInFlight()
{
    auto server = startSandbox();
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.latencyMs = 300;
    server->addFault(slow);
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QTRY_COMPARE(server->requestCount(), 1);
    QVERIFY(model.isLoading());
    model.setServerSort(QStringLiteral("id"), Qt::DescendingOrder); // reloads while the slow page is out
    QTRY_COMPARE(model.rowCount(), ownOfferingCount(*server));
    QTest::qWait(400); // the abandoned page's answer time passes
    QCOMPARE(model.rowCount(), ownOfferingCount(*server));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.offering(row - 1).id > model.offering(row).id); // only the new order's rows
}

void TestRecordModels::loadAllAndCancelKeepsRows()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 1200;
    options.burstLimit = false;
    auto server = startSandbox(options);
    slowAfter(*server, 4, 2000);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    // No model tester here: it calls fetchMore() after every insert, which
    // would go on loading after the cancel (a view only does at the bottom).
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.loadAll();
    QVERIFY(model.isLoadingAll());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 100, 15000);
    model.cancelLoadAll();
    server->clearFaults();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QTRY_VERIFY(!model.isLoading());
    const int kept = model.rowCount();
    QVERIFY(kept >= 100 && kept < 1200); // what arrived stays, nothing more is asked for
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), kept);

    model.loadAll(); // and resuming goes on from there
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1200, 20000);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), true);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.instance(row).id);
    QCOMPARE(ids.size(), 1200);
}

void TestRecordModels::refreshLoadsBackToTheRowsItHad()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 800;
    options.burstLimit = false;
    auto server = startSandbox(options);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    model.reload(350);
    QTRY_VERIFY(model.rowCount() >= 350 && !model.isLoading());
    QCOMPARE(model.rowCount(), 400); // whole pages, no more than needed
}

void TestRecordModels::serverConditionsReachTheServer()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerConditions({{QStringLiteral("disabled"), QStringLiteral("true")},
                               {QStringLiteral("updated_at"), QStringLiteral(">2000-01-01")}});
    QTRY_VERIFY(model.totalEntries() >= 0 && !model.isLoading());
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));
    const auto query = server->requests().last().query;
    QCOMPARE(query.queryItemValue(QStringLiteral("disabled")), QStringLiteral("true"));
    QCOMPARE(query.queryItemValue(QStringLiteral("updated_at"), QUrl::FullyDecoded),
             QStringLiteral(">2000-01-01"));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.offering(row).disabled);
}

void TestRecordModels::visibleColumnsDecideTheFields()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QVERIFY(!model.setVisibleFields(
        {QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("updated_at")}));
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(server->requests().last().query.queryItemValue(QStringLiteral("fields")),
             QStringLiteral("name,updated_at"));
    // Showing a column whose data was not fetched asks for a reload; hiding one does not.
    QVERIFY(model.setVisibleFields({QStringLiteral("name"), QStringLiteral("reference")}));
    QVERIFY(!model.setVisibleFields({QStringLiteral("name")}));
}

void TestRecordModels::drillDownUsesTheNestedCollection()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 offeringId = offeringOf(*server, server->instanceIds().first());
    model.setOfferingScope({offeringId, QStringLiteral("x"), QString()});
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), 20000);
    QVERIFY(!model.isScopeFilteredLocally());
    QCOMPARE(server->requests().last().path, nestedInstancesPath(offeringId));
    QVERIFY(model.rowCount() > 0);
    const int expected = instanceCountOf(*server, offeringId);
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.instance(row).appOffering.id, offeringId);
}

void TestRecordModels::drillDownFallsBackWhereThereIsNone()
{
    auto server = startSandbox();
    server->setNestedInstancesEnabled(false);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    const qint64 offeringId = offeringOf(*server, server->instanceIds().first());
    model.setOfferingScope({offeringId, QStringLiteral("x"), QString()});
    QTRY_VERIFY(model.isScopeFilteredLocally());
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), 30000);
    QCOMPARE(errors.size(), 0); // the 404 was handled, not shown
    const int expected = instanceCountOf(*server, offeringId);
    QCOMPARE(model.rowCount(), expected);
    model.setOfferingScope({});
    QTRY_VERIFY(model.rowCount() >= 100);
}

void TestRecordModels::loadAllAfterAnErrorLoadsEverything()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 500;
    options.burstLimit = false;
    auto server = startSandbox(options);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500; // a 400 on the walk's bounds would mean "no id ranges": a fallback, not an error
    fault.skip = 1;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.loadAll();
    QTRY_VERIFY(model.lastError().isError());
    QVERIFY(model.rowCount() < 500); // stopped at the error (where depends on the walk's order of requests)
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    model.loadAll(); // Load all is also the retry
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 500, 20000);
    QCOMPARE(finished.last().first().toBool(), true);
}

void TestRecordModels::columnShownWhileAPageIsInFlightIsFetched()
{
    auto server = startSandbox();
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.latencyMs = 300;
    server->addFault(slow);
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    model.setVisibleFields({QStringLiteral("name")});
    model.reload();
    QTRY_COMPARE(server->requestCount(), 1);
    // Shown while the first page (without it) is on its way: a reload is due.
    QVERIFY(model.setVisibleFields({QStringLiteral("name"), QStringLiteral("policy_jwt_alg")}));
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
    QVERIFY(!model.offering(0).policyJwtAlg.isEmpty());
}

void TestRecordModels::aDeletedOfferingDoesNotMakeTheFallbackStick()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    model.setOfferingScope({999999, QStringLiteral("Deleted"), QString()});
    QTRY_VERIFY(model.isScopeFilteredLocally()); // a 404: walked locally, finds nothing
    const qint64 existing = offeringOf(*server, server->instanceIds().first());
    model.setOfferingScope({existing, QStringLiteral("Existing"), QString()});
    QVERIFY(!model.isScopeFilteredLocally());
    QTRY_COMPARE(server->requests().last().path, nestedInstancesPath(existing));
}

void TestRecordModels::essentialFieldsAreAlwaysAskedFor()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    model.setVisibleFields({QStringLiteral("id"), QStringLiteral("updated_at")});
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0);
    const QStringList fields =
        server->requests().last().query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','));
    for (const QString &needed :
         {QStringLiteral("suspended"), QStringLiteral("enabled_by_customer"), instanceOfferingField(),
          QStringLiteral("customer_account"), QStringLiteral("disabled")})
        QVERIFY2(fields.contains(needed), qPrintable(needed)); // the chips and bulk actions read them
    QVERIFY(!fields.contains(QStringLiteral("created_at")));   // a hidden column that nothing needs
}

QTEST_GUILESS_MAIN(TestRecordModels)
#include "tst_recordmodels.moc"
