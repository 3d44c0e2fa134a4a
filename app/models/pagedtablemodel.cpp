#include "app/models/pagedtablemodel.h"

#include "app/records/domain.h"

#include <algorithm>

namespace pc {

namespace {

// The quick filter through data(): right for any model, fast for none.
class SearchTextMatcher : public RowMatcher
{
public:
    SearchTextMatcher(const QAbstractItemModel *model, const QString &needle, const QList<int> &columns)
        : m_model(model)
        , m_needle(needle)
        , m_columns(columns)
    {
        if (m_columns.isEmpty()) {
            for (int column = 0; column < model->columnCount(); ++column)
                m_columns.append(column);
        }
    }

    bool matches(int row) const override
    {
        for (int column : m_columns) {
            const QString text =
                m_model->data(m_model->index(row, column), PagedTableModel::SearchTextRole).toString();
            if (text.contains(m_needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    const QAbstractItemModel *m_model;
    QString m_needle;
    QList<int> m_columns;
};

} // namespace

PagedTableModel::PagedTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_loader(new PageLoader(client, this, this))
{
    connect(m_loader, &PageLoader::loadingChanged, this, &PagedTableModel::loadingChanged);
    connect(m_loader, &PageLoader::pageLoaded, this, &PagedTableModel::pageLoaded);
    connect(m_loader, &PageLoader::errorOccurred, this, &PagedTableModel::errorOccurred);
    connect(m_loader, &PageLoader::waiting, this, &PagedTableModel::waiting);
    connect(m_loader, &PageLoader::statusChanged, this, &PagedTableModel::statusChanged);
    connect(m_loader, &PageLoader::loadAllFinished, this, &PagedTableModel::loadAllFinished);
}

PagedTableModel::~PagedTableModel() = default;

std::unique_ptr<RowMatcher> PagedTableModel::matcher(const QString &needle, const QList<int> &columns) const
{
    return std::make_unique<SearchTextMatcher>(this, needle, columns);
}

std::optional<bool> PagedTableModel::lessThan(int, int, int) const
{
    return std::nullopt;
}

void PagedTableModel::holdRecords(int key, const QJsonArray &records)
{
    m_heldRecords.insert(key, records);
}

bool PagedTableModel::releaseHeld(int key)
{
    const auto it = m_heldRecords.find(key);
    if (it == m_heldRecords.end())
        return false;
    const QJsonArray records = *it;
    m_heldRecords.erase(it);
    appendRecords(records);
    return true;
}

void PagedTableModel::dropHeld()
{
    m_heldRecords.clear();
}

void PagedTableModel::setColumns(const QList<ColumnSpec> &columns)
{
    m_columns = columns;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).serverSortable
                   ? tr("%1 (API field %2; the server sorts by it)")
                         .arg(m_columns.at(section).title, m_columns.at(section).field)
                   : tr("%1 (API field %2)").arg(m_columns.at(section).title, m_columns.at(section).field);
    return {};
}

int PagedTableModel::columnForField(const QString &field) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).field == field)
            return static_cast<int>(i);
    }
    return -1;
}

QString PagedTableModel::requestPath() const
{
    return m_query.path(collectionPath());
}

QStringList PagedTableModel::requestedFields() const
{
    return pc::requestedFields(m_columns, m_visibleFields, essentialFields());
}

QUrlQuery PagedTableModel::requestQuery() const
{
    return m_query.urlQuery(requestedFields(), implicitSortField(), PageSize);
}

bool PagedTableModel::setVisibleFields(const QStringList &fields)
{
    m_visibleFields = fields;
    if (!m_loader->hasStarted())
        return false; // the first request will ask for them
    // Rows loaded (or on their way) without a newly shown field lack its values.
    const QStringList after = requestedFields();
    return std::any_of(after.begin(), after.end(),
                       [this](const QString &field) { return !m_fetchedFields.contains(field); });
}

void PagedTableModel::setQuery(const QString &predefinedFilter, const QString &sortField,
                               Qt::SortOrder sortOrder, const QList<QPair<QString, QString>> &conditions)
{
    m_query.predefinedFilter = predefinedFilter;
    m_query.sortField = sortField;
    m_query.sortOrder = sortOrder;
    m_query.conditions = conditions;
    if (m_loader->hasStarted())
        reload();
}

void PagedTableModel::setServerConditions(const QList<QPair<QString, QString>> &conditions)
{
    if (conditions == m_query.conditions)
        return;
    m_query.conditions = conditions;
    reload();
}

void PagedTableModel::setPredefinedFilter(const QString &filter)
{
    if (filter == m_query.predefinedFilter)
        return;
    m_query.predefinedFilter = filter;
    reload();
}

void PagedTableModel::setServerSort(const QString &field, Qt::SortOrder order)
{
    if (field == m_query.sortField && order == m_query.sortOrder)
        return;
    m_query.sortField = field;
    m_query.sortOrder = order;
    reload();
}

// The loader starts on what the query and the columns ask for now.
void PagedTableModel::startLoader()
{
    m_fetchedFields = requestedFields();
    m_loader->start(requestPath(), requestQuery());
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    if (!m_loader->hasStarted())
        return true; // nothing asked for yet
    return m_loader->canFetchMore();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_loader->hasStarted())
        startLoader();
    m_loader->fetchNext();
}

void PagedTableModel::reload(int minimumRows)
{
    const bool wasLoadingAll = m_loader->stop(minimumRows);
    beginResetModel();
    clearRows();
    startLoader();
    endResetModel();
    m_loader->fetchNext();
    if (wasLoadingAll)
        Q_EMIT loadAllFinished(false);
    Q_EMIT statusChanged();
}

void PagedTableModel::loadAll()
{
    if (!m_loader->hasStarted())
        startLoader();
    m_loader->loadAll();
}

void PagedTableModel::cancelLoadAll()
{
    m_loader->cancelLoadAll();
}

void PagedTableModel::retry()
{
    if (!m_loader->hasStarted()) {
        reload();
        return;
    }
    m_loader->retry();
}

bool PagedTableModel::isLoadingAll() const
{
    return m_loader->isLoadingAll();
}

int PagedTableModel::loadAllCursors() const
{
    return m_loader->loadAllCursors();
}

void PagedTableModel::setLoadAllCursors(int count)
{
    m_loader->setLoadAllCursors(count);
}

bool PagedTableModel::isWalkingInParallel() const
{
    return m_loader->isWalkingInParallel();
}

qint64 PagedTableModel::recordsScanned() const
{
    return m_loader->recordsScanned();
}

bool PagedTableModel::isLoading() const
{
    return m_loader->isLoading();
}

bool PagedTableModel::atEnd() const
{
    return m_loader->atEnd();
}

qint64 PagedTableModel::totalEntries() const
{
    return m_loader->totalEntries();
}

bool PagedTableModel::isThrottled() const
{
    return m_loader->isThrottled();
}

ApiError PagedTableModel::lastError() const
{
    return m_loader->lastError();
}

bool PagedTableModel::recoverFrom(const ApiError &)
{
    return false;
}

void PagedTableModel::warnSkipped(qsizetype count)
{
    qCWarning(lcDecode) << count << "entries of a page were not records (not JSON objects) and were skipped";
}

} // namespace pc
