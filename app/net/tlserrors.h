#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// A refused certificate in words a person can check. TLS errors are never
// ignored anywhere; this only explains a refusal (the client's own error, the
// connection test, the profile dialog).
namespace pc {

class TlsErrorText
{
    Q_DECLARE_TR_FUNCTIONS(TlsErrorText)

public:
    // Every error, then the server's certificate (subject, issuer, SHA-256
    // fingerprint, validity). When `peer` is null, the first certificate the
    // errors name is shown.
    static QString describeTlsErrors(const QList<QSslError> &errors,
                                     const QSslCertificate &peer = QSslCertificate());
    static QString describeCertificate(const QSslCertificate &certificate);
    // "AB:CD:…" (upper-case hex of the SHA-256 digest of the DER form).
    static QString sha256Fingerprint(const QSslCertificate &certificate);
};

} // namespace pc
