#include "ui/keyboard/commandpalette.h"

#include "ui/keyboard/fuzzymatcher.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSet>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <optional>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::CommandPalette).
class CommandPalette { Q_OBJECT };
#endif

namespace {

constexpr int PaletteWidth = 560;
constexpr int MaxVisibleRows = 12;
// Room around the panel for the painted drop shadow.
constexpr int ShadowMargin = 10;
constexpr int PaletteRadius = 8;

// Draws one command: the dim category prefix, the text with the matched
// characters bold, and the shortcut on the trailing side.
class CommandDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.height() + 12};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect background = option.rect.adjusted(4, 1, -4, -1);
        if (selected) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(option.palette.color(QPalette::Active, QPalette::Highlight));
            painter->drawRoundedRect(background, 5, 5);
        } else if (option.state & QStyle::State_MouseOver) {
            QColor hover = option.palette.color(QPalette::Active, QPalette::Highlight);
            hover.setAlphaF(0.12f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(hover);
            painter->drawRoundedRect(background, 5, 5);
        }

        const QColor textColor =
            option.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dimColor = textColor;
        // Alpha rather than a fixed grey keeps the contrast right on any palette.
        dimColor.setAlphaF(selected ? 0.8f : 0.6f);

        const QRect content = background.adjusted(10, 0, -10, 0);
        const QString shortcut = index.data(CommandPalette::ShortcutRole).toString();
        const int shortcutWidth = shortcut.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(shortcut);
        const int gap = shortcutWidth > 0 ? 16 : 0;
        const QRect shortcutRect = QStyle::visualRect(
            option.direction, content,
            QRect(content.right() - shortcutWidth + 1, content.top(), shortcutWidth, content.height()));
        const QRect textRect = QStyle::visualRect(
            option.direction, content,
            QRect(content.left(), content.top(), content.width() - shortcutWidth - gap, content.height()));

        if (!shortcut.isEmpty()) {
            painter->setPen(dimColor);
            painter->drawText(shortcutRect, Qt::AlignCenter, shortcut);
        }

        const QString text = index.data(Qt::DisplayRole).toString();
        const int prefixLength = index.data(CommandPalette::CategoryLengthRole).toInt();
        const QList<int> positions = index.data(CommandPalette::MatchPositionsRole).value<QList<int>>();
        QList<bool> bold(text.size(), false);
        for (const int position : positions) {
            if (position >= 0 && position < text.size())
                bold[position] = true;
        }
        // Non-overlapping runs of equal formatting: QTextLayout then needs no
        // merging rules, and the bidi algorithm still sees one paragraph.
        QList<QTextLayout::FormatRange> formats;
        for (qsizetype start = 0; start < text.size();) {
            const bool dim = start < prefixLength;
            const bool strong = bold[start];
            qsizetype end = start + 1;
            while (end < text.size() && (end < prefixLength) == dim && bold[end] == strong)
                ++end;
            QTextLayout::FormatRange range;
            range.start = static_cast<int>(start);
            range.length = static_cast<int>(end - start);
            range.format.setForeground(dim ? dimColor : textColor);
            if (strong)
                range.format.setFontWeight(QFont::Bold);
            formats.append(range);
            start = end;
        }
        QTextLayout layout(text, option.font);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        // Leading alignment in the view's direction: right-to-left UIs put the
        // text on the right and the shortcut on the left. Absolute, because
        // QTextLayout does not mirror a plain AlignLeft by itself.
        textOption.setTextDirection(option.direction);
        textOption.setAlignment(Qt::AlignAbsolute |
                                (option.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
        layout.setTextOption(textOption);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(textRect.width());
        layout.endLayout();
        if (line.isValid()) {
            painter->setClipRect(textRect);
            painter->setPen(textColor);
            const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
            layout.draw(painter, QPointF(textRect.left(), y));
        }
        painter->restore();
    }
};

// Installed on the application while the palette is open: a press anywhere
// outside it closes it, as a popup would. A separate object so the palette's
// own filter does not see every event of the application.
class OutsideClickFilter : public QObject
{
public:
    OutsideClickFilter(QWidget *owner, std::function<void()> onOutsideClick)
        : QObject(owner)
        , m_owner(owner)
        , m_onOutsideClick(std::move(onOutsideClick))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget != m_owner && !m_owner->isAncestorOf(widget))
                m_onOutsideClick();
        }
        return false;
    }

private:
    QWidget *m_owner;
    std::function<void()> m_onOutsideClick;
};

} // namespace

QString actionDisplayText(const QAction *action)
{
    QString text = action->text();
    // Old-style "Open\tCtrl+O" texts carry the shortcut after a tab.
    if (const qsizetype tab = text.indexOf(QLatin1Char('\t')); tab >= 0)
        text.truncate(tab);
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            // "&&" is a literal ampersand; a single '&' only marks the mnemonic.
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
                result.append(QLatin1Char('&'));
                ++i;
            }
            continue;
        }
        result.append(text[i]);
    }
    return result.trimmed();
}

