#include "app/models/pagedtablemodel.h"

#include "app/models/retranslation.h"
#include "app/records/domain.h"

#include <QEvent>
#include <algorithm>
#include <utility>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::PagedTableModel).
class PagedTableModel { Q_OBJECT };
#endif

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
    if (client) {
        connect(client, &ApiClient::serverSortsChanged, this, &PagedTableModel::serverKnowledgeChanged);
        connect(client, &ApiClient::instancesApiChanged, this, &PagedTableModel::serverKnowledgeChanged);
    }
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

QList<quint64> PagedTableModel::sortKeys(int) const
{
    return {};
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

void PagedTableModel::retranslate()
{
    const QList<ColumnSpec> translated = columnSpecs();
    for (qsizetype column = 0; column < m_columns.size() && column < translated.size(); ++column)
        m_columns[column].title = translated.at(column).title;
    announceRetranslated(this);
}

bool PagedTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::event(event);
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
        return sortsOnServer(section)
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

bool PagedTableModel::sortsOnServer(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const ColumnSpec &spec = m_columns.at(column);
    if (spec.field.isEmpty())
        return false;
    switch (m_client ? m_client->serverSorts().support(ServerSorts::resource(collectionPath()), spec.field)
                     : ServerSorts::Support::Unknown) {
    case ServerSorts::Support::Accepted:
        return true;
    case ServerSorts::Support::Refused:
        return false;
    case ServerSorts::Support::Unknown:
        break;
    }
    return presumedServerSortable(spec);
}

// The server told something new of itself (a sort it takes or refuses, its
// instance collection): the headers say which columns it sorts by, and rows
// read from the local copy in the API's default order follow that order if
// it turned out to be another one.
void PagedTableModel::serverKnowledgeChanged()
{
    if (!m_columns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, static_cast<int>(m_columns.size()) - 1);
    if (!m_local || m_localReading || !m_query.sortField.isEmpty() ||
        defaultOrderField() == m_localOrderField)
        return;
    // The server's default order turned out to be another (a 2021 server
    // lists offerings by reference): the rows the view shows move, none goes.
    m_localOrderField = defaultOrderField();
    if (!reorderRows(localQuery()))
        reload(rowCount());
}

bool PagedTableModel::reorderRows(const LocalQuery &order)
{
    Q_UNUSED(order)
    return false;
}

void PagedTableModel::permuteRows(const QList<int> &from, const std::function<void()> &move)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> to(from.size());
    for (int row = 0; row < from.size(); ++row)
        to[from[row]] = row;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(index.row() < to.size() ? this->index(to[index.row()], index.column()) : QModelIndex());
    move();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
    // The view restored over a query started before it was built (the
    // window's start: see TableStart) asks for what is loading already.
    if (predefinedFilter == m_query.predefinedFilter && sortField == m_query.sortField &&
        sortOrder == m_query.sortOrder && conditions == m_query.conditions)
        return;
    m_query.predefinedFilter = predefinedFilter;
    m_query.sortField = sortField;
    m_query.sortOrder = sortOrder;
    m_query.conditions = conditions;
    if (m_loader->hasStarted() || m_local)
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
    if (parent.isValid() || m_local || m_awaitingLocal)
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
    const bool wasLoadingAll = m_loader->stop(minimumRows) || m_localLoadAll;
    const bool local = answersLocally();
    m_awaitingLocal = false;
    beginResetModel();
    clearRows();
    m_local = local;
    m_localReading = false;
    m_localLoadAll = false;
    ++m_localRead; // a read still on its way is for the old query
    if (!local)
        startLoader();
    endResetModel();
    if (local)
        readLocal();
    else
        m_loader->fetchNext();
    if (wasLoadingAll)
        Q_EMIT loadAllFinished(false);
    Q_EMIT statusChanged();
}

void PagedTableModel::setAwaitingLocalSource(bool awaiting)
{
    if (awaiting == m_awaitingLocal)
        return;
    m_awaitingLocal = awaiting;
    Q_EMIT loadingChanged(isLoading());
    Q_EMIT statusChanged();
}

void PagedTableModel::setLocalSource(LocalRecordSource *source)
{
    if (source == m_localSource && !m_awaitingLocal)
        return;
    m_localSource = source;
    reload();
}

bool PagedTableModel::answersLocally() const
{
    if (!m_localSource)
        return false;
    const std::optional<RecordPredicate> filter = localFilter();
    return filter && LocalQuery(m_query, *filter).isValid();
}

LocalQuery PagedTableModel::localQuery() const
{
    ListQuery query = m_query;
    if (query.sortField.isEmpty()) {
        // A 2021 server lists offerings by reference, a current one by name.
        query.sortField = defaultOrderField();
        query.sortOrder = Qt::AscendingOrder; // the API's default order is ascending
    }
    return LocalQuery(query, localFilter().value_or(RecordPredicate()));
}

