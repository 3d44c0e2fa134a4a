#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "app/models/offeringsmodel.h"
#include "app/models/pagedtablemodel.h"
#include "tests/support/authproxy.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/tokendialog.h"
#include "ui/editing/offeringform.h"
#include "ui/keyboard/commandpalette.h"
#include "ui/records/recordview.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;
using pc::AppController;
using pc::Profile;

// Connections from the window's side, offscreen, against the sandbox: the
// welcome screen and the demo, profiles with their token in the (memory)
// keychain, a keychain that is not there, switching with each profile's own
// views, read-only profiles, the badge, and no token in any file written.
class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeOffersTheDemo();
    void aProfileOpensWithItsStoredToken();
    void aProfileWithoutATokenAsksForOne();
    void noKeychainOffersASessionToken();
    void theEnvironmentTokenSkipsTheKeychain();
    void switchingKeepsEachProfilesViews();
    void readOnlyProfilesCannotWrite();
    void unsavedFormsHoldASwitch();
    void badgesFollowTheEnvironment_data();
    void badgesFollowTheEnvironment();
    void noFileHoldsTheToken();
    void aRefusedTokenIsReplacedAndKept();
    void aTokenForThisSessionIsNotStored();
    void aSavedTokenReplacesTheSessionsToken();
    void aProfileBehindAProxyUsesItsStoredPassword();

private:
    Profile sandboxProfile(const QString &name, bool readOnly = false) const;
    void storeToken(const Profile &profile, const QByteArray &token);
    pc::MainWindow *waitForWindow();
    void screenshot(QWidget *widget, const QString &name);
    QByteArray storedToken(const Profile &profile);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ProfileStore> m_profiles;
    std::unique_ptr<pc::MemorySecretStore> m_secrets;
    std::unique_ptr<AppController> m_controller;
    int m_demoStarts = 0;
};

void TestAppController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestAppController::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_profiles = std::make_unique<pc::ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<pc::MemorySecretStore>();
    m_demoStarts = 0;
    m_controller = std::make_unique<AppController>(
        m_profiles.get(), m_secrets.get(), [this](QString *) -> std::optional<AppController::DemoTarget> {
            ++m_demoStarts;
            return AppController::DemoTarget{m_server->baseUrl(), m_server->options().account,
                                             m_server->options().token.toUtf8()};
        });
}

void TestAppController::cleanup()
{
    m_controller.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_server.reset();
}

void TestAppController::screenshot(QWidget *widget, const QString &name)
{
    QVERIFY(testsupport::saveScreenshot(widget, name));
}

Profile TestAppController::sandboxProfile(const QString &name, bool readOnly) const
{
    Profile profile;
    profile.name = name;
    profile.customBaseUrl = m_server->baseUrl().toString();
    profile.account = m_server->options().account;
    profile.readOnly = readOnly;
    return profile;
}

void TestAppController::storeToken(const Profile &profile, const QByteArray &token)
{
    pc::SecretJob *job = m_secrets->write(profile.secretKey(), token);
    QSignalSpy finished(job, &pc::SecretJob::finished);
    QVERIFY(finished.wait(5000));
}

QByteArray TestAppController::storedToken(const Profile &profile)
{
    pc::SecretJob *job = m_secrets->read(profile.secretKey());
    QSignalSpy finished(job, &pc::SecretJob::finished);
    if (!finished.wait(5000))
        return "(no answer)";
    return finished.first().first().value<pc::SecretResult>().secret;
}

pc::MainWindow *TestAppController::waitForWindow()
{
    for (int waited = 0; !m_controller->window() && waited < 10000; waited += 20)
        QTest::qWait(20);
    pc::MainWindow *window = m_controller->window();
    if (window) {
        for (int waited = 0; window->offeringsModel()->rowCount() == 0 && waited < 10000; waited += 20)
            QTest::qWait(20);
        // Open: shown (the controller shows it once its rows are in, a turn later).
        for (int waited = 0; !window->isVisible() && waited < 10000; waited += 20)
            QTest::qWait(20);
    }
    return window;
}

void TestAppController::welcomeOffersTheDemo()
{
    m_controller->showWelcome();
    auto *welcome = qobject_cast<pc::WelcomeWidget *>(m_controller->welcome());
    QVERIFY(welcome);
    QVERIFY(QTest::qWaitForWindowExposed(welcome));
    Q_EMIT welcome->demoRequested();
    pc::MainWindow *window = waitForWindow();
    QVERIFY(window);
    QCOMPARE(m_demoStarts, 1);
    QTRY_VERIFY(!m_controller->welcome()); // the welcome screen gives way
    QCOMPARE(window->environmentBadge()->property("kind").toString(), QStringLiteral("sandbox"));
    QVERIFY(window->windowTitle().contains(m_server->options().account));
    QVERIFY(window->offeringsModel()->rowCount() > 0);
}

