#include "ui/connections/connectdialog.h"

#include "app/net/apiclient.h"
#include "app/connections/secretstore.h"
#include "app/connections/transportconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace pc {

namespace {

// Long enough for a slow VPN or proxy, short enough that a silently dropped
// connection is reported while the user still waits for it.
constexpr int kTestTimeoutMs = 20000;

const QLatin1String kErrorStyle("color: #c62828;");
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

// The badge the main window shows too, so the user sees here already which
// kind of environment the profile points at.
void styleBadge(QLabel *badge, Profile::EnvironmentKind kind)
{
    QLatin1String fill("#546e7a"), ink("white");
    switch (kind) {
    case Profile::EnvironmentKind::Production:
        fill = QLatin1String("#c62828");
        break;
    case Profile::EnvironmentKind::Qa:
        fill = QLatin1String("#f59e0b");
        ink = QLatin1String("#1f2937");
        break;
    case Profile::EnvironmentKind::Demo:
    case Profile::EnvironmentKind::Sandbox:
        fill = QLatin1String("#2e7d32");
        break;
    case Profile::EnvironmentKind::Custom:
        break;
    }
    badge->setText(Profile::environmentKindName(kind));
    // The border in the fill colour is what makes Qt round the corners.
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %1; "
                                        "border-radius: 8px; padding: 0px 8px; }")
                             .arg(fill, ink));
}

QLabel *sectionHeading(const QString &text, QWidget *parent, int spaceAbove = 0)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    label->setFont(font);
    label->setContentsMargins(0, spaceAbove, 0, 0);
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

// A field with its hint and error below it, as one form row.
QWidget *withNotes(QWidget *parent, QLayout *fieldLayout, QWidget *focus, const QList<QLabel *> &notes)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(fieldLayout);
    for (QLabel *note : notes)
        layout->addWidget(note);
    box->setFocusProxy(focus);
    return box;
}

// A labelled form row. The label sits level with the field's first line,
// not centred on the field together with its notes below.
void addLabeledRow(QFormLayout *layout, const QString &text, QWidget *buddy, QLayout *firstLine,
                   const QList<QLabel *> &notes)
{
    QWidget *form = layout->parentWidget();
    auto *label = new QLabel(text, form);
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setFixedHeight(firstLine->sizeHint().height());
    layout->addRow(label, withNotes(form, firstLine, buddy, notes));
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets, bool stretch = false)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch();
    return layout;
}

QString regionName(Region region)
{
    switch (region) {
    case Region::Global:
        return ConnectDialog::tr("Global");
    case Region::Au:
        return ConnectDialog::tr("Australia");
    case Region::Uk:
        return ConnectDialog::tr("United Kingdom");
    case Region::Ch:
        return ConnectDialog::tr("Switzerland");
    case Region::Us:
        return ConnectDialog::tr("United States");
    }
    return {};
}

template<typename E> E currentEnum(const QComboBox *box)
{
    return static_cast<E>(box->currentData().toInt());
}

template<typename E> void selectEnum(QComboBox *box, E value)
{
    box->setCurrentIndex(std::max(0, box->findData(int(value))));
}

} // namespace

ConnectDialog::ConnectDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to 4me"));

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

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Asks the API who the token belongs to (GET /me), with exactly these settings."));
    // The "Testing…" text must not make the button jump wider.
    m_test->setMinimumWidth(
        std::max(m_test->sizeHint().width(), m_test->fontMetrics().horizontalAdvance(tr("Testing…")) + 40));
    auto *testHint = hintLabel(tr("Checks the API URL, the account and the token before you save."), this);
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
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addSpacing(12);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connectChanges();

    setMinimumWidth(620);
    updateState();
    m_name->setFocus();
}

ConnectDialog::~ConnectDialog()
{
    // The client goes first: a call still pending goes with it, unfinished,
    // and so never reaches the half-destroyed dialog.
    m_client.reset();
}

