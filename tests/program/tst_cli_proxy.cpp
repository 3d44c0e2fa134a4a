#include "app/connections/profilestore.h"
#include "app/keychain/keychainsecretstore.h"
#include "tests/support/authproxy.h"
#include "tests/support/console.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using testsupport::AuthProxy;
using testsupport::Console;
using testsupport::ConsoleRun;

namespace {

const QString kToken = QStringLiteral("cli-proxy-token-2b7e");
const QString kProxyUser = QStringLiteral("jdoe");
const QString kProxyPassword = QStringLiteral("cli-proxy-pw-93d1");
const QString kProfile = QStringLiteral("Behind the proxy");

} // namespace

// The commands for scripts through a proxy that wants a password, the
// password read from the real keychain as the window reads it: the program
// as a child process, a saved profile with a manual proxy and its user, the
// sandbox over TLS behind the test proxy. Runs only inside
// tests/run-with-keyring.sh (a private D-Bus session with a throw-away,
// unlocked keyring), never against the developer's own keychain.
class TestCliProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theKeychainsProxyPasswordReachesTheProxy();
    void aWrongOneFailsWithOneClearLine();
    void cleanupTestCase();

private:
    void storeProxyPassword(const QString &password);
    ConsoleRun exportOfferings() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<AuthProxy> m_proxy;
    pc::Profile m_profile;
    pc::KeychainSecretStore m_keychain;
};

void TestCliProxy::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("PC_KEYCHAIN_REQUIRED"))
        QSKIP("only inside tests/run-with-keyring.sh");
    QVERIFY(m_dir.isValid());
    m_console = std::make_unique<Console>(QStringLiteral(PROVIDER_CONSOLE_PATH), m_dir.path());
    m_console->setKeychainReachable(true);
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.offeringCount = 6;
    options.instanceCount = 10;
    options.token = kToken;
    m_server = testsupport::startTlsSandbox(QStringLiteral(PC_TEST_TLS), options);
    m_proxy = std::make_unique<AuthProxy>(kProxyUser, kProxyPassword);

    m_profile.name = kProfile;
    m_profile.customBaseUrl = m_server->baseUrl().toString();
    m_profile.account = options.account;
    m_profile.keepLocalCopy = false; // export walks the API: every request through the proxy
    m_profile.caBundlePath = QStringLiteral(PC_TEST_TLS "/localhost.crt");
    m_profile.proxy = {pc::ProxyMode::Http, QStringLiteral("127.0.0.1"), m_proxy->serverPort(), kProxyUser};
    pc::ProfileStore profiles(m_console->settingsFile());
    QString error;
    QVERIFY2(profiles.save(m_profile, QString(), &error), qPrintable(error));
}

void TestCliProxy::cleanupTestCase()
{
    if (m_profile.proxy.secretKey().isEmpty() || qEnvironmentVariableIsEmpty("PC_KEYCHAIN_REQUIRED"))
        return;
    QSignalSpy removed(m_keychain.remove(m_profile.proxy.secretKey()), &pc::SecretJob::finished);
    QVERIFY(removed.wait(10000));
}

void TestCliProxy::storeProxyPassword(const QString &password)
{
    QSignalSpy written(m_keychain.write(m_profile.proxy.secretKey(), password.toUtf8()),
                       &pc::SecretJob::finished);
    QVERIFY(written.wait(10000));
    const auto result = written.first().first().value<pc::SecretResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
}

ConsoleRun TestCliProxy::exportOfferings() const
{
    // The token from the environment, the proxy password from the keychain.
    return m_console->run({QStringLiteral("export"), QStringLiteral("offerings"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--profile"), kProfile},
                          kToken);
}

void TestCliProxy::theKeychainsProxyPasswordReachesTheProxy()
{
    storeProxyPassword(kProxyPassword);
    const ConsoleRun run = exportOfferings();
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const QJsonArray offerings = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(offerings.size(), testsupport::ownOfferingCount(*m_server));
    QVERIFY(m_proxy->tunnels >= 1);
    QVERIFY2(m_proxy->credentialsSeen.contains(kProxyUser + QLatin1Char(':') + kProxyPassword),
             qPrintable(m_proxy->credentialsSeen.join(QLatin1Char('|'))));
    QVERIFY(!run.output().contains(kProxyPassword));
}

void TestCliProxy::aWrongOneFailsWithOneClearLine()
{
    storeProxyPassword(QStringLiteral("an old password"));
    m_server->clearRequests();
    const int tunnelsBefore = m_proxy->tunnels;
    const ConsoleRun run = exportOfferings();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorLines().size(), 1);
    QVERIFY2(run.errorLines().first().contains(
                 QStringLiteral("The proxy refused the user name or password (407)")),
             qPrintable(run.output()));
    QVERIFY(m_proxy->credentialsSeen.contains(kProxyUser + QStringLiteral(":an old password")));
    QCOMPARE(m_proxy->tunnels, tunnelsBefore);
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProxy)
#include "tst_cli_proxy.moc"
