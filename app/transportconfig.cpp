#include "transportconfig.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QStringList>

namespace pc {

namespace {

// Far above any real bundle (the Mozilla set is about 220 kB): a larger file
// was picked by mistake, and reading it whole would only waste memory.
constexpr qint64 kMaxBundleBytes = 16 * 1024 * 1024;

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1String(", "));
}

QString dateText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                              : QString();
}

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

QString TransportConfig::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TransportConfig::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("The server sent no certificate.");
    QStringList lines;
    lines.append(tr("Subject: %1").arg(distinguishedName(certificate, true)));
    lines.append(tr("Issuer: %1").arg(distinguishedName(certificate, false)));
    lines.append(tr("SHA-256 fingerprint: %1").arg(sha256Fingerprint(certificate)));
    lines.append(tr("Valid from %1 until %2")
                     .arg(dateText(certificate.effectiveDate()), dateText(certificate.expiryDate())));
    return lines.join(QLatin1Char('\n'));
}

QString TransportConfig::describeTlsErrors(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    QStringList problems;
    QSslCertificate certificate = peer;
    for (const QSslError &error : errors) {
        const QString text = error.errorString();
        if (!problems.contains(text))
            problems.append(text);
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    QStringList lines;
    lines.append(tr("The connection was refused because the server's certificate could not be trusted:"));
    for (const QString &problem : problems)
        lines.append(QStringLiteral("• ") + problem);
    if (problems.isEmpty())
        lines.append(QStringLiteral("• ") + tr("unknown TLS error"));
    lines.append(describeCertificate(certificate));
    lines.append(tr("If your network inspects TLS traffic, add your organisation's CA bundle to the profile. "
                    "Do not connect if you did not expect this certificate."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pc
