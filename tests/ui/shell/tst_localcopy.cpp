#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "app/index/indexstore.h"
#include "app/index/localindex.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/recordfilterproxy.h"
#include "tests/support/index.h"
#include "tests/support/menukeys.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "tests/support/walk.h"
#include "ui/actions/instanceactiondialog.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/tokendialog.h"
#include "ui/records/recordview.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/syncstatus.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;
using pc::AppController;
using pc::IndexCollection;
using pc::MainWindow;
using pc::Profile;

namespace {

const QString kOfferings = QStringLiteral("/v1/app_offerings");
const QString kInstances = QStringLiteral("/v1/app_instances");

// A request for records of either collection. The overview's question for
// the offerings' drafts (app_offerings/latest_internal, once, when it is
// first shown: the local copy holds the published versions only) is not one:
// whether it is asked before or after a count depends on when the window
// shows the overview, not on the copy.
bool isListRequest(const sandbox::RecordedRequest &request)
{
    if (request.path.endsWith(QLatin1String("/latest_internal")))
        return false;
    return request.method == "GET" && (request.path == kOfferings || request.path == kInstances ||
                                       request.path.startsWith(kOfferings + QLatin1Char('/')) ||
                                       request.path.startsWith(kInstances + QLatin1Char('/')));
}

int listRequests(const sandbox::SandboxServer &server)
{
    const QList<sandbox::RecordedRequest> requests = server.requests();
    return int(std::count_if(requests.cbegin(), requests.cend(), isListRequest));
}

} // namespace

// The window over a connection's local index, offscreen, against the
// sandbox over HTTP: the tables from a complete copy before any request,
// changes in place after a sync, deletions only after a reconcile, the
// console's writes at once, the status bar, no copy when the profile keeps
// none, Forget, a damaged file, and the whole copy filtered and exported
// without a request.
class TestLocalCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsFromTheCopyBeforeAnyListRequest();
    void someoneElsesChangeAppearsInPlace();
    void aDeletionGoesOnlyWithAReconcile();
    void aReconcileAboveTheQuotaShareAsksFirst();
    void aSuspensionIsInTheCopyAtOnce();
    void aRefusedTokenAsksOnceAndTheSyncGoesOn();
    void noLocalCopyPagesAndWritesNoFile();
    void theFirstSyncSwitchesTheTablesKeepingTheSelection();
    void forgetRemovesTheFile();
    void aDamagedFileIsReportedAndRebuilt();
    void quickFilterAndExportCoverEveryRowWithoutARequest();
    void theSyncIntervalIsChosenFromTheFileMenu();
    void theWindowOpensWithItsFirstRows();
    void aSlowServerDoesNotHoldTheWindowBack();

private:
    Profile profile(bool keepLocalCopy = true) const;
    QString indexPath() const;
    MainWindow *openWindow(const Profile &profile);
    // Waits for the sync the window started (or the one running) to end.
    bool waitForSync(MainWindow *window);
    // A window on a complete copy, its start's sync done.
    MainWindow *openSynced();
    // Triggers the window's action ("syncNow", "fullReconcile") and waits for the sync.
    bool runAction(MainWindow *window, const QString &action);
    void selectInstance(MainWindow *window, int row);
    qint64 currentInstanceId(MainWindow *window) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ProfileStore> m_profiles;
    std::unique_ptr<pc::MemorySecretStore> m_secrets;
    std::unique_ptr<AppController> m_controller;
};

void TestLocalCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<pc::MainWindow *>();
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false\npc.*.debug=false"));
}

void TestLocalCopy::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    sandbox::SandboxOptions options;
    options.offeringCount = 20;
    options.instanceCount = 600;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_profiles = std::make_unique<pc::ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<pc::MemorySecretStore>();
    m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get(), nullptr);
}

void TestLocalCopy::cleanup()
{
    m_controller.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_server.reset();
}

Profile TestLocalCopy::profile(bool keepLocalCopy) const
{
    Profile profile =
        Profile::forSandbox(m_server->baseUrl(), m_server->options().account, QStringLiteral("Local"));
    profile.keepLocalCopy = keepLocalCopy;
    m_profiles->save(profile);
    return profile;
}

QString TestLocalCopy::indexPath() const
{
    return pc::IndexStore::defaultPath(m_server->baseUrl(), m_server->options().account);
}

