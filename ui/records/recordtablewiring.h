#pragma once

#include <QList>
#include <QObject>

class QLabel;
class QTableView;

namespace pc {

class PagedTableModel;
class RecordFilterProxy;

// A record view's table wired to its model through the filter proxy: rows
// selected whole, many at once, keyboard first; sort by the server where a
// column allows it and over the loaded rows otherwise; a text over the empty
// table; Home and End through the rows; and the place (selection, current and
// top row) a refresh returns to.
class RecordTableWiring : public QObject
{
    Q_OBJECT

public:
    RecordTableWiring(QTableView *table, PagedTableModel *model, RecordFilterProxy *proxy, QObject *parent);

    // Again on the same column reverses. By the server where it sorts by the
    // column (PagedTableModel::sortsOnServer()), else the loaded rows.
    void sortByColumn(int column);
    // The loaded rows sorted here by `column` (also when the server refused
    // to sort by it: PagedTableModel::serverSortRefused).
    void sortLoadedRows(int column, Qt::SortOrder order);
    // The column the loaded rows are sorted by here, -1 in the server's order.
    int localSortColumn() const { return m_localSortColumn; }
    void clearLocalSort();
    void updateSortIndicator();

    // What the empty table says; nothing shows for an empty text.
    void setEmptyText(const QString &text);

    QList<qint64> selectedIds() const; // in the table's order
    qint64 currentId() const;          // 0 without a current row
    void focusFirstMatch();
    void toggleMarkCurrentRow();
    // The selected rows' visible columns, as the JSON export writes them.
    void copySelectedRowsAsJson() const;

    // Refresh's place: noted before the reload, returned to once the rows the
    // table had are back. Returns how many rows the table had.
    int notePlace();
    void returnToPlace() { m_restoringPlace = true; }
    void forgetPlace() { m_restoringPlace = false; }

Q_SIGNALS:
    void sortChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupTable();
    void moveToEdge(bool end, bool extendSelection);
    void restorePlace();
    int firstVisibleColumn() const;

    QTableView *m_table;
    QWidget *m_viewport = nullptr; // the table's, for the event filter
    PagedTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QLabel *m_emptyLabel;
    int m_localSortColumn = -1;
    Qt::SortOrder m_localSortOrder = Qt::AscendingOrder;
    QList<qint64> m_placeSelection;
    qint64 m_placeCurrent = 0;
    qint64 m_placeTop = 0;
    int m_placeRows = 0;
    bool m_restoringPlace = false;
};

} // namespace pc
