#include "recordfilterproxy.h"

#include "pagedtablemodel.h"

namespace pc {

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setQuickFilter(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void RecordFilterProxy::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    if (!m_needle.isEmpty())
        invalidateRowsFilter();
}

void RecordFilterProxy::setStateFilter(int column, std::optional<bool> required)
{
    if (stateFilter(column) == required)
        return;
    if (required)
        m_states.insert(column, *required);
    else
        m_states.remove(column);
    invalidateRowsFilter();
}

std::optional<bool> RecordFilterProxy::stateFilter(int column) const
{
    const auto it = m_states.constFind(column);
    return it == m_states.constEnd() ? std::nullopt : std::optional<bool>(*it);
}

void RecordFilterProxy::clearStateFilters()
{
    if (m_states.isEmpty())
        return;
    m_states.clear();
    invalidateRowsFilter();
}

void RecordFilterProxy::sortLocally(int column, Qt::SortOrder order)
{
    sort(column, order); // -1 restores the source (server) order
}

bool RecordFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return !hasLocalFilter() && QSortFilterProxyModel::canFetchMore(parent);
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        const QVariant value = model->data(model->index(sourceRow, it.key(), sourceParent), PagedTableModel::SortRole);
        if (value.toBool() != it.value())
            return false;
    }
    if (m_needle.isEmpty())
        return true;
    const QList<int> &columns = m_searchColumns;
    const int columnCount = model->columnCount(sourceParent);
    for (int column = 0; column < columnCount; ++column) {
        if (!columns.isEmpty() && !columns.contains(column))
            continue;
        const QString text =
            model->data(model->index(sourceRow, column, sourceParent), PagedTableModel::SearchTextRole).toString();
        if (text.contains(m_needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace pc