MainWindow *TestLocalCopy::openWindow(const Profile &profile)
{
    QSignalSpy opened(m_controller.get(), &AppController::windowOpened);
    m_controller->openProfile(profile, m_server->options().token.toUtf8());
    if (!opened.count() && !opened.wait(10000))
        return nullptr;
    MainWindow *window = m_controller->window();
    return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

bool TestLocalCopy::waitForSync(MainWindow *window)
{
    pc::LocalIndex *index = window->localIndex();
    return waitUntil(
        [index] { return index->state() == pc::LocalIndex::State::Idle && index->lastSync().isValid(); },
        60000);
}

MainWindow *TestLocalCopy::openSynced()
{
    fillIndex(*m_server, indexPath());
    MainWindow *window = openWindow(profile());
    return window && waitForSync(window) ? window : nullptr;
}

bool TestLocalCopy::runAction(MainWindow *window, const QString &action)
{
    QSignalSpy synced(window->localIndex(), &pc::LocalIndex::syncFinished);
    window->action(action)->trigger();
    return synced.wait(30000);
}

void TestLocalCopy::selectInstance(MainWindow *window, int row)
{
    window->showArea(1);
    QTableView *table = window->instancesView()->table();
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 TestLocalCopy::currentInstanceId(MainWindow *window) const
{
    return window->instancesView()
        ->table()
        ->currentIndex()
        .data(pc::PagedTableModel::RecordIdRole)
        .toLongLong();
}

void TestLocalCopy::rowsFromTheCopyBeforeAnyListRequest()
{
    fillIndex(*m_server, indexPath());
    m_server->clearRequests();
    // What the sandbox had seen when each table got its rows.
    QHash<QString, int> requestsAtRows;
    QObject context;
    connect(m_controller.get(), &AppController::windowOpened, &context, [&](MainWindow *window) {
        for (pc::PagedTableModel *model : {static_cast<pc::PagedTableModel *>(window->offeringsModel()),
                                           static_cast<pc::PagedTableModel *>(window->instancesModel())}) {
            // The window is shown once what arrived while it was built is
            // in: rows there already came before what the sandbox has seen now.
            if (model->rowCount() > 0)
                requestsAtRows.insert(QString::fromLatin1(model->metaObject()->className()),
                                      listRequests(*m_server));
            connect(model, &QAbstractItemModel::rowsInserted, &context, [&, model] {
                const QString name = QString::fromLatin1(model->metaObject()->className());
                if (!requestsAtRows.contains(name))
                    requestsAtRows.insert(name, listRequests(*m_server));
            });
        }
    });
    MainWindow *window = openWindow(profile());
    QVERIFY(window);
    QAbstractItemModelTester offeringsTester(window->offeringsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester instancesTester(window->instancesModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(window->instancesModel()->rowCount(), m_server->instanceCount());
    QTRY_COMPARE(window->offeringsModel()->rowCount(), ownOfferingCount(*m_server));
    QCOMPARE(requestsAtRows.value(QStringLiteral("pc::InstancesModel"), -1), 0);
    QCOMPARE(requestsAtRows.value(QStringLiteral("pc::OfferingsModel"), -1), 0);
    QVERIFY(window->instancesModel()->isLocal());
    QVERIFY(window->offeringsModel()->isLocal());
    QVERIFY(window->instancesView()->statusText().contains(QStringLiteral("from the local copy")));
    // Then the start's sync: nothing changed costs one request per collection.
    QVERIFY(waitForSync(window));
    QCOMPARE(listRequests(*m_server), 2);
    QCOMPARE(window->syncStatus()->text(), QStringLiteral("Synced just now · 0 changes"));
    window->showArea(1);
    QVERIFY(saveScreenshot(window, QStringLiteral("localcopy-window.png")));
}

void TestLocalCopy::someoneElsesChangeAppearsInPlace()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    QAbstractItemModelTester tester(window->instancesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectInstance(window, 37);
    const qint64 id = currentInstanceId(window);
    QVERIFY(!window->instancesModel()->instance(37).suspended);
    QVERIFY(m_server->updateInstance(id, {{QStringLiteral("suspended"), true},
                                          {QStringLiteral("suspension_comment"), QStringLiteral("Unpaid")}}));
    QVERIFY(runAction(window, QStringLiteral("syncNow")));
    QTRY_VERIFY(window->instancesModel()->instance(37).suspended);
    QCOMPARE(window->instancesModel()->instance(37).id, id);
    QCOMPARE(currentInstanceId(window), id);
    QCOMPARE(window->instancesView()->selectedIds(), QList<qint64>{id});
    QCOMPARE(window->syncStatus()->text(), QStringLiteral("Synced just now · 1 change"));
}

void TestLocalCopy::aDeletionGoesOnlyWithAReconcile()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    const qint64 gone = rowIds(*window->instancesModel()).at(12);
    QVERIFY(m_server->deleteInstance(gone));
    QVERIFY(runAction(window, QStringLiteral("syncNow")));
    QVERIFY(rowIds(*window->instancesModel()).contains(gone)); // no tombstones: not seen yet
    QVERIFY(runAction(window, QStringLiteral("fullReconcile")));
    QTRY_VERIFY(!rowIds(*window->instancesModel()).contains(gone));
    QCOMPARE(window->instancesModel()->rowCount(), m_server->instanceCount());
}

void TestLocalCopy::aReconcileAboveTheQuotaShareAsksFirst()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    const qint64 gone = rowIds(*window->instancesModel()).at(3);
    QVERIFY(m_server->deleteInstance(gone));
    // A share of the hour's 3,600 requests smaller than the 6 pages of ids.
    pc::IndexSyncSettings settings = window->localIndex()->sync()->settings();
    settings.reconcileQuotaShare = 0.001;
    window->localIndex()->sync()->setSettings(settings);
    window->action(QStringLiteral("fullReconcile"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->syncStatus()->confirmation() && window->syncStatus()->confirmation()->isVisible(), 30000);
    QVERIFY(rowIds(*window->instancesModel()).contains(gone));
    QMessageBox *question = window->syncStatus()->confirmation();
    QVERIFY(saveScreenshot(question, QStringLiteral("localcopy-reconcile-question.png")));
    question->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!rowIds(*window->instancesModel()).contains(gone), 30000);
}

void TestLocalCopy::aSuspensionIsInTheCopyAtOnce()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    int row = 0;
    while (window->instancesModel()->instance(row).suspended)
        ++row;
    selectInstance(window, row);
    const qint64 id = currentInstanceId(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    pc::InstanceActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<pc::InstanceActionDialog *>()));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->commentEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Paused"));
    QSignalSpy written(window->localIndex()->store(), &pc::IndexStore::recordsChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().at(1).value<QList<qint64>>(), QList<qint64>{id});
    QTRY_VERIFY(window->instancesModel()->instance(row).suspended);
    // The index has the server's answer, every other field kept.
    const QJsonObject stored = awaitIndex<QJsonObject>([&](auto done) {
        window->localIndex()->store()->readRecord(IndexCollection::Instances, id, nullptr, done);
    });
    QCOMPARE(stored.value(QStringLiteral("suspended")).toBool(), true);
    QCOMPARE(stored.value(QStringLiteral("suspension_comment")).toString(), QStringLiteral("Paused"));
    QCOMPARE(stored, m_server->instance(id));
}