void TestAppController::aProfileOpensWithItsStoredToken()
{
    const Profile profile = sandboxProfile(QStringLiteral("Sandbox A"));
    QVERIFY(m_profiles->save(profile));
    storeToken(profile, m_server->options().token.toUtf8());
    m_controller->openProfile(profile);
    pc::MainWindow *window = waitForWindow();
    QVERIFY(window);
    QVERIFY(!window->isReadOnly());
    QCOMPARE(m_profiles->lastUsed(), QStringLiteral("Sandbox A"));
}

void TestAppController::aProfileWithoutATokenAsksForOne()
{
    const Profile profile = sandboxProfile(QStringLiteral("No token yet"));
    QVERIFY(m_profiles->save(profile));
    m_controller->openProfile(profile);
    QTRY_VERIFY(m_controller->connectDialog());
    QVERIFY(!m_controller->window());
    auto *dialog = qobject_cast<pc::ConnectDialog *>(m_controller->connectDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("account"))->text(), m_server->options().account);
}

void TestAppController::noKeychainOffersASessionToken()
{
    const Profile profile = sandboxProfile(QStringLiteral("Locked"));
    QVERIFY(m_profiles->save(profile));
    m_secrets->simulate(pc::MemorySecretStore::Simulation::NoBackend);
    m_controller->openProfile(profile);
    QTRY_VERIFY(qobject_cast<QMessageBox *>(m_controller->tokenPrompt()));
    auto *box = qobject_cast<QMessageBox *>(m_controller->tokenPrompt());
    QVERIFY(!box->informativeText().isEmpty());
    screenshot(box, QStringLiteral("keychain-unavailable.png"));
    QAbstractButton *session = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("session")))
            session = button;
    }
    QVERIFY(session);
    session->click();
    QTRY_VERIFY(qobject_cast<QInputDialog *>(m_controller->tokenPrompt()));
    auto *input = qobject_cast<QInputDialog *>(m_controller->tokenPrompt());
    QCOMPARE(input->textEchoMode(), QLineEdit::Password);
    input->setTextValue(m_server->options().token);
    input->accept();
    QVERIFY(waitForWindow());
    m_secrets->simulate(pc::MemorySecretStore::Simulation::None);
    QCOMPARE(m_secrets->count(), 0); // kept in memory for this run only
}

void TestAppController::theEnvironmentTokenSkipsTheKeychain()
{
    // A keychain that would never answer is never asked.
    m_secrets->simulate(pc::MemorySecretStore::Simulation::NoAnswer);
    m_controller->openProfile(sandboxProfile(QStringLiteral("scripted")), m_server->options().token.toUtf8());
    QVERIFY(waitForWindow());
    QVERIFY(!m_controller->tokenPrompt());
}

void TestAppController::switchingKeepsEachProfilesViews()
{
    const Profile a = sandboxProfile(QStringLiteral("Alpha"));
    const Profile b = sandboxProfile(QStringLiteral("Beta"));
    QVERIFY(m_profiles->save(a));
    QVERIFY(m_profiles->save(b));
    storeToken(a, m_server->options().token.toUtf8());
    storeToken(b, m_server->options().token.toUtf8());
    m_controller->openProfile(a);
    QPointer<pc::MainWindow> first = waitForWindow();
    QVERIFY(first);
    first->offeringsModel()->setPredefinedFilter(QStringLiteral("latest_published"));
    // Ctrl+Shift+O: the switcher lists the profiles.
    first->action(QStringLiteral("switchProfile"))->trigger();
    QTRY_VERIFY(m_controller->welcome());
    Q_EMIT qobject_cast<pc::WelcomeWidget *>(m_controller->welcome())->profileChosen(QStringLiteral("Beta"));
    QTRY_VERIFY(!first);
    pc::MainWindow *second = waitForWindow();
    QVERIFY(second);
    QCOMPARE(m_controller->currentProfile().name, QStringLiteral("Beta"));
    QCOMPARE(second->offeringsModel()->predefinedFilter(), QString()); // Beta's own views
    QPointer<pc::MainWindow> secondGuard(second);
    m_controller->openProfile(a);
    QTRY_VERIFY(!secondGuard);
    pc::MainWindow *third = waitForWindow();
    QVERIFY(third);
    QCOMPARE(third->offeringsModel()->predefinedFilter(),
             QStringLiteral("latest_published")); // Alpha's again
}

