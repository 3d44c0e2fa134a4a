#include "ui/records/textcelldelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace pc {

namespace {

// The styles whose item text QCommonStyle draws: the ones this delegate
// draws the same. Others (Breeze, say) place it their own way.
bool styleDrawsCommonText(const QStyle *style)
{
    const QString name = style->name();
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
}

bool isOneLineOfText(const QStyleOptionViewItem &cell)
{
    constexpr auto others = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator |
                            QStyleOptionViewItem::WrapText;
    return !(cell.features & others) && !(cell.state & QStyle::State_Editing) &&
           !cell.text.contains(QLatin1Char('\n')) && !cell.text.contains(QChar::LineSeparator);
}

// The pen QCommonStyle draws an item's text with.
QColor textColour(const QStyleOptionViewItem &cell)
{
    QPalette::ColorGroup group = cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    return cell.palette.color(group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text);
}

} // namespace

TextCellDelegate::TextCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (!isOneLineOfText(cell) || !styleDrawsCommonText(style)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, selection and focus, as the style draws them.
    const QString text = cell.text;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;
    // The text where QCommonStyle puts it: inside the focus frame's margin,
    // aligned in the cell, its line's box centred as the alignment says.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    const QTextLayout &line =
        m_lines.line(text, cell.font, textRect.width(), cell.direction,
                     QStyle::visualAlignment(cell.direction, cell.displayAlignment), cell.textElideMode);
    const QRect box = QStyle::alignedRect(Qt::LayoutDirectionAuto, cell.displayAlignment,
                                          line.boundingRect().size().toSize(), textRect);
    painter->save();
    painter->setClipRect(cell.rect, Qt::IntersectClip);
    painter->setPen(textColour(cell));
    line.draw(painter, QPointF(textRect.x(), box.top()));
    painter->restore();
}

} // namespace pc