void TestLocalCopy::aRefusedTokenAsksOnceAndTheSyncGoesOn()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    const qint64 id = rowIds(*window->instancesModel()).at(2);
    QVERIFY(m_server->updateInstance(id, {{QStringLiteral("disabled"), true}}));
    // The token is revoked and a new one issued: the sync is refused.
    m_server->setToken(QStringLiteral("rotated-token"));
    QVERIFY(runAction(window, QStringLiteral("syncNow")));
    QVERIFY(window->syncStatus()->text().startsWith(QStringLiteral("Sync failed: ")));
    QTRY_VERIFY(window->tokenDialog() && window->tokenDialog()->isVisible());
    pc::TokenDialog *dialog = window->tokenDialog();
    QTest::keyClicks(dialog->tokenEdit(), QStringLiteral("rotated-token"));
    QSignalSpy synced(window->localIndex(), &pc::LocalIndex::syncFinished);
    QTest::mouseClick(dialog->sessionButton(), Qt::LeftButton);
    QVERIFY(synced.wait(30000));
    QVERIFY(synced.first().first().value<pc::SyncResult>().ok());
    QTRY_VERIFY(window->instancesModel()->instance(2).disabled);
    QCOMPARE(window->syncStatus()->text(), QStringLiteral("Synced just now · 1 change"));
}

void TestLocalCopy::noLocalCopyPagesAndWritesNoFile()
{
    MainWindow *window = openWindow(profile(false));
    QVERIFY(window);
    QVERIFY(!window->localIndex());
    QTRY_COMPARE(window->instancesModel()->rowCount(), pc::PagedTableModel::PageSize);
    QVERIFY(!window->instancesModel()->isLocal());
    QVERIFY(window->instancesModel()->canFetchMore({}));
    const QList<sandbox::RecordedRequest> pages = requestsTo(*m_server, kInstances, "GET");
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.first().query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QVERIFY(!window->action(QStringLiteral("syncNow"))->isVisible());
    QVERIFY(!QFile::exists(indexPath()));
    QVERIFY(QDir(QFileInfo(indexPath()).path()).entryList(QDir::Files).isEmpty());
}

