#include "app/connections/transportconfig.h"

#include "app/connections/secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QObject>
#include <QStringList>

namespace pc {

namespace {

// Far above any real bundle (the Mozilla set is about 220 kB): a larger file
// was picked by mistake, and reading it whole would only waste memory.
constexpr qint64 kMaxBundleBytes = 16 * 1024 * 1024;

} // namespace

QNetworkProxy TransportConfig::proxyFor(const ProxySettings &proxy, const QString &password)
{
    switch (proxy.mode) {
    case ProxyMode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host.trimmed(), proxy.port, proxy.user,
                             password);
    case ProxyMode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxy.host.trimmed(), proxy.port, proxy.user,
                             password);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void TransportConfig::applyProxy(QNetworkAccessManager *network, const ProxySettings &proxy,
                                 const QString &password)
{
    if (proxy.mode == ProxyMode::System)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    if (network)
        network->setProxy(proxyFor(proxy, password));
}

std::optional<QList<QSslCertificate>> TransportConfig::loadCaBundle(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QList<QSslCertificate>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return fail(tr("No CA bundle file is given."));
    if (!info.exists())
        return fail(tr("The CA bundle %1 does not exist. Choose the PEM file your IT department provides, or "
                       "clear the setting.")
                        .arg(path));
    if (!info.isFile())
        return fail(tr("The CA bundle %1 is not a file.").arg(path));
    if (info.size() > kMaxBundleBytes)
        return fail(tr("The CA bundle %1 is too large to be a certificate bundle.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The CA bundle %1 could not be read: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates;
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(data, QSsl::Pem);
    for (const QSslCertificate &certificate : parsed) {
        if (!certificate.isNull())
            certificates.append(certificate);
    }
    if (certificates.isEmpty())
        return fail(tr("The CA bundle %1 contains no certificates. It must be a PEM file with one or more "
                       "\"-----BEGIN CERTIFICATE-----\" blocks.")
                        .arg(path));
    return certificates;
}

std::optional<QSslConfiguration> TransportConfig::sslConfiguration(const QString &caBundlePath,
                                                                   QString *error)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (caBundlePath.trimmed().isEmpty())
        return configuration;
    const auto certificates = loadCaBundle(caBundlePath.trimmed(), error);
    if (!certificates)
        return std::nullopt;
    configuration.addCaCertificates(*certificates);
    return configuration;
}

std::optional<ConnectionSettings> TransportConfig::connectionSettings(const Profile &profile,
                                                                      const QByteArray &token, QString *error,
                                                                      const QString &proxyPassword)
{
    ConnectionSettings settings = profile.connectionSettings(token);
    if (!profile.caBundlePath.trimmed().isEmpty()) {
        settings.sslConfiguration = sslConfiguration(profile.caBundlePath, error);
        if (!settings.sslConfiguration)
            return std::nullopt;
    }
    if (profile.proxy.mode != ProxyMode::System)
        settings.proxy = proxyFor(profile.proxy, proxyPassword);
    return settings;
}

void TransportConfig::readProxyPassword(
    SecretStore *secrets, const ProxySettings &proxy, QObject *context,
    const std::function<void(const QString &password, const SecretResult &result)> &done)
{
    const QString key = proxy.secretKey();
    if (key.isEmpty() || !secrets) {
        done(QString(), SecretResult::success());
        return;
    }
    SecretJob *job = secrets->read(key);
    QObject::connect(job, &SecretJob::finished, context, [done](const SecretResult &result) {
        done(result.ok() ? QString::fromUtf8(result.secret) : QString(), result);
    });
}

} // namespace pc