CommandPalette::CommandPalette(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    Q_ASSERT(parent);
    setObjectName(QStringLiteral("commandPalette"));
    m_outsideClicks = new OutsideClickFilter(this, [this] { dismiss(false); });

    m_search->setObjectName(QStringLiteral("commandPaletteSearch"));
    m_search->setClearButtonEnabled(false);
    m_search->setMinimumHeight(m_search->fontMetrics().height() + 14);
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    // The keyboard stays in the search field; the list only shows the selection.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_list->setMouseTracking(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover);

    m_empty->setObjectName(QStringLiteral("commandPaletteEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMinimumHeight(rowHeight() * 3 / 2);
    QPalette emptyPalette = m_empty->palette();
    QColor dim = emptyPalette.color(QPalette::Text);
    dim.setAlphaF(0.6f);
    emptyPalette.setColor(QPalette::WindowText, dim);
    m_empty->setPalette(emptyPalette);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    const int inset = ShadowMargin + 8;
    layout->setContentsMargins(inset, inset, inset, inset);
    layout->setSpacing(8);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::updateMatches);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { runRow(index.row()); });
    // Focus moving elsewhere (a click into the table, another overlay) closes
    // the palette like a popup; a window deactivation (now == nullptr) does not.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            dismiss(false);
    });
    parent->installEventFilter(this);
    retranslate();
    hide();
}

// The palette's own texts in the language installed now; an open palette
// lists the commands by their new names, keeping what was typed.
void CommandPalette::retranslate()
{
    setAccessibleName(tr("Command palette"));
    m_empty->setText(tr("No matching command"));
    m_search->setPlaceholderText(tr("Type a command…"));
    m_search->setAccessibleName(tr("Command"));
    m_list->setAccessibleName(tr("Commands"));
    if (isVisible()) {
        const int row = m_list->currentIndex().row();
        collectCandidates();
        updateMatches();
        if (row >= 0 && row < m_model->rowCount())
            m_list->setCurrentIndex(m_model->index(row, 0));
    }
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    m_actions.reserve(actions.size());
    for (QAction *action : actions)
        m_actions.append(action);
    if (isVisible()) {
        collectCandidates();
        updateMatches();
    }
}

void CommandPalette::popup()
{
    if (!isVisible()) {
        QWidget *focus = QApplication::focusWidget();
        m_previousFocus = (focus && focus != this && !isAncestorOf(focus)) ? focus : nullptr;
    }
    collectCandidates();
    {
        // One refresh for the cleared query even if the text was already empty.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    updateMatches();
    place();
    show();
    raise();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::collectCandidates()
{
    m_candidates.clear();
    QSet<const QAction *> seen;
    int order = 0;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        // Read-only profiles hide or disable write actions: they must not be offered.
        if (!action || action->isSeparator() || !action->isVisible() || !action->isEnabled())
            continue;
        if (seen.contains(action.data()))
            continue;
        seen.insert(action.data());
        Candidate candidate;
        candidate.action = action;
        candidate.text = actionDisplayText(action);
        if (candidate.text.isEmpty())
            continue;
        const QString category = action->property("pcCategory").toString();
        if (!category.isEmpty())
            candidate.prefix = tr("%1: ", "command palette: category before the command").arg(category);
        if (!action->shortcut().isEmpty())
            candidate.shortcut = action->shortcut().toString(QKeySequence::NativeText);
        candidate.order = order++;
        m_candidates.append(candidate);
    }
}

void CommandPalette::updateMatches()
{
    const FuzzyMatcher matcher(m_search->text());
    struct Ranked
    {
        const Candidate *candidate;
        FuzzyMatch match;
    };
    QList<Ranked> ranked;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        if (!candidate.action)
            continue;
        if (std::optional<FuzzyMatch> match = matcher.match(candidate.prefix, candidate.text))
            ranked.append({&candidate, *match});
    }
    if (!matcher.isEmpty()) {
        // Best score first; among equals the shorter (more specific) text, then
        // the window's own order so the list does not jump around.
        std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
            if (a.match.score != b.match.score)
                return a.match.score > b.match.score;
            if (a.candidate->text.size() != b.candidate->text.size())
                return a.candidate->text.size() < b.candidate->text.size();
            return a.candidate->order < b.candidate->order;
        });
    }

    m_model->clear();
    for (const Ranked &entry : std::as_const(ranked)) {
        const Candidate &candidate = *entry.candidate;
        auto *item = new QStandardItem(candidate.prefix + candidate.text);
        item->setData(QVariant::fromValue(candidate.action.data()), ActionRole);
        item->setData(candidate.shortcut, ShortcutRole);
        item->setData(static_cast<int>(candidate.prefix.size()), CategoryLengthRole);
        item->setData(QVariant::fromValue(entry.match.positions), MatchPositionsRole);
        // Screen readers get the shortcut as well, which the delegate only paints.
        item->setData(candidate.shortcut.isEmpty()
                          ? candidate.prefix + candidate.text
                          : tr("%1 (%2)").arg(candidate.prefix + candidate.text, candidate.shortcut),
                      Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }

    const int rows = m_model->rowCount();
    m_list->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    m_list->setFixedHeight(std::min(rows, MaxVisibleRows) * rowHeight() + 2 * m_list->frameWidth());
    if (rows > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
        m_list->scrollToTop();
    }
    if (isVisible())
        place();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search) {
        if (event->type() == QEvent::ShortcutOverride) {
            // These keys belong to the palette even if the window has shortcuts on them.
            const auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Escape:
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                event->accept();
                return true;
            default:
                break;
            }
        } else if (event->type() == QEvent::KeyPress) {
            if (handleSearchKey(static_cast<QKeyEvent *>(event)))
                return true;
        }
    } else if (watched == parentWidget() && event->type() == QEvent::Resize) {
        if (isVisible())
            place();
    }
    return QWidget::eventFilter(watched, event);
}