void TestLocalCopy::theFirstSyncSwitchesTheTablesKeepingTheSelection()
{
    MainWindow *window = openWindow(profile());
    QVERIFY(window);
    // No copy yet: the tables page as before while the first sync walks.
    QTRY_VERIFY(window->instancesModel()->rowCount() > 0);
    QVERIFY(!window->instancesModel()->isLocal());
    selectInstance(window, 4);
    const qint64 id = currentInstanceId(window);
    QVERIFY(waitForSync(window));
    QTRY_VERIFY(window->instancesModel()->isLocal() && !window->instancesModel()->isLoading());
    QCOMPARE(window->instancesModel()->rowCount(), m_server->instanceCount());
    QCOMPARE(currentInstanceId(window), id);
    QCOMPARE(window->instancesView()->selectedIds(), QList<qint64>{id});
}

void TestLocalCopy::forgetRemovesTheFile()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    window->action(QStringLiteral("editProfile"))->trigger();
    auto *dialog = qobject_cast<pc::ConnectDialog *>(m_controller->connectDialog());
    QVERIFY(dialog);
    auto *info = dialog->findChild<QLabel *>(QStringLiteral("localCopyInfo"));
    QVERIFY(info->text().startsWith(QStringLiteral("On this computer: ")));
    QVERIFY(!info->text().contains(QStringLiteral("never")));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("localcopy-profile.png")));
    dialog->findChild<QPushButton *>(QStringLiteral("forgetLocalData"))->click();
    QTRY_VERIFY(dialog->forgetQuestion() && dialog->forgetQuestion()->isVisible());
    QVERIFY(QFile::exists(indexPath())); // nothing before the answer
    QMessageBox *question = dialog->forgetQuestion();
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QTRY_VERIFY(!QFile::exists(indexPath()));
    QVERIFY(!QFile::exists(indexPath() + QStringLiteral("-wal")));
    QTRY_COMPARE(info->text(), QStringLiteral("No local copy on this computer."));
    // The open window pages again.
    QTRY_VERIFY(!window->instancesModel()->isLocal());
    QTRY_COMPARE(window->instancesModel()->rowCount(), pc::PagedTableModel::PageSize);
    dialog->reject();
}

void TestLocalCopy::aDamagedFileIsReportedAndRebuilt()
{
    QDir().mkpath(QFileInfo(indexPath()).path());
    QFile damaged(indexPath());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    MainWindow *window = openWindow(profile());
    QVERIFY(window);
    QTRY_VERIFY(!window->syncStatus()->noticeText().isEmpty());
    QVERIFY(window->syncStatus()->banner()->isVisible());
    QVERIFY(saveScreenshot(window, QStringLiteral("localcopy-damaged.png")));
    // Rebuilt by the first sync, and the tables read from it.
    QVERIFY(waitForSync(window));
    QTRY_VERIFY(window->instancesModel()->isLocal() && !window->instancesModel()->isLoading());
    QCOMPARE(window->instancesModel()->rowCount(), m_server->instanceCount());
}

void TestLocalCopy::quickFilterAndExportCoverEveryRowWithoutARequest()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    m_server->clearRequests();
    pc::RecordView *view = window->instancesView();
    window->showArea(1);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // An account that appears beyond the first page.
    const QString account = window->instancesModel()->instance(450).customerAccount.name;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), view->quickFilterEdit());
    QTest::keyClicks(QApplication::focusWidget(), account);
    int expected = 0;
    for (qint64 id : m_server->instanceIds()) {
        const QJsonObject instance = m_server->instance(id);
        expected +=
            instance.value(QStringLiteral("customer_account"))[QStringLiteral("name")].toString().contains(
                account, Qt::CaseInsensitive) ||
            instance.value(QStringLiteral("app_offering"))[QStringLiteral("name")].toString().contains(
                account, Qt::CaseInsensitive);
    }
    QTRY_VERIFY(view->proxy()->rowCount() > 0);
    QVERIFY(view->proxy()->rowCount() >= expected); // and any comment that mentions it
    QVERIFY(rowIds(*view->proxy()).contains(window->instancesModel()->instance(450).id));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(view->proxy()->rowCount(), m_server->instanceCount());
    QSignalSpy exported(window, &MainWindow::exportFinished);
    const QString file = m_dir->filePath(QStringLiteral("instances.csv"));
    QVERIFY(window->exportCurrentView(file, pc::RecordExporter::Format::Csv));
    QVERIFY(exported.count() || exported.wait(20000));
    QVERIFY(exported.first().first().toBool());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), m_server->instanceCount() + 1);
    QCOMPARE(m_server->requestCount(), 0);
}

