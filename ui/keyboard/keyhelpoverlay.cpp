#include "ui/keyboard/keyhelpoverlay.h"

#include "ui/keyboard/commandpalette.h"

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <utility>

namespace pc {

namespace {

constexpr int OuterMargin = 32; // between the panel and the window edge
constexpr int PanelPadding = 24;
constexpr int PanelRadius = 10;
constexpr int ColumnGap = 36;
constexpr int KeysGap = 14;            // between the keycaps and the description
constexpr int GroupGap = 14;           // above every group heading but the first
constexpr int MaxDescriptionWidth = 320;
constexpr int MaxPreferredColumns = 3;
constexpr int RowsPerColumnGoal = 12;  // more rows than this spread into another column
constexpr int CapPadding = 7;
constexpr int CapDepth = 2;            // the darker lower edge that makes a keycap

bool isCloseKey(const QKeyEvent *event)
{
    // Shift is how '?' is typed on most layouts; other modifiers mean another shortcut.
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    return event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1 || event->key() == Qt::Key_Question
        || event->text() == QStringLiteral("?");
}

struct Fonts
{
    explicit Fonts(const QFont &base)
        : body(base)
        , title(base)
        , heading(base)
        , cap(base)
        , small(base)
    {
        title.setPointSizeF(base.pointSizeF() * 1.3);
        title.setBold(true);
        heading.setBold(true);
        cap.setPointSizeF(base.pointSizeF() * 0.92);
        small.setPointSizeF(base.pointSizeF() * 0.9);
    }
    QFont body;
    QFont title;
    QFont heading;
    QFont cap;
    QFont small;
};

// One line of a column: a group heading or an entry.
struct Line
{
    const QString *heading = nullptr;
    const KeyHelpOverlay::KeyHelpEntry *entry = nullptr;
    int height = 0;
    int gapAbove = 0; // only kept when the line is not the first of its column
};

struct Column
{
    QList<Line> lines;
    int height = 0;

