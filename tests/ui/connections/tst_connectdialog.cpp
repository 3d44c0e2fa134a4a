#include "tests/ui/connections/tst_connectdialog.h"

#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "tests/support/authproxy.h"
#include "tests/support/sandboxfixture.h"
#include "ui/connections/connectdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    QVERIFY(m_dir.isValid());
}

void TestConnectDialog::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_store = std::make_unique<pc::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_dialog = std::make_unique<ConnectDialog>(m_store.get(), m_secrets.get());
}

void TestConnectDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_store.reset();
    m_server.reset();
}

void TestConnectDialog::showDialog()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectDialog::showActiveDialog()
{
    showDialog();
    m_dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_dialog.get());
}

void TestConnectDialog::fillForSandbox(const QUrl &baseUrl, const QString &account, const QString &token)
{
    child<QLineEdit>("profileName")->setText(QStringLiteral("Sandbox"));
    child<QCheckBox>("customUrlEnabled")->setChecked(true);
    child<QLineEdit>("customUrl")->setText(baseUrl.toString());
    child<QLineEdit>("account")->setText(account);
    child<QLineEdit>("token")->setText(token);
    // Loopback never goes through a proxy, whatever the machine's settings.
    choose(child<QComboBox>("proxyMode"), pc::ProxyMode::None);
}

