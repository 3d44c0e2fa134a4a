// TestConnectDialog: the rest of its tests (the class: tst_connectdialog.h).

#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "tests/support/authproxy.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "tests/ui/connections/tst_connectdialog.h"
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

void TestConnectDialog::typeInto(const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(field);
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), edit);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void TestConnectDialog::fillWithProxy(const QString &baseUrl, quint16 proxyPort)
{
    typeInto("profileName", QStringLiteral("Behind the proxy"));
    child<QCheckBox>("customUrlEnabled")->setChecked(true);
    typeInto("customUrl", baseUrl);
    typeInto("account", kAccount);
    typeInto("token", kToken);
    auto *mode = child<QComboBox>("proxyMode");
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Http)));
    typeInto("proxyHost", QStringLiteral("127.0.0.1"));
    typeInto("proxyPort", QString::number(proxyPort));
    // Without a user there is nothing to keep a password under.
    QVERIFY(!child<QLineEdit>("proxyPassword")->isEnabled());
    typeInto("proxyUser", kProxyUser);
    QVERIFY(child<QLineEdit>("proxyPassword")->isEnabled());
}

Profile TestConnectDialog::savedWithProxyPassword(const QString &baseUrl, quint16 proxyPort)
{
    showActiveDialog();
    fillWithProxy(baseUrl, proxyPort);
    // Tab from the user goes to the password, as a person would go on.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *password = child<QLineEdit>("proxyPassword");
    if (QApplication::focusWidget() != password) {
        qWarning("Tab from the proxy user went to %s", qPrintable(QApplication::focusWidget()->objectName()));
        return {};
    }
    QTest::keyClicks(QApplication::focusWidget(), kProxyPassword);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: Save
    if (!accepted.wait(5000))
        return {};
    return m_dialog->profile();
}

// The proxy password: typed where Tab leads from the proxy user, hidden
// unless shown, kept in the secret store under the proxy's key and nowhere
// in the settings.
void TestConnectDialog::aProxyPasswordIsKeptInTheKeychainOnly()
{
    showActiveDialog();
    fillWithProxy(QStringLiteral("https://api.example.com/v1"), 3128);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *password = child<QLineEdit>("proxyPassword");
    QCOMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(QApplication::focusWidget(), kProxyPassword);
    QVERIFY(password->displayText() != kProxyPassword);
    // Shown on demand, like the token; hidden again.
    auto *show = child<QToolButton>("showProxyPassword");
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QCOMPARE(password->displayText(), kProxyPassword);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(testsupport::saveScreenshot(m_dialog.get(), QStringLiteral("connect-proxy.png")));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QVERIFY(!m_dialog->tokenOnlyForThisSession());
    const Profile saved = *m_store->profile(QStringLiteral("Behind the proxy"));
    QCOMPARE(saved.proxy.user, kProxyUser);
    QCOMPARE(saved.proxy.secretKey(), QStringLiteral("proxy:jdoe@127.0.0.1:3128"));
    QCOMPARE(readSecret(m_secrets.get(), saved.proxy.secretKey()), kProxyPassword.toUtf8());
    QCOMPARE(readSecret(m_secrets.get(), saved.secretKey()), kToken.toUtf8());
    QCOMPARE(m_secrets->count(), 2);
    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains("jdoe"));
    QVERIFY2(!ini.contains(kProxyPassword.toUtf8()), ini.constData());
    QVERIFY(!ini.contains(QByteArrayLiteral("pxy-5e7b19")));
    QVERIFY(!ini.toLower().contains("password"));
    QVERIFY(!ini.contains(kToken.toUtf8()));
}