    void append(const Line &line)
    {
        height += line.height + (lines.isEmpty() ? 0 : line.gapAbove);
        lines.append(line);
    }
};

// Splits the lines into up to `count` columns of about equal height, never
// leaving a heading alone at the bottom of a column.
QList<Column> splitIntoColumns(const QList<Line> &lines, int count)
{
    int total = 0;
    for (const Line &line : lines)
        total += line.height + line.gapAbove;
    const int target = (total + count - 1) / count;
    QList<Column> columns(1);
    for (const Line &line : lines) {
        if (!columns.last().lines.isEmpty() && columns.size() < count
            && columns.last().height + line.gapAbove + line.height / 2 > target) {
            Column next;
            if (columns.last().lines.last().heading) {
                Column &previous = columns.last();
                next.append(previous.lines.takeLast());
                previous.height = 0;
                const QList<Line> kept = std::exchange(previous.lines, {});
                for (const Line &keptLine : kept)
                    previous.append(keptLine);
            }
            columns.append(next);
        }
        columns.last().append(line);
    }
    return columns;
}

// `text`, elided only when it really does not fit: elidedText() alone may cut
// a text measured to fit exactly when it is shaped right to left.
QString fitted(const QFontMetrics &metrics, const QString &text, int width)
{
    return metrics.horizontalAdvance(text) <= width ? text : metrics.elidedText(text, Qt::ElideRight, width);
}

} // namespace

KeyHelpOverlay::KeyHelpOverlay(QWidget *parent)
    : QWidget(parent)
{
    Q_ASSERT(parent);
    setObjectName(QStringLiteral("keyHelpOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    parent->installEventFilter(this);
    hide();
}

QString KeyHelpOverlay::alternativeSeparator()
{
    return QLatin1Char(' ') + tr("or", "between two alternative shortcuts") + QLatin1Char(' ');
}

QList<KeyHelpOverlay::KeyHelpEntry> KeyHelpOverlay::entriesFromActions(const QList<QAction *> &actions)
{
    QList<KeyHelpEntry> entries;
    for (const QAction *action : actions) {
        // What cannot be used right now is not help: read-only profiles hide write actions.
        if (!action || action->isSeparator() || !action->isVisible() || !action->isEnabled())
            continue;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        QStringList keys;
        for (const QKeySequence &shortcut : shortcuts) {
            if (!shortcut.isEmpty())
                keys.append(shortcut.toString(QKeySequence::NativeText));
        }
        const QString description = actionDisplayText(action);
        if (keys.isEmpty() || description.isEmpty())
            continue;
        entries.append(KeyHelpEntry{keys.join(alternativeSeparator()), description, action->property("pcCategory").toString()});
    }
    return entries;
}

void KeyHelpOverlay::showEntries(const QString &title, const QList<KeyHelpEntry> &entries)
{
    if (!isVisible()) {
        QWidget *focus = QApplication::focusWidget();
        m_previousFocus = (focus && focus != this) ? focus : nullptr;
    }
    m_title = title;
    m_entries = entries;
    setAccessibleName(title);
    QStringList description;
    for (const KeyHelpEntry &entry : entries)
        description.append(tr("%1: %2").arg(entry.keys, entry.description));
    setAccessibleDescription(description.join(QLatin1Char('\n')));

    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::PopupFocusReason);
    update();
}

void KeyHelpOverlay::dismiss()
{
    const bool hadFocus = hasFocus();
    hide();
    if (hadFocus && m_previousFocus)
        m_previousFocus->setFocus(Qt::PopupFocusReason);
    m_previousFocus = nullptr;
}

bool KeyHelpOverlay::event(QEvent *event)
{
    // The window may have F1 / '?' as shortcuts (they open this overlay):
    // while it is open the same key closes it instead of opening it again.
    if (event->type() == QEvent::ShortcutOverride && isCloseKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool KeyHelpOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KeyHelpOverlay::keyPressEvent(QKeyEvent *event)
{
    if (isCloseKey(event)) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KeyHelpOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    dismiss();
}

bool KeyHelpOverlay::focusNextPrevChild(bool)
{
    // Tab would move the keyboard to the widgets under the backdrop.
    return true;
}

void KeyHelpOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0, 0, 0, 140));

    const Fonts fonts(font());
    const QFontMetrics body(fonts.body);
    const QFontMetrics titleMetrics(fonts.title);
    const QFontMetrics headingMetrics(fonts.heading);
    const QFontMetrics capMetrics(fonts.cap);
    const QFontMetrics smallMetrics(fonts.small);
    const QString separator = alternativeSeparator();
    const QString orText = separator.trimmed();
    const int capHeight = capMetrics.height() + 6;
    const int rowHeight = std::max(body.height(), capHeight + CapDepth) + 8;
    const int headingHeight = headingMetrics.height() + 8;

    const auto capWidth = [&](const QString &key) {
        return std::max(capHeight, capMetrics.horizontalAdvance(key) + 2 * CapPadding);
    };
    const auto keysWidth = [&](const QStringList &keys) {
        int width = 0;
        for (const QString &key : keys)
            width += capWidth(key);
        return width + static_cast<int>(keys.size() - 1) * (smallMetrics.horizontalAdvance(orText) + 12);
    };

    // Groups in order of first appearance; entries keep their order inside.
    QStringList groupNames;
    QList<QList<const KeyHelpEntry *>> groups;
    for (const KeyHelpEntry &entry : std::as_const(m_entries)) {
        qsizetype index = groupNames.indexOf(entry.group);
        if (index < 0) {
            groupNames.append(entry.group);
            groups.append(QList<const KeyHelpEntry *>());
            index = groupNames.size() - 1;
        }
        groups[index].append(&entry);
    }
    // Unnamed entries only get a heading when they have named neighbours.
    const bool anyNamed = std::any_of(groupNames.cbegin(), groupNames.cend(), [](const QString &name) { return !name.isEmpty(); });
    for (QString &name : groupNames) {
        if (name.isEmpty() && anyNamed)
            name = tr("General");
    }

    int widestKeys = 0;
    int widestDescription = 0;
    QList<Line> lines;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (!groupNames[g].isEmpty()) {
            lines.append({&groupNames[g], nullptr, headingHeight, g > 0 ? GroupGap : 0});
        }
        for (const KeyHelpEntry *entry : std::as_const(groups[g])) {
            lines.append({nullptr, entry, rowHeight, 0});
            widestKeys = std::max(widestKeys, keysWidth(entry->keys.split(separator)));
            widestDescription = std::max(widestDescription, body.horizontalAdvance(entry->description));
        }
    }
    // The widest entry anywhere bounds how many columns fit.
    const int widestColumn = widestKeys + KeysGap + std::min(widestDescription, MaxDescriptionWidth);

