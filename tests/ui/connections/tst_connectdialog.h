#pragma once

// TestConnectDialog's class and what its files share: the tests are in tst_connectdialog.cpp and
// tst_connectdialog_proxy.cpp, one executable.

#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "tests/support/authproxy.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
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

using namespace testsupport;
using pc::Brand;
using pc::ConnectDialog;
using pc::Environment;
using pc::MemorySecretStore;
using pc::Profile;
using pc::ProxyMode;
using pc::Region;

namespace connectdialogtest {

// Distinctive, so finding it in a file cannot be a coincidence.
const QString kToken = QStringLiteral("tok-3c9f1e7a55d2-never-in-a-file");
const QString kAccount = QStringLiteral("wdc");
const QString kProxyPassword = QStringLiteral("pxy-5e7b19 never in a file");
const QString kProxyUser = QStringLiteral("jdoe");

inline QByteArray readSecret(pc::SecretStore *secrets, const QString &key)
{
    QSignalSpy read(secrets->read(key), &pc::SecretJob::finished);
    if (!read.wait(5000))
        return {};
    return read.first().first().value<pc::SecretResult>().secret;
}

template<typename E> void choose(QComboBox *box, E value)
{
    const int index = box->findData(int(value));
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace connectdialogtest

using namespace connectdialogtest;

// The connect dialog, offscreen: the URL it builds, its validation, the
// connection test against the sandbox with every failure worded, and saving
// the token only to the secret store.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void apiUrlFollowsTheChoices_data();
    void apiUrlFollowsTheChoices();
    void customUrl();
    void validationBlocksSave();

    void testSucceeds();
    void wrongToken();
    void wrongAccount();
    void connectionRefused();
    void unknownHost();
    void proxyRefused();
    void tokenWithoutPermission();
    void secondClickIgnoredAndCloseCancels();
    void failureMessages_data();
    void failureMessages();

    void saveStoresTokenOnlyInTheSecretStore();
    void keychainProblemOffersSessionOnly();
    void retryAfterKeychainProblem();
    void keychainThatNeverAnswers();
    void editingKeepsTheStoredToken();
    void anotherAccountMovesTheKeychainEntry();

    // The proxy password, kept in the keychain like the token.
    void aProxyPasswordIsKeptInTheKeychainOnly();
    void editingKeepsTheProxyPasswordOrMovesItWithTheUser();
    void aRefusedProxyPasswordIsOfferedForThisSession();
    void theConnectionTestSendsTheProxyPassword();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void showDialog();
    // Shown and active, so that what a test types goes where the focus is.
    void showActiveDialog();
    // Typed into the field after a click in it, replacing what it held.
    void typeInto(const char *field, const QString &text);
    // Name, server and account, the token, and a manual HTTP proxy with its
    // user, each typed into its field.
    void fillWithProxy(const QString &baseUrl, quint16 proxyPort);
    // Saved with the proxy password typed after Tab from the proxy user.
    Profile savedWithProxyPassword(const QString &baseUrl, quint16 proxyPort);
    // The form filled for the sandbox: custom URL, account, token, no proxy.
    void fillForSandbox(const QUrl &baseUrl, const QString &account = kAccount,
                        const QString &token = kToken);
    QString testResult() const { return child<QLabel>("testResult")->text(); }
    QByteArray iniBytes() const;

    QTemporaryDir m_dir;
    std::unique_ptr<pc::ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectDialog> m_dialog;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};
