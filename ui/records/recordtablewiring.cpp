#include "ui/records/recordtablewiring.h"

#include "app/models/pagedtablemodel.h"
#include "app/models/recordexporter.h"
#include "app/models/recordfilterproxy.h"
#include "ui/records/columnchooser.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <algorithm>

namespace pc {

RecordTableWiring::RecordTableWiring(QTableView *table, PagedTableModel *model, RecordFilterProxy *proxy,
                                     QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_proxy(proxy)
    , m_emptyLabel(new QLabel(table->viewport()))
{
    setupTable();
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_table->installEventFilter(this);
    m_viewport = m_table->viewport();
    m_viewport->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &RecordTableWiring::sortByColumn);
    connect(model, &PagedTableModel::errorOccurred, this, &RecordTableWiring::forgetPlace);
    connect(model, &PagedTableModel::serverSortRefused, this, &RecordTableWiring::sortLoadedRows);
    connect(model, &PagedTableModel::pageLoaded, this, [this] {
        if (m_restoringPlace)
            restorePlace();
    });
}

// Rows selected whole, many at once, keyboard first.
void RecordTableWiring::setupTable()
{
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in any form
    m_table->setSortingEnabled(false);   // sorting is decided per column, see sortByColumn
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(160);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
}

void RecordTableWiring::sortByColumn(int column)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    const ColumnSpec &spec = m_model->columns().at(column);
    const bool onServer = m_model->sortsOnServer(column);
    const bool sameColumn = onServer ? m_model->sortField() == spec.field : m_localSortColumn == column;
    const Qt::SortOrder currentOrder = onServer ? m_model->sortOrder() : m_localSortOrder;
    const Qt::SortOrder order =
        sameColumn && currentOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (onServer) {
        // The server sorts the whole collection: reload in that order.
        m_localSortColumn = -1;
        m_proxy->sortLocally(-1, Qt::AscendingOrder);
        m_model->setServerSort(spec.field, order);
        updateSortIndicator();
        Q_EMIT sortChanged();
    } else {
        // Only the loaded rows can be sorted; the banners say so.
        sortLoadedRows(column, order);
    }
}

void RecordTableWiring::sortLoadedRows(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    m_localSortColumn = column;
    m_localSortOrder = order;
    m_proxy->sortLocally(column, order);
    updateSortIndicator();
    Q_EMIT sortChanged();
}

void RecordTableWiring::clearLocalSort()
{
    m_localSortColumn = -1;
    m_proxy->sortLocally(-1, Qt::AscendingOrder);
}

void RecordTableWiring::updateSortIndicator()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_localSortColumn >= 0)
        header->setSortIndicator(m_localSortColumn, m_localSortOrder);
    else
        header->setSortIndicator(m_model->columnForField(m_model->sortField()), m_model->sortOrder());
}

void RecordTableWiring::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
    m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
}

QList<qint64> RecordTableWiring::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> order;
    for (const QModelIndex &index : rows)
        order.append(index.row());
    std::sort(order.begin(), order.end());
    for (int row : std::as_const(order))
        ids.append(m_proxy->index(row, 0).data(PagedTableModel::RecordIdRole).toLongLong());
    return ids;
}

qint64 RecordTableWiring::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PagedTableModel::RecordIdRole).toLongLong() : 0;
}

int RecordTableWiring::firstVisibleColumn() const
{
    return ColumnChooser::visibleColumns(m_table->horizontalHeader()).value(0);
}

// From the quick filter straight into the matches.
void RecordTableWiring::focusFirstMatch()
{
    m_table->setFocus();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, firstVisibleColumn()));
}

void RecordTableWiring::toggleMarkCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_table->selectionModel()->select(current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
}

void RecordTableWiring::moveToEdge(bool end, bool extendSelection)
{
    QAbstractItemModel *shown = m_table->model();
    if (shown->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int column = current.isValid() ? current.column() : firstVisibleColumn();
    const QModelIndex target = shown->index(end ? shown->rowCount() - 1 : 0, column);
    QItemSelectionModel *selection = m_table->selectionModel();
    if (extendSelection && current.isValid()) {
        selection->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
        selection->select(QItemSelection(current, target),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    } else {
        selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(target);
    if (end && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

// The selected rows with the visible columns, as the JSON export writes them.
void RecordTableWiring::copySelectedRowsAsJson() const
{
    QList<RecordExporter::Column> columns;
    for (int column : ColumnChooser::visibleColumns(m_table->horizontalHeader()))
        columns.append({column, m_model->columns().at(column).field, m_model->columns().at(column).title});
    QSet<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.isEmpty())
        return;
    // A small proxy over the view's rows that keeps only the selected ones.
    class SelectionProxy : public QSortFilterProxyModel
    {
    public:
        explicit SelectionProxy(QSet<int> rows)
            : m_rows(std::move(rows))
        {}

    protected:
        bool filterAcceptsRow(int row, const QModelIndex &) const override { return m_rows.contains(row); }

    private:
        QSet<int> m_rows;
    } proxy(rows);
    proxy.setSourceModel(m_proxy);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (RecordExporter::write(&buffer, RecordExporter::Format::Json, &proxy, columns, &error))
        QApplication::clipboard()->setText(QString::fromUtf8(buffer.data()));
}

int RecordTableWiring::notePlace()
{
    m_placeSelection = selectedIds();
    m_placeCurrent = currentId();
    const QModelIndex top = m_table->indexAt(QPoint(1, 1));
    m_placeTop = top.isValid() ? top.data(PagedTableModel::RecordIdRole).toLongLong() : 0;
    m_placeRows = m_model->rowCount();
    return m_placeRows;
}

void RecordTableWiring::restorePlace()
{
    // Wait for the rows the view had, unless the collection ended or failed first.
    if (m_model->rowCount() < m_placeRows && !m_model->atEnd() && !m_model->lastError().isError())
        return;
    m_restoringPlace = false;
    QItemSelection selection;
    QModelIndex currentIndex;
    QModelIndex topIndex;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const qint64 id = index.data(PagedTableModel::RecordIdRole).toLongLong();
        if (m_placeSelection.contains(id))
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
        if (id == m_placeCurrent)
            currentIndex = index;
        if (id == m_placeTop)
            topIndex = index;
    }
    if (currentIndex.isValid())
        m_table->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (topIndex.isValid())
        m_table->scrollTo(topIndex, QAbstractItemView::PositionAtTop);
}

bool RecordTableWiring::eventFilter(QObject *watched, QEvent *event)
{
    // Only the pointers kept are compared: while the table is being destroyed
    // its events still come here, and it is no longer a table to ask.
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        m_emptyLabel->setGeometry(m_viewport->rect().adjusted(20, 20, -20, -20));
    } else if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Home and End move through rows, as in a list (the table's default
        // moves along the columns); End also brings the next page in.
        if ((key->key() == Qt::Key_End || key->key() == Qt::Key_Home) &&
            (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier) {
            moveToEdge(key->key() == Qt::Key_End, key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pc
