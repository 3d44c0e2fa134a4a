#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/overview/overview.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"
#include "ui/keyboard/commandpalette.h"
#include "ui/overview/chartcursor.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/detailpane.h"
#include "ui/records/recordview.h"
#include "ui/shell/darkpalette.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

// Drives the window into each of its states and saves a picture of each, so
// a person can look at them: PC_SCREENSHOT_DIR=/some/dir ctest -R tst_screenshots
// (without it the pictures go to a temporary folder and are only checked).
class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void offeringsWithDetailPane();
    void instancesFilteredAndSortedLocally();
    void commandPalette();
    void keyHelp();
    void overviewLightAndDark();
    void errorBanner();

private:
    QImage save(const QString &name);

    QTemporaryDir m_temporary;
    QString m_directory;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    m_directory = qEnvironmentVariable("PC_SCREENSHOT_DIR", m_temporary.path());
    QDir().mkpath(m_directory);
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
    m_window = std::make_unique<pc::MainWindow>(m_client.get(), QStringLiteral("wdc @ demo sandbox"));
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->offeringsModel()->rowCount() > 0);
    QTRY_VERIFY(m_window->instancesModel()->rowCount() > 0);
}

void TestScreenshots::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
}

QImage TestScreenshots::save(const QString &name)
{
    QTest::qWait(50); // let pending paints and layouts settle
    const QImage image = m_window->grab().toImage();
    image.save(QDir(m_directory).filePath(name + QStringLiteral(".png")));
    return image;
}

void TestScreenshots::offeringsWithDetailPane()
{
    // The offering with the longest description (64 KB) and a right-to-left name.
    m_window->showArea(0);
    pc::RecordView *view = m_window->offeringsView();
    QTableView *table = view->table();
    int chosen = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, pc::OfferingsModel::Name).data().toString().isRightToLeft()) {
            chosen = row;
            break;
        }
    }
    table->setCurrentIndex(table->model()->index(chosen, 0));
    view->openDetail();
    QTRY_VERIFY(!view->detailPane()->record().isEmpty());
    const QImage image = save(QStringLiteral("offerings-detail"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);
    view->closeDetail();
}

void TestScreenshots::instancesFilteredAndSortedLocally()
{
    m_window->showArea(1);
    pc::RecordView *view = m_window->instancesView();
    view->findChild<QComboBox *>(QStringLiteral("stateChip"))->setCurrentIndex(3); // Suspended
    view->sortByColumn(pc::InstancesModel::CustomerAccount);
    QVERIFY(!view->noticeText().isEmpty());
    QVERIFY(!save(QStringLiteral("instances-suspended-sorted")).isNull());
    view->findChild<QComboBox *>(QStringLiteral("stateChip"))->setCurrentIndex(0);
    view->quickFilterEdit()->setText(QStringLiteral("Müller"));
    QVERIFY(!save(QStringLiteral("instances-quick-filter")).isNull());
    view->quickFilterEdit()->clear();
}

void TestScreenshots::commandPalette()
{
    m_window->activateWindow();
    m_window->action(QStringLiteral("commandPalette"))->trigger();
    QTRY_VERIFY(m_window->commandPalette()->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("load"));
    // A popup is its own window: grab the palette over the window's picture.
    QImage image = m_window->grab().toImage();
    {
        QPainter painter(&image);
        const QPoint at = m_window->mapFromGlobal(m_window->commandPalette()->mapToGlobal(QPoint(0, 0)));
        painter.drawPixmap(at, m_window->commandPalette()->grab());
    }
    image.save(QDir(m_directory).filePath(QStringLiteral("command-palette.png")));
    QVERIFY(!image.isNull());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->commandPalette()->isVisible());
}

void TestScreenshots::keyHelp()
{
    m_window->action(QStringLiteral("keyHelp"))->trigger();
    QVERIFY(!save(QStringLiteral("key-help")).isNull());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
}

// The overview with something to say since the last visit: every row
// loaded, marked as seen, then customers suspend, install and an offering
// is edited on the server, and the rows are loaded again. Light, then dark.
void TestScreenshots::overviewLightAndDark()
{
    m_window->showArea(pc::MainWindow::OverviewAreaIndex);
    pc::OverviewArea *area = m_window->overviewArea();
    const auto completed = [area] {
        auto *complete = area->findChild<QPushButton *>(QStringLiteral("overviewComplete"));
        if (!waitUntil([complete, area] { return complete->isVisible() || area->overview()->isComplete(); },
                       10000))
            return false;
        if (complete->isVisible())
            complete->click();
        return waitUntil([area] { return area->overview()->isComplete() && area->overview()->draftsKnown(); },
                         60000);
    };
    QVERIFY(completed());
    area->findChild<QPushButton *>(QStringLiteral("markSeen"))->setEnabled(true);
    QVERIFY(area->overview()->markSeen());
    const QList<qint64> ids = m_server->instanceIds();
    const QStringList reasons = {QStringLiteral("Budget freeze until Q3"),
                                 QStringLiteral("Moving to another tool"), QStringLiteral("Unpaid invoice")};
    for (int i = 0; i < reasons.size(); ++i)
        m_server->updateInstance(ids.at(i * 7 + 3), {{QStringLiteral("suspended"), true},
                                                     {QStringLiteral("suspension_comment"), reasons.at(i)}});
    const qint64 offering = ownOfferingIds(*m_server).first();
    for (int i = 0; i < 4; ++i)
        m_server->createInstance(offering);
    m_server->updateOffering(offering,
                             {{QStringLiteral("card_description"), QStringLiteral("Now with SSO")}});
    m_window->offeringsView()->refresh();
    m_window->instancesView()->refresh();
    // The first pages again, then every page (Complete it) and what changed.
    auto *complete = area->findChild<QPushButton *>(QStringLiteral("overviewComplete"));
    QVERIFY(waitUntil(
        [area, complete] {
            if (complete->isVisible() && !area->overview()->isComplete())
                complete->click();
            return area->overview()->changesModel()->rowCount() >= 5;
        },
        60000));
    area->offeringChart()->setFocus();
    QTest::keyClick(area->offeringChart(), Qt::Key_Down);
    QVERIFY(!save(QStringLiteral("overview")).isNull());
    const QPalette light = QApplication::palette();
    QApplication::setPalette(pc::darkPalette());
    QVERIFY(!save(QStringLiteral("overview-dark")).isNull());
    QApplication::setPalette(light);
}

void TestScreenshots::errorBanner()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 503;
    fault.times = -1;
    fault.pathPattern = QStringLiteral("^/v1/app_instances");
    m_server->addFault(fault);
    m_window->showArea(1);
    m_window->action(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->instancesModel()->lastError().isError(), 15000);
    QVERIFY(!save(QStringLiteral("instances-error")).isNull());
    m_server->clearFaults();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
