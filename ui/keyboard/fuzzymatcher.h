#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace pc {

// Where a query matched a text, and how well.
struct FuzzyMatch
{
    int score = 0;
    QList<int> positions; // matched character positions in the text
};

// The command palette's fuzzy search, in the spirit of fzf: the query's
// characters must appear in the text in order, case-insensitively; word
// starts and runs of consecutive characters rank higher, so "ins" prefers
// "Instances" over "Show instances". Kept apart from the palette so the
// ranking can be read and changed without the widget around it.
class FuzzyMatcher
{
public:
    // Spaces in `query` are ignored ("load all" matches "Load all"); only its
    // first MaxQueryLength other characters count.
    explicit FuzzyMatcher(const QString &query);

    // An empty query matches every text, with score 0 and no positions.
    bool isEmpty() const { return m_pattern.isEmpty(); }
    // The best match in `text`, or nothing.
    std::optional<FuzzyMatch> match(QStringView text) const;
    // The best match in `prefix` + `text` (a category such as "View: " before
    // the command): one that needs the prefix ranks below one in the text
    // alone. Positions count from the start of the prefix.
    std::optional<FuzzyMatch> match(const QString &prefix, const QString &text) const;

    // Longer queries add nothing but cost: the match is O(query × text).
    static constexpr qsizetype MaxQueryLength = 64;

private:
    QString m_pattern; // case folded, without spaces
};

} // namespace pc
