#include "ui/connections/connectdialog.h"
#include "ui/connections/formparts.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

// The connect dialog's network section: how to get to the API (the proxy, and
// its password if it needs one) and whom to trust on the way (a CA bundle,
// chosen in a file dialog).
namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
class ConnectDialog { Q_OBJECT };
#endif

using namespace formparts;

void ConnectDialog::buildNetworkSection(QWidget *form, QFormLayout *layout)
{
    m_proxyMode = new QComboBox(form);
    m_proxyMode->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its names follow the language
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    // Named by retranslate().
    for (ProxyMode mode : {ProxyMode::System, ProxyMode::None, ProxyMode::Http, ProxyMode::Socks5})
        m_proxyMode->addItem(QString(), int(mode));
    m_proxyHost = new QLineEdit(form);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    setText(m_proxyHost, Text::Placeholder, QT_TR_NOOP("host"));
    setText(m_proxyHost, Text::AccessibleName, QT_TR_NOOP("Proxy host"));
    m_proxyPort = new QLineEdit(form);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    setText(m_proxyPort, Text::Placeholder, QT_TR_NOOP("port"));
    setText(m_proxyPort, Text::AccessibleName, QT_TR_NOOP("Proxy port"));
    m_proxyPort->setValidator(new QIntValidator(1, 65535, m_proxyPort));
    m_proxyPort->setMaximumWidth(m_proxyPort->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_proxyUser = new QLineEdit(form);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    setText(m_proxyUser, Text::Placeholder, QT_TR_NOOP("user (optional)"));
    setText(m_proxyUser, Text::AccessibleName, QT_TR_NOOP("Proxy user"));
    m_proxyError = makeFieldError(QStringLiteral("proxyError"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->setContentsMargins(0, 0, 0, 0);
    proxyRow->addWidget(m_proxyMode, 0);
    proxyRow->addWidget(m_proxyHost, 3);
    proxyRow->addWidget(new QLabel(QStringLiteral(":"), form));
    proxyRow->addWidget(m_proxyPort, 0);
    proxyRow->addWidget(m_proxyUser, 2);
    addLabeledRow(layout, QT_TR_NOOP("&Proxy:"), m_proxyMode, proxyRow, {m_proxyError});

    // As the token: hidden as typed, shown on demand, kept in the keychain.
    m_proxyPassword = new QLineEdit(form);
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_showProxyPassword = new QToolButton(form);
    m_showProxyPassword->setObjectName(QStringLiteral("showProxyPassword"));
    setText(m_showProxyPassword, Text::Label, QT_TR_NOOP("Show"));
    m_showProxyPassword->setCheckable(true);
    setText(m_showProxyPassword, Text::ToolTip, QT_TR_NOOP("Show or hide the proxy password"));
    addLabeledRow(
        layout, QT_TR_NOOP("Pro&xy password:"), m_proxyPassword, row({m_proxyPassword, m_showProxyPassword}),
        {hintLabel(QT_TR_NOOP("For a manual proxy that asks for a user name and password. It is kept in the "
                              "system keychain with the token, never in a file."),
                   form)});

    m_caBundle = new QLineEdit(form);
    m_caBundle->setObjectName(QStringLiteral("caBundle"));
    setText(m_caBundle, Text::Placeholder, QT_TR_NOOP("none: the system's trusted certificates"));
    m_browse = new QPushButton(form);
    setText(m_browse, Text::Label, QT_TR_NOOP("Bro&wse…"));
    m_browse->setObjectName(QStringLiteral("browseCaBundle"));
    m_browse->setAutoDefault(false);
    m_caBundleError = makeFieldError(QStringLiteral("caBundleError"));
    addLabeledRow(
        layout, QT_TR_NOOP("&CA bundle:"), m_caBundle, row({m_caBundle, m_browse}),
        {hintLabel(QT_TR_NOOP("Only where your company inspects encrypted traffic: a PEM file with its "
                              "certificates, trusted in addition to the system's."),
                   form),
         m_caBundleError});
}

void ConnectDialog::browseCaBundle()
{
    if (!m_fileDialog) {
        const QString current = m_caBundle->text().trimmed();
        m_fileDialog =
            new QFileDialog(this, tr("Choose a CA bundle"),
                            current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
                            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        m_fileDialog->setObjectName(QStringLiteral("caBundleDialog"));
        m_fileDialog->setFileMode(QFileDialog::ExistingFile);
        m_fileDialog->setAcceptMode(QFileDialog::AcceptOpen);
        connect(m_fileDialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
            m_caBundle->setText(QDir::toNativeSeparators(file));
            m_caBundle->setFocus();
        });
    }
    m_fileDialog->open();
}

} // namespace pc
