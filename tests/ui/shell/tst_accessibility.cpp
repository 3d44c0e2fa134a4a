#include "app/models/instancesmodel.h"
#include "app/models/recordfilterproxy.h"
#include "tests/support/windowaudit.h"
#include "tests/support/windowtour.h"
#include "ui/records/recordview.h"

#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QTableView>
#include <QTest>

using namespace testsupport;

// What a screen reader finds in every window and dialog the console can open
// (tests/support/windowtour.h): each interactive control has a name, and the
// rows of the instances table say their state.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void instanceRowsAnnounceTheirState();
};

void TestAccessibility::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    QAccessible::setActive(true);
}

void TestAccessibility::everyControlIsNamed_data()
{
    WindowTour::addStopsAsTestData();
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(QString, stop);
    WindowTour tour;
    QWidget *root = tour.open(stop);
    QVERIFY2(root, qPrintable(tour.error()));
    int checked = 0;
    const QStringList unnamed = unnamedControls(root, &checked);
    // A window is named by its title, an overlay by its own name.
    QVERIFY2(!QAccessible::queryAccessibleInterface(root)->text(QAccessible::Name).isEmpty(),
             qPrintable(widgetPath(root) + QStringLiteral(" has no name")));
    // (An overlay that is itself the only control, like the key help, has none inside.)
    QVERIFY2(checked > 0 || QApplication::focusWidget() == root, "no interactive control was found");
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n  ") +
                                           unnamed.join(QStringLiteral("\n  "))));
}

// The state of a row is in what a cell says, whichever column the reader is
// in and whether or not the state columns are shown.
void TestAccessibility::instanceRowsAnnounceTheirState()
{
    WindowTour tour;
    QVERIFY2(tour.open(QStringLiteral("instances")), qPrintable(tour.error()));
    pc::MainWindow *window = tour.mainWindow();
    QTableView *table = window->instancesView()->table();
    table->horizontalHeader()->setSectionHidden(pc::InstancesModel::Suspended, true);
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(table);
    QVERIFY(view && view->tableInterface());
    QAccessibleTableInterface *cells = view->tableInterface();
    const pc::InstancesModel *model = window->instancesModel();
    bool sawSuspended = false, sawDisabled = false, sawNotEnabled = false, sawActive = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const int source = window->instancesView()->proxy()->mapToSource(table->model()->index(row, 0)).row();
        const pc::AppInstance &instance = model->instance(source);
        QAccessibleInterface *cell = cells->cellAt(row, pc::InstancesModel::CustomerAccount);
        QVERIFY(cell);
        const QString said =
            cell->text(QAccessible::Name) + QLatin1Char(' ') + cell->text(QAccessible::Description);
        QCOMPARE(said.contains(QStringLiteral("Suspended")), instance.suspended);
        QCOMPARE(said.contains(QStringLiteral("Disabled")), instance.disabled);
        QCOMPARE(said.contains(QStringLiteral("Not enabled by customer")), !instance.enabledByCustomer);
        const bool active = instance.enabledByCustomer && !instance.suspended && !instance.disabled;
        QCOMPARE(said.contains(QStringLiteral("Active")), active);
        sawSuspended |= instance.suspended;
        sawDisabled |= instance.disabled;
        sawNotEnabled |= !instance.enabledByCustomer;
        sawActive |= active;
    }
    QVERIFY(sawSuspended && sawDisabled && sawNotEnabled && sawActive);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