    const QString hint = tr("Esc to close");
    const int titleWidth = titleMetrics.horizontalAdvance(m_title) + 32 + smallMetrics.horizontalAdvance(hint);
    const int titleHeight = titleMetrics.height();
    const int availableWidth = std::max(0, width() - 2 * OuterMargin - 2 * PanelPadding);
    const int availableHeight = std::max(0, height() - 2 * OuterMargin - 2 * PanelPadding - titleHeight - 20);
    const int maxColumns = std::max(1, (availableWidth + ColumnGap) / (widestColumn + ColumnGap));
    const int entryCount = static_cast<int>(m_entries.size());
    int columnCount = std::max(std::min<int>(static_cast<int>(groups.size()), MaxPreferredColumns),
                               (entryCount + RowsPerColumnGoal - 1) / RowsPerColumnGoal);
    columnCount = std::clamp(columnCount, 1, maxColumns);
    QList<Column> columns = splitIntoColumns(lines, columnCount);
    const auto tallest = [](const QList<Column> &list) {
        int result = 0;
        for (const Column &column : list)
            result = std::max(result, column.height);
        return result;
    };
    while (tallest(columns) > availableHeight && columnCount < maxColumns)
        columns = splitIntoColumns(lines, ++columnCount);

    // Each column is as wide as its own keys and descriptions need, so a
    // column of short shortcuts does not inherit the gap of a long one.
    const int usedColumns = static_cast<int>(columns.size());
    QList<int> keysWidths(usedColumns, 0);
    QList<int> columnWidths(usedColumns, 0);
    int columnsWidth = (usedColumns - 1) * ColumnGap;
    for (int c = 0; c < usedColumns; ++c) {
        int descriptionWidth = 0;
        for (const Line &line : std::as_const(columns[c].lines)) {
            if (line.entry) {
                keysWidths[c] = std::max(keysWidths[c], keysWidth(line.entry->keys.split(separator)));
                descriptionWidth = std::max(descriptionWidth, body.horizontalAdvance(line.entry->description));
            }
        }
        columnWidths[c] = keysWidths[c] + KeysGap + std::min(descriptionWidth, MaxDescriptionWidth);
        columnsWidth += columnWidths[c];
    }
    const int contentWidth = std::max(columnsWidth, titleWidth);
    const int panelWidth = std::min(contentWidth + 2 * PanelPadding, width() - 2 * OuterMargin);
    const int panelHeight = std::min(2 * PanelPadding + titleHeight + 20 + tallest(columns), height() - 2 * OuterMargin);
    const QRect panel((width() - panelWidth) / 2, (height() - panelHeight) / 2, panelWidth, panelHeight);
    // Everything below is laid out left to right and mirrored for right-to-left UIs.
    const auto visual = [this](const QRect &logical) { return QStyle::visualRect(layoutDirection(), rect(), logical); };

    const QPalette colors = palette();
    QColor dim = colors.color(QPalette::Text);
    dim.setAlphaF(0.62f);
    painter.setPen(QPen(colors.color(QPalette::Mid), 1.0));
    painter.setBrush(colors.color(QPalette::Base));
    painter.drawRoundedRect(QRectF(visual(panel)).adjusted(0.5, 0.5, -0.5, -0.5), PanelRadius, PanelRadius);
    painter.setClipRect(visual(panel.adjusted(1, 1, -1, -1)));

