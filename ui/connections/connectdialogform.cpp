#include "ui/connections/connectdialog.h"
#include "ui/connections/formparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

// The connect dialog's form: where the API is (server) and who connects
// (account and token). The network section is in connectdialognetwork.cpp.
namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
class ConnectDialog { Q_OBJECT };
#endif

using namespace formparts;

QWidget *ConnectDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(8);

    layout->addRow(sectionHeading(QT_TR_NOOP("Server"), form));
    buildServerSection(form, layout);
    layout->addRow(sectionHeading(QT_TR_NOOP("Account"), form, 8));
    buildAccountSection(form, layout);
    layout->addRow(sectionHeading(QT_TR_NOOP("Network"), form, 8));
    buildNetworkSection(form, layout);
    return form;
}

// Server: the API the profile talks to.
void ConnectDialog::buildServerSection(QWidget *form, QFormLayout *layout)
{
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("profileName"));
    setText(m_name, Text::Placeholder, QT_TR_NOOP("e.g. wdc (Production)"));
    m_nameError = makeFieldError(QStringLiteral("profileNameError"));
    addLabeledRow(layout, QT_TR_NOOP("Profile &name:"), m_name, row({m_name}), {m_nameError});

    m_environment = new QComboBox(form);
    // The choices are named in the current language: each box keeps its size to them.
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_environment->setObjectName(QStringLiteral("environment"));
    // The choices are named by retranslate().
    for (Environment environment : {Environment::Production, Environment::Qa, Environment::Demo})
        m_environment->addItem(QString(), int(environment));
    m_region = new QComboBox(form);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->setObjectName(QStringLiteral("region"));
    for (const Region region : {Region::Global, Region::Au, Region::Uk, Region::Ch, Region::Us})
        m_region->addItem(QString(), int(region));
    m_brand = new QComboBox(form);
    m_brand->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_brand->setObjectName(QStringLiteral("brand"));
    m_brand->addItem(QString(), int(Brand::Xurrent));
    m_brand->addItem(QString(), int(Brand::FourMe));
    auto *regionLabel = new QLabel(form);
    setText(regionLabel, Text::Label, QT_TR_NOOP("&Region:"));
    regionLabel->setBuddy(m_region);
    auto *brandLabel = new QLabel(form);
    setText(brandLabel, Text::Label, QT_TR_NOOP("&Brand:"));
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
    addLabeledRow(layout, QT_TR_NOOP("&Environment:"), m_environment, where, {});

    m_customUrlEnabled = new QCheckBox(form);
    setText(m_customUrlEnabled, Text::Label, QT_TR_NOOP("Custom API &URL:"));
    m_customUrlEnabled->setObjectName(QStringLiteral("customUrlEnabled"));
    setText(m_customUrlEnabled, Text::ToolTip,
            QT_TR_NOOP("For a gateway in front of the API, or the local sandbox "
                       "(http://127.0.0.1:PORT/v1; plain http only on this computer)."));
    m_customUrl = new QLineEdit(form);
    m_customUrl->setObjectName(QStringLiteral("customUrl"));
    setText(m_customUrl, Text::Placeholder, QT_TR_NOOP("e.g. https://api.example.com/v1"));
    m_customUrl->setEnabled(false);
    layout->addRow(QString(),
                   withNotes(form, row({m_customUrlEnabled, m_customUrl}), m_customUrlEnabled, {}));

    m_badge = buildEnvironmentBadge(form);
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
}

QLabel *ConnectDialog::buildEnvironmentBadge(QWidget *form)
{
    auto *badge = new QLabel(form);
    badge->setObjectName(QStringLiteral("environmentBadge"));
    badge->setAlignment(Qt::AlignCenter);
    QFont badgeFont = badge->font();
    badgeFont.setBold(true);
    badge->setFont(badgeFont);
    // One width for every kind, and kept while hidden: the label column the
    // badge stands in must not jump as the choices change.
    int badgeWidth = 0;
    for (const auto kind :
         {Profile::EnvironmentKind::Production, Profile::EnvironmentKind::Qa, Profile::EnvironmentKind::Demo,
          Profile::EnvironmentKind::Sandbox, Profile::EnvironmentKind::Custom})
        badgeWidth = std::max(badgeWidth,
                              QFontMetrics(badgeFont).horizontalAdvance(Profile::environmentKindName(kind)));
    badge->setFixedWidth(badgeWidth + 20);
    QSizePolicy badgePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    badgePolicy.setRetainSizeWhenHidden(true);
    badge->setSizePolicy(badgePolicy);
    return badge;
}

// Who: the account and the token.
void ConnectDialog::buildAccountSection(QWidget *form, QFormLayout *layout)
{
    m_account = new QLineEdit(form);
    m_account->setObjectName(QStringLiteral("account"));
    setText(m_account, Text::Placeholder, QT_TR_NOOP("e.g. wdc"));
    m_accountError = makeFieldError(QStringLiteral("accountError"));
    addLabeledRow(layout, QT_TR_NOOP("&Account id:"), m_account, row({m_account}),
                  {hintLabel(QT_TR_NOOP("The first part of your 4me address: wdc in wdc.xurrent.com."), form),
                   m_accountError});

    m_token = new QLineEdit(form);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    setText(m_token, Text::Placeholder,
            QT_TR_NOOP("Paste a personal access token from 4me: Settings → API tokens"));
    m_showToken = new QToolButton(form);
    m_showToken->setObjectName(QStringLiteral("showToken"));
    setText(m_showToken, Text::Label, QT_TR_NOOP("S&how"));
    m_showToken->setCheckable(true);
    setText(m_showToken, Text::ToolTip, QT_TR_NOOP("Show or hide the token"));
    m_tokenError = makeFieldError(QStringLiteral("tokenError"));
    addLabeledRow(
        layout, QT_TR_NOOP("API to&ken:"), m_token, row({m_token, m_showToken}),
        {hintLabel(QT_TR_NOOP("Create one in 4me under Settings → API tokens (personal access tokens). It is "
                              "kept in the system keychain, never in a file."),
                   form),
         m_tokenError});

    m_readOnly = new QCheckBox(form);
    setText(m_readOnly, Text::Label, QT_TR_NOOP("Read-&only (no writes from this console)"));
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    layout->addRow(QString(), m_readOnly);
    buildLocalCopySection(form, layout);
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

} // namespace pc