QWidget *ConnectDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(8);

    // Server: the API the profile talks to.
    layout->addRow(sectionHeading(tr("Server"), form));

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. wdc (Production)"));
    m_nameError = makeFieldError(QStringLiteral("profileNameError"));
    addLabeledRow(layout, tr("Profile &name:"), m_name, row({m_name}), {m_nameError});

    m_environment = new QComboBox(form);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(tr("Production"), int(Environment::Production));
    m_environment->addItem(tr("QA"), int(Environment::Qa));
    m_environment->addItem(tr("Demo"), int(Environment::Demo));
    m_region = new QComboBox(form);
    m_region->setObjectName(QStringLiteral("region"));
    for (const Region region : {Region::Global, Region::Au, Region::Uk, Region::Ch, Region::Us})
        m_region->addItem(regionName(region), int(region));
    m_brand = new QComboBox(form);
    m_brand->setObjectName(QStringLiteral("brand"));
    m_brand->addItem(tr("Xurrent"), int(Brand::Xurrent));
    m_brand->addItem(tr("4me"), int(Brand::FourMe));
    auto *regionLabel = new QLabel(tr("&Region:"), form);
    regionLabel->setBuddy(m_region);
    auto *brandLabel = new QLabel(tr("&Brand:"), form);
    brandLabel->setBuddy(m_brand);
    auto *where = new QHBoxLayout;
    where->setContentsMargins(0, 0, 0, 0);
    where->addWidget(m_environment, 3);
    where->addSpacing(10);
    where->addWidget(regionLabel);
    where->addWidget(m_region, 4);
    where->addSpacing(10);
    where->addWidget(brandLabel);
    where->addWidget(m_brand, 3);
    addLabeledRow(layout, tr("&Environment:"), m_environment, where, {});

    m_customUrlEnabled = new QCheckBox(tr("Custom API &URL:"), form);
    m_customUrlEnabled->setObjectName(QStringLiteral("customUrlEnabled"));
    m_customUrlEnabled->setToolTip(tr("For a gateway in front of the API, or the local sandbox "
                                      "(http://127.0.0.1:PORT/v1; plain http only on this computer)."));
    m_customUrl = new QLineEdit(form);
    m_customUrl->setObjectName(QStringLiteral("customUrl"));
    m_customUrl->setPlaceholderText(tr("e.g. https://api.example.com/v1"));
    m_customUrl->setEnabled(false);
    layout->addRow(QString(),
                   withNotes(form, row({m_customUrlEnabled, m_customUrl}), m_customUrlEnabled, {}));

    m_badge = new QLabel(form);
    m_badge->setObjectName(QStringLiteral("environmentBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    // One width for every kind, and kept while hidden: the label column the
    // badge stands in must not jump as the choices change.
    int badgeWidth = 0;
    for (const auto kind :
         {Profile::EnvironmentKind::Production, Profile::EnvironmentKind::Qa, Profile::EnvironmentKind::Demo,
          Profile::EnvironmentKind::Sandbox, Profile::EnvironmentKind::Custom})
        badgeWidth = std::max(badgeWidth,
                              QFontMetrics(badgeFont).horizontalAdvance(Profile::environmentKindName(kind)));
    m_badge->setFixedWidth(badgeWidth + 20);
    QSizePolicy badgePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    badgePolicy.setRetainSizeWhenHidden(true);
    m_badge->setSizePolicy(badgePolicy);
    m_apiUrl = new QLabel(form);
    m_apiUrl->setObjectName(QStringLiteral("apiUrlLabel"));
    m_apiUrl->setTextFormat(Qt::PlainText);
    m_apiUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The badge stands in the label column, level with the URL it describes.
    // (The label sits in a box of its own: as a bare form field, or next to
    // the badge in a row, QFormLayout reserves height for a wrapped error as
    // if the column were much narrower.)
    auto *urlBox = new QWidget(form);
    auto *urlLayout = new QVBoxLayout(urlBox);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(m_apiUrl);
    layout->addRow(m_badge, urlBox);

    // Who: the account and the token.
    layout->addRow(sectionHeading(tr("Account"), form, 8));

    m_account = new QLineEdit(form);
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setPlaceholderText(tr("e.g. wdc"));
    m_accountError = makeFieldError(QStringLiteral("accountError"));
    addLabeledRow(
        layout, tr("&Account id:"), m_account, row({m_account}),
        {hintLabel(tr("The first part of your 4me address: wdc in wdc.xurrent.com."), form), m_accountError});

    m_token = new QLineEdit(form);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_token->setPlaceholderText(tr("Paste a personal access token from 4me: Settings → API tokens"));
    m_showToken = new QToolButton(form);
    m_showToken->setObjectName(QStringLiteral("showToken"));
    m_showToken->setText(tr("S&how"));
    m_showToken->setCheckable(true);
    m_showToken->setToolTip(tr("Show or hide the token"));
    m_tokenError = makeFieldError(QStringLiteral("tokenError"));
    addLabeledRow(
        layout, tr("API to&ken:"), m_token, row({m_token, m_showToken}),
        {hintLabel(tr("Create one in 4me under Settings → API tokens (personal access tokens). It is "
                      "kept in the system keychain, never in a file."),
                   form),
         m_tokenError});

    m_readOnly = new QCheckBox(tr("Read-&only (no writes from this console)"), form);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    layout->addRow(QString(), m_readOnly);

    layout->addRow(sectionHeading(tr("Network"), form, 8));
    buildNetworkSection(form, layout);
    return form;
}

void ConnectDialog::buildNetworkSection(QWidget *form, QFormLayout *layout)
{
    m_proxyMode = new QComboBox(form);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItem(tr("System settings"), int(ProxyMode::System));
    m_proxyMode->addItem(tr("None (direct)"), int(ProxyMode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(ProxyMode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(ProxyMode::Socks5));
    m_proxyHost = new QLineEdit(form);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setPlaceholderText(tr("host"));
    m_proxyPort = new QLineEdit(form);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setPlaceholderText(tr("port"));
    m_proxyPort->setValidator(new QIntValidator(1, 65535, m_proxyPort));
    m_proxyPort->setMaximumWidth(m_proxyPort->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_proxyUser = new QLineEdit(form);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setPlaceholderText(tr("user (optional)"));
    m_proxyError = makeFieldError(QStringLiteral("proxyError"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->setContentsMargins(0, 0, 0, 0);
    proxyRow->addWidget(m_proxyMode, 0);
    proxyRow->addWidget(m_proxyHost, 3);
    proxyRow->addWidget(new QLabel(QStringLiteral(":"), form));
    proxyRow->addWidget(m_proxyPort, 0);
    proxyRow->addWidget(m_proxyUser, 2);
    addLabeledRow(layout, tr("&Proxy:"), m_proxyMode, proxyRow, {m_proxyError});

    m_caBundle = new QLineEdit(form);
    m_caBundle->setObjectName(QStringLiteral("caBundle"));
    m_caBundle->setPlaceholderText(tr("none: the system's trusted certificates"));
    m_browse = new QPushButton(tr("Bro&wse…"), form);
    m_browse->setObjectName(QStringLiteral("browseCaBundle"));
    m_browse->setAutoDefault(false);
    m_caBundleError = makeFieldError(QStringLiteral("caBundleError"));
    addLabeledRow(layout, tr("&CA bundle:"), m_caBundle, row({m_caBundle, m_browse}),
                  {hintLabel(tr("Only where your company inspects encrypted traffic: a PEM file with its "
                                "certificates, trusted in addition to the system's."),
                             form),
                   m_caBundleError});
}

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
    auto *title = sectionHeading(tr("The token could not be saved"), panel);
    m_keychainMessage = new QLabel(panel);
    m_keychainMessage->setObjectName(QStringLiteral("keychainMessage"));
    m_keychainMessage->setWordWrap(true);
    m_keychainMessage->setTextFormat(Qt::PlainText);
    m_keychainMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sessionOnlyButton = new QPushButton(tr("Use the token for this session on&ly"), panel);
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnlyButton->setAutoDefault(false);
    m_retry = new QPushButton(tr("Retr&y"), panel);
    m_retry->setObjectName(QStringLiteral("retryKeychain"));
    m_retry->setAutoDefault(false);
    layout->addWidget(title);
    layout->addWidget(m_keychainMessage);
    layout->addLayout(row({m_sessionOnlyButton, m_retry}, true));

    connect(m_sessionOnlyButton, &QPushButton::clicked, this, [this] {
        m_sessionOnly = true;
        accept();
    });
    connect(m_retry, &QPushButton::clicked, this, &ConnectDialog::writeToken);
    return panel;
}

QLabel *ConnectDialog::makeFieldError(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(kErrorStyle);
    label->hide();
    return label;
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
        m_showToken->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    for (QLineEdit *edit : {m_proxyHost, m_proxyPort, m_proxyUser})
        connect(edit, &QLineEdit::textChanged, this, connectionChanged);
    connect(m_caBundle, &QLineEdit::textChanged, this, connectionChanged);
    connect(m_readOnly, &QCheckBox::toggled, this, changed);
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
    selectEnum(m_proxyMode, profile.proxy.mode);
    m_proxyHost->setText(profile.proxy.host);
    m_proxyPort->setText(profile.proxy.port ? QString::number(profile.proxy.port) : QString());
    m_proxyUser->setText(profile.proxy.user);
    m_caBundle->setText(profile.caBundlePath);
    m_updating = false;

    if (editingExisting) {
        setWindowTitle(tr("Edit profile %1").arg(profile.name));
        m_token->setPlaceholderText(tr("Leave empty to keep the stored token"));
    } else {
        setWindowTitle(tr("Connect to 4me"));
        m_token->setPlaceholderText(tr("Paste a personal access token from 4me: Settings → API tokens"));
    }
    // Prefilled values are the user's (or the caller's) choice: their
    // problems are shown at once.
    m_touched = 0;
    if (!profile.name.isEmpty())
        touch(Field::Name);
    if (!profile.account.isEmpty())
        touch(Field::Account);
    updateState();
}

Profile ConnectDialog::currentProfile() const
{
    Profile p;
    p.name = m_name->text();
    p.environment = currentEnum<Environment>(m_environment);
    p.region = currentEnum<Region>(m_region);
    p.brand = currentEnum<Brand>(m_brand);
    p.customBaseUrl = m_customUrlEnabled->isChecked() ? m_customUrl->text() : QString();
    p.account = m_account->text();
    p.readOnly = m_readOnly->isChecked();
    p.proxy.mode = currentEnum<ProxyMode>(m_proxyMode);
    if (p.proxy.isManual()) {
        p.proxy.host = m_proxyHost->text();
        const int port = m_proxyPort->text().trimmed().toInt();
        p.proxy.port = port > 0 && port <= 65535 ? quint16(port) : 0;
        p.proxy.user = m_proxyUser->text();
    }
    p.caBundlePath = m_caBundle->text();
    return p.normalized();
}

Profile ConnectDialog::profile() const
{
    return currentProfile();
}

QByteArray ConnectDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

QByteArray ConnectDialog::sessionOnlyToken() const
{
    return m_sessionOnly ? token() : QByteArray();
}

bool ConnectDialog::isTesting() const
{
    return !m_testCall.isNull() || !m_tokenRead.isNull();
}

bool ConnectDialog::tokenNeeded() const
{
    // The stored token is filed under host and account: with either changed
    // it no longer applies, and a token for the new place must be typed.
    return !m_editing || currentProfile().secretKey() != m_originalSecretKey;
}

void ConnectDialog::touch(Field field)
{
    m_touched |= 1 << int(field);
}

QList<ProfileIssue> ConnectDialog::issues(const Profile &profile) const
{
    QList<ProfileIssue> result = m_profiles
                                     ? m_profiles->validate(profile, m_editing ? m_originalName : QString())
                                     : profile.validate();
    // A ticked but empty custom URL would quietly fall back to the
    // environment's URL (Profile sees no custom URL at all).
    if (m_customUrlEnabled->isChecked() && !profile.usesCustomUrl()) {
        QString error;
        ApiEndpoints::normalizeCustomBaseUrl(QString(), &error);
        result.append({ProfileIssue::Field::BaseUrl, error});
    }
    return result;
}

void ConnectDialog::suggestName()
{
    if (m_updating || m_editing)
        return;
    const QString current = m_name->text().trimmed();
    if (!current.isEmpty() && current != m_autoName)
        return; // the user's own name stays
    const Profile p = currentProfile();
    QString suggestion;
    if (!p.account.isEmpty()) {
        QString where = Profile::environmentKindName(p.environmentKind());
        if (!p.usesCustomUrl() && p.environment != Environment::Demo && p.region != Region::Global)
            where = tr("%1, %2").arg(where, regionName(p.region));
        suggestion = tr("%1 (%2)").arg(p.account, where);
    }
    m_autoName = suggestion;
    m_name->setText(suggestion);
}

void ConnectDialog::updateApiUrl(const Profile &profile)
{
    QString error;
    std::optional<QUrl> url;
    if (m_customUrlEnabled->isChecked())
        url = ApiEndpoints::normalizeCustomBaseUrl(m_customUrl->text(), &error);
    else
        url = profile.baseUrl();
    if (url) {
        // A URL does not wrap; an error sentence must (wrapping would also
        // make the row reserve a second line for the URL).
        m_apiUrl->setWordWrap(false);
        m_apiUrl->setText(tr("API URL: %1").arg(url->toString()));
        m_apiUrl->setStyleSheet(QString());
        styleBadge(m_badge, profile.environmentKind());
        m_badge->show();
    } else {
        m_apiUrl->setWordWrap(true);
        m_apiUrl->setText(error);
        m_apiUrl->setStyleSheet(kErrorStyle);
        m_badge->hide();
    }
}

void ConnectDialog::updateState()
{
    if (m_updating)
        return;
    const Profile p = currentProfile();
    const bool demo = p.environment == Environment::Demo;
    const bool custom = m_customUrlEnabled->isChecked();
    m_environment->setEnabled(!custom);
    m_brand->setEnabled(!custom);
    // Demo exists only as one global host.
    m_region->setEnabled(!custom && !demo);
    for (QLineEdit *edit : {m_proxyHost, m_proxyPort, m_proxyUser})
        edit->setEnabled(p.proxy.isManual());
    updateApiUrl(p);

    const QList<ProfileIssue> all = issues(p);
    QStringList name, account, proxy, caBundle;
    bool urlProblem = false;
    for (const ProfileIssue &issue : all) {
        switch (issue.field) {
        case ProfileIssue::Field::Name:
            name.append(issue.message);
            break;
        case ProfileIssue::Field::Account:
            account.append(issue.message);
            break;
        case ProfileIssue::Field::BaseUrl:
            urlProblem = true;
            break; // shown in the API URL line
        case ProfileIssue::Field::Proxy:
            proxy.append(issue.message);
            break;
        case ProfileIssue::Field::CaBundle:
            caBundle.append(issue.message);
            break;
        }
    }
    QStringList missing; // what keeps Save disabled but is not shown at its field yet
    auto show = [&missing](QLabel *label, const QStringList &messages, bool visible, const QString &what) {
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(visible && !messages.isEmpty());
        if (!visible && !messages.isEmpty())
            missing.append(what);
    };
    show(m_nameError, name, touched(Field::Name) || !m_name->text().trimmed().isEmpty(),
         tr("a profile name"));
    show(m_accountError, account, touched(Field::Account) || !m_account->text().trimmed().isEmpty(),
         tr("the account id"));
    show(m_proxyError, proxy, true, {});
    show(m_caBundleError, caBundle, true, {});

    const bool needToken = tokenNeeded();
    const bool haveToken = !token().isEmpty();
    QStringList tokenMessages;
    if (needToken && !haveToken) {
        tokenMessages.append(m_editing ? tr("The API host or account changed, so the stored token does not "
                                            "apply: paste the token for account %1 on %2.")
                                             .arg(p.account, p.baseUrl().host())
                                       : tr("Paste the API token."));
    }
    show(m_tokenError, tokenMessages, m_editing || touched(Field::Token), tr("the API token"));

    const bool busy = isSaving() || m_keychainPanel->isVisible();
    const bool valid = all.isEmpty() && (haveToken || !needToken);
    m_save->setEnabled(valid && !busy);
    const bool testable = !urlProblem && p.baseUrl().isValid() && !p.account.isEmpty() && proxy.isEmpty() &&
                          caBundle.isEmpty() && (haveToken || (!needToken && m_secrets));
    m_test->setEnabled((testable || isTesting()) && !busy);

    if (!busy) {
        m_status->setStyleSheet(QString());
        m_status->setForegroundRole(QPalette::PlaceholderText);
        m_status->setText(
            missing.isEmpty() ? QString() : tr("To save, enter %1.").arg(missing.join(QStringLiteral(", "))));
    }
    growToFit();
}

void ConnectDialog::connectionSettingsChanged()
{
    if (m_updating)
        return;
    // A result about other settings than those shown would mislead.
    cancelTest();
    clearTestResult();
}

// ---------------------------------------------------------------- test

void ConnectDialog::testConnection()
{
    if (isTesting() || isSaving())
        return; // a second click while a test runs is ignored
    const Profile p = currentProfile();
    const QByteArray typed = token();
    if (!typed.isEmpty()) {
        startTest(p, typed);
        return;
    }
    if (tokenNeeded() || !m_secrets) {
        showTestResult(false, tr("Paste the API token first."));
        return;
    }
    // Editing without a new token: test the stored one, read without blocking.
    m_test->setText(tr("Testing…"));
    showTestResult(true, tr("Reading the stored token…"));
    setResultStyle(m_testResult, ResultKind::Running);
    m_tokenRead = m_secrets->read(m_originalSecretKey);
    connect(m_tokenRead, &SecretJob::finished, this, [this, p](const SecretResult &result) {
        m_tokenRead = nullptr;
        if (!result.ok()) {
            m_test->setText(tr("&Test connection"));
            showTestResult(false, tr("The stored token could not be read: %1").arg(result.message));
            updateState();
            Q_EMIT testFinished(false);
            return;
        }
        startTest(p, result.secret);
    });
}

void ConnectDialog::startTest(const Profile &profile, const QByteArray &token)
{
    QString error;
    std::optional<ConnectionSettings> transport = TransportConfig::connectionSettings(profile, token, &error);
    if (!transport) {
        m_test->setText(tr("&Test connection"));
        showTestResult(false, error);
        Q_EMIT testFinished(false);
        return;
    }
    ConnectionSettings settings = *transport;
    // One attempt: a test reports the first failure at once instead of
    // retrying it for a minute.
    settings.maxRetries = 0;
    settings.transferTimeoutMs = kTestTimeoutMs;

    m_testedProfile = profile;
    m_testTimeoutMs = settings.transferTimeoutMs;
    m_networkError = QNetworkReply::NoError;
    m_networkErrorText.clear();
    m_client = std::make_unique<ApiClient>(settings); // the previous one has no call left
    // ApiError keeps only a sentence; the reply's own error code tells DNS
    // from a refused connection from a proxy failure.
    connect(m_client->network(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        m_networkError = reply->error();
        m_networkErrorText = reply->errorString();
    });
    m_testCall = m_client->get(QStringLiteral("me"));
    connect(m_testCall, &ApiCall::finished, this, &ConnectDialog::onTestFinished);
    m_test->setText(tr("Testing…"));
    showTestResult(true, tr("Connecting to %1…").arg(settings.baseUrl.host()));
    setResultStyle(m_testResult, ResultKind::Running);
    updateState();
}

void ConnectDialog::onTestFinished(const ApiResponse &response)
{
    m_testCall = nullptr;
    m_test->setText(tr("&Test connection"));
    updateState();
    if (response.error.kind == ApiError::Kind::Cancelled)
        return;
    const QByteArray usedToken = m_client ? m_client->settings().token : QByteArray();
    QString text;
    const bool ok = response.isOk();
    if (ok) {
        const QJsonObject me = response.json.object();
        const QString name = me.value(QLatin1String("name")).toString();
        const QString email = me.value(QLatin1String("primary_email")).toString();
        const QJsonObject account = me.value(QLatin1String("account")).toObject();
        QString accountId = account.value(QLatin1String("id")).toString();
        if (accountId.isEmpty())
            accountId = m_testedProfile.account;
        const QString accountName = account.value(QLatin1String("name")).toString();
        const QString accountText =
            accountName.isEmpty() ? accountId : tr("%1 (%2)").arg(accountName, accountId);
        text =
            email.isEmpty()
                ? tr("Connected: the token belongs to %1 on account %2.").arg(name, accountText)
                : tr("Connected: the token belongs to %1 (%2) on account %3.").arg(name, email, accountText);
    } else {
        text = testFailureMessage(response.error, m_testedProfile, m_networkError, m_networkErrorText,
                                  m_testTimeoutMs);
    }
    // A last line of defence: whatever a server echoes, the token is not shown.
    if (usedToken.size() >= 4)
        text.replace(QString::fromUtf8(usedToken), QStringLiteral("[token]"));
    showTestResult(ok, text);
    Q_EMIT testFinished(ok);
}

QString ConnectDialog::testFailureMessage(const ApiError &error, const Profile &profile,
                                          QNetworkReply::NetworkError networkError,
                                          const QString &networkErrorText, int timeoutMs)
{
    const QUrl url = profile.baseUrl();
    const QString host = url.host();
    const QString account = profile.account.trimmed();
    // The sandbox says "account 'x' is not accessible with this token"; the
    // real API words it differently per status, but names the account.
    const bool aboutAccount = error.serverMessage.contains(QLatin1String("account"), Qt::CaseInsensitive);
    auto withServer = [&error](const QString &sentence) {
        return error.serverMessage.isEmpty()
                   ? sentence
                   : sentence + QLatin1Char(' ') + tr("The server said: %1").arg(error.serverMessage);
    };
    auto wrongAccount = [&] {
        return withServer(
            tr("The token does not give access to account \"%1\" on %2 (%3). Check the account "
               "id: it is the first part of your 4me address, like wdc in wdc.xurrent.com. Or use "
               "a token created in that account.")
                .arg(account, host)
                .arg(error.httpStatus));
    };
    auto proxyFailure = [&] {
        if (profile.proxy.isManual())
            return tr("The proxy %1:%2 failed: %3. Check the proxy's host, port and user under Network.")
                .arg(profile.proxy.host)
                .arg(profile.proxy.port)
                .arg(networkErrorText);
        return tr("The system's proxy failed: %1. Check your computer's proxy settings, or choose "
                  "\"None\" or a manual proxy under Network.")
            .arg(networkErrorText);
    };

    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Unauthorized:
        if (aboutAccount)
            return wrongAccount();
        return tr(
            "The API token was not accepted (401): it may be mistyped, expired or revoked. Paste it again, "
            "or create a new one in 4me under Settings → API tokens.");
    case ApiError::Kind::Forbidden:
        if (aboutAccount)
            return wrongAccount();
        return withServer(
            tr("The token is valid but lacks permission (403). It must be able to read App "
               "Offerings and App Instances in account \"%1\": give it those permissions in 4me "
               "(Settings → API tokens), or use the token of a person who may.")
                .arg(account));
    case ApiError::Kind::NotFound:
        if (aboutAccount)
            return wrongAccount();
        return withServer(
            tr("%1 found nothing at %2 (404). Either account \"%3\" does not exist there, or the "
               "API URL is not right (it normally ends in /v1).")
                .arg(host, url.path() + QStringLiteral("/me"), account));
    case ApiError::Kind::Network:
        // Qt reports some proxy failures (a refused CONNECT tunnel, say) only
        // in the error text, with a generic code.
        if (networkErrorText.contains(QLatin1String("proxy"), Qt::CaseInsensitive))
            return proxyFailure();
        switch (networkError) {
        case QNetworkReply::HostNotFoundError:
            return tr("The server name %1 could not be found (DNS). Check the API URL for typing errors, and "
                      "your network connection or VPN.")
                .arg(host);
        case QNetworkReply::ConnectionRefusedError:
            return tr("No connection: %1 refused it on port %2. Check the API URL, and whether the "
                      "server (or the local sandbox) is running.")
                .arg(host)
                .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            return proxyFailure();
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            return tr("No network: %1 could not be reached (%2). Check your network connection.")
                .arg(host, networkErrorText);
        case QNetworkReply::RemoteHostClosedError:
            return tr("%1 closed the connection without answering (%2). A firewall or proxy may be in the "
                      "way.")
                .arg(host, networkErrorText);
        default:
            return networkErrorText.isEmpty() ? error.message
                                              : tr("No connection to %1: %2.").arg(host, networkErrorText);
        }
    case ApiError::Kind::Timeout:
        return tr("%1 did not answer within %2 seconds. The network, a VPN or a proxy may be slow or "
                  "block the connection; check them and test again.")
            .arg(host)
            .arg(std::max(1, timeoutMs / 1000));
    case ApiError::Kind::Tls:
        // The client's message already names the certificate and the errors.
        return error.message + QLatin1Char('\n') +
               tr("If your company inspects encrypted traffic, choose its CA bundle under Network and "
                  "test again. Certificate errors are never ignored.");
    case ApiError::Kind::BadResponse:
        return error.message + QLatin1Char(' ') +
               tr("Check that %1 is the API URL; it normally looks like https://api.xurrent.com/v1.")
                   .arg(url.toString());
    case ApiError::Kind::Cancelled:
        return tr("The test was cancelled.");
    default:
        return error.message;
    }
}

void ConnectDialog::cancelTest()
{
    if (m_tokenRead) {
        m_tokenRead->disconnect(this);
        m_tokenRead = nullptr;
    }
    if (m_testCall) {
        ApiCall *call = m_testCall;
        m_testCall = nullptr;
        call->disconnect(this);
        call->cancel();
    }
    m_test->setText(tr("&Test connection"));
}

void ConnectDialog::showTestResult(bool ok, const QString &text)
{
    setResultStyle(m_testResult, ok ? ResultKind::Success : ResultKind::Failure);
    m_testResult->setText(text);
    m_testResult->show();
    growToFit();
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

void ConnectDialog::clearTestResult()
{
    m_testResult->clear();
    m_testResult->hide();
}

// ---------------------------------------------------------------- save

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
    // From now on this is the saved profile: its own name is no duplicate.
    // Its token is not stored yet, so none is taken as stored either.
    m_editing = true;
    m_originalName = p.name;
    m_originalSecretKey.clear();
    if (token().isEmpty()) {
        accept(); // editing: the stored token stays where it is
        return;
    }
    writeToken();
}

void ConnectDialog::writeToken()
{
    setFormEnabled(false);
    m_keychainPanel->hide();
    m_status->setStyleSheet(QString());
    m_status->setForegroundRole(QPalette::WindowText);
    m_status->setText(tr("Saving the token in the keychain…"));
    if (!m_secrets) {
        onTokenWritten(
            SecretResult::failure(SecretResult::Error::NoBackend, tr("No keychain is available.")));
        return;
    }
    m_writeJob = m_secrets->write(m_savedProfile.secretKey(), token());
    connect(m_writeJob, &SecretJob::finished, this, &ConnectDialog::onTokenWritten);
}

void ConnectDialog::onTokenWritten(const SecretResult &result)
{
    m_writeJob = nullptr;
    if (result.ok()) {
        m_status->setText(tr("Saved."));
        accept();
        return;
    }
    // The token is not written anywhere else: no file, no settings. Either it
    // lives in memory for this session, or the user fixes the keychain.
    m_status->clear();
    const QString where = m_secrets ? m_secrets->backendName() : tr("the keychain");
    m_keychainMessage->setText(tr("The profile \"%1\" is saved, but its token could not be stored in %2.")
                                   .arg(m_savedProfile.name, where) +
                               QLatin1Char('\n') + result.message + QStringLiteral("\n\n") +
                               tr("The token is not written anywhere else. For this session only, it is "
                                  "kept in memory and forgotten when the console closes."));
    m_keychainPanel->show();
    m_sessionOnlyButton->setFocus();
    updateState();
    growToFit();
}

void ConnectDialog::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    m_test->setEnabled(enabled);
    m_save->setEnabled(enabled);
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

// ---------------------------------------------------------------- CA bundle

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
