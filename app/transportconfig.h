#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <optional>

class QNetworkAccessManager;

// How a profile reaches its API: the proxy and the trusted CAs. TLS errors are
// never ignored anywhere; describeTlsErrors() only explains a refusal.
namespace pc {

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

    // A refusal a person can check: every error, then the server's
    // certificate (subject, issuer, SHA-256 fingerprint, validity). When
    // `peer` is null, the first certificate the errors name is shown.
    static QString describeTlsErrors(const QList<QSslError> &errors,
                                     const QSslCertificate &peer = QSslCertificate());
    static QString describeCertificate(const QSslCertificate &certificate);
    // "AB:CD:…" (upper-case hex of the SHA-256 digest of the DER form).
    static QString sha256Fingerprint(const QSslCertificate &certificate);
};

} // namespace pc
