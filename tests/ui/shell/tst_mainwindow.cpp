#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/overview/overview.h"
#include "tests/support/sandboxfixture.h"
#include "ui/journal/journalview.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/detailpane.h"
#include "ui/records/recordview.h"
#include "ui/records/textcelldelegate.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <functional>
#include <utility>

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
    void noTryingAgainOnceTheRetryIsAnswered();
    void theOverviewIsBuiltAfterTheFirstPaint();
    void theOverviewAskedForFirstIsBuiltAtOnce();
    void theTablesDrawTheirCellsFromKeptLines();
    void onlyTheAreaShownIsBuiltBeforeTheFirstPaint();
    void anAreaAskedForIsBuiltAtOnce();
    void anAreaNeverBuiltKeepsItsSavedState();
    void aTableKeyElsewhereSaysWhereItWorks();
};

namespace {

// Notes, at the first paint of `widget`, what `probe` says then.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *widget, std::function<bool()> probe)
        : QObject(widget)
        , m_probe(std::move(probe))
    {
        widget->installEventFilter(this);
    }
    bool painted() const { return m_painted; }
    bool probedAtFirstPaint() const { return m_probed; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            m_probed = m_probe();
        }
        return false;
    }

private:
    std::function<bool()> m_probe;
    bool m_painted = false;
    bool m_probed = false;
};

} // namespace

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

// "Trying again in 2 s" is true only until the retry is answered: the page,
// or the error the area then shows with its own Retry, takes it away at once
// (its timeout would leave it standing beside the error).
void TestMainWindow::noTryingAgainOnceTheRetryIsAnswered()
{
    auto server = startSandbox();
    Fault unavailable;
    unavailable.kind = Fault::Kind::Status;
    unavailable.status = 503;
    unavailable.pathPattern = QStringLiteral("^/v1/app_offerings");
    server->addFault(unavailable); // once: the retry is answered with the page
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.retryBaseDelayMs = 1500;
    settings.maxRetries = 1;
    pc::ApiClient client(settings);
    pc::MainWindow window(&client, QStringLiteral("test"));
    bool saidTryingAgain = false;
    connect(window.statusBar(), &QStatusBar::messageChanged, this, [&saidTryingAgain](const QString &text) {
        saidTryingAgain = saidTryingAgain || text.contains(QStringLiteral("trying again in"));
    });
    window.show();
    QTRY_VERIFY(saidTryingAgain);
    QTRY_COMPARE(window.offeringsModel()->rowCount(), ownOfferingCount(*server));
    QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("trying again")),
             qPrintable(window.statusBar()->currentMessage()));

    // Every attempt fails: the area shows the error and its Retry.
    QTRY_VERIFY(window.instancesModel()->rowCount() > 0);
    unavailable.pathPattern = QStringLiteral("^/v1/app_instances");
    unavailable.times = -1;
    server->addFault(unavailable);
    saidTryingAgain = false;
    window.showArea(1);
    window.action(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY(window.instancesModel()->lastError().isError());
    QVERIFY(saidTryingAgain);
    QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("trying again")),
             qPrintable(window.statusBar()->currentMessage()));
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

void TestMainWindow::onlyTheAreaShownIsBuiltBeforeTheFirstPaint()
{
    // A window opened on its instances (as --view instances opens it) builds
    // that area as it is shown, and the others after its first paint: its
    // first rows wait for no other table.
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    window.showArea(pc::MainWindow::InstancesAreaIndex);
    QVERIFY(window.areaBuilt(pc::MainWindow::InstancesAreaIndex));
    QVERIFY(!window.areaBuilt(pc::MainWindow::OfferingsAreaIndex));
    QVERIFY(!window.areaBuilt(pc::MainWindow::JournalAreaIndex));
    const auto *probe = new FirstPaintProbe(window.instancesView()->table()->viewport(), [&window] {
        return window.areaBuilt(pc::MainWindow::OfferingsAreaIndex) ||
               window.areaBuilt(pc::MainWindow::JournalAreaIndex);
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(probe->painted());
    QVERIFY2(!probe->probedAtFirstPaint(), "another area was built before the first paint");
    QTRY_VERIFY(window.areaBuilt(pc::MainWindow::OfferingsAreaIndex));
    QTRY_VERIFY(window.areaBuilt(pc::MainWindow::JournalAreaIndex));

    // Built later, an area is whole: its rows, its status, the keyboard.
    QTRY_COMPARE(window.offeringsModel()->rowCount(), ownOfferingCount(*server));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), pc::MainWindow::OfferingsAreaIndex);
    QCOMPARE(QApplication::focusWidget(), window.offeringsView()->table());
    const QString loaded = QStringLiteral("%1 of %1 offerings loaded").arg(ownOfferingCount(*server));
    auto *status = window.statusBar()->findChild<QLabel *>();
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(loaded), qPrintable(status->text()));
    // Enter opens the detail pane: the table's keys came with it.
    QTRY_VERIFY(window.offeringsView()->table()->currentIndex().isValid());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(window.offeringsView()->detailPane()->isVisible());
}