std::optional<RecordPredicate> PagedTableModel::localFilter() const
{
    if (!m_query.predefinedFilter.isEmpty())
        return std::nullopt;
    return RecordPredicate();
}

void PagedTableModel::readLocal()
{
    const int read = m_localRead;
    m_localReading = true;
    m_localOrderField = defaultOrderField();
    Q_EMIT loadingChanged(true);
    const auto current = [this, read] { return read == m_localRead && m_local; };
    if (readLocalQuickly(current))
        return;
    m_localSource->readAll(this, [this, current](const QList<QJsonObject> &records) {
        if (current())
            takeLocalRecords(records);
    });
}

bool PagedTableModel::readLocalQuickly(const std::function<bool()> &current)
{
    Q_UNUSED(current)
    return false;
}

// The local copy's answer, as a page would come: inserted rows, then pageLoaded().
void PagedTableModel::takeLocalRecords(const QList<QJsonObject> &records)
{
    const QList<QJsonObject> rows = localQuery().apply(records);
    takeLocalRows([this, &rows] {
        appendRecordObjects(rows);
        return static_cast<int>(rows.size());
    });
}

void PagedTableModel::takeLocalRows(const std::function<int()> &insert)
{
    m_localReading = false;
    const int rows = insert();
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(rows);
    Q_EMIT statusChanged();
    if (std::exchange(m_localLoadAll, false))
        Q_EMIT loadAllFinished(true);
}

void PagedTableModel::appendRecordObjects(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    appendRecords(array);
}

void PagedTableModel::applyLocalRecord(const QJsonObject &record)
{
    if (!m_local || m_localReading)
        return;
    const int row = rowOfId(record.value(QStringLiteral("id")).toInteger());
    const bool matches = localQuery().matches(record);
    if (row >= 0 && matches) {
        replaceRecord(row, record);
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        removeRecordRow(row);
        endRemoveRows();
    } else if (matches) {
        appendRecordObjects({record});
    } else {
        return;
    }
    Q_EMIT statusChanged();
}

void PagedTableModel::removeLocalRecords(const QList<qint64> &ids)
{
    if (!m_local || m_localReading)
        return;
    bool removed = false;
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        removeRecordRow(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        Q_EMIT statusChanged();
}

void PagedTableModel::loadAll()
{
    if (m_local) {
        // Everything is here once the copy has been read.
        if (m_localReading)
            m_localLoadAll = true;
        else
            Q_EMIT loadAllFinished(true);
        return;
    }
    if (!m_loader->hasStarted())
        startLoader();
    m_loader->loadAll();
}

void PagedTableModel::cancelLoadAll()
{
    if (m_local) {
        if (std::exchange(m_localLoadAll, false))
            Q_EMIT loadAllFinished(false);
        return;
    }
    m_loader->cancelLoadAll();
}

void PagedTableModel::retry()
{
    if (!m_loader->hasStarted() || m_local) {
        reload();
        return;
    }
    m_loader->retry();
}

bool PagedTableModel::isLoadingAll() const
{
    if (m_local)
        return m_localLoadAll;
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
    return !m_local && m_loader->isWalkingInParallel();
}

qint64 PagedTableModel::recordsScanned() const
{
    if (m_local)
        return rowCount();
    return m_loader->recordsScanned();
}

bool PagedTableModel::isLoading() const
{
    if (m_awaitingLocal)
        return true;
    if (m_local)
        return m_localReading;
    return m_loader->isLoading();
}

bool PagedTableModel::atEnd() const
{
    if (m_local)
        return !m_localReading;
    return m_loader->atEnd();
}

qint64 PagedTableModel::totalEntries() const
{
    if (m_local)
        return m_localReading ? -1 : rowCount();
    return m_loader->totalEntries();
}

bool PagedTableModel::isThrottled() const
{
    return !m_local && m_loader->isThrottled();
}

ApiError PagedTableModel::lastError() const
{
    if (m_local)
        return {};
    return m_loader->lastError();
}

bool PagedTableModel::recoverFrom(const ApiError &error)
{
    // A sort this server does not allow: its own order instead, and the view
    // sorts the loaded rows; an error here would leave the table empty. The
    // client has noted the refusal, so the column is not offered again.
    if (error.kind != ApiError::Kind::BadRequest || m_query.sortField.isEmpty() ||
        !error.refusedSortFields.contains(m_query.sortField))
        return false;
    const int column = columnForField(m_query.sortField);
    const Qt::SortOrder order = m_query.sortOrder;
    qCInfo(lcApi) << "the server does not sort" << collectionPath() << "by" << m_query.sortField
                  << "; its own order, sorted here";
    m_query.sortField.clear();
    m_query.sortOrder = Qt::AscendingOrder;
    reload();
    Q_EMIT serverSortRefused(column, order);
    return true;
}

void PagedTableModel::warnSkipped(qsizetype count)
{
    qCWarning(lcDecode) << count << "entries of a page were not records (not JSON objects) and were skipped";
}

} // namespace pc