void TestAppController::readOnlyProfilesCannotWrite()
{
    const Profile profile = sandboxProfile(QStringLiteral("Production (safe)"), true);
    m_controller->openProfile(profile, m_server->options().token.toUtf8());
    pc::MainWindow *window = waitForWindow();
    QVERIFY(window);
    QVERIFY(window->isReadOnly());
    QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
    const QList<QAction *> writes = window->writeActions();
    QCOMPARE(writes.size(), 6); // suspend, resume, disable, enable, new and edit offering
    window->showArea(1);
    for (QAction *write : writes) {
        QVERIFY2(!write->isEnabled(), qPrintable(write->objectName()));
        QVERIFY2(!write->isVisible(), qPrintable(write->objectName()));
    }
    // Not in the palette either, and the keys do nothing.
    window->commandPalette()->popup();
    auto *list = window->commandPalette()->findChild<QListView *>();
    QVERIFY(list);
    QVERIFY(list->model()->rowCount() > 5);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        auto *offered = list->model()->index(row, 0).data(pc::CommandPalette::ActionRole).value<QAction *>();
        QVERIFY2(!writes.contains(offered), qPrintable(offered->objectName()));
    }
    window->commandPalette()->hide();
    m_server->clearRequests();
    // The keys do nothing, the calls refuse, nothing but reads goes out.
    QApplication::setActiveWindow(window);
    QTRY_VERIFY(window->isActiveWindow());
    window->showArea(0);
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(window->offeringsView()->table(), Qt::Key_F2);
    window->showArea(1);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(window->offeringForms().isEmpty());
    QVERIFY(!window->findChild<QDialog *>());
    QVERIFY(!window->newOffering());
    QVERIFY(!window->editOffering(ownOfferingIds(*m_server).first()));
    QVERIFY(!window->startInstanceAction(pc::InstanceBatch::Action::Suspend));
    QVERIFY(window->offeringForms().isEmpty());
    for (const sandbox::RecordedRequest &request : m_server->requests())
        QCOMPARE(request.method, QByteArray("GET"));
}

void TestAppController::unsavedFormsHoldASwitch()
{
    m_controller->openProfile(sandboxProfile(QStringLiteral("One")), m_server->options().token.toUtf8());
    QPointer<pc::MainWindow> window = waitForWindow();
    QVERIFY(window);
    pc::OfferingForm *form = window->newOffering();
    qobject_cast<QLineEdit *>(form->control(QStringLiteral("name")))->insert(QStringLiteral("Unsaved"));
    QVERIFY(form->isDirty());
    m_controller->openProfile(sandboxProfile(QStringLiteral("Two")), m_server->options().token.toUtf8());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("quitWithDirtyForms"))));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(window); // stayed, with its form
    QCOMPARE(m_controller->window(), window.data());
    QCOMPARE(m_controller->currentProfile().name, QStringLiteral("One"));
    QVERIFY(form->isDirty());
}

void TestAppController::badgesFollowTheEnvironment_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QString>("kind");
    QTest::newRow("production") << int(pc::Environment::Production) << QStringLiteral("production");
    QTest::newRow("qa") << int(pc::Environment::Qa) << QStringLiteral("qa");
    QTest::newRow("demo") << int(pc::Environment::Demo) << QStringLiteral("demo");
}

void TestAppController::badgesFollowTheEnvironment()
{
    QFETCH(int, environment);
    QFETCH(QString, kind);
    Profile profile;
    profile.name = kind;
    profile.account = QStringLiteral("wdc");
    profile.environment = static_cast<pc::Environment>(environment);
    QCOMPARE(AppController::badgeKind(profile.environmentKind()), kind);
    // How it looks: the window's top with the badge (no requests needed).
    pc::ConnectionSettings settings = settingsFor(*m_server);
    pc::ApiClient client(settings);
    pc::MainWindow window(&client, QStringLiteral("wdc @ %1").arg(profile.baseUrl().host()));
    window.setEnvironmentBadge(kind, AppController::badgeText(profile.environmentKind()));
    window.resize(900, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.environmentBadge()->text(), AppController::badgeText(profile.environmentKind()));
    QVERIFY(window.environmentBadge()->isVisible());
    screenshot(&window, QStringLiteral("badge-%1.png").arg(kind));
}

