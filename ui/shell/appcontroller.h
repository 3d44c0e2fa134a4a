#pragma once

#include "app/connections/profilestore.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace pc {

class ApiClient;
class MainWindow;
class TableStart;
class ProfileStore;
class SecretStore;
struct SecretResult;

// Which account the console works on, and switching between them: the
// welcome screen, the connect dialog, the token from the keychain (or the
// environment, or this session only), one main window per connection with
// its profile's own views, the environment badge and read-only profiles.
class AppController : public QObject
{
    Q_OBJECT

public:
    // The built-in demo sandbox, started on demand by main.cpp (the only
    // place that knows the sandbox): its base URL, account and token.
    struct DemoTarget
    {
        QUrl baseUrl;
        QString account;
        QByteArray token;
    };
    using DemoStarter = std::function<std::optional<DemoTarget>(QString *error)>;

    AppController(ProfileStore *profiles, SecretStore *secrets, DemoStarter demo, QObject *parent = nullptr);
    ~AppController() override;

    void setForceReadOnly(bool readOnly) { m_forceReadOnly = readOnly; }
    void setInitialArea(int area) { m_initialArea = area; }
    // How long a built window waits for the first rows of the area it shows
    // before it is shown without them (30 ms; at least 60 while the local
    // copy is still opening). Its first paint then has them.
    void setFirstRowsWaitMs(int ms) { m_firstRowsWaitMs = ms; }

    void openDemo();
    // A saved or ad-hoc profile. `token` (from PROVIDER_CONSOLE_TOKEN) skips
    // the keychain; otherwise the token is read from it.
    void openProfile(const Profile &profile, const QByteArray &token = QByteArray());
    void showWelcome();
    void showConnect(const Profile &prefill = Profile(), bool editing = false,
                     const QString &reason = QString());

    MainWindow *window() const { return m_window; }
    QWidget *welcome() const { return m_welcome; }
    QWidget *connectDialog() const { return m_connect; }
    QWidget *tokenPrompt() const { return m_prompt; }
    Profile currentProfile() const { return m_profile; }

    static QString badgeKind(Profile::EnvironmentKind kind);
    static QString badgeText(Profile::EnvironmentKind kind);

Q_SIGNALS:
    void windowOpened(pc::MainWindow *window);
    // Nothing is left open: the application can quit.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void titleWelcome(QWidget *welcome) const;
    // Reads the password of the profile's proxy (this session's, or the
    // keychain's), then opens the window with it.
    void openWindow(const Profile &profile, const QByteArray &token, bool demo = false);
    void openWindowWith(const Profile &profile, const QByteArray &token, bool demo,
                        const QString &proxyPassword);
    void showWindow(const Profile &profile, bool demo, TableStart *tables);
    // A new token entered in the window after the old one was refused: kept
    // in the keychain when asked (for this session when that fails), or for
    // this session only.
    void keepNewToken(const QByteArray &token, bool store);
    void replaceWindow(std::function<void()> next);
    bool isSaved(const Profile &profile) const;
    void onWindowGone();
    void keychainFailed(const Profile &profile, const SecretResult &result);
    void askForSessionToken(const Profile &profile);
    void checkFinished(bool welcomeClosed = false);
    QWidget *dialogParent() const;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    DemoStarter m_demo;
    std::optional<DemoTarget> m_demoTarget;
    QPointer<MainWindow> m_window;
    // The tables of the window about to be built (between openWindowWith() and showWindow()).
    QPointer<TableStart> m_starting;
    std::unique_ptr<ApiClient> m_client;
    QPointer<QWidget> m_welcome;
    QPointer<QWidget> m_connect;
    QPointer<QWidget> m_prompt;
    Profile m_profile;
    bool m_profileIsDemo = false;
    std::function<void()> m_next;
    // Tokens and proxy passwords by their secret-store keys: this run only, never written.
    QHash<QString, QByteArray> m_sessionTokens;
    bool m_forceReadOnly = false;
    int m_initialArea = -1; // -1: each profile's own last area
    int m_firstRowsWaitMs = 30;
    int m_openRequest = 0;
    bool m_hadWindow = false; // the newest choice of profile wins over slower ones
};

} // namespace pc
