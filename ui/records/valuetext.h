#pragma once

#include <QPlainTextEdit>

class QLabel;

namespace pc {

// The widgets a record's values are shown in (see RecordForm).

// Long values live in text views, never in labels: a QLabel lays out its whole
// text on every size query, which freezes the window with a 64 KB description.
constexpr int LabelMaxLength = 400;
// A run without spaces longer than this (a URL, a token) cannot word-wrap in a
// QLabel and would force the pane wider than its splitter; a text view wraps it
// anywhere instead.
constexpr int LabelMaxRun = 18;

// Values, titles and messages can be selected and copied, by mouse or keyboard.
inline constexpr Qt::TextInteractionFlags SelectableText =
    Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;

// The longest run of characters without a space in `text`.
int longestRun(const QString &text);

// A short value: a selectable, word-wrapping label that Tab reaches.
QLabel *valueLabel(const QString &text, QWidget *parent);

// A read-only text view whose height follows its content up to a number of
// lines and scrolls beyond that, so a long text neither grows the form without
// bound nor hides in a fixed box much bigger than it needs.
class ValueText : public QPlainTextEdit
{
public:
    enum class Style {
        Inline, // frameless, reads like a label; URLs and other long tokens
        Box,    // framed, for multi-line prose
        Code,   // framed, monospace, no wrapping: JSON
    };

    ValueText(const QString &text, Style style, QWidget *parent);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int countLines(int width) const;
    int widestLine() const;

    Style m_style;
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = 0;
};

} // namespace pc
