#include "app/net/tlserrors.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringList>

namespace pc {

namespace {

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

QString TlsErrorText::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsErrorText::describeCertificate(const QSslCertificate &certificate)
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

QString TlsErrorText::describeTlsErrors(const QList<QSslError> &errors, const QSslCertificate &peer)
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
