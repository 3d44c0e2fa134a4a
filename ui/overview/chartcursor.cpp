#include "ui/overview/chartcursor.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace pc {

ChartCursor::ChartCursor(QChart *chart, RowKeys rowKeys, QWidget *parent)
    : QChartView(chart, parent)
    , m_rowKeys(rowKeys)
    , m_caption(new QLabel(parent))
{
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ChartCursor::setGrid(int rows, int columns, std::function<QString(int, int)> describe)
{
    m_rows = rows;
    m_columns = columns;
    m_describe = std::move(describe);
    setCursor(std::clamp(m_cursor.y(), 0, std::max(0, rows - 1)),
              std::clamp(m_cursor.x(), 0, std::max(0, columns - 1)));
}

void ChartCursor::setCursor(int row, int column)
{
    if (m_rows == 0 || m_columns == 0) {
        m_cursor = {0, 0};
        if (m_highlight)
            m_highlight(-1, -1);
        m_caption->clear();
        return;
    }
    m_cursor = {std::clamp(column, 0, m_columns - 1), std::clamp(row, 0, m_rows - 1)};
    if (m_highlight)
        m_highlight(hasFocus() ? m_cursor.y() : -1, hasFocus() ? m_cursor.x() : -1);
    announce();
}

QString ChartCursor::currentText() const
{
    if (m_rows == 0 || m_columns == 0 || !m_describe)
        return {};
    return m_describe(m_cursor.y(), m_cursor.x());
}

void ChartCursor::announce()
{
    const QString text = currentText();
    m_caption->setText(text);
    // What the cursor is on is the chart's value: a screen reader reads
    // it when the chart takes the focus and each time it moves.
    setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
        QAccessibleEvent focus(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
    viewport()->update();
}

void ChartCursor::keyPressEvent(QKeyEvent *event)
{
    const bool upDown = m_rowKeys == RowKeys::UpDown;
    const int key = event->key();
    int row = m_cursor.y();
    int column = m_cursor.x();
    if (key == (upDown ? Qt::Key_Up : Qt::Key_Left))
        --row;
    else if (key == (upDown ? Qt::Key_Down : Qt::Key_Right))
        ++row;
    else if (key == (upDown ? Qt::Key_Left : Qt::Key_Up))
        --column;
    else if (key == (upDown ? Qt::Key_Right : Qt::Key_Down))
        ++column;
    else if (key == Qt::Key_Home)
        row = 0;
    else if (key == Qt::Key_End)
        row = m_rows - 1;
    else if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
        if (m_rows > 0 && m_columns > 0)
            Q_EMIT activated(m_cursor.y(), m_cursor.x());
        return;
    } else {
        QChartView::keyPressEvent(event);
        return;
    }
    setCursor(row, column);
}

void ChartCursor::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    setCursor(m_cursor.y(), m_cursor.x());
}

void ChartCursor::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    if (m_highlight)
        m_highlight(-1, -1);
    viewport()->update();
}

void ChartCursor::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // The chart has the keyboard: a focus frame round it, as round any control.
    QPainter painter(viewport());
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = viewport()->rect().adjusted(1, 1, -1, -1);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}

} // namespace pc
