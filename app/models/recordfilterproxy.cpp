#include "app/models/recordfilterproxy.h"

#include "app/models/pagedtablemodel.h"

namespace pc {

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

RecordFilterProxy::~RecordFilterProxy() = default;

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_paged = qobject_cast<const PagedTableModel *>(model);
    m_matcher.reset();
    // Before the base class connects its own: a matcher remembers per distinct
    // value (by its index in the model) whether it matches, and a reset model
    // numbers its values afresh, so the matcher must be new before the proxy
    // maps a single row of the new data.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            if (m_matcher)
                m_matcher = m_paged->matcher(m_needle, m_searchColumns);
        });
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (!m_needle.isEmpty())
        refilter();
}

// A new needle or new columns: a new matcher, every row tested again. The
// proxy is reset rather than told which rows went and came: for a needle
// that splits 100,000 rows into thousands of runs, QSortFilterProxyModel
// announces and applies each run on its own, which takes far longer than
// mapping all rows afresh.
void RecordFilterProxy::refilter()
{
    m_matcher = (m_paged && !m_needle.isEmpty()) ? m_paged->matcher(m_needle, m_searchColumns) : nullptr;
    invalidate();
}

void RecordFilterProxy::setQuickFilter(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    refilter();
}

void RecordFilterProxy::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    if (!m_needle.isEmpty())
        refilter();
}

namespace {

template<typename Value> std::optional<Value> filterOf(const QHash<int, Value> &filters, int column)
{
    const auto it = filters.constFind(column);
    return it == filters.constEnd() ? std::nullopt : std::optional<Value>(*it);
}

// Sets or removes a column's filter; false when it was so already.
template<typename Value> bool setFilterOf(QHash<int, Value> &filters, int column, std::optional<Value> value)
{
    if (filterOf(filters, column) == value)
        return false;
    if (value)
        filters.insert(column, *value);
    else
        filters.remove(column);
    return true;
}

} // namespace

void RecordFilterProxy::setStateFilter(int column, std::optional<bool> required)
{
    if (setFilterOf(m_states, column, required))
        invalidate();
}

std::optional<bool> RecordFilterProxy::stateFilter(int column) const
{
    return filterOf(m_states, column);
}

void RecordFilterProxy::clearStateFilters()
{
    if (m_states.isEmpty() && m_kinds.isEmpty())
        return;
    m_states.clear();
    m_kinds.clear();
    invalidate();
}

void RecordFilterProxy::setKindFilter(int column, std::optional<int> value)
{
    if (setFilterOf(m_kinds, column, value))
        invalidate();
}

std::optional<int> RecordFilterProxy::kindFilter(int column) const
{
    return filterOf(m_kinds, column);
}

void RecordFilterProxy::setReferenceFilter(int column, const QSet<qint64> &ids, const QString &label)
{
    m_referenceLabel = ids.isEmpty() ? QString() : label;
    if (ids == m_referenceIds && (ids.isEmpty() || column == m_referenceColumn))
        return;
    m_referenceColumn = column;
    m_referenceIds = ids;
    invalidate();
}

void RecordFilterProxy::sortLocally(int column, Qt::SortOrder order)
{
    // The keys hold for this sort only: a row changed or added later is put
    // in its place through lessThan() row by row.
    m_sortKeys = m_paged && column >= 0 ? m_paged->sortKeys(column) : QList<quint64>();
    m_sortKeysColumn = column;
    sort(column, order); // -1 restores the source (server) order
    m_sortKeys = {};
}

bool RecordFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return !hasLocalFilter() && QSortFilterProxyModel::canFetchMore(parent);
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        const QVariant value =
            model->data(model->index(sourceRow, it.key(), sourceParent), PagedTableModel::SortRole);
        if (value.toBool() != it.value())
            return false;
    }
    for (auto it = m_kinds.constBegin(); it != m_kinds.constEnd(); ++it) {
        const QVariant value =
            model->data(model->index(sourceRow, it.key(), sourceParent), PagedTableModel::SortRole);
        if (value.toInt() != it.value())
            return false;
    }
    if (!m_referenceIds.isEmpty()) {
        const QVariant id = model->data(model->index(sourceRow, m_referenceColumn, sourceParent),
                                        PagedTableModel::ReferenceIdRole);
        if (!m_referenceIds.contains(id.toLongLong()))
            return false;
    }
    if (m_needle.isEmpty())
        return true;
    if (m_matcher)
        return m_matcher->matches(sourceRow);
    const QList<int> &columns = m_searchColumns;
    const int columnCount = model->columnCount(sourceParent);
    for (int column = 0; column < columnCount; ++column) {
        if (!columns.isEmpty() && !columns.contains(column))
            continue;
        const QString text =
            model->data(model->index(sourceRow, column, sourceParent), PagedTableModel::SearchTextRole)
                .toString();
        if (text.contains(m_needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_paged && left.model() == m_paged) {
        if (left.column() == m_sortKeysColumn && left.row() < m_sortKeys.size() &&
            right.row() < m_sortKeys.size())
            return m_sortKeys.at(left.row()) < m_sortKeys.at(right.row());
        if (const std::optional<bool> less = m_paged->lessThan(left.column(), left.row(), right.row()))
            return *less;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pc
