#pragma once

#include <QList>
#include <QObject>

class QHeaderView;
class QPoint;
class QTableView;
class QWidget;

namespace pc {

class PagedTableModel;

// Which of a record table's columns show, and in what order: the header's
// context menu, and a dialog that chooses and orders them by keyboard. Both
// change the header; columnsChanged() follows every change.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    // Menus and the dialog open over `view`, which owns the chooser.
    ColumnChooser(QTableView *table, PagedTableModel *model, QWidget *view);

    // The model columns `header` shows, in visual order.
    static QList<int> visibleColumns(const QHeaderView *header);

    void setColumnVisible(int column, bool visible);
    void openDialog();

Q_SIGNALS:
    void columnsChanged();

private:
    void showMenu(const QPoint &position);

    QTableView *m_table;
    PagedTableModel *m_model;
    QWidget *m_view;
};

} // namespace pc
