#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/overview/overview.h"
#include "tests/support/sandboxfixture.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/recordview.h"
#include "ui/records/textcelldelegate.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace testsupport;
using sandbox::Fault;

// The first window, offscreen, against the sandbox over real HTTP.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheFirstPageOfBothAreas();
    void scrollingToTheEndLoadsMore();
    void keyboardSwitchesAreas();
    void errorShowsBannerAndRetryRecovers();
    void waitsAreShownInTheStatusBar();
    void theOverviewIsBuiltAfterTheFirstPaint();
    void theOverviewAskedForFirstIsBuiltAtOnce();
    void theTablesDrawTheirCellsFromKeptLines();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestMainWindow::showsTheFirstPageOfBothAreas()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("wdc @ test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.offeringsModel()->rowCount(), ownOfferingCount(*server));
    QTRY_VERIFY(window.instancesModel()->rowCount() >= 100);
    QVERIFY(window.windowTitle().contains(QStringLiteral("wdc @ test")));
    QTRY_VERIFY(window.statusBar()->findChild<QLabel *>() != nullptr);
    const QString expected = QStringLiteral("%1 of %1 offerings loaded").arg(ownOfferingCount(*server));
    QTRY_VERIFY2(window.offeringsView()->statusText().contains(expected), qPrintable(window.offeringsView()->statusText()));
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600);
}

void TestMainWindow::scrollingToTheEndLoadsMore()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 450;
    options.burstLimit = false;
    auto server = startSandbox(options);
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    window.show();
    window.showArea(1);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.instancesView()->table();
    QTRY_VERIFY(window.instancesModel()->rowCount() >= 100);
    for (int i = 0; i < 50 && window.instancesModel()->rowCount() < 450; ++i) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTest::qWait(20);
    }
    QTRY_COMPARE(window.instancesModel()->rowCount(), 450);
    QVERIFY(window.instancesView()->statusText().contains(QStringLiteral("450 of 450")));
}

void TestMainWindow::keyboardSwitchesAreas()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QCOMPARE(window.currentArea(), 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), 1);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), 0);
}

void TestMainWindow::errorShowsBannerAndRetryRecovers()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.pathPattern = QStringLiteral("^/v1/app_offerings");
    fault.body = R"({"message":"Database is on fire"})";
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *banner = window.offeringsView()->findChild<QWidget *>(QStringLiteral("errorBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    const QLabel *text = banner->findChild<QLabel *>();
    QVERIFY(text->text().contains(QStringLiteral("Database is on fire")));
    QPushButton *retry = banner->findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(window.offeringsModel()->rowCount(), ownOfferingCount(*server));
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::waitsAreShownInTheStatusBar()
{
    auto server = startSandbox();
    Fault unavailable;
    unavailable.kind = Fault::Kind::Status;
    unavailable.status = 503;
    unavailable.pathPattern = QStringLiteral("^/v1/app_offerings");
    server->addFault(unavailable);
    Fault limited;
    limited.kind = Fault::Kind::RateLimit;
    limited.retryAfterSeconds = 1;
    limited.pathPattern = QStringLiteral("^/v1/app_instances");
    server->addFault(limited);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.retryBaseDelayMs = 1500;
    pc::ApiClient client(settings);
    pc::MainWindow window(&client, QStringLiteral("test"));
    QStringList messages;
    connect(window.statusBar(), &QStatusBar::messageChanged, this, [&messages](const QString &text) {
        if (!text.isEmpty())
            messages.append(text);
    });
    window.show();
    QTRY_VERIFY(messages.join(QLatin1Char('\n')).contains(QStringLiteral("trying again in")));
    QTRY_VERIFY(messages.join(QLatin1Char('\n')).contains(QStringLiteral("Waiting 1 s for the API rate limit")));
    QTRY_COMPARE(window.offeringsModel()->rowCount(), ownOfferingCount(*server)); // and both recover
    QTRY_VERIFY(window.instancesModel()->rowCount() >= 100);
}

void TestMainWindow::theOverviewIsBuiltAfterTheFirstPaint()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    QVERIFY(!window.overviewBuilt()); // not with the window: it would delay its first rows
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.overviewBuilt());
    // Built after the rows came, it counts them all the same.
    QTRY_VERIFY(window.instancesModel()->rowCount() > 0);
    QTRY_COMPARE(window.overviewArea()->overview()->figures().instances.total(),
                 qint64(window.instancesModel()->rowCount()));
    // Ctrl+0 where the keyboard is: the overview, with the keyboard in it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), pc::MainWindow::OverviewAreaIndex);
    QVERIFY(window.overviewArea()->isVisible());
    QVERIFY(window.overviewArea()->isAncestorOf(QApplication::focusWidget()));
}

void TestMainWindow::theOverviewAskedForFirstIsBuiltAtOnce()
{
    // The overview chosen before the window's first paint (as a restored
    // area or a complete local copy chooses it): it is there when shown.
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    window.showArea(pc::MainWindow::OverviewAreaIndex);
    QVERIFY(window.overviewBuilt());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.overviewArea()->isVisible());
    QCOMPARE(window.currentArea(), pc::MainWindow::OverviewAreaIndex);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::theTablesDrawTheirCellsFromKeptLines()
{
    // Both record areas draw their text cells with TextCellDelegate: a
    // screen of rows is laid out at its first paint, and painting it again
    // lays nothing out anew.
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const int area : {pc::MainWindow::OfferingsAreaIndex, pc::MainWindow::InstancesAreaIndex}) {
        window.showArea(area);
        pc::RecordView *view = window.currentView();
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0 && !view->model()->isLoading());
        auto *delegate = qobject_cast<pc::TextCellDelegate *>(view->table()->itemDelegate());
        QVERIFY(delegate);
        view->table()->viewport()->grab();
        const int laidOut = delegate->keptLines();
        QVERIFY2(laidOut > 0, qPrintable(QString::number(laidOut)));
        view->table()->viewport()->grab();
        QCOMPARE(delegate->keptLines(), laidOut);
    }
}

#include "tst_mainwindow.moc"
