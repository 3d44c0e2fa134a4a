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

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::KeyHelpOverlay).
class KeyHelpOverlay { Q_OBJECT };
#endif

namespace {

constexpr int OuterMargin = 32; // between the panel and the window edge
constexpr int PanelPadding = 24;
constexpr int HelpPanelRadius = 10;
constexpr int ColumnGap = 36;
constexpr int KeysGap = 14;  // between the keycaps and the description
constexpr int GroupGap = 14; // above every group heading but the first
constexpr int MaxDescriptionWidth = 320;
constexpr int MaxPreferredColumns = 3;
constexpr int RowsPerColumnGoal = 12; // more rows than this spread into another column
constexpr int CapPadding = 7;
constexpr int CapDepth = 2; // the darker lower edge that makes a keycap

bool isCloseKey(const QKeyEvent *event)
{
    // Shift is how '?' is typed on most layouts; other modifiers mean another shortcut.
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    return event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1 || event->key() == Qt::Key_Question ||
           event->text() == QStringLiteral("?");
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

// The fonts and the sizes measured with them: the layout and the drawing
// must agree on every one of them.
struct Metrics
{
    explicit Metrics(const QFont &base)
        : fonts(base)
        , body(fonts.body)
        , title(fonts.title)
        , heading(fonts.heading)
        , cap(fonts.cap)
        , small(fonts.small)
        , separator(KeyHelpOverlay::alternativeSeparator())
        , orText(separator.trimmed())
        , capHeight(cap.height() + 6)
        , rowHeight(std::max(body.height(), capHeight + CapDepth) + 8)
        , headingHeight(heading.height() + 8)
    {}

    int capWidth(const QString &key) const
    {
        return std::max(capHeight, cap.horizontalAdvance(key) + 2 * CapPadding);
    }
    // The "or" between two keycaps, with room on either side.
    int orWidth() const { return small.horizontalAdvance(orText) + 12; }
    int keysWidth(const QStringList &keys) const
    {
        int width = 0;
        for (const QString &key : keys)
            width += capWidth(key);
        return width + static_cast<int>(keys.size() - 1) * orWidth();
    }

    Fonts fonts;
    QFontMetrics body;
    QFontMetrics title;
    QFontMetrics heading;
    QFontMetrics cap;
    QFontMetrics small;
    QString separator; // between the alternatives in KeyHelpEntry::keys
    QString orText;    // what is drawn between their keycaps
    int capHeight;
    int rowHeight;
    int headingHeight;
};

// One line of a column: a group heading or an entry.
struct Line
{
    QString heading; // when there is no entry
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
        if (!columns.last().lines.isEmpty() && columns.size() < count &&
            columns.last().height + line.gapAbove + line.height / 2 > target) {
            Column next;
            if (!columns.last().lines.last().entry) {
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

int tallest(const QList<Column> &columns)
{
    int result = 0;
    for (const Column &column : columns)
        result = std::max(result, column.height);
    return result;
}

// The entries as lines: grouped in order of first appearance, entries in
// their order inside, a heading above each named group.
struct Lines
{
    QList<Line> lines;
    int groupCount = 0;
    int widestColumn = 0; // the widest entry anywhere: it bounds how many columns fit
};

Lines groupedLines(const QList<KeyHelpOverlay::KeyHelpEntry> &entries, const Metrics &metrics,
                   const QString &unnamedGroup)
{
    QStringList groupNames;
    QList<QList<const KeyHelpOverlay::KeyHelpEntry *>> groups;
    for (const KeyHelpOverlay::KeyHelpEntry &entry : entries) {
        qsizetype index = groupNames.indexOf(entry.group);
        if (index < 0) {
            groupNames.append(entry.group);
            groups.append(QList<const KeyHelpOverlay::KeyHelpEntry *>());
            index = groupNames.size() - 1;
        }
        groups[index].append(&entry);
    }
    // Unnamed entries only get a heading when they have named neighbours.
    const bool anyNamed = std::any_of(groupNames.cbegin(), groupNames.cend(),
                                      [](const QString &name) { return !name.isEmpty(); });
    for (QString &name : groupNames) {
        if (name.isEmpty() && anyNamed)
            name = unnamedGroup;
    }

    Lines result;
    result.groupCount = static_cast<int>(groups.size());
    int widestKeys = 0;
    int widestDescription = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (!groupNames[g].isEmpty())
            result.lines.append({groupNames[g], nullptr, metrics.headingHeight, g > 0 ? GroupGap : 0});
        for (const KeyHelpOverlay::KeyHelpEntry *entry : std::as_const(groups[g])) {
            result.lines.append({QString(), entry, metrics.rowHeight, 0});
            widestKeys = std::max(widestKeys, metrics.keysWidth(entry->keys.split(metrics.separator)));
            widestDescription =
                std::max(widestDescription, metrics.body.horizontalAdvance(entry->description));
        }
    }
    result.widestColumn = widestKeys + KeysGap + std::min(widestDescription, MaxDescriptionWidth);
    return result;
}

// Where everything goes, worked out before anything is drawn; left to right
// (the drawing mirrors it for right-to-left UIs).
struct Layout
{
    QList<Column> columns;
    QList<int> keysWidths; // per column: the room of its widest keycaps
    QList<int> columnWidths;
    QRect panel;
    QRect content;
    QRect titleRect;
    int ruleY = 0; // the line under the title
};

// As few columns as the groups and the entries call for, more while they do
// not fit the height, never more than fit the width.
QList<Column> arrangeColumns(const Lines &lines, int entryCount, int availableWidth, int availableHeight)
{
    const int maxColumns = std::max(1, (availableWidth + ColumnGap) / (lines.widestColumn + ColumnGap));
    int columnCount = std::max(std::min<int>(lines.groupCount, MaxPreferredColumns),
                               (entryCount + RowsPerColumnGoal - 1) / RowsPerColumnGoal);
    columnCount = std::clamp(columnCount, 1, maxColumns);
    QList<Column> columns = splitIntoColumns(lines.lines, columnCount);
    while (tallest(columns) > availableHeight && columnCount < maxColumns)
        columns = splitIntoColumns(lines.lines, ++columnCount);
    return columns;
}

// `bounds`: the whole overlay; `titleWidth`: what the title and the hint need.
Layout computeLayout(const Metrics &metrics, const Lines &lines, int entryCount, int titleWidth,
                     const QRect &bounds)
{
    const int titleHeight = metrics.title.height();
    const int availableWidth = std::max(0, bounds.width() - 2 * OuterMargin - 2 * PanelPadding);
    const int availableHeight =
        std::max(0, bounds.height() - 2 * OuterMargin - 2 * PanelPadding - titleHeight - 20);
    Layout layout;
    layout.columns = arrangeColumns(lines, entryCount, availableWidth, availableHeight);

    // Each column is as wide as its own keys and descriptions need, so a
    // column of short shortcuts does not inherit the gap of a long one.
    const int usedColumns = static_cast<int>(layout.columns.size());
    layout.keysWidths.fill(0, usedColumns);
    layout.columnWidths.fill(0, usedColumns);
    int columnsWidth = (usedColumns - 1) * ColumnGap;
    for (int c = 0; c < usedColumns; ++c) {
        int descriptionWidth = 0;
        for (const Line &line : std::as_const(layout.columns[c].lines)) {
            if (line.entry) {
                layout.keysWidths[c] = std::max(layout.keysWidths[c],
                                                metrics.keysWidth(line.entry->keys.split(metrics.separator)));
                descriptionWidth =
                    std::max(descriptionWidth, metrics.body.horizontalAdvance(line.entry->description));
            }
        }
        layout.columnWidths[c] =
            layout.keysWidths[c] + KeysGap + std::min(descriptionWidth, MaxDescriptionWidth);
        columnsWidth += layout.columnWidths[c];
    }
    const int contentWidth = std::max(columnsWidth, titleWidth);
    const int panelWidth = std::min(contentWidth + 2 * PanelPadding, bounds.width() - 2 * OuterMargin);
    const int panelHeight = std::min(2 * PanelPadding + titleHeight + 20 + tallest(layout.columns),
                                     bounds.height() - 2 * OuterMargin);
    layout.panel = QRect((bounds.width() - panelWidth) / 2, (bounds.height() - panelHeight) / 2, panelWidth,
                         panelHeight);
    layout.content = layout.panel.adjusted(PanelPadding, PanelPadding, -PanelPadding, -PanelPadding);
    layout.titleRect =
        QRect(layout.content.left(), layout.content.top(), layout.content.width(), titleHeight);
    layout.ruleY = layout.titleRect.bottom() + 10;
    return layout;
}

// Draws a computed layout with the widget's palette, every rectangle
// mirrored for right-to-left UIs.
class Drawing
{
public:
    Drawing(QPainter &painter, const QWidget &widget, const Metrics &metrics)
        : m_painter(painter)
        , m_metrics(metrics)
        , m_direction(widget.layoutDirection())
        , m_bounds(widget.rect())
        , m_colors(widget.palette())
        , m_dim(m_colors.color(QPalette::Text))
    {
        m_dim.setAlphaF(0.62f);
    }

    // The panel, its title with the hint on the other side, the rule below;
    // what follows is clipped to the panel.
    void drawFrame(const Layout &layout, const QString &title, const QString &hint)
    {
        m_painter.setPen(QPen(m_colors.color(QPalette::Mid), 1.0));
        m_painter.setBrush(m_colors.color(QPalette::Base));
        m_painter.drawRoundedRect(QRectF(visual(layout.panel)).adjusted(0.5, 0.5, -0.5, -0.5),
                                  HelpPanelRadius, HelpPanelRadius);
        m_painter.setClipRect(visual(layout.panel.adjusted(1, 1, -1, -1)));

        const QRect &titleRect = layout.titleRect;
        m_painter.setFont(m_metrics.fonts.title);
        m_painter.setPen(m_colors.color(QPalette::Text));
        m_painter.drawText(
            visual(titleRect), Qt::AlignLeft | Qt::AlignVCenter,
            fitted(m_metrics.title, title, titleRect.width() - m_metrics.small.horizontalAdvance(hint) - 32));
        m_painter.setFont(m_metrics.fonts.small);
        m_painter.setPen(m_dim);
        m_painter.drawText(visual(titleRect), Qt::AlignRight | Qt::AlignVCenter, hint);
        const QRect rule = visual(QRect(layout.content.left(), layout.ruleY, layout.content.width(), 1));
        m_painter.setPen(QPen(m_colors.color(QPalette::Midlight).darker(110), 1.0));
        m_painter.drawLine(rule.topLeft(), rule.topRight());
    }

    void drawColumns(const Layout &layout)
    {
        int x = layout.content.left();
        for (qsizetype c = 0; c < layout.columns.size(); ++c) {
            const int columnWidth = layout.columnWidths[c];
            int y = layout.ruleY + 10;
            const QList<Line> &lines = layout.columns[c].lines;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const Line &line = lines[i];
                if (!line.entry) {
                    const int gap = i > 0 ? line.gapAbove : 0;
                    drawHeading(line.heading, QRect(x, y + gap, columnWidth, m_metrics.headingHeight));
                    y += gap + m_metrics.headingHeight;
                    continue;
                }
                drawEntry(*line.entry, QRect(x, y, columnWidth, m_metrics.rowHeight), layout.keysWidths[c]);
                y += m_metrics.rowHeight;
            }
            x += columnWidth + ColumnGap;
        }
    }

private:
    QRect visual(const QRect &logical) const { return QStyle::visualRect(m_direction, m_bounds, logical); }

    void drawHeading(const QString &heading, const QRect &rect)
    {
        m_painter.setFont(m_metrics.fonts.heading);
        m_painter.setPen(m_dim);
        m_painter.drawText(visual(rect), Qt::AlignLeft | Qt::AlignVCenter,
                           fitted(m_metrics.heading, heading, rect.width()));
    }

    // `row`: the entry's line in its column; `keysWidth`: the column's room for keycaps.
    void drawEntry(const KeyHelpOverlay::KeyHelpEntry &entry, const QRect &row, int keysWidth)
    {
        int capX = row.left();
        const int capY = row.top() + (m_metrics.rowHeight - m_metrics.capHeight - CapDepth) / 2;
        const QStringList keys = entry.keys.split(m_metrics.separator);
        for (qsizetype k = 0; k < keys.size(); ++k) {
            if (k > 0) {
                const int orWidth = m_metrics.orWidth();
                m_painter.setFont(m_metrics.fonts.small);
                m_painter.setPen(m_dim);
                m_painter.drawText(visual(QRect(capX, row.top(), orWidth, row.height())), Qt::AlignCenter,
                                   m_metrics.orText);
                capX += orWidth;
            }
            drawKeycap(keys[k], QRect(capX, capY, m_metrics.capWidth(keys[k]), m_metrics.capHeight));
            capX += m_metrics.capWidth(keys[k]);
        }
        const QRect descriptionRect(row.left() + keysWidth + KeysGap, row.top(),
                                    row.width() - keysWidth - KeysGap, row.height());
        m_painter.setFont(m_metrics.fonts.body);
        m_painter.setPen(m_colors.color(QPalette::Text));
        m_painter.drawText(visual(descriptionRect), Qt::AlignLeft | Qt::AlignVCenter,
                           fitted(m_metrics.body, entry.description, descriptionRect.width()));
    }

    void drawKeycap(const QString &key, const QRect &logical)
    {
        const QColor face = m_colors.color(QPalette::Button);
        const QColor edge = m_colors.color(QPalette::Mid);
        const QRect cap = visual(logical);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(edge);
        m_painter.drawRoundedRect(QRectF(cap).translated(0, CapDepth), 4, 4);
        m_painter.setPen(QPen(edge, 1.0));
        m_painter.setBrush(face);
        m_painter.drawRoundedRect(QRectF(cap).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        m_painter.setFont(m_metrics.fonts.cap);
        m_painter.setPen(m_colors.color(QPalette::ButtonText));
        // Key names read left to right in every language ("Ctrl+R").
        m_painter.setLayoutDirection(Qt::LeftToRight);
        m_painter.drawText(cap, Qt::AlignCenter, key);
        m_painter.setLayoutDirection(m_direction);
    }

    QPainter &m_painter;
    const Metrics &m_metrics;
    Qt::LayoutDirection m_direction;
    QRect m_bounds;
    QPalette m_colors;
    QColor m_dim;
};

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
        entries.append(KeyHelpEntry{keys.join(alternativeSeparator()), description,
                                    action->property("pcCategory").toString()});
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

    const Metrics metrics(font());
    const Lines lines = groupedLines(m_entries, metrics, tr("General"));
    const QString hint = tr("Esc to close");
    const int titleWidth =
        metrics.title.horizontalAdvance(m_title) + 32 + metrics.small.horizontalAdvance(hint);
    const Layout layout =
        computeLayout(metrics, lines, static_cast<int>(m_entries.size()), titleWidth, rect());
    Drawing drawing(painter, *this, metrics);
    drawing.drawFrame(layout, m_title, hint);
    drawing.drawColumns(layout);
}

} // namespace pc
