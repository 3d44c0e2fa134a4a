#include "ui/shell/elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <algorithm>

namespace pc {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    if (text == m_fullText)
        return;
    m_fullText = text;
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        elide();
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width() - 2 * margin() - 2 * std::max(indent(), 0);
    const QFontMetrics metrics(font());
    const QString shown = metrics.horizontalAdvance(m_fullText) <= room
                              ? m_fullText
                              : metrics.elidedText(m_fullText, Qt::ElideRight, std::max(room, 0));
    if (shown != text())
        setText(shown);
    const bool cut = shown != m_fullText;
    setToolTip(cut ? m_fullText : QString());
    setAccessibleName(cut ? m_fullText : QString());
}

} // namespace pc
