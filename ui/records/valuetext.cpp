#include "ui/records/valuetext.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>
#include <QtMath>

namespace pc {

namespace {

constexpr int MaxVisibleLines = 12;

} // namespace

int longestRun(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        longest = qMax(longest, run);
    }
    return longest;
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(SelectableText);
    // Tab reaches every value, so the keyboard can select and copy it.
    label->setFocusPolicy(Qt::StrongFocus);
    // Leading, and nothing more: the text layout flips it per paragraph, so a
    // Hebrew or Arabic value starts at the right. AlignRight would be flipped
    // too, to the left.
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    // Never wider than the column it gets: the run limit above keeps what it
    // shows short enough to fit. A new policy must keep height-for-width, or
    // the row takes the height of QLabel's guessed wrapping.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

ValueText::ValueText(const QString &text, Style style, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_style(style)
{
    setReadOnly(true);
    setTextInteractionFlags(SelectableText);
    setTabChangesFocus(true);
    setFocusPolicy(Qt::StrongFocus);
    // Wrapped text never needs a horizontal bar, yet QPlainTextEdit keeps
    // the widest line it ever laid out (at a narrow first width) and would
    // show one.
    setHorizontalScrollBarPolicy(style == Style::Code ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    if (style == Style::Code) {
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setLineWrapMode(QPlainTextEdit::NoWrap);
    } else {
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    }
    if (style == Style::Inline) {
        setFrameShape(QFrame::NoFrame);
        document()->setDocumentMargin(0);
        // The form's background shows through, as behind a label.
        QPalette palette = this->palette();
        palette.setColor(QPalette::Base, Qt::transparent);
        setPalette(palette);
        viewport()->setAutoFillBackground(false);
    }
    setPlainText(text);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int ValueText::heightForWidth(int width) const
{
    // Layouts ask many times per pass; the answer only changes with the
    // width, the font or the style (which sets the frame).
    if (width == m_cachedWidth)
        return m_cachedHeight;
    const int chrome = 2 * frameWidth() + 2 * qCeil(document()->documentMargin());
    const int lineHeight = fontMetrics().height();
    int textWidth = width - chrome;
    int lines = countLines(textWidth);
    // A scroll bar takes width from the text, which may add lines.
    if (lines > MaxVisibleLines && m_style != Style::Code)
        textWidth -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    lines = qMin(countLines(textWidth), MaxVisibleLines);
    // Framed views get two pixels to spare, so rounding never shows a
    // scroll bar for text that fits.
    int height = lines * lineHeight + chrome + (m_style == Style::Inline ? 0 : 2);
    if (m_style == Style::Code && widestLine() > textWidth)
        height += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    m_cachedWidth = width;
    m_cachedHeight = height;
    return height;
}

QSize ValueText::sizeHint() const
{
    const int width = 240;
    return {width, heightForWidth(width)};
}

QSize ValueText::minimumSizeHint() const
{
    const int chrome = 2 * frameWidth() + 2 * qCeil(document()->documentMargin());
    return {80, fontMetrics().height() + chrome};
}

void ValueText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_cachedWidth = -1;
        updateGeometry();
    }
    QPlainTextEdit::changeEvent(event);
}

void ValueText::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Only the inline view has no scroll bars of its own to fall back on.
    if (m_style == Style::Inline)
        setVerticalScrollBarPolicy(countLines(viewport()->width()) > MaxVisibleLines
                                       ? Qt::ScrollBarAsNeeded
                                       : Qt::ScrollBarAlwaysOff);
}

// Lines the text needs at `width`, counting no further than one past the
// cap: a 64 KB text costs only the lines that can be shown.
int ValueText::countLines(int width) const
{
    const int limit = MaxVisibleLines + 1;
    int lines = 0;
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(m_style == Style::Code ? QTextOption::NoWrap
                                              : QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (QTextBlock block = document()->begin(); block.isValid() && lines < limit; block = block.next()) {
        if (m_style == Style::Code || block.text().isEmpty()) {
            ++lines;
            continue;
        }
        // Thirteen lines never hold more than this (two pixels a character
        // at the narrowest), so a 64 KB paragraph is not laid out in full.
        const qsizetype prefix = qMax<qsizetype>(4096, qsizetype(limit) * qMax(1, width) / 2);
        QTextLayout layout(block.text().left(prefix), font());
        layout.setTextOption(option);
        layout.beginLayout();
        while (lines < limit) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(qMax(1, width));
            ++lines;
        }
        layout.endLayout();
    }
    return qMax(1, lines);
}

int ValueText::widestLine() const
{
    const QFontMetrics metrics = fontMetrics();
    int widest = 0;
    int count = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && count < 500;
         block = block.next(), ++count)
        widest = qMax(widest, metrics.horizontalAdvance(block.text()));
    return widest;
}

} // namespace pc
