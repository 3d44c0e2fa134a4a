#pragma once

#include "app/connections/environment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

class QSettings;

// Connection profiles: which account on which API, with which transport
// settings. Kept in QSettings, which is a plain file: nothing secret is ever
// stored here. The token lives in a SecretStore under Profile::secretKey().
namespace pc {

struct ConnectionSettings;

enum class ProxyMode {
    System, // the operating system's proxy settings (the default)
    None,   // connect directly
    Http,   // a manual HTTP proxy (HTTPS goes through it with CONNECT)
    Socks5, // a manual SOCKS5 proxy
};

// A manual proxy's password is deliberately not a member: it would end up in
// the settings file. If a proxy needs one, keep it in the SecretStore under
// secretKey() and pass it to TransportConfig::applyProxy().
struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    QString host;
    quint16 port = 0;
    QString user;

    bool isManual() const { return mode == ProxyMode::Http || mode == ProxyMode::Socks5; }
    // Where the proxy password goes in the secret store; empty unless a
    // manual proxy with a user name is set.
    QString secretKey() const;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

// One reason a profile cannot be saved, tied to the field to fix.
struct ProfileIssue
{
    enum class Field { Name, Account, BaseUrl, Proxy, CaBundle };
    Field field;
    QString message;
};

struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // What the environment badge shows. Sandbox is any loopback API (the
    // built-in demo runs on 127.0.0.1); a custom URL on a known 4me/Xurrent
    // host counts as that host's environment, so production is never shown
    // as merely "custom".
    enum class EnvironmentKind { Production, Qa, Demo, Sandbox, Custom };

    QString name;
    Environment environment = Environment::Production;
    Region region = Region::Global;
    Brand brand = Brand::Xurrent;
    QString customBaseUrl; // when set, used instead of environment, region and brand
    QString account;       // the account id, e.g. "wdc"
    bool readOnly = false; // every write action disabled
    ProxySettings proxy;
    QString caBundlePath; // extra trusted CAs (PEM), e.g. for corporate TLS inspection

    bool usesCustomUrl() const { return !customBaseUrl.trimmed().isEmpty(); }
    // The API base URL; empty when the custom URL is not acceptable (see validate()).
    QUrl baseUrl() const;
    EnvironmentKind environmentKind() const;
    static QString environmentKindName(EnvironmentKind kind);

    // The token's key in the secret store: host and account (SecretStore::keyFor).
    QString secretKey() const;
    // The QSettings group for this profile's own views, columns and filters.
    QString settingsGroup() const;
    // Base URL and account for an ApiClient (include apiclient.h to use it).
    ConnectionSettings connectionSettings(const QByteArray &token) const;

    // Problems with the profile on its own (not uniqueness of the name, which
    // ProfileStore::validate() adds). Empty when it can be saved.
    QList<ProfileIssue> validate() const;
    // Blanks trimmed and the custom URL in its normal form (as saved).
    Profile normalized() const;

    // A profile for an API on this computer, e.g. the built-in demo sandbox
    // (whose port is only known once it runs, so it is not meant to be saved).
    static Profile forSandbox(const QUrl &baseUrl, const QString &account, const QString &name = {});

    friend bool operator==(const Profile &, const Profile &) = default;
};

// All profiles, in QSettings under "profiles/<name>", plus the name of the one
// used last. Never a token: there is no field for one, and saving a profile
// first clears its whole group, so even a hand-edited "token" key goes away.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's settings (QSettings()).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file of its own (tests).
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;

    // Sorted by name, case-insensitively. Entries that cannot be read (a
    // damaged or hand-edited file) are left in the file but not offered.
    QList<Profile> profiles() const;
    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    // Names are unique regardless of case.
    bool contains(const QString &name) const;

    // Everything that keeps `profile` from being saved. `replacing` is the
    // name of the profile being edited (empty for a new one), so it does not
    // count as a duplicate of itself.
    QList<ProfileIssue> validate(const Profile &profile, const QString &replacing = {}) const;
    // Adds or replaces a profile (normalized first). With `replacing` set to
    // another name, the profile is renamed as well (its views and the
    // last-used mark follow). On failure *error holds the messages, one a line.
    bool save(const Profile &profile, const QString &replacing = {}, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    // Removes the profile and its views. Its token stays in the secret store:
    // remove it there too unless profilesUsingSecret() still lists another.
    bool remove(const QString &name);
    QStringList profilesUsingSecret(const QString &secretKey) const;

    QString lastUsed() const; // empty when none, or when that profile is gone
    void setLastUsed(const QString &name);

Q_SIGNALS:
    void changed();

private:
    bool write(const Profile &profile, QString *error);
    void moveGroup(const QString &from, const QString &to);
    bool sync(QString *error);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace pc
