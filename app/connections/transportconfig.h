#pragma once

#include "app/connections/profile.h"
#include "app/net/apiclient.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

// How a profile reaches its API: the proxy and the trusted CAs. TLS errors are
// never ignored anywhere (app/net/tlserrors.h only explains a refusal).
namespace pc {

class SecretStore;
struct SecretResult;

class TransportConfig
{
    Q_DECLARE_TR_FUNCTIONS(TransportConfig)

public:
    // The QNetworkProxy for the settings: DefaultProxy for System (the
    // application's factory decides), NoProxy, or a manual HTTP/SOCKS5 proxy.
    // `password` comes from the secret store (ProxySettings::secretKey()).
    static QNetworkProxy proxyFor(const ProxySettings &proxy, const QString &password = {});
    // Puts the proxy on `network`. For System this also turns on
    // QNetworkProxyFactory::setUseSystemConfiguration(true), which is
    // process-wide; None and manual proxies are set on the manager itself
    // and so win over it.
    static void applyProxy(QNetworkAccessManager *network, const ProxySettings &proxy,
                           const QString &password = {});

    // The certificates of a PEM CA bundle file. nullopt with *error set when
    // the file is missing, unreadable, too large or holds no certificate.
    static std::optional<QList<QSslCertificate>> loadCaBundle(const QString &path, QString *error);
    // The default TLS configuration with the bundle's CAs added to the
    // system's (not replacing them). An empty path gives the default
    // configuration unchanged.
    static std::optional<QSslConfiguration> sslConfiguration(const QString &caBundlePath, QString *error);

    // The settings an ApiClient for `profile` connects with: its URL and
    // account, the token, the profile's CA bundle added to the system's and
    // its proxy with `proxyPassword` (System leaves the application's proxy,
    // which follows the system's settings). The one place a profile becomes
    // a connection: the program's window, its headless commands and the
    // connection test all use it. nullopt with *error set when the CA bundle
    // cannot be used.
    static std::optional<ConnectionSettings> connectionSettings(const Profile &profile,
                                                                const QByteArray &token, QString *error,
                                                                const QString &proxyPassword = {});

    // Reads the password of `proxy` from `secrets` (under
    // ProxySettings::secretKey(), beside the token) and calls `done` once
    // with it, unless `context` is gone by then. Empty, at once, when the
    // proxy has no key (not a manual proxy with a user) or there is no store;
    // empty with the store's result when it holds none (NotFound) or cannot
    // be read: the caller decides whether to go on without one.
    static void
    readProxyPassword(SecretStore *secrets, const ProxySettings &proxy, QObject *context,
                      const std::function<void(const QString &password, const SecretResult &result)> &done);
};

} // namespace pc
