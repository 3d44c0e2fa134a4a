#pragma once

#include "app/connections/environment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

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
    // A local index of the offerings and instances (app/index). Off for a
    // company that forbids local copies of customer data.
    bool keepLocalCopy = true;
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
    static QString settingsGroupOf(const QString &name);
    // A profile name as one QSettings key: '/' and '\' would start subgroups,
    // so they (and '%', to keep the mapping unique) are percent-encoded. The
    // real name is kept as a value in the group.
    static QString settingsKey(const QString &name);
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

} // namespace pc
