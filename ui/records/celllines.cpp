#include "ui/records/celllines.h"

#include <QFontMetrics>
#include <QTextLine>
#include <QTextOption>
#include <memory>

namespace pc {

namespace {

// The line laid out as QCommonStyle lays out an item's text: no wrapping,
// the item's direction, aligned in `width`.
std::unique_ptr<QTextLayout> laidOut(const QString &text, const QFont &font, int width,
                                     Qt::LayoutDirection direction, Qt::Alignment alignment)
{
    auto layout = std::make_unique<QTextLayout>(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(direction);
    option.setAlignment(alignment);
    layout->setTextOption(option);
    // Keeps the shaped glyphs for draw(): without it they are shaped again at every paint.
    layout->setCacheEnabled(true);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout->endLayout();
    return layout;
}

} // namespace

const QTextLayout &CellLines::line(const QString &text, const QFont &font, int width,
                                   Qt::LayoutDirection direction, Qt::Alignment alignment,
                                   Qt::TextElideMode elide)
{
    Key key{text, fontKey(font), width, int(direction), int(alignment), int(elide)};
    if (const QTextLayout *cached = m_lines.object(key))
        return *cached;
    std::unique_ptr<QTextLayout> layout = laidOut(text, font, width, direction, alignment);
    if (elide != Qt::ElideNone && layout->lineCount() > 0 && layout->lineAt(0).naturalTextWidth() > width)
        layout =
            laidOut(QFontMetrics(font).elidedText(text, elide, width), font, width, direction, alignment);
    const QTextLayout *kept = layout.get();
    // A cost under the limit: the cache keeps it (and owns it from here).
    m_lines.insert(std::move(key), layout.release(), int(text.size()) + 16);
    return *kept;
}

// QFont::key() builds a string; a table paints every cell in one font.
const QString &CellLines::fontKey(const QFont &font)
{
    if (m_lastFontKey.isEmpty() || font != m_lastFont) {
        m_lastFont = font;
        m_lastFontKey = font.key();
    }
    return m_lastFontKey;
}

} // namespace pc
