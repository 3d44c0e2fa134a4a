#include "ui/shell/appcontroller.h"

#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "app/connections/transportconfig.h"
#include "app/index/indexstore.h"
#include "app/index/localindex.h"
#include "app/models/pagedtablemodel.h"
#include "app/net/apiclient.h"
#include "ui/connections/connectdialog.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/tablestart.h"
#include "ui/shell/welcomewidget.h"

#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace pc {

namespace {

// How long a built window waits for its local copy to open and give its rows
// before it is shown without them (SQLite and the copy's state: a few
// milliseconds, unless the file was left unclean and is checked first).
constexpr int kWaitForIndexMs = 60;
// How long after the window is shown the local copy's first sync of the
// session may start: after its first paint.
constexpr int kSyncAfterShowMs = 250;

// Calls `show` once the area `window` shows has its first rows (or its first
// page failed, or its local copy answered), at most `waitMs` from now (at
// least kWaitForIndexMs while the copy is still opening), and never before the
// event loop has come round. Its first paint then shows rows, where a window
// shown first is painted twice: empty (the whole window), then with the rows.
void showWithFirstRows(MainWindow *window, const TableStart *tables, int waitMs,
                       const std::function<void()> &show)
{
    auto *waiting = new QObject(window); // the connections below go with it
    auto shown = std::make_shared<bool>(false);
    auto showOnce = [waiting, shown, show] {
        if (std::exchange(*shown, true))
            return;
        waiting->deleteLater();
        show();
    };
    RecordView *view = window->currentView();
    const QPointer<PagedTableModel> rows(view ? view->model() : nullptr);
    // Looked at a turn from now, and a turn after each change of the rows (a
    // reset that empties the table as the copy is adopted is not its rows
    // yet; a local copy's first rows come before the rest is read, with no
    // pageLoaded() for them). isLoading(): a page on its way, the copy's rows
    // being read, or the copy still opening.
    const auto check = [rows, showOnce] {
        if (!rows || rows->rowCount() > 0 || !rows->isLoading())
            showOnce();
    };
    const auto checkQueued = [waiting, check] {
        QMetaObject::invokeMethod(waiting, check, Qt::QueuedConnection);
    };
    checkQueued();
    if (!rows)
        return; // the journal or the overview: nothing to wait for
    QObject::connect(rows, &QAbstractItemModel::rowsInserted, waiting, checkQueued);
    QObject::connect(rows, &QAbstractItemModel::modelReset, waiting, checkQueued);
    QObject::connect(rows, &PagedTableModel::loadingChanged, waiting, checkQueued);
    QObject::connect(rows, &PagedTableModel::errorOccurred, waiting, checkQueued);
    QTimer::singleShot(tables->isStarted() ? waitMs : std::max(waitMs, kWaitForIndexMs), waiting, showOnce);
}

} // namespace

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::AppController).
class AppController { Q_OBJECT };
#endif

