#include "app/models/instancesmodel.h"
#include "app/models/localrecordsource.h"
#include "app/models/recordfilterproxy.h"
#include "app/models/recordstate.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using pc::InstanceState;
using pc::RecordStateText;

// An instance's state in one word (or a few, for combinations): every
// combination of the three booleans, as the State column shows, sorts,
// describes and filters it.
class TestRecordState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCombination_data();
    void everyCombination();
    void stateColumnOfTheModel();
};

void TestRecordState::everyCombination_data()
{
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("suspended");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");
    QTest::newRow("active") << false << true << false << int(InstanceState::Active) << "Active"
                            << "Active";
    QTest::newRow("not enabled") << false << false << false << int(InstanceState::NotEnabled) << "Not enabled"
                                 << "Not enabled by the customer";
    QTest::newRow("suspended") << false << true << true << int(InstanceState::Suspended) << "Suspended"
                               << "Suspended by the customer";
    QTest::newRow("suspended, not enabled")
        << false << false << true << int(InstanceState::Suspended) << "Suspended · Not enabled"
        << "Suspended by the customer, Not enabled by the customer";
    QTest::newRow("disabled") << true << true << false << int(InstanceState::Disabled) << "Disabled"
                              << "Disabled by the provider";
    QTest::newRow("disabled, not enabled")
        << true << false << false << int(InstanceState::Disabled) << "Disabled · Not enabled"
        << "Disabled by the provider, Not enabled by the customer";
    QTest::newRow("disabled, suspended")
        << true << true << true << int(InstanceState::Disabled) << "Disabled · Suspended"
        << "Disabled by the provider, Suspended by the customer";
    QTest::newRow("all three")
        << true << false << true << int(InstanceState::Disabled) << "Disabled · Suspended · Not enabled"
        << "Disabled by the provider, Suspended by the customer, Not enabled by the customer";
}

void TestRecordState::everyCombination()
{
    QFETCH(bool, disabled);
    QFETCH(bool, enabled);
    QFETCH(bool, suspended);
    QFETCH(int, state);
    QFETCH(QString, text);
    QFETCH(QString, description);
    QCOMPARE(int(pc::instanceState(disabled, enabled, suspended)), state);
    QCOMPARE(RecordStateText::instanceText(disabled, enabled, suspended), text);
    QCOMPARE(RecordStateText::instanceDescription(disabled, enabled, suspended), description);
}

void TestRecordState::stateColumnOfTheModel()
{
    QList<QJsonObject> records;
    for (int flags = 0; flags < 8; ++flags) {
        records.append({{QStringLiteral("id"), flags + 1},
                        {QStringLiteral("disabled"), bool(flags & 1)},
                        {QStringLiteral("enabled_by_customer"), bool(flags & 2)},
                        {QStringLiteral("suspended"), bool(flags & 4)},
                        {QStringLiteral("app_offering"), QJsonObject{{QStringLiteral("id"), 1}}}});
    }
    pc::InstancesModel model(nullptr); // no client: the rows come from the source below
    model.setAwaitingLocalSource(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pc::RecordListSource source(records);
    model.setLocalSource(&source);
    QTRY_COMPARE(model.rowCount(), 8);
    for (int row = 0; row < 8; ++row) {
        const int flags = int(model.index(row, pc::InstancesModel::Id)
                                  .data(pc::PagedTableModel::RecordIdRole)
                                  .toLongLong()) -
                          1;
        const QModelIndex cell = model.index(row, pc::InstancesModel::State);
        QCOMPARE(cell.data().toString(), RecordStateText::instanceText(flags & 1, flags & 2, flags & 4));
        QCOMPARE(cell.data(pc::PagedTableModel::SortRole).toInt(),
                 int(pc::instanceState(flags & 1, flags & 2, flags & 4)));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 RecordStateText::instanceDescription(flags & 1, flags & 2, flags & 4));
        QVERIFY(cell.data(pc::PagedTableModel::SearchTextRole).isNull());
    }
    QCOMPARE(model.headerData(pc::InstancesModel::State, Qt::Horizontal).toString(), QStringLiteral("State"));
    // The three booleans are still there, offered but not shown; the State asks the API for nothing.
    QVERIFY(model.columns().at(pc::InstancesModel::Suspended).hiddenByDefault);
    QVERIFY(!model.requestedFields().contains(QStringLiteral("state")));
    // The State chip keeps exactly the rows of one state.
    pc::RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    const QList<int> expected = {1, 1, 2, 4}; // active, not enabled, suspended, disabled of the eight
    for (int state = 0; state < 4; ++state) {
        proxy.setKindFilter(pc::InstancesModel::State, state);
        QCOMPARE(proxy.rowCount(), expected.at(state));
    }
    proxy.setKindFilter(pc::InstancesModel::State, std::nullopt);
    QCOMPARE(proxy.rowCount(), 8);
    // Sorted by state: the states in order, the combinations together.
    proxy.sort(pc::InstancesModel::State);
    int previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int state =
            proxy.index(row, pc::InstancesModel::State).data(pc::PagedTableModel::SortRole).toInt();
        QVERIFY(state >= previous);
        previous = state;
    }
}

QTEST_GUILESS_MAIN(TestRecordState)
#include "tst_recordstate.moc"
