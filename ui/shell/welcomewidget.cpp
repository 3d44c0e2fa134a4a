#include "ui/shell/welcomewidget.h"

#include "app/connections/profilestore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::WelcomeWidget).
class WelcomeWidget { Q_OBJECT };
#endif

namespace {

constexpr int kColumnWidth = 540;
constexpr int kMaxVisibleProfiles = 5;
constexpr int kDetailRole = Qt::UserRole + 1; // "account wdc · api.xurrent.com"
constexpr int kKindRole = Qt::UserRole + 2;   // Profile::EnvironmentKind

// The badge colours of the main window, so production is recognisable here too.
std::pair<QColor, QColor> badgeColors(Profile::EnvironmentKind kind)
{
    switch (kind) {
    case Profile::EnvironmentKind::Production:
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    case Profile::EnvironmentKind::Qa:
        return {QColor(0xf5, 0x9e, 0x0b), QColor(0x1f, 0x29, 0x37)};
    case Profile::EnvironmentKind::Demo:
    case Profile::EnvironmentKind::Sandbox:
        return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    case Profile::EnvironmentKind::Custom:
        break;
    }
    return {QColor(0x54, 0x6e, 0x7a), Qt::white};
}

// A profile in two lines, its name over where it points, with the
// environment badge on the right.
class ProfileDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics metrics(option.font);
        return {base.width(), metrics.height() * 2 + metrics.leading() + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.7f);

        painter->save();
        const QRect area = option.rect.adjusted(10, 6, -10, -6);

        // The badge first, so the text knows where to stop.
        const auto kind = static_cast<Profile::EnvironmentKind>(index.data(kKindRole).toInt());
        const QString badgeText = Profile::environmentKindName(kind);
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.9);
        const QFontMetrics badgeMetrics(badgeFont);
        const QSize badgeSize(badgeMetrics.horizontalAdvance(badgeText) + 16, badgeMetrics.height() + 4);
        // On the trailing side (mirrored with the rest for a right-to-left layout).
        const auto visual = [&option, &area](const QRect &logical) {
            return QStyle::visualRect(option.direction, area, logical);
        };
        const QRect badge = visual(QRect(
            QPoint(area.right() - badgeSize.width(), area.center().y() - badgeSize.height() / 2), badgeSize));
        const auto [fill, ink] = badgeColors(kind);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(ink);
        painter->drawText(badge, Qt::AlignCenter, badgeText);

        const QRect textArea = area.adjusted(0, 0, -(badgeSize.width() + 12), 0);
        QFont nameFont = option.font;
        nameFont.setBold(true);
        const QFontMetrics nameMetrics(nameFont);
        const QFontMetrics detailMetrics(option.font);
        painter->setFont(nameFont);
        painter->setPen(text);
        painter->drawText(
            visual(QRect(textArea.left(), textArea.top(), textArea.width(), nameMetrics.height())),
            Qt::AlignLeft | Qt::AlignVCenter,
            nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textArea.width()));
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(
            visual(QRect(textArea.left(), textArea.bottom() - detailMetrics.height() + 1, textArea.width(),
                         detailMetrics.height())),
            Qt::AlignLeft | Qt::AlignVCenter,
            detailMetrics.elidedText(index.data(kDetailRole).toString(), Qt::ElideRight, textArea.width()));
        painter->restore();
    }
};

