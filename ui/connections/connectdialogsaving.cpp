#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/formparts.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

// Saving: the profile to the ProfileStore, the token and the proxy password to
// the SecretStore only, and the panel that offers a way out when the keychain
// refuses them.
namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
class ConnectDialog { Q_OBJECT };
#endif

using namespace formparts;

QFrame *ConnectDialog::buildKeychainPanel()
{
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("keychainProblem"));
    panel->setStyleSheet(
        QStringLiteral("QFrame#keychainProblem { background: #fff8e1; border: 1px solid #f0d48a; "
                       "border-radius: 4px; } QFrame#keychainProblem QLabel { color: #5d4300; }"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    m_keychainTitle = sectionHeading(QT_TR_NOOP("The token could not be saved"), panel);
    m_keychainMessage = new QLabel(panel);
    m_keychainMessage->setObjectName(QStringLiteral("keychainMessage"));
    m_keychainMessage->setWordWrap(true);
    m_keychainMessage->setTextFormat(Qt::PlainText);
    m_keychainMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sessionOnlyButton = new QPushButton(panel);
    setText(m_sessionOnlyButton, Text::Label, QT_TR_NOOP("Use the token for this session on&ly"));
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnlyButton->setAutoDefault(false);
    m_retry = new QPushButton(panel);
    setText(m_retry, Text::Label, QT_TR_NOOP("Retr&y"));
    m_retry->setObjectName(QStringLiteral("retryKeychain"));
    m_retry->setAutoDefault(false);
    layout->addWidget(m_keychainTitle);
    layout->addWidget(m_keychainMessage);
    layout->addLayout(row({m_sessionOnlyButton, m_retry}, true));

    connect(m_sessionOnlyButton, &QPushButton::clicked, this, [this] {
        m_sessionOnly = true;
        accept();
    });
    connect(m_retry, &QPushButton::clicked, this, &ConnectDialog::writeSecrets);
    return panel;
}

void ConnectDialog::save()
{
    if (!m_save->isEnabled() || isSaving())
        return;
    cancelTest();
    const Profile p = currentProfile();
    QString error;
    if (m_profiles && !m_profiles->save(p, m_editing ? m_originalName : QString(), &error)) {
        m_status->setForegroundRole(QPalette::WindowText);
        m_status->setStyleSheet(kErrorStyle);
        m_status->setText(error);
        return;
    }
    m_savedProfile = p;
    // A host or account edited: the token typed for it is filed under a new
    // key; the old entry goes once the new one is stored (unless another
    // profile still uses it). The same for the proxy password, filed under
    // the proxy and its user: another proxy or user, or none, and the old
    // one goes.
    m_replacedSecretKeys.clear();
    for (const auto &[before, after] : {std::pair{m_originalSecretKey, p.secretKey()},
                                        std::pair{m_originalProxySecretKey, p.proxy.secretKey()}}) {
        if (m_editing && !before.isEmpty() && before != after)
            m_replacedSecretKeys.append(before);
    }
    // From now on this is the saved profile: its own name is no duplicate.
    // Its secrets are not stored yet, so none is taken as stored either.
    m_editing = true;
    m_originalName = p.name;
    m_originalSecretKey.clear();
    m_originalProxySecretKey.clear();
    m_proxyPasswordStored = false;
    writeSecrets();
}

void ConnectDialog::writeSecrets()
{
    if (!m_proxyPasswordStored && !proxyPassword().isEmpty()) {
        writeSecret(m_savedProfile.proxy.secretKey(), proxyPassword(),
                    tr("Saving the proxy password in the keychain…"));
        return;
    }
    if (!token().isEmpty()) {
        writeSecret(m_savedProfile.secretKey(), token(), tr("Saving the token in the keychain…"));
        return;
    }
    // Nothing (more) typed: what is stored stays where it is.
    m_status->setText(tr("Saved."));
    removeReplacedSecrets();
    accept();
}

void ConnectDialog::writeSecret(const QString &key, const QByteArray &secret, const QString &status)
{
    setFormEnabled(false);
    m_keychainPanel->hide();
    m_status->setStyleSheet(QString());
    m_status->setForegroundRole(QPalette::WindowText);
    m_status->setText(status);
    if (!m_secrets) {
        onSecretWritten(
            SecretResult::failure(SecretResult::Error::NoBackend, tr("No keychain is available.")));
        return;
    }
    m_writeJob = m_secrets->write(key, secret);
    connect(m_writeJob, &SecretJob::finished, this, &ConnectDialog::onSecretWritten);
}

void ConnectDialog::onSecretWritten(const SecretResult &result)
{
    m_writeJob = nullptr;
    const bool proxyPasswordFailed = !m_proxyPasswordStored && !proxyPassword().isEmpty();
    if (result.ok()) {
        if (proxyPasswordFailed) { // it was the proxy password: the token next
            m_proxyPasswordStored = true;
            writeSecrets();
            return;
        }
        m_status->setText(tr("Saved."));
        removeReplacedSecrets();
        accept();
        return;
    }
    // Nothing typed is written anywhere else: no file, no settings. Either it
    // lives in memory for this session, or the user fixes the keychain.
    m_status->clear();
    const QString where = m_secrets ? m_secrets->backendName() : tr("the keychain");
    if (proxyPasswordFailed) {
        setText(m_keychainTitle, Text::Label, QT_TR_NOOP("The proxy password could not be saved"));
        setText(m_sessionOnlyButton, Text::Label, QT_TR_NOOP("Use the password for this session on&ly"));
        m_keychainMessage->setText(
            tr("The profile \"%1\" is saved, but its proxy password could not be stored in %2.")
                .arg(m_savedProfile.name, where) +
            QLatin1Char('\n') + result.message + QStringLiteral("\n\n") +
            tr("The proxy password (and the token, if you typed one) is not written anywhere else. For this "
               "session only, it is kept in memory and forgotten when the console closes."));
    } else {
        setText(m_keychainTitle, Text::Label, QT_TR_NOOP("The token could not be saved"));
        setText(m_sessionOnlyButton, Text::Label, QT_TR_NOOP("Use the token for this session on&ly"));
        m_keychainMessage->setText(tr("The profile \"%1\" is saved, but its token could not be stored in %2.")
                                       .arg(m_savedProfile.name, where) +
                                   QLatin1Char('\n') + result.message + QStringLiteral("\n\n") +
                                   tr("The token is not written anywhere else. For this session only, it is "
                                      "kept in memory and forgotten when the console closes."));
    }
    m_keychainPanel->show();
    m_sessionOnlyButton->setFocus();
    updateState();
    growToFit();
}

void ConnectDialog::removeReplacedSecrets()
{
    const QStringList keys = std::exchange(m_replacedSecretKeys, QStringList());
    if (!m_secrets)
        return;
    for (const QString &key : keys) {
        // Another profile of that host and account (or of that proxy and
        // user) still needs it.
        if (m_profiles && !m_profiles->profilesUsingSecret(key).isEmpty())
            continue;
        // Nothing waits for it: the dialog may close meanwhile, the job ends on its own.
        m_secrets->remove(key);
    }
}

void ConnectDialog::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    m_test->setEnabled(enabled);
    m_save->setEnabled(enabled);
}

} // namespace pc