void TestMainWindow::anAreaAskedForIsBuiltAtOnce()
{
    // A window never shown (or an area asked for before the first paint's
    // build): whatever asks for an area gets it whole, and a drill-down
    // into an area not built yet shows the offering's instances.
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    QVERIFY(!window.areaBuilt(pc::MainWindow::OfferingsAreaIndex));
    QVERIFY(!window.areaBuilt(pc::MainWindow::InstancesAreaIndex));
    QTRY_COMPARE(window.offeringsModel()->rowCount(), ownOfferingCount(*server));
    pc::RecordView *offerings = window.offeringsView();
    QVERIFY(offerings);
    QCOMPARE(offerings->table()->model()->rowCount(), ownOfferingCount(*server));
    QVERIFY(!window.areaBuilt(pc::MainWindow::InstancesAreaIndex));
    const pc::AppOffering &first = window.offeringsModel()->offering(0);
    Q_EMIT offerings->showInstancesRequested(first.id, first.name);
    QVERIFY(window.areaBuilt(pc::MainWindow::InstancesAreaIndex));
    QCOMPARE(window.currentArea(), pc::MainWindow::InstancesAreaIndex);
    QCOMPARE(window.instancesModel()->offeringScope().id, first.id);
    QTRY_VERIFY(!window.instancesModel()->isLoading());
    for (int row = 0; row < window.instancesModel()->rowCount(); ++row)
        QCOMPARE(window.instancesModel()->instance(row).appOffering.id, first.id);
}

void TestMainWindow::anAreaNeverBuiltKeepsItsSavedState()
{
    // A window closed before one of its areas was built leaves that area's
    // saved columns, filter and sort as they were.
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    const QString group = QStringLiteral("neverBuilt");
    {
        pc::MainWindow window(&client, QStringLiteral("test"), nullptr, group);
        pc::RecordView *instances = window.instancesView();
        instances->setColumnVisible(pc::InstancesModel::CustomerAccount, false);
        window.close();
    }
    QSettings settings;
    const QVariant saved = settings.value(group + QStringLiteral("/views/instances/header"));
    QVERIFY(saved.isValid());
    {
        pc::MainWindow window(&client, QStringLiteral("test"), nullptr, group);
        QVERIFY(!window.areaBuilt(pc::MainWindow::InstancesAreaIndex));
        window.close();
    }
    QCOMPARE(settings.value(group + QStringLiteral("/views/instances/header")), saved);
    pc::MainWindow window(&client, QStringLiteral("test"), nullptr, group);
    QVERIFY(window.instancesView()->table()->isColumnHidden(pc::InstancesModel::CustomerAccount));
}

// Keys of a table's actions pressed on the overview: each says where it
// works, and the keyboard stays where it was (Ctrl+F used to give it to the
// journal's hidden filter). On the journal, Ctrl+F filters the journal.
void TestMainWindow::aTableKeyElsewhereSaysWhereItWorks()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), pc::MainWindow::OverviewAreaIndex);
    QWidget *onOverview = QApplication::focusWidget();
    QVERIFY(window.overviewArea()->isAncestorOf(onOverview));
    const QList<std::pair<QKeySequence, QString>> keys{
        {QKeySequence::Find, QStringLiteral("“Quick filter”")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QStringLiteral("“Server filter…”")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStringLiteral("“Load all”")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStringLiteral("“Sort by the current column”")},
    };
    for (const auto &[key, name] : keys) {
        window.statusBar()->clearMessage();
        QTest::keySequence(QApplication::focusWidget(), key);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(name) && message.contains(QStringLiteral("Offerings (Ctrl+1)")),
                 qPrintable(message));
        QCOMPARE(QApplication::focusWidget(), onOverview);
        QCOMPARE(window.currentArea(), pc::MainWindow::OverviewAreaIndex);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), pc::MainWindow::JournalAreaIndex);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Find);
    QVERIFY(window.journalView()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
