#include "app/connections/connectiontest.h"
#include "app/connections/profile.h"
#include "app/net/tlserrors.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace testsupport;
using pc::ApiError;
using pc::ConnectionTest;
using pc::ConnectionTestResult;
using pc::Profile;
using Problem = pc::ConnectionTestResult::Problem;

namespace {

// Distinctive, so finding it in a message cannot be a coincidence.
const QByteArray kToken = "tok-8d41b6f0c2e9-never-shown";
const QString kAccount = QStringLiteral("wdc");

// A port that surely had a listener a moment ago and has none now.
quint16 closedPort()
{
    auto server = startSandbox();
    return server->port();
}

} // namespace

// The core connection test against the sandbox: GET /me once, and what it
// says for every kind of failure, without a widget in sight.
class TestConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void succeeds();
    void tokenRefused();
    void accountUnknown();
    void noPermission();
    void tokenEchoedByTheServerIsNotShown();
    void serverError();
    void notTheApi();
    void timeout();
    void connectionRefused();
    void proxyRefused();
    void hostNotFound();
    void tlsRefused();
    void unusableCaBundle();
    void cancelledReportsNothing();
    void diagnoseUsesApiErrorWording();

private:
    void startServer(const sandbox::Fault *fault = nullptr);
    Profile sandboxProfile(const QString &account = kAccount) const;
    // Runs one test and returns its only result.
    ConnectionTestResult run(const Profile &profile, const QByteArray &token = kToken, int waitMs = 15000);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    ConnectionTest m_test;
};

void TestConnectionTest::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestConnectionTest::cleanup()
{
    m_test.cancel();
    m_test.setTimeoutMs(ConnectionTest::kDefaultTimeoutMs);
    m_server.reset();
}

void TestConnectionTest::startServer(const sandbox::Fault *fault)
{
    sandbox::SandboxOptions options;
    options.token = QString::fromUtf8(kToken);
    m_server = startSandbox(options);
    if (fault)
        m_server->addFault(*fault);
}

Profile TestConnectionTest::sandboxProfile(const QString &account) const
{
    return Profile::forSandbox(m_server->baseUrl(), account, QStringLiteral("Sandbox"));
}

ConnectionTestResult TestConnectionTest::run(const Profile &profile, const QByteArray &token, int waitMs)
{
    QSignalSpy finished(&m_test, &ConnectionTest::finished);
    m_test.start(profile, token);
    // Never from inside start(): the caller has set up before it hears back.
    if (!finished.isEmpty() || !m_test.isRunning())
        QTest::qFail("the connection test finished inside start()", __FILE__, __LINE__);
    if (!finished.wait(waitMs)) {
        QTest::qFail("the connection test did not finish", __FILE__, __LINE__);
        return {};
    }
    if (finished.size() != 1)
        QTest::qFail("the connection test finished more than once", __FILE__, __LINE__);
    const auto result = finished.first().first().value<ConnectionTestResult>();
    // Whatever went wrong, the token is never part of what is shown.
    if (result.message.contains(QString::fromUtf8(token)))
        QTest::qFail("the token is in the message", __FILE__, __LINE__);
    return result;
}

// ---------------------------------------------------------------- HTTP answers

void TestConnectionTest::succeeds()
{
    startServer();
    const ConnectionTestResult result = run(sandboxProfile());
    QVERIFY2(result.succeeded(), qPrintable(result.message));
    QVERIFY(!m_test.isRunning());
    QVERIFY(!result.personName.isEmpty());
    QVERIFY2(result.email.contains(QLatin1Char('@')), qPrintable(result.email));
    QCOMPARE(result.accountId, kAccount);
    QCOMPARE(result.accountName, QStringLiteral("Widget Data Center"));
    QCOMPARE(result.message, QStringLiteral("Connected: the token belongs to %1 (%2) on account Widget Data "
                                            "Center (wdc).")
                                 .arg(result.personName, result.email));
    // One attempt of exactly GET /me, with the account.
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/me"));
    QCOMPARE(m_server->requests().first().header("x-xurrent-account"), QByteArray("wdc"));
}

