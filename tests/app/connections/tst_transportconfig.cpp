#include "app/connections/transportconfig.h"
#include "app/net/apiclient.h"
#include "app/net/tlserrors.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

// TLS from the client's side, against a local TLS server with a self-signed
// certificate: refused with the certificate's details by default, trusted
// once the profile's CA bundle holds it. Never ignored.
class TestTransportConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anUntrustedCertificateIsRefusedAndDescribed();
    void aCaBundleMakesItTrusted();

private:
    pc::ApiResponse run(const pc::ConnectionSettings &settings);

    QSslServer m_server;
    QSslCertificate m_certificate;
    int m_requestsAnswered = 0;
};

void TestTransportConfig::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QFile certificateFile(QStringLiteral(PC_TEST_TLS "/localhost.crt"));
    QFile keyFile(QStringLiteral(PC_TEST_TLS "/localhost.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_certificate.isNull() && !key.isNull());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(key);
    m_server.setSslConfiguration(configuration);
    // A minimal API: whatever is asked, an empty JSON object.
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++m_requestsAnswered;
                socket->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n"
                              "connection: close\r\n\r\n{}");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

pc::ApiResponse TestTransportConfig::run(const pc::ConnectionSettings &settings)
{
    pc::ApiClient client(settings);
    pc::ApiCall *call = client.get(QStringLiteral("me"));
    QSignalSpy finished(call, &pc::ApiCall::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<pc::ApiResponse>();
}

void TestTransportConfig::anUntrustedCertificateIsRefusedAndDescribed()
{
    pc::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(m_server.serverPort()));
    settings.account = QStringLiteral("wdc");
    settings.token = "secret-token";
    m_requestsAnswered = 0;
    const pc::ApiResponse response = run(settings);
    QCOMPARE(response.error.kind, pc::ApiError::Kind::Tls);
    QCOMPARE(m_requestsAnswered, 0); // nothing, and so no token, went over it
    // Subject, issuer, fingerprint and the error, for a person to judge.
    const QString message = response.error.message;
    QVERIFY2(message.contains(QStringLiteral("localhost")), qPrintable(message));
    QVERIFY2(message.contains(pc::TlsErrorText::sha256Fingerprint(m_certificate)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                 || message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("secret-token")));
}

void TestTransportConfig::aCaBundleMakesItTrusted()
{
    const QString bundle = QStringLiteral(PC_TEST_TLS "/localhost.crt");
    QString error;
    const std::optional<QSslConfiguration> configuration = pc::TransportConfig::sslConfiguration(bundle, &error);
    QVERIFY2(configuration, qPrintable(error));
    pc::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(m_server.serverPort()));
    settings.account = QStringLiteral("wdc");
    settings.token = "secret-token";
    settings.sslConfiguration = configuration;
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    m_requestsAnswered = 0;
    const pc::ApiResponse response = run(settings);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(m_requestsAnswered, 1);
}

QTEST_GUILESS_MAIN(TestTransportConfig)
#include "tst_transportconfig.moc"
