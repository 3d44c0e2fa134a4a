#include "ui/records/recordtable.h"

#include <QAbstractItemModel>

namespace pc {

RecordTable::RecordTable(QWidget *parent)
    : QTableView(parent)
{
}

void RecordTable::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(model);
    m_appendOutOfSightPending = false;
    m_otherChangePending = true; // the first layout of a model is a full one
    if (!model)
        return;
    // Connected after QTableView's own (and its headers'): when these run, the
    // vertical header already counts the new rows.
    m_modelConnections = {
        connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTable::noteRowsInserted),
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordTable::noteOtherChange),
        connect(model, &QAbstractItemModel::rowsMoved, this, &RecordTable::noteOtherChange),
        connect(model, &QAbstractItemModel::columnsInserted, this, &RecordTable::noteOtherChange),
        connect(model, &QAbstractItemModel::columnsRemoved, this, &RecordTable::noteOtherChange),
        connect(model, &QAbstractItemModel::columnsMoved, this, &RecordTable::noteOtherChange),
        connect(model, &QAbstractItemModel::layoutChanged, this, &RecordTable::noteOtherChange),
        connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::noteOtherChange),
        // Row numbers (the vertical header) are not shown; column titles are.
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation) {
                    if (orientation == Qt::Horizontal)
                        noteOtherChange();
                }),
    };
}

void RecordTable::noteRowsInserted(const QModelIndex &parent, int first, int last)
{
    const int rows = model()->rowCount(parent);
    const bool appended = !parent.isValid() && last == rows - 1;
    // The row at the viewport's bottom edge: -1 when the rows end above it
    // (then the new rows are in sight), else an old row when the new ones
    // start below it.
    const int bottomRow = rowAt(viewport()->height() - 1);
    if (appended && bottomRow >= 0 && bottomRow < first)
        m_appendOutOfSightPending = true;
    else
        noteOtherChange();
}

void RecordTable::doItemsLayout()
{
    const bool light = m_appendOutOfSightPending && !m_otherChangePending;
    m_appendOutOfSightPending = false;
    m_otherChangePending = false;
    if (!light) {
        QTableView::doItemsLayout();
        return;
    }
    // What QAbstractItemView::doItemsLayout() does, less the repaint of rows
    // that did not change: the scroll bars learn the new row count.
    ++m_lightLayouts;
    updateGeometries();
}

} // namespace pc