void TestConnectionTest::tokenRefused()
{
    startServer();
    const ConnectionTestResult result = run(sandboxProfile(), "tok-wrong-0000");
    QCOMPARE(result.problem, Problem::TokenRefused);
    QCOMPARE(result.error.httpStatus, 401);
    QVERIFY2(result.message.contains(QLatin1String("API token was not accepted (401)")),
             qPrintable(result.message));
    QVERIFY(!result.message.contains(QLatin1String("tok-wrong")));
}

void TestConnectionTest::accountUnknown()
{
    startServer();
    const ConnectionTestResult result = run(sandboxProfile(QStringLiteral("acme-typo")));
    QCOMPARE(result.problem, Problem::AccountUnknown);
    QVERIFY2(result.message.contains(QLatin1String("does not give access to account \"acme-typo\"")),
             qPrintable(result.message));
}

void TestConnectionTest::noPermission()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.pathPattern = QStringLiteral("^/v1/me$");
    fault.status = 403;
    fault.body = R"({"message":"Forbidden"})";
    startServer(&fault);
    const ConnectionTestResult result = run(sandboxProfile());
    QCOMPARE(result.problem, Problem::NoPermission);
    QVERIFY2(
        result.message.contains(QLatin1String("read App Offerings and App Instances in account \"wdc\"")),
        qPrintable(result.message));
    // The server's words come last, in ApiError's wording.
    QVERIFY2(result.message.endsWith(QLatin1String("The server said: Forbidden")),
             qPrintable(result.message));
}

void TestConnectionTest::tokenEchoedByTheServerIsNotShown()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 403;
    fault.body = R"({"message":"the token )" + kToken + R"( may not read this"})";
    startServer(&fault);
    const ConnectionTestResult result = run(sandboxProfile());
    QCOMPARE(result.problem, Problem::NoPermission);
    QVERIFY2(result.message.contains(QLatin1String("the token [token] may not read this")),
             qPrintable(result.message));
    QVERIFY(!result.message.contains(QString::fromUtf8(kToken)));
}

void TestConnectionTest::serverError()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 500;
    startServer(&fault);
    const ConnectionTestResult result = run(sandboxProfile());
    QCOMPARE(result.problem, Problem::Server);
    QCOMPARE(result.message, result.error.message); // nothing for a test to add
    QVERIFY2(result.message.contains(QLatin1String("internal error (500)")), qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 1); // one attempt, not retried
}

void TestConnectionTest::notTheApi()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::MalformedJson;
    startServer(&fault);
    const ConnectionTestResult result = run(sandboxProfile());
    QCOMPARE(result.problem, Problem::NotTheApi);
    QVERIFY2(result.message.contains(m_server->baseUrl().toString()), qPrintable(result.message));
}

void TestConnectionTest::timeout()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::NeverAnswer;
    startServer(&fault);
    m_test.setTimeoutMs(500);
    const ConnectionTestResult result = run(sandboxProfile());
    QCOMPARE(result.problem, Problem::Timeout);
    QVERIFY2(result.message.startsWith(QLatin1String("127.0.0.1 did not answer within ")),
             qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 1);
}

// ---------------------------------------------------------------- no answer

void TestConnectionTest::connectionRefused()
{
    const quint16 port = closedPort();
    const ConnectionTestResult result =
        run(Profile::forSandbox(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), kAccount));
    QCOMPARE(result.problem, Problem::ConnectionRefused);
    QCOMPARE(result.networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY2(result.message.startsWith(
                 QStringLiteral("No connection: 127.0.0.1 refused it on port %1.").arg(port)),
             qPrintable(result.message));
}