// Edited without retyping it, the stored password stays; with another proxy
// user it is filed under the new key and the old entry goes (no other
// profile uses it). The API host or account does not change the key: the
// password is the proxy user's.
void TestConnectDialog::editingKeepsTheProxyPasswordOrMovesItWithTheUser()
{
    const Profile saved = savedWithProxyPassword(QStringLiteral("https://api.example.com/v1"), 3128);
    QVERIFY(!saved.name.isEmpty());
    const QString firstKey = saved.proxy.secretKey();

    m_dialog = std::make_unique<ConnectDialog>(m_store.get(), m_secrets.get());
    m_dialog->setProfile(saved, true);
    showActiveDialog();
    auto *password = child<QLineEdit>("proxyPassword");
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->placeholderText(), QStringLiteral("Leave empty to keep the stored password"));
    typeInto("account", QStringLiteral("other"));
    typeInto("token", QStringLiteral("token-of-other"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QVERIFY(m_dialog->proxyPassword().isEmpty());
    QCOMPARE(readSecret(m_secrets.get(), firstKey), kProxyPassword.toUtf8());

    m_dialog = std::make_unique<ConnectDialog>(m_store.get(), m_secrets.get());
    m_dialog->setProfile(*m_store->profile(saved.name), true);
    showActiveDialog();
    typeInto("proxyUser", QStringLiteral("jroe"));
    QCOMPARE(child<QLineEdit>("proxyPassword")->placeholderText(),
             QStringLiteral("only if the proxy asks for one"));
    typeInto("proxyPassword", QStringLiteral("jroe-password"));
    QSignalSpy acceptedAgain(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(acceptedAgain.wait(5000));
    const QString secondKey = m_store->profile(saved.name)->proxy.secretKey();
    QCOMPARE(secondKey, QStringLiteral("proxy:jroe@127.0.0.1:3128"));
    QCOMPARE(readSecret(m_secrets.get(), secondKey), QByteArrayLiteral("jroe-password"));
    QTRY_VERIFY(!m_secrets->contains(firstKey));

    // No manual proxy any more: its password goes too.
    m_dialog = std::make_unique<ConnectDialog>(m_store.get(), m_secrets.get());
    m_dialog->setProfile(*m_store->profile(saved.name), true);
    showActiveDialog();
    auto *mode = child<QComboBox>("proxyMode");
    mode->setCurrentIndex(mode->findData(int(ProxyMode::None)));
    QVERIFY(!child<QLineEdit>("proxyPassword")->isEnabled());
    QSignalSpy acceptedLast(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(acceptedLast.size(), 1); // nothing typed to store: closed at once
    QTRY_VERIFY(!m_secrets->contains(secondKey));
    QCOMPARE(m_secrets->count(), 1); // the token of the account now
}

void TestConnectDialog::aRefusedProxyPasswordIsOfferedForThisSession()
{
    m_secrets->simulate(MemorySecretStore::Simulation::NoBackend);
    showActiveDialog();
    fillWithProxy(QStringLiteral("https://api.example.com/v1"), 8080);
    typeInto("proxyPassword", kProxyPassword);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QTRY_VERIFY(child<QFrame>("keychainProblem")->isVisible());
    const QString message = child<QLabel>("keychainMessage")->text();
    QVERIFY2(message.contains(QLatin1String("proxy password could not be stored")), qPrintable(message));
    QVERIFY(!message.contains(kProxyPassword));
    auto *sessionOnly = child<QPushButton>("sessionOnly");
    QCOMPARE(sessionOnly->text(), QStringLiteral("Use the password for this session on&ly"));
    QCOMPARE(QApplication::focusWidget(), sessionOnly);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(m_dialog->tokenOnlyForThisSession());
    QCOMPARE(m_dialog->proxyPassword(), kProxyPassword.toUtf8());
    QCOMPARE(m_dialog->sessionOnlyToken(), kToken.toUtf8());
    QCOMPARE(m_secrets->count(), 0);
    QVERIFY(!iniBytes().contains(kProxyPassword.toUtf8()));
}

// Test connection through a proxy that wants the password: with it typed the
// test gets through; with a wrong one it says so (407).
void TestConnectDialog::theConnectionTestSendsTheProxyPassword()
{
    AuthProxy proxy(kProxyUser, kProxyPassword);
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.offeringCount = 3;
    options.instanceCount = 3;
    options.token = kToken;
    const auto server = startTlsSandbox(QStringLiteral(PC_TEST_TLS), options);
    showActiveDialog();
    fillWithProxy(server->baseUrl().toString(), proxy.serverPort());
    typeInto("caBundle", QStringLiteral(PC_TEST_TLS "/localhost.crt"));
    typeInto("proxyPassword", QStringLiteral("a wrong one"));
    QSignalSpy finished(m_dialog.get(), &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY(!finished.first().first().toBool());
    const QString refused = child<QLabel>("testResult")->text();
    QVERIFY2(refused.contains(QStringLiteral("refused the user name or password (407)")),
             qPrintable(refused));
    QVERIFY(proxy.credentialsSeen.contains(QStringLiteral("jdoe:a wrong one")));

    typeInto("proxyPassword", kProxyPassword);
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY(proxy.tunnels >= 1);
    QCOMPARE(server->requestCount(), 1);
}