QByteArray TestConnectDialog::iniBytes() const
{
    QFile file(m_store->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// ---------------------------------------------------------------- the URL

void TestConnectDialog::apiUrlFollowsTheChoices_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<Region>("region");
    QTest::addColumn<Brand>("brand");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<bool>("regionEnabled");

    QTest::newRow("production global xurrent")
        << Environment::Production << Region::Global << Brand::Xurrent
        << QStringLiteral("https://api.xurrent.com/v1") << QStringLiteral("Production") << true;
    QTest::newRow("production au 4me")
        << Environment::Production << Region::Au << Brand::FourMe
        << QStringLiteral("https://api.au.4me.com/v1") << QStringLiteral("Production") << true;
    QTest::newRow("qa uk xurrent") << Environment::Qa << Region::Uk << Brand::Xurrent
                                   << QStringLiteral("https://api.uk.xurrent.qa/v1") << QStringLiteral("QA")
                                   << true;
    QTest::newRow("qa ch 4me") << Environment::Qa << Region::Ch << Brand::FourMe
                               << QStringLiteral("https://api.ch.4me.qa/v1") << QStringLiteral("QA") << true;
    QTest::newRow("production us xurrent")
        << Environment::Production << Region::Us << Brand::Xurrent
        << QStringLiteral("https://api.us.xurrent.com/v1") << QStringLiteral("Production") << true;
    // Demo exists only globally: the region is ignored and cannot be chosen.
    QTest::newRow("demo ignores region")
        << Environment::Demo << Region::Au << Brand::Xurrent
        << QStringLiteral("https://api.xurrent-demo.com/v1") << QStringLiteral("Demo") << false;
    QTest::newRow("demo 4me") << Environment::Demo << Region::Global << Brand::FourMe
                              << QStringLiteral("https://api.4me-demo.com/v1") << QStringLiteral("Demo")
                              << false;
}

void TestConnectDialog::apiUrlFollowsTheChoices()
{
    QFETCH(Environment, environment);
    QFETCH(Region, region);
    QFETCH(Brand, brand);
    QFETCH(QString, url);
    QFETCH(QString, badge);
    QFETCH(bool, regionEnabled);

    choose(child<QComboBox>("region"), region);
    choose(child<QComboBox>("brand"), brand);
    choose(child<QComboBox>("environment"), environment);
    QCOMPARE(child<QLabel>("apiUrlLabel")->text(), QStringLiteral("API URL: ") + url);
    QCOMPARE(child<QLabel>("environmentBadge")->text(), badge);
    QCOMPARE(child<QComboBox>("region")->isEnabled(), regionEnabled);
    QCOMPARE(m_dialog->profile().baseUrl().toString(), url);
}

void TestConnectDialog::customUrl()
{
    auto *enabled = child<QCheckBox>("customUrlEnabled");
    auto *edit = child<QLineEdit>("customUrl");
    auto *label = child<QLabel>("apiUrlLabel");
    QVERIFY(!edit->isEnabled());
    enabled->setChecked(true);
    QVERIFY(edit->isEnabled());
    QVERIFY(!child<QComboBox>("environment")->isEnabled()); // the custom URL replaces the choices

    // Ticked but empty: an error, not a quiet fallback to production.
    QVERIFY2(label->text().contains(QLatin1String("empty")), qPrintable(label->text()));

    edit->setText(QStringLiteral("http://api.example.com/v1"));
    QVERIFY2(label->text().contains(QLatin1String("Plain http://")), qPrintable(label->text()));
    QVERIFY(!child<QLabel>("environmentBadge")->isVisibleTo(m_dialog.get()));

    edit->setText(QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(label->text(), QStringLiteral("API URL: http://127.0.0.1:8080/v1"));
    QCOMPARE(child<QLabel>("environmentBadge")->text(), QStringLiteral("Sandbox"));

    edit->setText(QStringLiteral("https://proxy.example.com/api/v1/"));
    QCOMPARE(label->text(), QStringLiteral("API URL: https://proxy.example.com/api/v1"));

    // Unticking goes back to the environment's URL.
    enabled->setChecked(false);
    QCOMPARE(label->text(), QStringLiteral("API URL: https://api.xurrent.com/v1"));
    QVERIFY(m_dialog->profile().customBaseUrl.isEmpty());
}

void TestConnectDialog::validationBlocksSave()
{
    auto *save = child<QPushButton>("save");
    QVERIFY(!save->isEnabled()); // an empty form

    Profile existing;
    existing.name = QStringLiteral("Production wdc");
    existing.account = kAccount;
    QVERIFY(m_store->save(existing));

    child<QLineEdit>("account")->setText(kAccount);
    child<QLineEdit>("token")->setText(kToken);
    child<QLineEdit>("profileName")
        ->setText(QStringLiteral("production WDC")); // names are unique regardless of case
    QVERIFY(!save->isEnabled());
    auto *nameError = child<QLabel>("profileNameError");
    QVERIFY(nameError->isVisibleTo(m_dialog.get()));
    QVERIFY2(nameError->text().contains(QLatin1String("already exists")), qPrintable(nameError->text()));

    child<QLineEdit>("profileName")->setText(QStringLiteral("QA wdc"));
    QVERIFY(save->isEnabled());
    QVERIFY(!nameError->isVisibleTo(m_dialog.get()));

    child<QLineEdit>("account")->setText(QStringLiteral("w dc"));
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>("accountError")->text().contains(QLatin1String("spaces")));
    child<QLineEdit>("account")->setText(kAccount);

    // A manual proxy needs its host and port; the fields open only for it.
    auto *host = child<QLineEdit>("proxyHost");
    QVERIFY(!host->isEnabled());
    choose(child<QComboBox>("proxyMode"), pc::ProxyMode::Http);
    QVERIFY(host->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>("proxyError")->isVisibleTo(m_dialog.get()));
    host->setText(QStringLiteral("proxy.corp.example"));
    child<QLineEdit>("proxyPort")->setText(QStringLiteral("3128"));
    QVERIFY(save->isEnabled());
    QCOMPARE(m_dialog->profile().proxy.port, quint16(3128));

    child<QLineEdit>("caBundle")->setText(m_dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>("caBundleError")->text().contains(QLatin1String("does not exist")));
    child<QLineEdit>("caBundle")->clear();

    child<QCheckBox>("customUrlEnabled")->setChecked(true);
    child<QLineEdit>("customUrl")->setText(QStringLiteral("http://api.example.com/v1"));
    QVERIFY(!save->isEnabled());
    child<QLineEdit>("profileName")->setText(QStringLiteral("Production WDC"));
    showDialog();
    QVERIFY(testsupport::saveScreenshot(m_dialog.get(), QStringLiteral("connect-dialog-invalid.png")));
    child<QLineEdit>("profileName")->setText(QStringLiteral("QA wdc"));
    child<QCheckBox>("customUrlEnabled")->setChecked(false);
    QVERIFY(save->isEnabled());

    // No token, no save: a new profile has no stored one to fall back on.
    child<QLineEdit>("token")->clear();
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>("testConnection")->isEnabled());
}

// ---------------------------------------------------------------- the test

