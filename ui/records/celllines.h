#pragma once

#include <QCache>
#include <QFont>
#include <QString>
#include <QTextLayout>

namespace pc {

// Lines of cell text, laid out once and kept for the paints that follow.
// Laying out a line (shaping it, with fallback fonts for other scripts and
// colour emoji, whose glyphs are PNG images decoded again at every shaping)
// is most of what a table's paint costs; a table shows the same few hundred
// cells paint after paint as it scrolls, is selected or is hovered. A line
// is kept per text, font, width, direction, alignment and elide mode, at
// most kMaxCharacters characters' worth (with 16 more per line): about a
// thousand lines of a table's usual cells, five or six screens of them, at
// about 2 KB each (glyphs and positions kept).
class CellLines
{
public:
    // `text` as one line `width` pixels wide, elided with `elide` when it
    // is wider (as QCommonStyle elides an item's text), aligned in that
    // width by `alignment` (a visual one), its first line at (0, 0). Valid
    // until the next call.
    const QTextLayout &line(const QString &text, const QFont &font, int width, Qt::LayoutDirection direction,
                            Qt::Alignment alignment, Qt::TextElideMode elide);

    int count() const { return int(m_lines.count()); }

    static constexpr int kMaxCharacters = 40000;

private:
    struct Key
    {
        QString text;
        QString font;
        int width = 0;
        int direction = 0;
        int alignment = 0;
        int elide = 0;

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.direction, key.alignment, key.elide);
        }
    };

    const QString &fontKey(const QFont &font);

    QCache<Key, QTextLayout> m_lines{kMaxCharacters};
    QFont m_lastFont;
    QString m_lastFontKey;
};

} // namespace pc