    const QRect content = panel.adjusted(PanelPadding, PanelPadding, -PanelPadding, -PanelPadding);
    const QRect titleRect(content.left(), content.top(), content.width(), titleHeight);
    painter.setFont(fonts.title);
    painter.setPen(colors.color(QPalette::Text));
    painter.drawText(visual(titleRect), Qt::AlignLeft | Qt::AlignVCenter,
                     fitted(titleMetrics, m_title, titleRect.width() - smallMetrics.horizontalAdvance(hint) - 32));
    painter.setFont(fonts.small);
    painter.setPen(dim);
    painter.drawText(visual(titleRect), Qt::AlignRight | Qt::AlignVCenter, hint);
    const int ruleY = titleRect.bottom() + 10;
    painter.setPen(QPen(colors.color(QPalette::Midlight).darker(110), 1.0));
    painter.drawLine(visual(QRect(content.left(), ruleY, content.width(), 1)).topLeft(),
                     visual(QRect(content.left(), ruleY, content.width(), 1)).topRight());

    QColor capFace = colors.color(QPalette::Button);
    QColor capEdge = colors.color(QPalette::Mid);
    int x = content.left();
    for (int c = 0; c < usedColumns; ++c) {
        const int columnWidth = columnWidths[c];
        const int keysColumnWidth = keysWidths[c];
        int y = ruleY + 10;
        const QList<Line> &columnLines = columns[c].lines;
        for (qsizetype i = 0; i < columnLines.size(); ++i) {
            const Line &line = columnLines[i];
            if (line.heading) {
                const int gap = i > 0 ? line.gapAbove : 0;
                painter.setFont(fonts.heading);
                painter.setPen(dim);
                painter.drawText(visual(QRect(x, y + gap, columnWidth, headingHeight)), Qt::AlignLeft | Qt::AlignVCenter,
                                 fitted(headingMetrics, *line.heading, columnWidth));
                y += gap + headingHeight;
                continue;
            }
            int capX = x;
            const int capY = y + (rowHeight - capHeight - CapDepth) / 2;
            const QStringList keys = line.entry->keys.split(separator);
            for (qsizetype k = 0; k < keys.size(); ++k) {
                if (k > 0) {
                    const int orWidth = smallMetrics.horizontalAdvance(orText) + 12;
                    painter.setFont(fonts.small);
                    painter.setPen(dim);
                    painter.drawText(visual(QRect(capX, y, orWidth, rowHeight)), Qt::AlignCenter, orText);
                    capX += orWidth;
                }
                const QRect cap = visual(QRect(capX, capY, capWidth(keys[k]), capHeight));
                painter.setPen(Qt::NoPen);
                painter.setBrush(capEdge);
                painter.drawRoundedRect(QRectF(cap).translated(0, CapDepth), 4, 4);
                painter.setPen(QPen(capEdge, 1.0));
                painter.setBrush(capFace);
                painter.drawRoundedRect(QRectF(cap).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
                painter.setFont(fonts.cap);
                painter.setPen(colors.color(QPalette::ButtonText));
                // Key names read left to right in every language ("Ctrl+R").
                painter.setLayoutDirection(Qt::LeftToRight);
                painter.drawText(cap, Qt::AlignCenter, keys[k]);
                painter.setLayoutDirection(layoutDirection());
                capX += capWidth(keys[k]);
            }
            const QRect descriptionRect(x + keysColumnWidth + KeysGap, y, columnWidth - keysColumnWidth - KeysGap, rowHeight);
            painter.setFont(fonts.body);
            painter.setPen(colors.color(QPalette::Text));
            painter.drawText(visual(descriptionRect), Qt::AlignLeft | Qt::AlignVCenter,
                             fitted(body, line.entry->description, descriptionRect.width()));
            y += rowHeight;
        }
        x += columnWidth + ColumnGap;
    }
}

} // namespace pc