void TestConnectDialog::testSucceeds()
{
    sandbox::SandboxOptions options;
    options.token = kToken;
    m_server = startSandbox(options);
    showDialog();
    fillForSandbox(m_server->baseUrl());
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);

    const QString text = testResult();
    QVERIFY2(text.startsWith(QLatin1String("Connected: the token belongs to ")), qPrintable(text));
    // GET /me: the person who owns the token, their e-mail and the account.
    static const QRegularExpression shape(
        QStringLiteral("^Connected: the token belongs to \\S.* \\(\\S+@\\S+\\) on account Widget Data Center "
                       "\\(wdc\\)\\.$"));
    QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
    QVERIFY(!text.contains(kToken));
    QCOMPARE(child<QPushButton>("testConnection")->text(), QStringLiteral("&Test connection"));
    // Exactly the test's request, with the token and the account.
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/me"));
    QCOMPARE(m_server->requests().first().header("x-xurrent-account"), QByteArray("wdc"));

    // Any change to the connection settings drops the result: it no longer applies.
    child<QLineEdit>("account")->setText(QStringLiteral("wdc2"));
    QVERIFY(!child<QLabel>("testResult")->isVisibleTo(m_dialog.get()));
}

void TestConnectDialog::wrongToken()
{
    sandbox::SandboxOptions options;
    options.token = kToken;
    m_server = startSandbox(options);
    showDialog();
    fillForSandbox(m_server->baseUrl(), kAccount, QStringLiteral("tok-wrong-0000"));
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(testResult().contains(QLatin1String("API token was not accepted (401)")),
             qPrintable(testResult()));
    QVERIFY(!testResult().contains(QLatin1String("tok-wrong")));
    QVERIFY(testsupport::saveScreenshot(m_dialog.get(), QStringLiteral("connect-dialog-error.png")));
}

void TestConnectDialog::wrongAccount()
{
    sandbox::SandboxOptions options;
    options.token = kToken;
    m_server = startSandbox(options);
    showDialog();
    fillForSandbox(m_server->baseUrl(), QStringLiteral("acme-typo"));
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(testResult().contains(QLatin1String("does not give access to account \"acme-typo\"")),
             qPrintable(testResult()));
    QVERIFY(!testResult().contains(QLatin1String("token was not accepted")));
}

void TestConnectDialog::connectionRefused()
{
    // A port that surely had a listener a moment ago and has none now.
    quint16 port = 0;
    {
        auto server = startSandbox();
        port = server->port();
    }
    showDialog();
    fillForSandbox(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(
        testResult().startsWith(QStringLiteral("No connection: 127.0.0.1 refused it on port %1.").arg(port)),
        qPrintable(testResult()));
}

void TestConnectDialog::unknownHost()
{
    showDialog();
    fillForSandbox(QUrl(QStringLiteral("https://nonexistent-host.invalid/v1")));
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    // A machine without DNS fails at once; a slow resolver may take a while.
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isTesting(), 60000);
    QVERIFY2(testResult().contains(QLatin1String("nonexistent-host.invalid could not be found (DNS)")),
             qPrintable(testResult()));
}

void TestConnectDialog::proxyRefused()
{
    quint16 port = 0;
    {
        auto server = startSandbox();
        port = server->port();
    }
    showDialog();
    child<QLineEdit>("profileName")->setText(QStringLiteral("Behind a proxy"));
    child<QLineEdit>("account")->setText(kAccount);
    child<QLineEdit>("token")->setText(kToken);
    choose(child<QComboBox>("proxyMode"), pc::ProxyMode::Http);
    child<QLineEdit>("proxyHost")->setText(QStringLiteral("127.0.0.1"));
    child<QLineEdit>("proxyPort")->setText(QString::number(port));
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(testResult().startsWith(QStringLiteral("The proxy 127.0.0.1:%1 failed").arg(port)),
             qPrintable(testResult()));
}

void TestConnectDialog::tokenWithoutPermission()
{
    sandbox::SandboxOptions options;
    options.token = kToken;
    m_server = startSandbox(options);
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.pathPattern = QStringLiteral("^/v1/me$");
    fault.status = 403;
    fault.body = R"({"message":"Forbidden"})";
    m_server->addFault(fault);
    showDialog();
    fillForSandbox(m_server->baseUrl());
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY2(testResult().contains(QLatin1String("lacks permission (403)")), qPrintable(testResult()));
    QVERIFY2(testResult().contains(QLatin1String("read App Offerings and App Instances in account \"wdc\"")),
             qPrintable(testResult()));
}

void TestConnectDialog::secondClickIgnoredAndCloseCancels()
{
    sandbox::SandboxOptions options;
    options.token = kToken;
    options.latencyMs = 60000; // the answer would come long after the dialog is gone
    m_server = startSandbox(options);
    showDialog();
    fillForSandbox(m_server->baseUrl());
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    auto *button = child<QPushButton>("testConnection");
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(button->text(), QStringLiteral("Testing…"));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_dialog->isTesting());

    m_dialog->reject();
    QVERIFY(!m_dialog->isTesting());
    QCOMPARE(button->text(), QStringLiteral("&Test connection"));
    // The first request was the only one, and no result came after closing.
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(finished.size(), 0);
}