// File → Sync automatically, by keyboard: the choice applies to the open
// copy at once and is kept for the next start; "only when asked" stops
// the background syncs. The choices are shown checked as they are.
void TestLocalCopy::theSyncIntervalIsChosenFromTheFileMenu()
{
    MainWindow *window = openSynced();
    QVERIFY(window);
    pc::LocalIndex *index = window->localIndex();
    QCOMPARE(index->syncMinutes(), pc::LocalIndex::DefaultSyncMinutes);
    QVERIFY(window->action(QStringLiteral("syncEvery5"))->isChecked());
    QVERIFY(chooseFromMenus(window, {QStringLiteral("File"), QStringLiteral("Sync automatically"),
                                     QStringLiteral("Every hour")}));
    QCOMPARE(index->syncMinutes(), 60);
    QCOMPARE(QSettings().value(QStringLiteral("localIndex/syncMinutes")).toInt(), 60);
    QVERIFY(window->action(QStringLiteral("syncEvery60"))->isChecked());
    QVERIFY(!window->action(QStringLiteral("syncEvery5"))->isChecked());
    QVERIFY(chooseFromMenus(window, {QStringLiteral("File"), QStringLiteral("Sync automatically"),
                                     QStringLiteral("Only when asked (Sync now)")}));
    QCOMPARE(index->syncMinutes(), 0);
    QCOMPARE(QSettings().value(QStringLiteral("localIndex/syncMinutes")).toInt(),
             0); // what the next start reads
}

void TestLocalCopy::theWindowOpensWithItsFirstRows()
{
    // The window is shown once the area it shows has rows, so its first
    // paint has them: from a complete copy (the area asked for on the command
    // line, not the overview), and from the server's first page.
    fillIndex(*m_server, indexPath());
    m_controller->setInitialArea(MainWindow::InstancesAreaIndex);
    // Long enough for any machine running this (the sandbox answers in
    // milliseconds): the window waits for the rows, not for the time.
    m_controller->setFirstRowsWaitMs(10000);
    int rowsWhenOpened = -1;
    bool overviewWhenOpened = true;
    QObject context;
    connect(m_controller.get(), &AppController::windowOpened, &context, [&](MainWindow *window) {
        rowsWhenOpened = window->currentView() ? window->currentView()->model()->rowCount() : -1;
        overviewWhenOpened = window->overviewBuilt();
    });
    MainWindow *window = openWindow(profile());
    QVERIFY(window);
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    QVERIFY2(rowsWhenOpened > 0, qPrintable(QString::number(rowsWhenOpened)));
    QVERIFY(!overviewWhenOpened); // the copy is complete, but another area was asked for
    // The next window: a connection without a copy.
    m_controller.reset();

    m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get(), nullptr);
    m_controller->setFirstRowsWaitMs(10000);
    connect(m_controller.get(), &AppController::windowOpened, &context, [&](MainWindow *opened) {
        rowsWhenOpened = opened->currentView() ? opened->currentView()->model()->rowCount() : -1;
    });
    rowsWhenOpened = -1;
    QVERIFY(openWindow(profile(false)));
    QVERIFY2(rowsWhenOpened > 0, qPrintable(QString::number(rowsWhenOpened)));
}

void TestLocalCopy::aSlowServerDoesNotHoldTheWindowBack()
{
    // The first page takes two seconds: the window is shown without it (the
    // default wait, 30 ms after it is built), then shows the rows when they come.
    sandbox::Fault slow;
    slow.kind = sandbox::Fault::Kind::Latency;
    slow.latencyMs = 2000;
    slow.pathPattern = QStringLiteral("^/v1/app_(offerings|instances)$");
    slow.times = -1;
    m_server->addFault(slow);
    int rowsWhenOpened = -1;
    QObject context;
    connect(m_controller.get(), &AppController::windowOpened, &context,
            [&](MainWindow *window) { rowsWhenOpened = window->offeringsModel()->rowCount(); });
    MainWindow *window = openWindow(profile(false));
    QVERIFY(window);
    QCOMPARE(rowsWhenOpened, 0);
    QVERIFY(window->offeringsModel()->isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(window->offeringsModel()->rowCount(), ownOfferingCount(*m_server), 10000);
}

QTEST_MAIN(TestLocalCopy)
#include "tst_localcopy.moc"
