#include "app/connections/secretstore.h"
#include "app/connections/transportconfig.h"
#include "app/net/apiclient.h"
#include "app/net/tlserrors.h"
#include "tests/support/authproxy.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <optional>
#include <utility>

namespace {

// Distinctive, so finding it anywhere cannot be a coincidence.
const QString kProxyUser = QStringLiteral("jdoe");
// ASCII: Qt 6.4 encodes Basic credentials in Latin-1 whatever the proxy's
// charset says, so a proxy that reads them as UTF-8 (RFC 7617) would refuse
// any other letter.
const QString kProxyPassword = QStringLiteral("proxy-pw-51c3 with spaces");

} // namespace

// TLS from the client's side, against a local TLS server with a self-signed
// certificate: refused with the certificate's details by default, trusted
// once the profile's CA bundle holds it. Never ignored. And a manual proxy
// that wants a password: the one kept in the secret store reaches it, a wrong
// one (or none) ends in a clear 407, at once.
class TestTransportConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anUntrustedCertificateIsRefusedAndDescribed();
    void aCaBundleMakesItTrusted();
    void theProxyPasswordRoundTripsThroughTheSecretStore();
    void theStoredProxyPasswordReachesTheProxy();
    void aWrongProxyPasswordIsRefusedClearly_data();
    void aWrongProxyPasswordIsRefusedClearly();

private:
    pc::ApiResponse run(const pc::ConnectionSettings &settings);
    // A profile of the sandbox over TLS (its certificate trusted through the
    // CA bundle) behind `proxy`, as its user.
    static pc::Profile behindProxy(const sandbox::SandboxServer &server, const testsupport::AuthProxy &proxy);
    static std::unique_ptr<sandbox::SandboxServer> tlsSandbox();
    // TransportConfig::readProxyPassword()'s answer, waited for.
    std::pair<QString, pc::SecretResult> readProxyPassword(pc::SecretStore *secrets,
                                                           const pc::ProxySettings &proxy);

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

std::unique_ptr<sandbox::SandboxServer> TestTransportConfig::tlsSandbox()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.offeringCount = 5;
    options.instanceCount = 10;
    return testsupport::startTlsSandbox(QStringLiteral(PC_TEST_TLS), options);
}

std::pair<QString, pc::SecretResult> TestTransportConfig::readProxyPassword(pc::SecretStore *secrets,
                                                                            const pc::ProxySettings &proxy)
{
    std::optional<std::pair<QString, pc::SecretResult>> answer;
    pc::TransportConfig::readProxyPassword(
        secrets, proxy, this, [&answer](const QString &password, const pc::SecretResult &result) {
            answer = {password, result};
        });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return {QStringLiteral("(no answer)"), pc::SecretResult::failure(pc::SecretResult::Error::Other, {})};
    return *answer;
}

pc::Profile TestTransportConfig::behindProxy(const sandbox::SandboxServer &server,
                                             const testsupport::AuthProxy &proxy)
{
    pc::Profile profile;
    profile.name = QStringLiteral("Behind a proxy");
    profile.customBaseUrl = server.baseUrl().toString();
    profile.account = server.options().account;
    profile.caBundlePath = QStringLiteral(PC_TEST_TLS "/localhost.crt");
    profile.proxy = {pc::ProxyMode::Http, QStringLiteral("127.0.0.1"), proxy.serverPort(), kProxyUser};
    return profile;
}