void TestConnectDialog::failureMessages_data()
{
    QTest::addColumn<pc::ApiError>("error");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QString>("networkErrorText");
    QTest::addColumn<QString>("expected");

    using NE = QNetworkReply;
    auto reply = [](int status, NE::NetworkError network, const QString &text, const QByteArray &body = {}) {
        return pc::ApiError::fromReply(status, network, text, body, "application/json");
    };
    QTest::newRow("401 token") << reply(401, NE::NoError, {}, R"({"message":"Unauthorized"})")
                               << int(NE::NoError) << QString()
                               << QStringLiteral("API token was not accepted (401)");
    QTest::newRow("403 account") << reply(403, NE::NoError, {},
                                          R"({"message":"Account wdc is not accessible"})")
                                 << int(NE::NoError) << QString()
                                 << QStringLiteral("does not give access to account \"wdc\"");
    QTest::newRow("404 account") << reply(404, NE::NoError, {}, R"({"message":"Account not found"})")
                                 << int(NE::NoError) << QString()
                                 << QStringLiteral("does not give access to account \"wdc\"");
    QTest::newRow("404 other") << reply(404, NE::NoError, {}, R"({"message":"Not Found"})")
                               << int(NE::NoError) << QString()
                               << QStringLiteral("Either account \"wdc\" does not exist there");
    QTest::newRow("403 permission") << reply(403, NE::NoError, {}, R"({"message":"Forbidden"})")
                                    << int(NE::NoError) << QString()
                                    << QStringLiteral("must be able to read App Offerings and App Instances");
    QTest::newRow("dns") << reply(0, NE::HostNotFoundError, QStringLiteral("Host api.xurrent.com not found"))
                         << int(NE::HostNotFoundError) << QStringLiteral("Host api.xurrent.com not found")
                         << QStringLiteral("The server name api.xurrent.com could not be found (DNS)");
    QTest::newRow("refused") << reply(0, NE::ConnectionRefusedError, QStringLiteral("Connection refused"))
                             << int(NE::ConnectionRefusedError) << QStringLiteral("Connection refused")
                             << QStringLiteral("No connection: api.xurrent.com refused it on port 443");
    QTest::newRow("no network") << reply(0, NE::UnknownNetworkError, QStringLiteral("Network unreachable"))
                                << int(NE::UnknownNetworkError) << QStringLiteral("Network unreachable")
                                << QStringLiteral("No network: api.xurrent.com could not be reached");
    QTest::newRow("proxy") << reply(0, NE::ProxyConnectionRefusedError, QStringLiteral("Proxy refused"))
                           << int(NE::ProxyConnectionRefusedError) << QStringLiteral("Proxy refused")
                           << QStringLiteral("The system's proxy failed: Proxy refused");
    QTest::newRow("timeout") << reply(0, NE::TimeoutError, {}) << int(NE::TimeoutError) << QString()
                             << QStringLiteral("api.xurrent.com did not answer within 20 seconds");
    QTest::newRow("tls") << pc::ApiError::make(pc::ApiError::Kind::Tls,
                                               QStringLiteral("Certificate: CN=evil, SHA-256 AB:CD"))
                         << int(NE::SslHandshakeFailedError) << QString()
                         << QStringLiteral("Certificate: CN=evil, SHA-256 AB:CD\nIf your company inspects");
    QTest::newRow("server") << reply(500, NE::NoError, {}) << int(NE::NoError) << QString()
                            << QStringLiteral("internal error (500)");
}

