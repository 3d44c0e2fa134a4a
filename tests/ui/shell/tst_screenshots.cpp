#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/recordfilterproxy.h"
#include "tests/support/sandboxfixture.h"
#include "ui/keyboard/commandpalette.h"
#include "ui/records/detailpane.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
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