// Written under the proxy's key, read back as it was, and never under the
// token's; a proxy without a user has no key, and nothing is read for it.
void TestTransportConfig::theProxyPasswordRoundTripsThroughTheSecretStore()
{
    pc::Profile profile;
    profile.customBaseUrl = QStringLiteral("https://api.example.com/v1");
    profile.account = QStringLiteral("wdc");
    profile.proxy = {pc::ProxyMode::Socks5, QStringLiteral("socks.corp.example"), 1080, kProxyUser};
    pc::MemorySecretStore secrets;
    QSignalSpy written(secrets.write(profile.proxy.secretKey(), kProxyPassword.toUtf8()),
                       &pc::SecretJob::finished);
    QVERIFY(written.wait(5000));
    QVERIFY(written.first().first().value<pc::SecretResult>().ok());
    QCOMPARE(profile.proxy.secretKey(), QStringLiteral("proxy:jdoe@socks.corp.example:1080"));
    QVERIFY(profile.proxy.secretKey() != profile.secretKey());
    QVERIFY(!secrets.contains(profile.secretKey()));

    const auto [read, result] = readProxyPassword(&secrets, profile.proxy);
    QVERIFY(result.ok());
    QCOMPARE(read, kProxyPassword);

    // None stored: empty, with the store's NotFound.
    pc::Profile other = profile;
    other.proxy.user = QStringLiteral("someone-else");
    const auto [none, missing] = readProxyPassword(&secrets, other.proxy);
    QVERIFY(none.isEmpty());
    QCOMPARE(missing.error, pc::SecretResult::Error::NotFound);

    // No user, no key: answered at once, the store not asked.
    other.proxy.user.clear();
    bool answered = false;
    secrets.simulate(pc::MemorySecretStore::Simulation::NoAnswer);
    pc::TransportConfig::readProxyPassword(
        &secrets, other.proxy, this, [&answered](const QString &password, const pc::SecretResult &result) {
            answered = password.isEmpty() && result.ok();
        });
    QVERIFY(answered);
}

// The password read from the store goes, with the user, to the proxy, and
// the request reaches the sandbox through the tunnel.
void TestTransportConfig::theStoredProxyPasswordReachesTheProxy()
{
    testsupport::AuthProxy proxy(kProxyUser, kProxyPassword);
    auto server = tlsSandbox();
    const pc::Profile profile = behindProxy(*server, proxy);
    pc::MemorySecretStore secrets;
    QSignalSpy written(secrets.write(profile.proxy.secretKey(), kProxyPassword.toUtf8()),
                       &pc::SecretJob::finished);
    QVERIFY(written.wait(5000));
    const QString password = readProxyPassword(&secrets, profile.proxy).first;

    QString error;
    const std::optional<pc::ConnectionSettings> settings =
        pc::TransportConfig::connectionSettings(profile, server->options().token.toUtf8(), &error, password);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->proxy->password(), kProxyPassword);
    const pc::ApiResponse response = run(*settings);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QVERIFY(proxy.tunnels >= 1);
    QVERIFY2(proxy.credentialsSeen.contains(kProxyUser + QLatin1Char(':') + kProxyPassword),
             qPrintable(proxy.credentialsSeen.join(QLatin1Char('|'))));
    QCOMPARE(server->requestCount(), 1);
}

void TestTransportConfig::aWrongProxyPasswordIsRefusedClearly_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong") << QStringLiteral("not-the-password");
    QTest::newRow("none") << QString();
}

// A 407 whatever is tried: the call ends at once (no retries: asking again
// changes nothing) with the one sentence for it, and nothing reached the API.
void TestTransportConfig::aWrongProxyPasswordIsRefusedClearly()
{
    QFETCH(QString, password);
    testsupport::AuthProxy proxy(kProxyUser, kProxyPassword);
    auto server = tlsSandbox();
    QString error;
    std::optional<pc::ConnectionSettings> settings = pc::TransportConfig::connectionSettings(
        behindProxy(*server, proxy), server->options().token.toUtf8(), &error, password);
    QVERIFY2(settings, qPrintable(error));
    settings->maxRetries = 3;
    const pc::ApiResponse response = run(*settings);
    QCOMPARE(response.error.kind, pc::ApiError::Kind::ProxyAuth);
    QVERIFY(!response.error.isTransient());
    QVERIFY2(response.error.message.startsWith(
                 QStringLiteral("The proxy refused the user name or password (407)")),
             qPrintable(response.error.message));
    QVERIFY(proxy.challenges >= 1);
    QCOMPARE(proxy.tunnels, 0);
    QCOMPARE(server->requestCount(), 0);
    if (!password.isEmpty())
        QVERIFY2(proxy.credentialsSeen.contains(kProxyUser + QLatin1Char(':') + password),
                 qPrintable(proxy.credentialsSeen.join(QLatin1Char('|'))));
    QVERIFY(!response.error.message.contains(password.isEmpty() ? kProxyPassword : password));
}

QTEST_GUILESS_MAIN(TestTransportConfig)
#include "tst_transportconfig.moc"