void TestConnectDialog::failureMessages()
{
    QFETCH(pc::ApiError, error);
    QFETCH(int, networkError);
    QFETCH(QString, networkErrorText);
    QFETCH(QString, expected);
    Profile profile;
    profile.account = kAccount;
    const QString message = ConnectDialog::testFailureMessage(
        error, profile, static_cast<QNetworkReply::NetworkError>(networkError), networkErrorText, 20000);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

// ---------------------------------------------------------------- save

void TestConnectDialog::saveStoresTokenOnlyInTheSecretStore()
{
    showDialog();
    child<QLineEdit>("profileName")->setText(QStringLiteral("wdc production"));
    choose(child<QComboBox>("environment"), Environment::Production);
    choose(child<QComboBox>("region"), Region::Uk);
    choose(child<QComboBox>("brand"), Brand::FourMe);
    child<QLineEdit>("account")->setText(kAccount);
    child<QLineEdit>("token")->setText(kToken);
    child<QCheckBox>("readOnly")->setChecked(true);
    QVERIFY(testsupport::saveScreenshot(m_dialog.get(), QStringLiteral("connect-dialog.png")));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QVERIFY(!m_dialog->tokenOnlyForThisSession());
    QVERIFY(m_dialog->sessionOnlyToken().isEmpty());

    const Profile expected = m_dialog->profile();
    QCOMPARE(expected.baseUrl().toString(), QStringLiteral("https://api.uk.4me.com/v1"));
    const std::optional<Profile> stored = m_store->profile(QStringLiteral("wdc production"));
    QVERIFY(stored);
    QCOMPARE(*stored, expected);
    QVERIFY(stored->readOnly);

    QVERIFY(m_secrets->contains(expected.secretKey()));
    QSignalSpy read(m_secrets->read(expected.secretKey()), &pc::SecretJob::finished);
    QVERIFY(read.wait(5000));
    QCOMPARE(read.first().first().value<pc::SecretResult>().secret, kToken.toUtf8());

    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains("wdc production"));
    QVERIFY(!ini.contains(kToken.toUtf8()));
}

void TestConnectDialog::keychainProblemOffersSessionOnly()
{
    m_secrets->simulate(MemorySecretStore::Simulation::NoBackend);
    showDialog();
    child<QLineEdit>("profileName")->setText(QStringLiteral("wdc qa"));
    choose(child<QComboBox>("environment"), Environment::Qa);
    child<QLineEdit>("account")->setText(kAccount);
    child<QLineEdit>("token")->setText(kToken);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);

    auto *panel = child<QFrame>("keychainProblem");
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QVERIFY(!child<QLineEdit>("token")->isEnabled()); // the form is saved; only the token is pending
    const QString message = child<QLabel>("keychainMessage")->text();
    QVERIFY2(message.contains(QLatin1String("could not be stored")), qPrintable(message));
    QVERIFY(!message.contains(kToken));
    QVERIFY(testsupport::saveScreenshot(m_dialog.get(), QStringLiteral("keychain-problem.png")));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("sessionOnly"), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(m_dialog->tokenOnlyForThisSession());
    QCOMPARE(m_dialog->sessionOnlyToken(), kToken.toUtf8());
    QCOMPARE(m_dialog->token(), kToken.toUtf8());
    QCOMPARE(m_secrets->count(), 0);
    QVERIFY(m_store->profile(QStringLiteral("wdc qa")));
    QVERIFY(!iniBytes().contains(kToken.toUtf8()));
}

void TestConnectDialog::retryAfterKeychainProblem()
{
    m_secrets->simulate(MemorySecretStore::Simulation::Locked);
    showDialog();
    child<QLineEdit>("profileName")->setText(QStringLiteral("wdc demo"));
    choose(child<QComboBox>("environment"), Environment::Demo);
    child<QLineEdit>("account")->setText(kAccount);
    child<QLineEdit>("token")->setText(kToken);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QTRY_VERIFY(child<QFrame>("keychainProblem")->isVisible());

    // Still failing: the panel comes back, nothing stored.
    QTest::mouseClick(child<QPushButton>("retryKeychain"), Qt::LeftButton);
    QVERIFY(!child<QFrame>("keychainProblem")->isVisible());
    QCOMPARE(child<QLabel>("status")->text(), QStringLiteral("Saving the token in the keychain…"));
    QTRY_VERIFY(child<QFrame>("keychainProblem")->isVisible());
    QCOMPARE(m_secrets->count(), 0);

    m_secrets->simulate(MemorySecretStore::Simulation::None);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("retryKeychain"), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QVERIFY(!m_dialog->tokenOnlyForThisSession());
    QVERIFY(m_secrets->contains(m_dialog->profile().secretKey()));
    QVERIFY(!iniBytes().contains(kToken.toUtf8()));
}

void TestConnectDialog::keychainThatNeverAnswers()
{
    // A keychain waiting for an unlock prompt nobody sees: the store's
    // timeout ends the wait, and the dialog offers the same two ways out.
    m_secrets->setTimeout(50);
    m_secrets->simulate(MemorySecretStore::Simulation::NoAnswer);
    showDialog();
    child<QLineEdit>("profileName")->setText(QStringLiteral("wdc locked"));
    child<QLineEdit>("account")->setText(kAccount);
    child<QLineEdit>("token")->setText(kToken);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(m_dialog->isSaving());
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QTRY_VERIFY(child<QFrame>("keychainProblem")->isVisible());
    QVERIFY(!m_dialog->isSaving());
    QVERIFY(child<QPushButton>("sessionOnly")->isEnabled());
    QVERIFY(child<QPushButton>("retryKeychain")->isEnabled());
    QCOMPARE(m_secrets->count(), 0);
}