bool CommandPalette::handleSearchKey(const QKeyEvent *event)
{
    const int page = std::max(1, std::min(m_model->rowCount(), MaxVisibleRows) - 1);
    switch (event->key()) {
    case Qt::Key_Escape:
        dismiss(true);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runRow(m_list->currentIndex().row());
        return true;
    case Qt::Key_Up:
        moveSelection(-1, true);
        return true;
    case Qt::Key_Down:
        moveSelection(1, true);
        return true;
    case Qt::Key_PageUp:
        moveSelection(-page, false);
        return true;
    case Qt::Key_PageDown:
        moveSelection(page, false);
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // Tabbing out would leave an open palette without the keyboard.
        return true;
    default:
        return false;
    }
}

void CommandPalette::moveSelection(int delta, bool wrap)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    int next = current + delta;
    if (wrap)
        next = ((next % rows) + rows) % rows;
    else
        next = std::clamp(next, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(next, 0));
    m_list->scrollTo(m_list->currentIndex());
}

void CommandPalette::runRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QPointer<QAction> action = m_model->index(row, 0).data(ActionRole).value<QAction *>();
    // Closed first so the action finds the focus where the user left it and
    // can open dialogs or other overlays of its own.
    dismiss(true);
    if (!action || !action->isEnabled())
        return;
    action->trigger();
    if (action)
        Q_EMIT actionTriggered(action);
}

void CommandPalette::dismiss(bool restoreFocus)
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (restoreFocus && hadFocus && m_previousFocus)
        m_previousFocus->setFocus(Qt::PopupFocusReason);
    m_previousFocus = nullptr;
}

void CommandPalette::place()
{
    const QWidget *host = parentWidget();
    const int width = std::min(PaletteWidth + 2 * ShadowMargin, host->width());
    if (QLayout *layout = this->layout())
        layout->activate();
    const int top = std::clamp(host->height() / 10, 0, 64);
    const int height = std::min(sizeHint().height(), host->height() - top);
    setGeometry((host->width() - width) / 2, top, width, height);
}

int CommandPalette::rowHeight() const
{
    return m_list->fontMetrics().height() + 12;
}

void CommandPalette::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF panel = QRectF(rect()).adjusted(ShadowMargin, ShadowMargin, -ShadowMargin, -ShadowMargin);
    // A soft shadow from a few widening translucent outlines, offset down a
    // little as if lit from above; cheaper than QGraphicsDropShadowEffect,
    // which would re-render the list into a pixmap on every change.
    painter.setBrush(Qt::NoBrush);
    for (int i = ShadowMargin; i >= 1; --i) {
        QColor shadow(0, 0, 0);
        shadow.setAlphaF(0.16f * (1.0f - static_cast<float>(i) / ShadowMargin));
        painter.setPen(QPen(shadow, 1.0));
        painter.drawRoundedRect(panel.adjusted(-i, -i + 2, i, i + 2), PaletteRadius + i, PaletteRadius + i);
    }
    QColor border = palette().color(QPalette::Mid);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(panel.adjusted(0.5, 0.5, -0.5, -0.5), PaletteRadius, PaletteRadius);
}

void CommandPalette::showEvent(QShowEvent *event)
{
    qApp->installEventFilter(m_outsideClicks);
    QWidget::showEvent(event);
}

void CommandPalette::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(m_outsideClicks);
    QWidget::hideEvent(event);
}

} // namespace pc
