// The sandbox over HTTPS, as production is: the test certificate (made at
// build time) trusted, the same API answered; plain HTTP and an untrusted
// certificate refused.

#include "testhttp.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>

using namespace testhttp;

class TestSandboxTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersOverHttps();
    void refusesPlainHttp();
    void untrustedCertificateIsRefusedByTheClient();
    void unreadableFilesFailToListen();

private:
    static sandbox::SandboxOptions tlsOptions()
    {
        sandbox::SandboxOptions options = unlimited(250);
        options.tlsCertificateFile = QStringLiteral(PC_TEST_TLS "/localhost.crt");
        options.tlsKeyFile = QStringLiteral(PC_TEST_TLS "/localhost.key");
        return options;
    }
    static QSslConfiguration trusting()
    {
        QFile pem(QStringLiteral(PC_TEST_TLS "/localhost.crt"));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (pem.open(QIODevice::ReadOnly))
            configuration.setCaCertificates(QSslCertificate::fromData(pem.readAll()));
        return configuration;
    }
};

void TestSandboxTls::answersOverHttps()
{
    sandbox::SandboxServer server(tlsOptions());
    QVERIFY(server.listen() != 0);
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
    Client client(server);
    QNetworkRequest request = client.request(QStringLiteral("/app_instances?per_page=100&fields=id"));
    request.setSslConfiguration(trusting());
    const Reply first = Client::finish(client.nam().get(request));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.array().size(), 100);
    QVERIFY(first.links().contains(QStringLiteral("next")));
    // The next page on the same kept-alive connection.
    QNetworkRequest next = client.request(first.links().value(QStringLiteral("next")));
    QCOMPARE(next.url().scheme(), QStringLiteral("https"));
    next.setSslConfiguration(trusting());
    const Reply second = Client::finish(client.nam().get(next));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.array().size(), 100);
    QCOMPARE(server.requestCount(), 2);
}

void TestSandboxTls::refusesPlainHttp()
{
    sandbox::SandboxServer server(tlsOptions());
    QVERIFY(server.listen() != 0);
    Client client(server);
    QNetworkRequest request = client.request(QStringLiteral("/app_offerings"));
    QUrl url = request.url();
    url.setScheme(QStringLiteral("http"));
    request.setUrl(url);
    const Reply reply = Client::finish(client.nam().get(request));
    QCOMPARE(reply.status, 0); // no HTTP answer: the server speaks TLS only
    QCOMPARE(server.requestCount(), 0);
}

void TestSandboxTls::untrustedCertificateIsRefusedByTheClient()
{
    sandbox::SandboxServer server(tlsOptions());
    QVERIFY(server.listen() != 0);
    Client client(server);
    QList<QSslError> errors;
    QObject::connect(&client.nam(), &QNetworkAccessManager::sslErrors, &client.nam(),
                     [&errors](QNetworkReply *, const QList<QSslError> &reported) { errors += reported; });
    const Reply reply = client.get(QStringLiteral("/app_offerings"));
    QCOMPARE(reply.status, 0);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(server.requestCount(), 0);
}

void TestSandboxTls::unreadableFilesFailToListen()
{
    sandbox::SandboxOptions options = tlsOptions();
    options.tlsKeyFile = QStringLiteral(PC_TEST_TLS "/no-such.key");
    sandbox::SandboxServer server(options);
    QCOMPARE(server.listen(), quint16(0));
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandbox_tls.moc"