void TestConnectDialog::editingKeepsTheStoredToken()
{
    sandbox::SandboxOptions options;
    options.token = kToken;
    m_server = startSandbox(options);
    Profile profile = Profile::forSandbox(m_server->baseUrl(), kAccount, QStringLiteral("Local"));
    QVERIFY(m_store->save(profile));
    profile = *m_store->profile(QStringLiteral("Local"));
    QSignalSpy written(m_secrets->write(profile.secretKey(), kToken.toUtf8()), &pc::SecretJob::finished);
    QVERIFY(written.wait(5000));

    m_dialog->setProfile(profile, true);
    showDialog();
    QVERIFY(m_dialog->windowTitle().contains(QLatin1String("Local")));
    QVERIFY(child<QLineEdit>("token")->text().isEmpty());
    QVERIFY(child<QPushButton>("save")->isEnabled()); // the stored token stays

    // The test uses the stored token.
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(testResult()));

    // Another account: the stored token no longer applies.
    child<QLineEdit>("account")->setText(QStringLiteral("other"));
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QVERIFY(child<QLabel>("tokenError")->text().contains(QLatin1String("paste the token")));
    child<QLineEdit>("account")->setText(kAccount);

    // Renamed and made read-only, without retyping the token.
    child<QLineEdit>("profileName")->setText(QStringLiteral("Local sandbox"));
    child<QCheckBox>("readOnly")->setChecked(true);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(m_dialog->token().isEmpty());
    QVERIFY(!m_store->profile(QStringLiteral("Local")));
    QVERIFY(m_store->profile(QStringLiteral("Local sandbox"))->readOnly);
    QCOMPARE(m_secrets->count(), 1);
}

// A profile moved to another account (or host) with its new token: the
// keychain then holds that token under the new key, and the old entry goes,
// unless another profile of the old host and account still uses it.
void TestConnectDialog::anotherAccountMovesTheKeychainEntry()
{
    Profile profile =
        Profile::forSandbox(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), kAccount, QStringLiteral("Local"));
    QVERIFY(m_store->save(profile));
    profile = *m_store->profile(QStringLiteral("Local"));
    const QString oldKey = profile.secretKey();
    QSignalSpy written(m_secrets->write(oldKey, kToken.toUtf8()), &pc::SecretJob::finished);
    QVERIFY(written.wait(5000));

    m_dialog->setProfile(profile, true);
    showDialog();
    child<QLineEdit>("account")->setText(QStringLiteral("other"));
    child<QLineEdit>("token")->setText(QStringLiteral("token-of-other"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    const QString newKey = m_store->profile(QStringLiteral("Local"))->secretKey();
    QVERIFY(newKey != oldKey);
    QTRY_VERIFY(!m_secrets->contains(oldKey));
    QVERIFY(m_secrets->contains(newKey));
    QCOMPARE(m_secrets->count(), 1);

    // A second profile of the same host and account keeps the entry both use.
    Profile twin = Profile::forSandbox(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), QStringLiteral("other"),
                                       QStringLiteral("Twin"));
    QVERIFY(m_store->save(twin));
    twin = *m_store->profile(QStringLiteral("Twin"));
    QCOMPARE(twin.secretKey(), newKey);
    m_dialog = std::make_unique<ConnectDialog>(m_store.get(), m_secrets.get());
    m_dialog->setProfile(*m_store->profile(QStringLiteral("Local")), true);
    showDialog();
    child<QLineEdit>("account")->setText(kAccount);
    child<QLineEdit>("token")->setText(kToken);
    QSignalSpy acceptedAgain(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(acceptedAgain.wait(5000));
    QVERIFY(m_secrets->contains(oldKey));
    // Jobs run in order: a removal started on saving would be done before this read.
    QSignalSpy readBack(m_secrets->read(newKey), &pc::SecretJob::finished);
    QVERIFY(readBack.wait(5000));
    QVERIFY(readBack.first().first().value<pc::SecretResult>().ok()); // Twin still needs it
}

// ---------------------------------------------------------------- the proxy password

QTEST_MAIN(TestConnectDialog)
