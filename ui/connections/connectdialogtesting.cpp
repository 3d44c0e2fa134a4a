#include "app/connections/connectiontest.h"
#include "app/connections/secretstore.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/formparts.h"

#include <QLabel>
#include <QPushButton>

// The connection test in the dialog: the button, the token it uses (typed or
// read from the keychain) and the panel with the result. The test itself and
// the wording of what went wrong are the core's ConnectionTest.
namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
class ConnectDialog { Q_OBJECT };
#endif

using namespace formparts;

namespace {

const QLatin1String kResultStyles[] = {
    QLatin1String("background: #e8f1fb; color: #0b3d6e; border: 1px solid #bcd6f3;"), // running
    QLatin1String("background: #e7f6ec; color: #14532d; border: 1px solid #b7e1c4;"), // success
    QLatin1String("background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"), // failure
};
const QLatin1String kPanelStyle("padding: 8px 10px; border-radius: 4px;");

enum class ResultKind { Running, Success, Failure };

void setResultStyle(QLabel *label, ResultKind kind)
{
    label->setStyleSheet(QStringLiteral("QLabel#testResult { ") + kResultStyles[int(kind)] + kPanelStyle +
                         QStringLiteral(" }"));
}

} // namespace

void ConnectDialog::testConnection()
{
    if (isTesting() || isSaving())
        return; // a second click while a test runs is ignored
    const Profile p = currentProfile();
    const QByteArray typed = token();
    if (!typed.isEmpty()) {
        testWithProxyPassword(p, typed);
        return;
    }
    if (tokenNeeded() || !m_secrets) {
        showTestResult(false, tr("Paste the API token first."));
        return;
    }
    // Editing without a new token: test the stored one, read without blocking.
    setText(m_test, Text::Label, QT_TR_NOOP("Testing…"));
    showTestResult(true, tr("Reading the stored token…"));
    setResultStyle(m_testResult, ResultKind::Running);
    m_tokenRead = m_secrets->read(m_originalSecretKey);
    connect(m_tokenRead, &SecretJob::finished, this, [this, p](const SecretResult &result) {
        m_tokenRead = nullptr;
        if (!result.ok()) {
            setText(m_test, Text::Label, QT_TR_NOOP("&Test connection"));
            showTestResult(false, tr("The stored token could not be read: %1").arg(result.message));
            updateState();
            Q_EMIT testFinished(false);
            return;
        }
        testWithProxyPassword(p, result.secret);
    });
}

void ConnectDialog::testWithProxyPassword(const Profile &profile, const QByteArray &token)
{
    const QByteArray typed = proxyPassword();
    if (!typed.isEmpty() || profile.proxy.secretKey().isEmpty() || !m_secrets) {
        startTest(profile, token, QString::fromUtf8(typed));
        return;
    }
    // The one stored for this proxy and user, if any (also another
    // profile's: the key is the proxy's); none, and the proxy says whether
    // it needs one.
    setText(m_test, Text::Label, QT_TR_NOOP("Testing…"));
    m_tokenRead = m_secrets->read(profile.proxy.secretKey());
    connect(m_tokenRead, &SecretJob::finished, this, [this, profile, token](const SecretResult &result) {
        m_tokenRead = nullptr;
        startTest(profile, token, result.ok() ? QString::fromUtf8(result.secret) : QString());
    });
}

void ConnectDialog::startTest(const Profile &profile, const QByteArray &token, const QString &proxyPassword)
{
    m_connectionTest->start(profile, token, proxyPassword);
    setText(m_test, Text::Label, QT_TR_NOOP("Testing…"));
    showTestResult(true, tr("Connecting to %1…").arg(profile.baseUrl().host()));
    setResultStyle(m_testResult, ResultKind::Running);
    updateState();
}

void ConnectDialog::onTestFinished(const ConnectionTestResult &result)
{
    setText(m_test, Text::Label, QT_TR_NOOP("&Test connection"));
    updateState();
    showTestResult(result.succeeded(), result.message);
    Q_EMIT testFinished(result.succeeded());
}

QString ConnectDialog::testFailureMessage(const ApiError &error, const Profile &profile,
                                          QNetworkReply::NetworkError networkError,
                                          const QString &networkErrorText, int timeoutMs)
{
    return ConnectionTest::diagnose(error, profile, networkError, networkErrorText, timeoutMs).message;
}

void ConnectDialog::cancelTest()
{
    if (m_tokenRead) {
        m_tokenRead->disconnect(this);
        m_tokenRead = nullptr;
    }
    m_connectionTest->cancel();
    setText(m_test, Text::Label, QT_TR_NOOP("&Test connection"));
}

void ConnectDialog::showTestResult(bool ok, const QString &text)
{
    setResultStyle(m_testResult, ok ? ResultKind::Success : ResultKind::Failure);
    m_testResult->setText(text);
    m_testResult->show();
    growToFit();
}

void ConnectDialog::clearTestResult()
{
    m_testResult->clear();
    m_testResult->hide();
}

} // namespace pc
