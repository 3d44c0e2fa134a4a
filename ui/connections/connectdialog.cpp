#include "ui/connections/connectdialog.h"

#include "app/connections/connectiontest.h"
#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "ui/connections/formparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

// The dialog as a whole: its parts put together, the changes they react to,
// a profile to edit put in, and its closing. The parts are in the other
// connectdialog*.cpp files.
namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
class ConnectDialog { Q_OBJECT };
#endif

using namespace formparts;

ConnectDialog::ConnectDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_connectionTest(std::make_unique<ConnectionTest>())
{
    setObjectName(QStringLiteral("connectDialog"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    m_form = buildForm();
    layout->addWidget(m_form);

    // The test: its button and the answer, kept apart from the form so the
    // answer has room for a certificate's details.
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);

    m_test = new QPushButton(this);
    setText(m_test, Text::Label, QT_TR_NOOP("&Test connection"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    setText(m_test, Text::ToolTip,
            QT_TR_NOOP("Asks the API who the token belongs to (GET /me), with exactly these settings."));
    // The "Testing…" text must not make the button jump wider.
    m_test->setMinimumWidth(
        std::max(m_test->sizeHint().width(), m_test->fontMetrics().horizontalAdvance(tr("Testing…")) + 40));
    auto *testHint =
        hintLabel(QT_TR_NOOP("Checks the API URL, the account and the token before you save."), this);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(testHint, 1);
    layout->addLayout(testRow);

    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText); // host names and server messages are never markup
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_testResult->hide();
    layout->addWidget(m_testResult);

    m_keychainPanel = buildKeychainPanel();
    m_keychainPanel->hide();
    layout->addWidget(m_keychainPanel);

    layout->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_save = new QPushButton(this);
    setText(m_save, Text::Label, QT_TR_NOOP("&Save"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(this);
    setText(m_cancel, Text::Label, QT_TR_NOOP("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addSpacing(12);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_connectionTest.get(), &ConnectionTest::finished, this, &ConnectDialog::onTestFinished);
    connect(m_save, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connectChanges();

    setMinimumWidth(620);
    retranslate();
    m_name->setFocus();
}

// Every text in the language installed now; what is typed and chosen stays,
// and so do the answers of a test or of the keychain (messages, said once).
void ConnectDialog::retranslate()
{
    retranslateTexts(this);
    const QStringList environments = {tr("Production"), tr("QA"), tr("Demo")};
    for (int item = 0; item < m_environment->count(); ++item)
        m_environment->setItemText(item, environments.value(item));
    for (int item = 0; item < m_region->count(); ++item)
        m_region->setItemText(item, regionName(Region(m_region->itemData(item).toInt())));
    m_brand->setItemText(0, tr("Xurrent"));
    m_brand->setItemText(1, tr("4me"));
    const QStringList proxies = {tr("System settings"), tr("None (direct)"), tr("HTTP proxy"),
                                 tr("SOCKS5 proxy")};
    for (int item = 0; item < m_proxyMode->count(); ++item)
        m_proxyMode->setItemText(item, proxies.value(item));
    m_customUrl->setAccessibleName(accessibleLabel(m_customUrlEnabled->text()));
    // A title the caller gave (why the dialog opened) is left as it is.
    if (windowTitle() == m_ownTitle || m_ownTitle.isEmpty()) {
        m_ownTitle = m_editing ? tr("Edit profile %1").arg(m_originalName) : tr("Connect to 4me");
        setWindowTitle(m_ownTitle);
    }
    updateLocalCopyInfo();
    suggestName(); // a name it suggested, in the new words; one the user typed stays
    updateState();
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ConnectDialog::~ConnectDialog()
{
    // The test goes first: a call still pending goes with it, unfinished,
    // and so never reaches the half-destroyed dialog.
    m_connectionTest.reset();
}

void ConnectDialog::connectChanges()
{
    auto changed = [this] { updateState(); };
    auto connectionChanged = [this] {
        connectionSettingsChanged();
        updateState();
    };

    connect(m_name, &QLineEdit::textEdited, this, [this] { touch(Field::Name); });
    connect(m_name, &QLineEdit::textChanged, this, changed);
    for (QComboBox *box : {m_environment, m_region, m_brand, m_proxyMode}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            suggestName();
            connectionSettingsChanged();
            updateState();
        });
    }
    connect(m_customUrlEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_customUrl->setEnabled(on);
        if (on && !m_updating)
            m_customUrl->setFocus();
        suggestName();
        connectionSettingsChanged();
        updateState();
    });
    connect(m_customUrl, &QLineEdit::textChanged, this, [this] {
        suggestName();
        connectionSettingsChanged();
        updateState();
    });
    connect(m_account, &QLineEdit::textEdited, this, [this] { touch(Field::Account); });
    connect(m_account, &QLineEdit::textChanged, this, [this] {
        suggestName();
        connectionSettingsChanged();
        updateState();
    });
    connect(m_token, &QLineEdit::textEdited, this, [this] { touch(Field::Token); });
    connect(m_token, &QLineEdit::textChanged, this, connectionChanged);
    connect(m_showToken, &QToolButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        setText(m_showToken, Text::Label, shown ? QT_TR_NOOP("&Hide") : QT_TR_NOOP("S&how"));
    });
    for (QLineEdit *edit : {m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword})
        connect(edit, &QLineEdit::textChanged, this, connectionChanged);
    connect(m_showProxyPassword, &QToolButton::toggled, this, [this](bool shown) {
        m_proxyPassword->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        setText(m_showProxyPassword, Text::Label, shown ? QT_TR_NOOP("Hide") : QT_TR_NOOP("Show"));
    });
    connect(m_caBundle, &QLineEdit::textChanged, this, connectionChanged);
    connect(m_readOnly, &QCheckBox::toggled, this, changed);
    connect(m_keepLocalCopy, &QCheckBox::toggled, this, changed);
    connect(m_forget, &QPushButton::clicked, this, &ConnectDialog::askToForgetLocalData);
    connect(m_browse, &QPushButton::clicked, this, &ConnectDialog::browseCaBundle);
}

void ConnectDialog::setProfile(const Profile &profile, bool editingExisting)
{
    cancelTest();
    clearTestResult();
    m_updating = true;
    m_editing = editingExisting;
    m_originalName = editingExisting ? profile.name : QString();
    m_originalSecretKey = editingExisting ? profile.secretKey() : QString();
    m_originalProxySecretKey = editingExisting ? profile.proxy.secretKey() : QString();
    m_autoName.clear();
    m_name->setText(profile.name);
    selectEnum(m_environment, profile.environment);
    selectEnum(m_region, profile.region);
    selectEnum(m_brand, profile.brand);
    m_customUrlEnabled->setChecked(profile.usesCustomUrl());
    m_customUrl->setText(profile.customBaseUrl);
    m_account->setText(profile.account);
    m_token->clear();
    m_readOnly->setChecked(profile.readOnly);
    m_keepLocalCopy->setChecked(profile.keepLocalCopy);
    m_originalProfile = editingExisting ? profile : Profile();
    selectEnum(m_proxyMode, profile.proxy.mode);
    m_proxyHost->setText(profile.proxy.host);
    m_proxyPort->setText(profile.proxy.port ? QString::number(profile.proxy.port) : QString());
    m_proxyUser->setText(profile.proxy.user);
    m_proxyPassword->clear();
    m_caBundle->setText(profile.caBundlePath);
    m_updating = false;

    updateLocalCopyInfo();
    m_ownTitle = editingExisting ? tr("Edit profile %1").arg(profile.name) : tr("Connect to 4me");
    setWindowTitle(m_ownTitle);
    setText(m_token, Text::Placeholder,
            editingExisting ? QT_TR_NOOP("Leave empty to keep the stored token")
                            : QT_TR_NOOP("Paste a personal access token from 4me: Settings → API tokens"));
    // Prefilled values are the user's (or the caller's) choice: their
    // problems are shown at once.
    m_touched = 0;
    if (!profile.name.isEmpty())
        touch(Field::Name);
    if (!profile.account.isEmpty())
        touch(Field::Account);
    updateState();
}

Profile ConnectDialog::profile() const
{
    return currentProfile();
}

QByteArray ConnectDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

QByteArray ConnectDialog::proxyPassword() const
{
    // No user, no key to keep it under: a password alone is never sent.
    if (currentProfile().proxy.secretKey().isEmpty())
        return {};
    return m_proxyPassword->text().toUtf8();
}

QByteArray ConnectDialog::sessionOnlyToken() const
{
    return m_sessionOnly ? token() : QByteArray();
}

bool ConnectDialog::isTesting() const
{
    return m_connectionTest->isRunning() || !m_tokenRead.isNull();
}

void ConnectDialog::growToFit()
{
    // Word-wrapped messages come and go with the input and need height for
    // the dialog's width. Qt's layout does not enforce that for a window with
    // an explicit minimum width, so without this the form would be squeezed
    // to make room for them. The minimum holds at the narrowest width, where
    // the texts wrap most.
    // A hidden dialog's layout is not brought up to date; showEvent() calls
    // this again.
    if (!isVisible())
        return;
    QLayout *top = layout();
    top->activate();
    if (!top->hasHeightForWidth())
        return;
    setMinimumHeight(top->totalHeightForWidth(minimumWidth()));
    const int needed = top->totalHeightForWidth(width());
    if (height() < needed)
        resize(width(), needed);
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void ConnectDialog::done(int result)
{
    // Closing abandons the test and any pending keychain answer; the dialog
    // never waits for them.
    cancelTest();
    if (m_writeJob) {
        m_writeJob->disconnect(this);
        m_writeJob = nullptr;
    }
    QDialog::done(result);
}

} // namespace pc