void TestConnectionTest::proxyRefused()
{
    const quint16 port = closedPort();
    Profile profile;
    profile.account = kAccount;
    profile.proxy.mode = pc::ProxyMode::Http;
    profile.proxy.host = QStringLiteral("127.0.0.1");
    profile.proxy.port = port;
    const ConnectionTestResult result = run(profile, kToken, 30000);
    QCOMPARE(result.problem, Problem::Proxy);
    QVERIFY2(result.message.startsWith(QStringLiteral("The proxy 127.0.0.1:%1 failed").arg(port)),
             qPrintable(result.message));
}

void TestConnectionTest::hostNotFound()
{
    const ConnectionTestResult result = run(
        Profile::forSandbox(QUrl(QStringLiteral("https://nonexistent-host.invalid/v1")), kAccount), kToken,
        60000); // a machine without DNS fails at once; a slow resolver may take a while
    QCOMPARE(result.problem, Problem::HostNotFound);
    QVERIFY2(result.message.contains(QLatin1String("nonexistent-host.invalid could not be found (DNS)")),
             qPrintable(result.message));
}

void TestConnectionTest::tlsRefused()
{
    // A server whose self-signed certificate nobody trusts: the handshake is
    // refused before anything is sent, so the server needs no HTTP at all.
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QFile certificateFile(QStringLiteral(PC_TEST_TLS "/localhost.crt"));
    QFile keyFile(QStringLiteral(PC_TEST_TLS "/localhost.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const QUrl url(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort()));
    const ConnectionTestResult result = run(Profile::forSandbox(url, kAccount));
    QCOMPARE(result.problem, Problem::Tls);
    // The refused certificate, as the client describes it, then the way out.
    QVERIFY2(result.message.startsWith(result.error.message + QLatin1Char('\n')), qPrintable(result.message));
    QVERIFY2(result.message.contains(pc::TlsErrorText::sha256Fingerprint(certificate)),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("choose its CA bundle under Network")),
             qPrintable(result.message));
}

void TestConnectionTest::unusableCaBundle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    startServer();
    Profile profile = sandboxProfile();
    profile.caBundlePath = dir.filePath(QStringLiteral("missing.pem"));
    const ConnectionTestResult result = run(profile);
    QCOMPARE(result.problem, Problem::Settings);
    QVERIFY2(result.message.contains(QLatin1String("missing.pem")), qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 0); // nothing was tried with settings that cannot be used
}

void TestConnectionTest::cancelledReportsNothing()
{
    // The first GET /me is held for a minute; the second is answered at once.
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Latency;
    fault.latencyMs = 60000;
    startServer(&fault);
    QSignalSpy finished(&m_test, &ConnectionTest::finished);
    m_test.start(sandboxProfile(), kToken);
    QTRY_COMPARE(m_server->requestCount(), 1);
    m_test.cancel();
    QVERIFY(!m_test.isRunning());

    // The next test's result is the only one that comes.
    m_test.start(sandboxProfile(), kToken);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ConnectionTestResult>().succeeded());
}

// ---------------------------------------------------------------- wording

void TestConnectionTest::diagnoseUsesApiErrorWording()
{
    Profile profile;
    profile.account = kAccount;
    // Where a test has nothing specific to say, the client's sentence stands.
    const ApiError closed =
        ApiError::fromReply(0, QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"), {}, {});
    ConnectionTestResult result = ConnectionTest::diagnose(
        closed, profile, QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"));
    QCOMPARE(result.problem, Problem::Network);
    QVERIFY2(result.message.startsWith(closed.message), qPrintable(result.message));

    const ApiError other =
        ApiError::fromReply(0, QNetworkReply::ProtocolFailure, QStringLiteral("garbled"), {}, {});
    result =
        ConnectionTest::diagnose(other, profile, QNetworkReply::ProtocolFailure, QStringLiteral("garbled"));
    QCOMPARE(result.problem, Problem::Network);
    QCOMPARE(result.message, other.message);

    // Not an error, nothing to say.
    result = ConnectionTest::diagnose(ApiError(), profile);
    QVERIFY(result.succeeded());
    QVERIFY(result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