// One of the two ways in: a full-width button with a title and a line
// below it. (QCommandLinkButton would do, but it fixes its fonts at 9 pt and
// draws no frame in most styles, so it reads as a link, not a big button.)
class BigButton : public QPushButton
{
public:
    explicit BigButton(QWidget *parent)
        : QPushButton(parent)
    {
        // Enter presses the focused button: outside a dialog that needs autoDefault.
        setAutoDefault(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setIcon(style()->standardIcon(QStyle::SP_CommandLink));
    }

    void setTexts(const QString &title, const QString &subtitle)
    {
        m_title = title;
        m_subtitle = subtitle;
        setShortcut(QKeySequence::mnemonic(title));
        setAccessibleName(QString(title).remove(QLatin1Char('&')));
        setAccessibleDescription(subtitle);
        updateGeometry();
        update();
    }

    QSize sizeHint() const override
    {
        const QFontMetrics title(titleFont());
        const QFontMetrics subtitle(font());
        const int width = kPadding * 3 + kIconSize +
                          std::max(title.horizontalAdvance(QString(m_title).remove(QLatin1Char('&'))),
                                   subtitle.horizontalAdvance(m_subtitle));
        return {width, kPadding * 2 + title.height() + kLineGap + subtitle.height()};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        option.text.clear();
        option.icon = QIcon();
        style()->drawControl(QStyle::CE_PushButtonBevel, &option, &painter, this);
        if (hasFocus()) {
            // A clear focus ring: on this screen the focus decides what Enter does.
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
        }

        // Laid out left to right, mirrored for a right-to-left layout (the
        // text's AlignLeft the painter mirrors by itself).
        const auto visual = [this](const QRect &logical) {
            return QStyle::visualRect(layoutDirection(), rect(), logical);
        };
        const QRect content = rect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const QRect iconRect(content.left(), content.center().y() - kIconSize / 2, kIconSize, kIconSize);
        icon().paint(&painter, visual(iconRect), Qt::AlignCenter,
                     isEnabled() ? QIcon::Normal : QIcon::Disabled);

        const QRect text = content.adjusted(kIconSize + kPadding, 0, 0, 0);
        const QFontMetrics titleMetrics(titleFont());
        painter.setFont(titleFont());
        painter.setPen(palette().color(QPalette::ButtonText));
        painter.drawText(visual(QRect(text.left(), text.top(), text.width(), titleMetrics.height())),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic, m_title);
        painter.setFont(font());
        QColor muted = palette().color(QPalette::ButtonText);
        muted.setAlphaF(0.68f);
        painter.setPen(muted);
        painter.drawText(visual(QRect(text.left(), text.top() + titleMetrics.height() + kLineGap,
                                      text.width(), text.height() - titleMetrics.height() - kLineGap)),
                         Qt::AlignLeft | Qt::AlignTop, m_subtitle);
    }

private:
    static constexpr int kPadding = 14;
    static constexpr int kIconSize = 24;
    static constexpr int kLineGap = 3;

    QFont titleFont() const
    {
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setWeight(QFont::DemiBold);
        return font;
    }

    QString m_title;
    QString m_subtitle;
};

} // namespace

WelcomeWidget::WelcomeWidget(ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("welcome"));

    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("welcomeColumn"));
    column->setMaximumWidth(kColumnWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *icon = new QLabel(column);
    icon->setObjectName(QStringLiteral("appIcon"));
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/provider-console.svg")).pixmap(QSize(80, 80), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    layout->addSpacing(14);

    auto *title = new QLabel(column);
    title->setObjectName(QStringLiteral("title"));
    title->setAlignment(Qt::AlignHCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addSpacing(6);

    auto *tagline = new QLabel(column);
    tagline->setObjectName(QStringLiteral("tagline"));
    tagline->setAlignment(Qt::AlignHCenter);
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(tagline);
    layout->addSpacing(28);

    m_demo = new BigButton(column);
    m_demo->setObjectName(QStringLiteral("tryDemo"));
    m_connect = new BigButton(column);
    m_connect->setObjectName(QStringLiteral("connectTo4me"));
    layout->addWidget(m_demo);
    layout->addSpacing(8);
    layout->addWidget(m_connect);

    // The profiles, when there are any: the same screen picks one at start.
    m_profilesSection = new QWidget(column);
    m_profilesSection->setObjectName(QStringLiteral("profilesSection"));
    auto *section = new QVBoxLayout(m_profilesSection);
    section->setContentsMargins(0, 28, 0, 0);
    section->setSpacing(6);
    auto *heading = new QLabel(m_profilesSection);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_list = new QListWidget(m_profilesSection);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new ProfileDelegate(m_list));
    heading->setBuddy(m_list);
    m_open = new QPushButton(m_profilesSection);
    m_open->setObjectName(QStringLiteral("openProfile"));
    m_open->setAutoDefault(true);
    auto *openRow = new QHBoxLayout;
    openRow->addStretch();
    openRow->addWidget(m_open);
    section->addWidget(heading);
    section->addWidget(m_list);
    section->addLayout(openRow);
    layout->addWidget(m_profilesSection);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    auto *center = new QHBoxLayout;
    center->addStretch();
    center->addWidget(column, 100);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch(3);

    connect(m_demo, &QPushButton::clicked, this, &WelcomeWidget::demoRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomeWidget::connectRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &WelcomeWidget::openSelected);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_open->setEnabled(current != nullptr); });
    if (m_profiles)
        connect(m_profiles, &ProfileStore::changed, this, &WelcomeWidget::reloadProfiles);
    m_title = title;
    m_tagline = tagline;
    m_heading = heading;
    retranslate();
}