void TestAppController::noFileHoldsTheToken()
{
    // A full run: a profile saved with its token, a window, an offering saved
    // (journal), a draft, then everything written is searched for the token.
    const QByteArray token = m_server->options().token.toUtf8();
    const Profile profile = sandboxProfile(QStringLiteral("Everything"));
    QVERIFY(m_profiles->save(profile));
    storeToken(profile, token);
    m_controller->openProfile(profile);
    pc::MainWindow *window = waitForWindow();
    QVERIFY(window);
    pc::OfferingForm::setReviewBeforeSaving(false);
    pc::OfferingForm *form = window->editOffering(ownOfferingIds(*m_server).first());
    QTRY_VERIFY(form->isLoaded());
    qobject_cast<QLineEdit *>(form->control(QStringLiteral("source")))->insert(QStringLiteral("run"));
    form->writeDraft();
    form->save();
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    qobject_cast<QLineEdit *>(form->control(QStringLiteral("source")))->insert(QStringLiteral("-2"));
    form->writeDraft();
    QSignalSpy finished(m_controller.get(), &AppController::finished);
    window->close(); // asks about the unsaved form: kept as a draft
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("quitWithDirtyForms"))));
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("drafts")))
            button->click();
    }
    QTRY_VERIFY(!m_controller->window());
    QVERIFY(finished.wait(5000) || finished.size() == 1); // nothing left open: the program would quit
    QSettings().sync();

    int files = 0;
    const QStringList roots{QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                            QSettings().fileName(), m_dir->path()};
    for (const QString &root : roots) {
        if (QFileInfo(root).isFile()) {
            QFile file(root);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token), qPrintable(root));
            ++files;
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token), qPrintable(file.fileName()));
            ++files;
        }
    }
    QVERIFY2(files >= 3, qPrintable(QString::number(files))); // profiles, journal, drafts at least
}

void TestAppController::aRefusedTokenIsReplacedAndKept()
{
    const Profile profile = sandboxProfile(QStringLiteral("Rotated"));
    QVERIFY(m_profiles->save(profile));
    storeToken(profile, m_server->options().token.toUtf8());
    m_controller->openProfile(profile);
    pc::MainWindow *window = waitForWindow();
    QVERIFY(window);
    const int offerings = window->offeringsModel()->rowCount();
    // The token is revoked and a new one issued; the next request is refused.
    m_server->setToken(QStringLiteral("rotated-token"));
    window->showArea(0);
    window->action(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->tokenDialog(), 10000);
    pc::TokenDialog *dialog = window->tokenDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->storeButton()->isVisible()); // a profile's token can go to the keychain
    QTest::keyClicks(dialog->tokenEdit(), QStringLiteral("rotated-token"));
    screenshot(dialog, QStringLiteral("token-refused.png"));
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("pc-token-dialog-keychain.png")));
    QTest::mouseClick(dialog->storeButton(), Qt::LeftButton);
    // The keychain has the new token, and what was refused loaded again.
    QTRY_COMPARE(storedToken(profile), QByteArray("rotated-token"));
    QTRY_COMPARE(window->offeringsModel()->rowCount(), offerings);
    QVERIFY(!window->offeringsModel()->lastError().isError());
    QCOMPARE(window->offeringsModel()->client()->settings().token, QByteArray("rotated-token"));
}

void TestAppController::aTokenForThisSessionIsNotStored()
{
    const Profile profile = sandboxProfile(QStringLiteral("Session"));
    QVERIFY(m_profiles->save(profile));
    const QByteArray old = m_server->options().token.toUtf8();
    storeToken(profile, old);
    m_controller->openProfile(profile);
    QPointer<pc::MainWindow> window = waitForWindow();
    QVERIFY(window);
    m_server->setToken(QStringLiteral("session-token"));
    window->action(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->tokenDialog(), 10000);
    QTest::keyClicks(window->tokenDialog()->tokenEdit(), QStringLiteral("session-token"));
    QTest::mouseClick(window->tokenDialog()->sessionButton(), Qt::LeftButton);
    QTRY_VERIFY(window->offeringsModel()->rowCount() > 0 && !window->offeringsModel()->lastError().isError());
    QCOMPARE(storedToken(profile), old); // the keychain keeps what it had
    // Opening the profile again in this run uses the session's token.
    m_controller->openProfile(profile);
    QTRY_VERIFY(!window);
    pc::MainWindow *again = waitForWindow();
    QVERIFY(again);
    QVERIFY(!again->offeringsModel()->lastError().isError());
    QVERIFY(!again->tokenDialog());
    QCOMPARE(again->offeringsModel()->client()->settings().token, QByteArray("session-token"));
}