AppController::AppController(ProfileStore *profiles, SecretStore *secrets, DemoStarter demo, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_demo(std::move(demo))
{
    // Windows come and go while switching; the controller says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
}

AppController::~AppController()
{
    m_next = {};
    delete m_window;
    delete m_starting;         // a window being built: its models and index, before their client
    delete m_client.release(); // after its window (no event loop left for a deleteLater)
    delete m_welcome;
    delete m_connect;
    delete m_prompt;
}

QString AppController::badgeKind(Profile::EnvironmentKind kind)
{
    switch (kind) {
    case Profile::EnvironmentKind::Production: return QStringLiteral("production");
    case Profile::EnvironmentKind::Qa: return QStringLiteral("qa");
    case Profile::EnvironmentKind::Demo: return QStringLiteral("demo");
    case Profile::EnvironmentKind::Sandbox: return QStringLiteral("sandbox");
    case Profile::EnvironmentKind::Custom: break;
    }
    return QStringLiteral("custom");
}

QString AppController::badgeText(Profile::EnvironmentKind kind)
{
    switch (kind) {
    case Profile::EnvironmentKind::Production: return tr("PRODUCTION");
    case Profile::EnvironmentKind::Qa: return tr("QA");
    case Profile::EnvironmentKind::Demo: return tr("DEMO");
    case Profile::EnvironmentKind::Sandbox: return tr("SANDBOX");
    case Profile::EnvironmentKind::Custom: break;
    }
    return tr("CUSTOM");
}

QWidget *AppController::dialogParent() const
{
    if (m_window)
        return m_window;
    return m_welcome;
}

void AppController::openDemo()
{
    if (!m_demoTarget) {
        QString error;
        m_demoTarget = m_demo ? m_demo(&error) : std::nullopt;
        if (!m_demoTarget) {
            auto *box = new QMessageBox(QMessageBox::Critical, tr("The demo could not start"), error,
                                        QMessageBox::Ok, dialogParent());
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this] { checkFinished(); });
            box->open();
            return;
        }
    }
    Profile profile = Profile::forSandbox(m_demoTarget->baseUrl, m_demoTarget->account, tr("Demo"));
    openWindow(profile, m_demoTarget->token, true);
}

void AppController::openProfile(const Profile &profile, const QByteArray &token)
{
    if (!token.isEmpty()) {
        openWindow(profile, token);
        return;
    }
    if (m_sessionTokens.contains(profile.secretKey())) {
        openWindow(profile, m_sessionTokens.value(profile.secretKey()));
        return;
    }
    const int request = ++m_openRequest;
    SecretJob *job = m_secrets->read(profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, profile, request](const SecretResult &result) {
        if (request != m_openRequest)
            return; // the user chose another profile meanwhile
        if (result.ok() && !result.secret.isEmpty()) {
            openWindow(profile, result.secret);
        } else if (result.error == SecretResult::Error::NotFound || result.ok()) {
            showConnect(profile, true, tr("No API token is stored for the profile %1 yet. Paste it to connect.")
                                           .arg(profile.name));
        } else {
            keychainFailed(profile, result);
        }
    });
}

void AppController::keychainFailed(const Profile &profile, const SecretResult &result)
{
    // Said plainly, with a way on that never writes the token anywhere.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The keychain is not available"),
                                tr("The API token of the profile “%1” could not be read from the keychain.")
                                    .arg(profile.name),
                                QMessageBox::NoButton, dialogParent());
    box->setObjectName(QStringLiteral("keychainUnavailable"));
    box->setInformativeText(result.message + QStringLiteral("\n\n")
                            + tr("A token entered for this session is kept in memory only and forgotten when "
                                 "the console closes."));
    QPushButton *session = box->addButton(tr("&Enter the token for this session"), QMessageBox::AcceptRole);
    QPushButton *retry = box->addButton(tr("&Retry"), QMessageBox::ResetRole);
    box->addButton(QMessageBox::Cancel);
    // Enter goes on (Retry would only ask the same keychain again).
    box->setDefaultButton(session);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, session, retry, profile] {
        if (box->clickedButton() == session)
            askForSessionToken(profile);
        else if (box->clickedButton() == retry)
            openProfile(profile);
        else
            QTimer::singleShot(0, this, [this] { checkFinished(); });
    });
    m_prompt = box;
    box->open();
}

void AppController::askForSessionToken(const Profile &profile)
{
    auto *input = new QInputDialog(dialogParent());
    input->setObjectName(QStringLiteral("sessionToken"));
    input->setWindowTitle(tr("API token for this session"));
    input->setLabelText(tr("The API token for %1 (%2). It is not stored anywhere.")
                            .arg(profile.name, profile.baseUrl().host()));
    input->setTextEchoMode(QLineEdit::Password);
    input->setAttribute(Qt::WA_DeleteOnClose);
    connect(input, &QInputDialog::textValueSelected, this, [this, profile](const QString &text) {
        const QByteArray token = text.trimmed().toUtf8();
        if (token.isEmpty()) {
            QTimer::singleShot(0, this, [this] { checkFinished(); });
            return;
        }
        m_sessionTokens.insert(profile.secretKey(), token);
        openWindow(profile, token);
    });
    connect(input, &QInputDialog::rejected, this, [this] { QTimer::singleShot(0, this, [this] { checkFinished(); }); });
    m_prompt = input;
    input->open();
}

