#pragma once

#include "ui/records/celllines.h"

#include <QStyledItemDelegate>

namespace pc {

// The delegate of a record table's text cells. It draws what
// QStyledItemDelegate draws with the Fusion and Windows styles (the style's
// background, selection and focus; the text as QCommonStyle places, elides
// and colours it) but lays each text out once, where the style lays it out
// three times at every paint (to measure it, to elide it, to draw it), and
// keeps the lines it laid out for the next paints (CellLines). A full
// viewport of instances, in several scripts and with colour emoji, took about
// 20 ms at every repaint; scrolling it now redraws what it has. Cells it does
// not draw the same way (an icon, a check box, wrapped or several lines of
// text, an editor open, another style) are left to QStyledItemDelegate.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TextCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // How many lines are kept (for tests).
    int keptLines() const { return m_lines.count(); }

private:
    mutable CellLines m_lines;
};

} // namespace pc