// A token kept for this session only, then the profile edited with a new
// token the keychain takes: the saved one is used from then on, not the
// session's (which may be the very token that was replaced).
void TestAppController::aSavedTokenReplacesTheSessionsToken()
{
    const Profile profile = sandboxProfile(QStringLiteral("Replaced"));
    QVERIFY(m_profiles->save(profile));
    m_secrets->simulate(pc::MemorySecretStore::Simulation::NoBackend);
    m_controller->openProfile(profile);
    QTRY_VERIFY(qobject_cast<QMessageBox *>(m_controller->tokenPrompt()));
    for (QAbstractButton *button : qobject_cast<QMessageBox *>(m_controller->tokenPrompt())->buttons()) {
        if (button->text().contains(QStringLiteral("session")))
            button->click();
    }
    QTRY_VERIFY(qobject_cast<QInputDialog *>(m_controller->tokenPrompt()));
    auto *input = qobject_cast<QInputDialog *>(m_controller->tokenPrompt());
    input->setTextValue(m_server->options().token);
    input->accept();
    QPointer<pc::MainWindow> window = waitForWindow();
    QVERIFY(window);
    m_secrets->simulate(pc::MemorySecretStore::Simulation::None);

    // The token changes; the profile is edited with the new one, and saved.
    m_server->setToken(QStringLiteral("saved-token"));
    m_controller->showConnect(profile, true);
    auto *dialog = qobject_cast<pc::ConnectDialog *>(m_controller->connectDialog());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("saved-token"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    QTRY_COMPARE(storedToken(profile), QByteArray("saved-token"));
    QTRY_VERIFY(!window);
    window = waitForWindow();
    QVERIFY(window);
    QCOMPARE(window->offeringsModel()->client()->settings().token, QByteArray("saved-token"));

    // Opened again in this run: the keychain's token, not the session's old one.
    m_controller->openProfile(profile);
    QTRY_VERIFY(!window);
    pc::MainWindow *again = waitForWindow();
    QVERIFY(again);
    QCOMPARE(again->offeringsModel()->client()->settings().token, QByteArray("saved-token"));
    QVERIFY(!again->offeringsModel()->lastError().isError());
}

// A profile behind a manual proxy with a user: the window connects with the
// password kept in the secret store under the proxy's key, and the pages come
// through the proxy; a wrong one ends in the 407 sentence, not in a wait.
void TestAppController::aProfileBehindAProxyUsesItsStoredPassword()
{
    const QString password = QStringLiteral("proxy-pw-77e1");
    testsupport::AuthProxy proxy(QStringLiteral("jdoe"), password);
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.offeringCount = 5;
    options.instanceCount = 5;
    const auto server = startTlsSandbox(QStringLiteral(PC_TEST_TLS), options);
    Profile profile;
    profile.name = QStringLiteral("Behind the proxy");
    profile.customBaseUrl = server->baseUrl().toString();
    profile.account = server->options().account;
    profile.keepLocalCopy = false;
    profile.caBundlePath = QStringLiteral(PC_TEST_TLS "/localhost.crt");
    profile.proxy = {pc::ProxyMode::Http, QStringLiteral("127.0.0.1"), proxy.serverPort(),
                     QStringLiteral("jdoe")};
    QVERIFY(m_profiles->save(profile));
    storeToken(profile, server->options().token.toUtf8());
    QSignalSpy written(m_secrets->write(profile.proxy.secretKey(), password.toUtf8()),
                       &pc::SecretJob::finished);
    QVERIFY(written.wait(5000));

    m_controller->openProfile(profile);
    QPointer<pc::MainWindow> window = waitForWindow();
    QVERIFY(window);
    QCOMPARE(window->offeringsModel()->client()->settings().proxy->password(), password);
    QVERIFY(window->offeringsModel()->rowCount() > 0);
    QVERIFY(proxy.tunnels >= 1);
    QVERIFY(proxy.credentialsSeen.contains(QStringLiteral("jdoe:") + password));

    QSignalSpy rewritten(m_secrets->write(profile.proxy.secretKey(), "an old one"), &pc::SecretJob::finished);
    QVERIFY(rewritten.wait(5000));
    m_controller->openProfile(profile);
    QTRY_VERIFY(!window);
    QTRY_VERIFY(m_controller->window());
    pc::PagedTableModel *offerings = m_controller->window()->offeringsModel();
    QTRY_COMPARE(offerings->lastError().kind, pc::ApiError::Kind::ProxyAuth);
    QVERIFY(offerings->lastError().message.contains(QStringLiteral("(407)")));
    QCOMPARE(offerings->rowCount(), 0);
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