void AppController::openWindow(const Profile &profile, const QByteArray &token, bool demo)
{
    const int request = ++m_openRequest; // a keychain read still on its way is for an older choice
    const QString proxyKey = profile.proxy.secretKey();
    if (m_sessionTokens.contains(proxyKey)) {
        openWindowWith(profile, token, demo, QString::fromUtf8(m_sessionTokens.value(proxyKey)));
        return;
    }
    // None stored, or a keychain that cannot be read: the proxy, if it needs
    // a password, refuses with a 407 the window words.
    TransportConfig::readProxyPassword(
        m_secrets, profile.proxy, this,
        [this, profile, token, demo, request](const QString &password, const SecretResult &) {
            if (request == m_openRequest)
                openWindowWith(profile, token, demo, password);
        });
}

void AppController::openWindowWith(const Profile &profile, const QByteArray &token, bool demo,
                                   const QString &proxyPassword)
{
    QString error;
    const std::optional<ConnectionSettings> transport =
        TransportConfig::connectionSettings(profile, token, &error, proxyPassword);
    if (!transport) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("The CA bundle could not be used"), error,
                                    QMessageBox::Ok, dialogParent());
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this] { checkFinished(); });
        box->open();
        return;
    }
    const ConnectionSettings settings = *transport;

    replaceWindow([this, profile, settings, demo] {
        // A window still to be built for another connection is not (its
        // models go before the client they call through).
        delete m_starting;
        m_profile = profile;
        m_profileIsDemo = demo;
        m_client = std::make_unique<ApiClient>(settings);
        // The index opens (and reads what it holds) on its own thread while
        // the window is being built. The demo keeps no copy on disk.
        LocalIndex *index = nullptr;
        if (profile.keepLocalCopy && !demo) {
            index = new LocalIndex(m_client.get());
            index->holdStartSync(true); // until the window has been painted (showWindow())
            index->open(IndexStore::defaultPath(profile.baseUrl(), profile.account));
        }
        // The tables ask for their rows first (or for the local copy's, once
        // it has opened); the window is built once the event loop has come
        // round twice: once to start the calls, once for the network access
        // manager to hand them to its thread (both are queued). The requests
        // are on their way, and the copy opens on its thread, while the
        // widgets are built; the window is shown once its rows are in
        // (showWindow()).
        auto *tables = new TableStart(m_client.get(), index, profile.settingsGroup());
        tables->start();
        m_starting = tables;
        QMetaObject::invokeMethod(
            tables,
            [this, profile, demo, tables] {
                QMetaObject::invokeMethod(
                    tables, [this, profile, demo, tables] { showWindow(profile, demo, tables); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    });
}

void AppController::showWindow(const Profile &profile, bool demo, TableStart *tables)
{
    const QString label = QStringLiteral("%1 @ %2").arg(profile.account, profile.baseUrl().host());
    auto *window = new MainWindow(m_client.get(), label, tables);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setEnvironmentBadge(badgeKind(profile.environmentKind()), badgeText(profile.environmentKind()));
    window->installEventFilter(this); // the badge in another language
    window->setReadOnly(profile.readOnly || m_forceReadOnly);
    if (m_initialArea >= 0)
        window->showArea(m_initialArea);
    connect(window, &MainWindow::switchProfileRequested, this, &AppController::showWelcome);
    connect(window, &MainWindow::connectRequested, this, [this] { showConnect(); });
    // Only a saved profile can be edited (not the demo nor an --api-url connection).
    const bool saved = !demo && isSaved(profile);
    window->action(QStringLiteral("editProfile"))->setVisible(saved);
    connect(window, &MainWindow::editProfileRequested, this, [this] {
        if (const std::optional<Profile> current = m_profiles->profile(m_profile.name))
            showConnect(*current, true);
    });
    connect(window, &MainWindow::closeDeclined, this, [this] { m_next = {}; });
    connect(window, &QObject::destroyed, this, &AppController::onWindowGone);
    // The demo's token is not the user's to keep.
    window->setTokenStorage(m_secrets && !demo);
    connect(window, &MainWindow::tokenReplaced, this, &AppController::keepNewToken);
    m_window = window;
    m_hadWindow = true;
    // Shown once the area it shows has its first rows (what arrived while
    // it was being built, a page due any moment, the local copy's): its
    // first paint then shows rows, not an empty table.
    showWithFirstRows(window, tables, m_firstRowsWaitMs, [this, window, saved, profile] {
        m_starting = nullptr;
        if (m_next) {
            // Another connection was chosen in the meantime: this window
            // is being closed (replaceWindow()), never shown.
            return;
        }
        window->show();
        // The first paint follows as the event loop comes round; the
        // local copy's sync may then take the CPU and the server.
        if (LocalIndex *index = window->localIndex())
            QTimer::singleShot(kSyncAfterShowMs, index, [index] { index->holdStartSync(false); });
        if (m_welcome)
            m_welcome->close();
        // Only a saved profile becomes the next start's.
        if (saved)
            m_profiles->setLastUsed(profile.name);
        Q_EMIT windowOpened(window);
    });
}

// The same saved profile, not the demo or an --api-url connection that
// happens to share a name.
bool AppController::isSaved(const Profile &profile) const
{
    const std::optional<Profile> saved = m_profiles ? m_profiles->profile(profile.name) : std::nullopt;
    return saved && saved->baseUrl() == profile.baseUrl() && saved->account == profile.account;
}

void AppController::keepNewToken(const QByteArray &token, bool store)
{
    if (m_profileIsDemo) {
        if (m_demoTarget)
            m_demoTarget->token = token;
        return;
    }
    const QString key = m_profile.secretKey();
    if (!store || !m_secrets) {
        m_sessionTokens.insert(key, token); // memory only, this run only
        return;
    }
    // Until the keychain has it, this run uses it from memory (a profile
    // opened again meanwhile must not fall back to the refused one).
    m_sessionTokens.insert(key, token);
    const QString profileName = m_profile.name;
    SecretJob *job = m_secrets->write(key, token);
    connect(job, &SecretJob::finished, this, [this, key, token, profileName](const SecretResult &result) {
        if (result.ok()) {
            // The keychain has it now; a token entered later for this session wins again.
            if (m_sessionTokens.value(key) == token)
                m_sessionTokens.remove(key);
            return;
        }
        if (m_window)
            m_window->statusBar()->showMessage(tr("The new token of %1 could not be kept in the keychain "
                                                  "(%2); it is used for this session only.")
                                                   .arg(profileName, result.message),
                                               15000);
    });
}

void AppController::replaceWindow(std::function<void()> next)
{
    if (!m_window) {
        next();
        return;
    }
    // The current window goes first (it may ask about unsaved forms; if the
    // user stays, nothing is switched).
    m_next = std::move(next);
    m_window->close();
}

void AppController::onWindowGone()
{
    // destroyed() comes before the window's children (its models, whose
    // pagers hold calls of this client) are deleted: the client goes after
    // them, and the next window is built once the old one is gone.
    if (m_client)
        m_client.release()->deleteLater();
    auto next = std::move(m_next);
    m_next = {};
    QTimer::singleShot(0, this, [this, next] {
        if (next)
            next();
        else
            checkFinished();
    });
}

void AppController::checkFinished(bool welcomeClosed)
{
    // A dialog being closed is hidden before it is deleted: only shown ones count.
    auto showing = [](const QWidget *widget) { return widget && widget->isVisible(); };
    if (showing(m_window) || showing(m_welcome) || showing(m_connect) || showing(m_prompt) || m_next ||
        m_starting)
        return;
    // Closing the welcome screen (or the last window) ends the program; a
    // dialog given up without a window goes back to the welcome screen, so
    // a broken last profile never leaves the user without a way on.
    if (welcomeClosed || m_hadWindow)
        Q_EMIT finished();
    else
        showWelcome();
}

void AppController::showWelcome()
{
    if (m_welcome) {
        m_welcome->show();
        m_welcome->raise();
        m_welcome->activateWindow();
        return;
    }
    auto *welcome = new WelcomeWidget(m_profiles, m_window);
    welcome->setWindowFlag(Qt::Window);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    welcome->installEventFilter(this); // the title in another language
    titleWelcome(welcome);
    connect(welcome, &WelcomeWidget::demoRequested, this, &AppController::openDemo);
    connect(welcome, &WelcomeWidget::connectRequested, this, [this] { showConnect(); });
    connect(welcome, &WelcomeWidget::profileChosen, this, [this](const QString &name) {
        if (const std::optional<Profile> profile = m_profiles->profile(name))
            openProfile(*profile);
    });
    connect(welcome, &QObject::destroyed, this, [this] { QTimer::singleShot(0, this, [this] { checkFinished(true); }); });
    m_welcome = welcome;
    welcome->show();
}

void AppController::titleWelcome(QWidget *welcome) const
{
    welcome->setWindowTitle(m_window ? tr("Switch profile — Provider Console")
                                     : tr("Welcome — Provider Console"));
}

// What the controller put on its windows (the environment badge, the welcome
// screen's title), said again when they change language.
bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (watched == m_window)
            m_window->setEnvironmentBadge(badgeKind(m_profile.environmentKind()),
                                          badgeText(m_profile.environmentKind()));
        else if (watched == m_welcome)
            titleWelcome(m_welcome);
    }
    return QObject::eventFilter(watched, event);
}

void AppController::showConnect(const Profile &prefill, bool editing, const QString &reason)
{
    if (m_connect) {
        m_connect->raise();
        m_connect->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(m_profiles, m_secrets, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The open window's index is closed by it before its file goes.
    dialog->setLocalDataForgetter([this](const QString &path, std::function<void(bool, const QString &)> done) {
        if (m_window && m_window->localIndex() && m_window->localIndex()->path() == path) {
            m_window->localIndex()->forget(std::move(done));
            return;
        }
        QString error;
        const bool ok = LocalIndex::removeFiles(path, &error);
        done(ok, error);
    });
    if (!prefill.name.isEmpty() || !prefill.account.isEmpty())
        dialog->setProfile(prefill, editing);
    if (!reason.isEmpty())
        dialog->setWindowTitle(reason);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile profile = dialog->profile();
        QByteArray token = dialog->token();
        // What was typed: in memory when the keychain could not take it;
        // otherwise the keychain has it now, and it replaces this session's.
        const QList<std::pair<QString, QByteArray>> typed{
            {profile.secretKey(), token}, {profile.proxy.secretKey(), dialog->proxyPassword()}};
        for (const auto &[key, secret] : typed) {
            if (key.isEmpty() || secret.isEmpty())
                continue;
            if (dialog->tokenOnlyForThisSession())
                m_sessionTokens.insert(key, secret);
            else
                m_sessionTokens.remove(key);
        }
        if (token.isEmpty())
            openProfile(profile); // editing, the stored token kept
        else
            openWindow(profile, token);
    });
    connect(dialog, &QObject::destroyed, this, [this] { QTimer::singleShot(0, this, [this] { checkFinished(); }); });
    m_connect = dialog;
    dialog->open();
}

} // namespace pc
