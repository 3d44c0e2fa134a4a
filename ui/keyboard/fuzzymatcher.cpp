#include "ui/keyboard/fuzzymatcher.h"

#include <algorithm>
#include <limits>

namespace pc {

namespace {

// Scores of the fuzzy match, in the spirit of fzf: every matched character
// earns points, more when it starts a word or continues the previous match,
// and gaps cost a little, so "ins" prefers "Instances" over "Show instances".
constexpr int ScoreMatch = 16;
constexpr int BonusWordStart = 10;
constexpr int BonusTextStart = 12;
constexpr int BonusConsecutive = 12;
constexpr int PenaltyGapStart = 3;
constexpr int PenaltyGapExtension = 1;
constexpr int PenaltyLeadingMax = 8;
// A match that needs the category ("view ref") ranks below one in the text.
constexpr int PenaltyViaCategory = 10;

bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar previous = text[i - 1];
    const QChar current = text[i];
    if (!previous.isLetterOrNumber() && current.isLetterOrNumber())
        return true;
    return previous.isLower() && current.isUpper();
}

// Best-scoring case-insensitive subsequence alignment of `pattern` (already
// case folded) in `text`, or nothing. Dynamic programming rather than a greedy
// left-most scan, which would pick "s" of "Show" for "ins" and lose the word start.
std::optional<FuzzyMatch> bestAlignment(QStringView pattern, QStringView text)
{
    const qsizetype n = pattern.size();
    const qsizetype m = text.size();
    if (n == 0)
        return FuzzyMatch{};
    if (n > m)
        return std::nullopt;

    QString folded(m, Qt::Uninitialized);
    for (qsizetype j = 0; j < m; ++j)
        folded[j] = text[j].toCaseFolded();
    // Cheap rejection before the quadratic part: most candidates fail here.
    for (qsizetype i = 0, j = 0; i < n; ++j) {
        if (j == m)
            return std::nullopt;
        if (folded[j] == pattern[i])
            ++i;
    }

    constexpr int None = std::numeric_limits<int>::min() / 2;
    // score[i * m + j]: best score with pattern[i] matched at text[j];
    // from[i * m + j]: where pattern[i - 1] was matched on that best path.
    QList<int> score(n * m, None);
    QList<int> from(n * m, -1);
    QList<int> bonus(m);
    for (qsizetype j = 0; j < m; ++j)
        bonus[j] = isWordStart(text, j) ? BonusWordStart : 0;

    for (qsizetype j = 0; j < m; ++j) {
        if (folded[j] != pattern[0])
            continue;
        score[j] = ScoreMatch + 2 * bonus[j] + (j == 0 ? BonusTextStart : 0) -
                   static_cast<int>(std::min<qsizetype>(j, PenaltyLeadingMax));
    }
    for (qsizetype i = 1; i < n; ++i) {
        const qsizetype row = i * m;
        const qsizetype previousRow = (i - 1) * m;
        // Best predecessor at least two characters back, with its gap cost.
        int gapBest = None;
        int gapFrom = -1;
        for (qsizetype j = i; j < m; ++j) {
            if (j >= 2) {
                if (gapBest != None)
                    gapBest -= PenaltyGapExtension;
                const int candidate = score[previousRow + j - 2];
                if (candidate != None && candidate - PenaltyGapStart > gapBest) {
                    gapBest = candidate - PenaltyGapStart;
                    gapFrom = static_cast<int>(j - 2);
                }
            }
            if (folded[j] != pattern[i])
                continue;
            int best = gapBest;
            int bestFrom = gapFrom;
            const int adjacent = score[previousRow + j - 1];
            if (adjacent != None && adjacent + BonusConsecutive >= best) {
                best = adjacent + BonusConsecutive;
                bestFrom = static_cast<int>(j - 1);
            }
            if (best == None)
                continue;
            score[row + j] = best + ScoreMatch + bonus[j];
            from[row + j] = bestFrom;
        }
    }

    const qsizetype lastRow = (n - 1) * m;
    qsizetype end = -1;
    for (qsizetype j = n - 1; j < m; ++j) {
        if (score[lastRow + j] != None && (end < 0 || score[lastRow + j] > score[lastRow + end]))
            end = j;
    }
    if (end < 0)
        return std::nullopt;
    FuzzyMatch match;
    match.score = score[lastRow + end];
    match.positions.resize(n);
    for (qsizetype i = n - 1, j = end; i >= 0; --i) {
        match.positions[i] = static_cast<int>(j);
        j = from[i * m + j];
    }
    return match;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &query)
{
    m_pattern.reserve(std::min(query.size(), MaxQueryLength));
    // Spaces are ignored so "load all" and "view ref" match across the
    // separators of the text the way users expect.
    for (const QChar c : query) {
        if (!c.isSpace())
            m_pattern.append(c.toCaseFolded());
        if (m_pattern.size() == MaxQueryLength)
            break;
    }
}

std::optional<FuzzyMatch> FuzzyMatcher::match(QStringView text) const
{
    return bestAlignment(m_pattern, text);
}

std::optional<FuzzyMatch> FuzzyMatcher::match(const QString &prefix, const QString &text) const
{
    std::optional<FuzzyMatch> best = bestAlignment(m_pattern, text);
    if (best) {
        for (int &position : best->positions)
            position += static_cast<int>(prefix.size());
    }
    if (!prefix.isEmpty() && !m_pattern.isEmpty()) {
        const QString full = prefix + text;
        if (std::optional<FuzzyMatch> viaPrefix = bestAlignment(m_pattern, full)) {
            viaPrefix->score -= PenaltyViaCategory;
            if (!best || viaPrefix->score > best->score)
                best = viaPrefix;
        }
    }
    return best;
}

} // namespace pc
