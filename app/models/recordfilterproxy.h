#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <memory>
#include <optional>

namespace pc {

class PagedTableModel;
class RowMatcher;

// What the table shows of the loaded rows: the quick filter (text typed by
// the user, matched case-insensitively on the searched columns' full text),
// the state chips (a boolean column must be true or false, a State column
// one state), and a local sort
// by any column. fetchMore() passes through, so scrolling still loads pages.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(QObject *parent = nullptr);
    ~RecordFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    QString quickFilter() const { return m_needle; }
    void setQuickFilter(const QString &text);
    // Source columns the quick filter looks in (the visible ones).
    void setSearchColumns(const QList<int> &columns);

    // A chip: rows whose boolean `column` equals `required`; nullopt removes it.
    void setStateFilter(int column, std::optional<bool> required);
    std::optional<bool> stateFilter(int column) const;
    void clearStateFilters();
    // A chip over a column of kinds (an instance's State): rows whose
    // SortRole value equals `value`; nullopt removes it.
    void setKindFilter(int column, std::optional<int> value);
    std::optional<int> kindFilter(int column) const;

    // Rows whose reference in `column` (ReferenceIdRole) is to one of `ids`:
    // the instances of several offerings at once ("other" in the overview);
    // `label` names them for the view. An empty set removes it.
    void setReferenceFilter(int column, const QSet<qint64> &ids, const QString &label = {});
    bool hasReferenceFilter() const { return !m_referenceIds.isEmpty(); }
    QString referenceFilterLabel() const { return m_referenceLabel; }

    bool hasLocalFilter() const
    {
        return !m_needle.isEmpty() || !m_states.isEmpty() || !m_kinds.isEmpty() || hasReferenceFilter();
    }
    // Sorting of the loaded rows only; column -1 returns to the server's order.
    void sortLocally(int column, Qt::SortOrder order);
    bool isSortedLocally() const { return sortColumn() >= 0; }

    // While a local filter is on, the view does not load pages by itself: a
    // filter matching little would otherwise walk the whole collection (and
    // the hourly quota) without being asked. Load all does it on request.
    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const PagedTableModel *m_paged = nullptr; // the source, when it has the fast paths
    QList<quint64> m_sortKeys;                // by source row, during sortLocally() only
    int m_sortKeysColumn = -1;
    std::unique_ptr<RowMatcher> m_matcher;    // for m_needle and m_searchColumns
    QString m_needle;
    QList<int> m_searchColumns;
    QHash<int, bool> m_states;
    QHash<int, int> m_kinds;
    int m_referenceColumn = -1;
    QSet<qint64> m_referenceIds;
    QString m_referenceLabel;
};

} // namespace pc