// Every text in the language installed now; the profile chosen stays.
void WelcomeWidget::retranslate()
{
    m_title->setText(tr("Provider Console"));
    m_tagline->setText(tr("Manage your app offerings and their instances in 4me, from the keyboard."));
    static_cast<BigButton *>(m_demo)->setTexts(tr("Try the &demo"),
                                               tr("the built-in sandbox, no account needed"));
    static_cast<BigButton *>(m_connect)->setTexts(tr("&Connect to 4me"), tr("your account and an API token"));
    m_heading->setText(tr("Or open a &profile:"));
    m_list->setAccessibleName(tr("Profiles")); // a list's name does not come from its buddy
    m_open->setText(tr("&Open"));
    reloadProfiles();
}

void WelcomeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomeWidget::reloadProfiles()
{
    // Kept across reloads; at first the profile last used, so Enter reopens it.
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString()
                             : m_profiles          ? m_profiles->lastUsed()
                                                   : QString();
    m_list->clear();
    const QList<Profile> all = m_profiles ? m_profiles->profiles() : QList<Profile>();
    for (const Profile &profile : all) {
        const QString detail = tr("account %1 · %2").arg(profile.account, profile.baseUrl().host());
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.name);
        item->setData(kDetailRole, detail);
        item->setData(kKindRole, int(profile.environmentKind()));
        item->setToolTip(tr("%1 · %2").arg(Profile::environmentKindName(profile.environmentKind()), detail));
        if (profile.name == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_open->setEnabled(m_list->currentItem() != nullptr);
    m_profilesSection->setVisible(!all.isEmpty());
    // Tall enough for a few profiles, then it scrolls.
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 6);
    const int rows = std::clamp(static_cast<int>(all.size()), 1, kMaxVisibleProfiles);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

void WelcomeWidget::openSelected()
{
    if (QListWidgetItem *item = m_list->currentItem())
        Q_EMIT profileChosen(item->data(Qt::UserRole).toString());
}

void WelcomeWidget::keyPressEvent(QKeyEvent *event)
{
    // Plain D and C as well as the Alt mnemonics: nothing on this screen
    // takes letters except the list, which keeps them for its own search.
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_D) {
            m_demo->setFocus();
            m_demo->click();
            return;
        }
        if (event->key() == Qt::Key_C) {
            m_connect->setFocus();
            m_connect->click();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void WelcomeWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // With profiles, the work here is picking one (at start, or through
    // Switch profile): Enter must open the selected profile, not the demo.
    if (!focusWidget() || focusWidget() == m_demo)
        (m_profilesSection->isVisibleTo(this) ? static_cast<QWidget *>(m_list) : m_demo)->setFocus();
}

} // namespace pc
