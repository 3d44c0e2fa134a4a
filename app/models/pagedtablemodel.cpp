#include "app/models/pagedtablemodel.h"

#include "app/records/domain.h"
#include "app/net/pager.h"
#include "app/net/parallelwalk.h"

#include <algorithm>

namespace pc {

PagedTableModel::PagedTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_loadAllCursors(ParallelWalk::DefaultCursors)
{
}

PagedTableModel::~PagedTableModel() = default;

namespace {

// Where a walk by id goes on from after these records (-1: none had an id).
qint64 highestRecordId(const QJsonArray &records)
{
    qint64 highest = -1;
    for (const QJsonValue &value : records)
        highest = std::max(highest, recordIdOf(value));
    return highest;
}

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
            const QString text = m_model->data(m_model->index(row, column), PagedTableModel::SearchTextRole).toString();
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
            ? tr("%1 (API field %2; the server sorts by it)").arg(m_columns.at(section).title, m_columns.at(section).field)
            : tr("%1 (API field %2)").arg(m_columns.at(section).title, m_columns.at(section).field);
    return {};
}

QString PagedTableModel::requestPath() const
{
    const QString path = collectionPath();
    return m_predefinedFilter.isEmpty() ? path : path + QLatin1Char('/') + m_predefinedFilter;
}

int PagedTableModel::columnForField(const QString &field) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).field == field)
            return static_cast<int>(i);
    }
    return -1;
}

QStringList PagedTableModel::requestedFields() const
{
    QStringList fields;
    for (const ColumnSpec &column : m_columns) {
        if (m_visibleFields.isEmpty() || m_visibleFields.contains(column.field) || essentialFields().contains(column.field))
            fields.append(column.field);
    }
    fields.removeAll(QStringLiteral("id")); // always sent
    fields.removeAll(QString());            // a column with no field of its own
    fields.removeDuplicates();
    return fields;
}

bool PagedTableModel::setVisibleFields(const QStringList &fields)
{
    m_visibleFields = fields;
    if (!m_pager)
        return false; // the first request will ask for them
    // Rows loaded (or on their way) without a newly shown field lack its values.
    const QStringList after = requestedFields();
    return std::any_of(after.begin(), after.end(),
                       [this](const QString &field) { return !m_fetchedFields.contains(field); });
}

void PagedTableModel::setQuery(const QString &predefinedFilter, const QString &sortField, Qt::SortOrder sortOrder,
                               const QList<QPair<QString, QString>> &conditions)
{
    m_predefinedFilter = predefinedFilter;
    m_sortField = sortField;
    m_sortOrder = sortOrder;
    m_conditions = conditions;
    if (m_pager)
        reload();
}

void PagedTableModel::setServerConditions(const QList<QPair<QString, QString>> &conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    reload();
}

QUrlQuery PagedTableModel::requestQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(PageSize));
    const QStringList fields = requestedFields();
    if (!fields.isEmpty())
        query.addQueryItem(QStringLiteral("fields"), fields.join(QLatin1Char(',')));
    if (!m_sortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort"),
                           (m_sortOrder == Qt::DescendingOrder ? QStringLiteral("-") : QString()) + m_sortField);
    else if (const QString implicit = implicitSortField(); !implicit.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), implicit);
    // Operators such as > and < are sent percent-encoded, as the SDKs do.
    for (const auto &[field, value] : m_conditions)
        query.addQueryItem(field, QString::fromLatin1(QUrl::toPercentEncoding(value, ",!")));
    return query;
}

void PagedTableModel::startPager()
{
    m_fetchedFields = requestedFields();
    m_path = requestPath();
    m_query = requestQuery();
    installPager(m_query);
}

void PagedTableModel::installPager(const QUrlQuery &query)
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_pager = new Pager(m_client, m_path, query, this);
    connect(m_pager, &Pager::pageArrived, this, &PagedTableModel::onPageArrived);
    connect(m_pager, &Pager::failed, this, &PagedTableModel::onFailed);
    connect(m_pager, &Pager::waiting, this, &PagedTableModel::waiting);
    connect(m_pager, &Pager::loadingChanged, this, [this](bool loading) {
        Q_EMIT loadingChanged(loading);
        Q_EMIT statusChanged();
    });
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    if (!m_pager)
        return true; // nothing asked for yet
    // A parallel walk loads the rest by itself; after it failed, Retry goes on.
    if (m_walk || m_walkDone)
        return false;
    // Load all takes over from the page in flight with a walk: pages a view
    // asked for meanwhile would only keep it from starting.
    if (m_loadingAll && canLoadAllInParallel())
        return false;
    // After an error the view must not keep asking; Retry does.
    return m_pager->canFetchMore();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_pager)
        startPager();
    m_pager->fetchNext();
}

void PagedTableModel::reload(int minimumRows)
{
    const bool wasLoadingAll = m_loadingAll;
    m_loadingAll = false;
    m_minimumRows = minimumRows;
    dropWalk();
    m_walkDone = false;
    m_walkRefused = false; // the query (or the server) may be another now
    m_recordsScanned = 0;
    m_lastScannedId = -1;
    m_scannedBefore = 0;
    m_knownTotal = -1;
    m_throttled = false;
    beginResetModel();
    clearRows();
    startPager();
    endResetModel();
    m_pager->fetchNext();
    if (wasLoadingAll)
        Q_EMIT loadAllFinished(false);
    Q_EMIT statusChanged();
}

void PagedTableModel::loadAll()
{
    if (!m_pager)
        startPager();
    m_loadingAll = true;
    if (const qint64 total = totalEntries(); total > rowCount())
        reserveRows(total);
    // After a failed page, Load all is also its retry.
    if (m_walk)
        m_walk->retry();
    else if (!m_walkDone && m_pager->lastError().isError())
        m_pager->fetchNext();
    Q_EMIT statusChanged();
    continueLoading();
}

void PagedTableModel::setLoadAllCursors(int count)
{
    m_loadAllCursors = std::max(1, count);
}

bool PagedTableModel::isWalkingInParallel() const
{
    return m_walk != nullptr;
}

bool PagedTableModel::canLoadAllInParallel() const
{
    return m_loadAllCursors > 1 && !m_walkRefused && ParallelWalk::canWalk(m_query);
}

qint64 PagedTableModel::recordsScanned() const
{
    return m_recordsScanned;
}

void PagedTableModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    m_minimumRows = 0;
    // Stops after the requests in flight; their rows still come in.
    if (m_walk)
        m_walk->cancel();
    Q_EMIT loadAllFinished(false);
    Q_EMIT statusChanged();
}

// Keeps pages coming while Load all (or a refresh's row target) asks for them.
void PagedTableModel::continueLoading()
{
    if (m_walk) {
        // The walk goes on by itself; one that failed ends Load all and waits
        // for Retry.
        if (m_walk->lastError().isError()) {
            m_minimumRows = 0;
            if (m_loadingAll) {
                m_loadingAll = false;
                Q_EMIT loadAllFinished(false);
                Q_EMIT statusChanged();
            }
        }
        return;
    }
    if (m_walkDone) {
        m_minimumRows = 0;
        if (m_loadingAll) {
            m_loadingAll = false;
            Q_EMIT loadAllFinished(true);
            Q_EMIT statusChanged();
        }
        return;
    }
    if (!m_pager)
        return;
    const bool wanted = m_loadingAll || rowCount() < m_minimumRows;
    if (m_pager->atEnd() || m_pager->lastError().isError()) {
        m_minimumRows = 0;
        if (m_loadingAll) {
            m_loadingAll = false;
            Q_EMIT loadAllFinished(m_pager->atEnd() && !m_pager->lastError().isError());
            Q_EMIT statusChanged();
        }
        return;
    }
    // Continuing by id is exact only after records that had ids (pages of
    // anything else could not say where to go on from).
    const bool continuable = m_recordsScanned == 0 || m_lastScannedId >= 0;
    if (m_loadingAll && !m_pager->isLoading() && continuable && canLoadAllInParallel()) {
        startWalk();
        return;
    }
    if (wanted)
        m_pager->fetchNext(); // a no-op while a page is in flight
}

void PagedTableModel::startWalk()
{
    m_knownTotal = totalEntries();
    m_scannedBefore = m_recordsScanned;
    auto *walk = new ParallelWalk(m_client, m_path, m_query, this);
    walk->setCursorCount(m_loadAllCursors);
    walk->setReceiverHolds(true);
    if (m_lastScannedId >= 0)
        walk->setStartAfter(m_lastScannedId);
    connect(walk, &ParallelWalk::pageArrived, this, &PagedTableModel::onWalkPage);
    connect(walk, &ParallelWalk::pageHeld, this, &PagedTableModel::onWalkPageHeld);
    connect(walk, &ParallelWalk::heldPageReleased, this, &PagedTableModel::onWalkHeldPageReleased);
    connect(walk, &ParallelWalk::failed, this, &PagedTableModel::onWalkFailed);
    connect(walk, &ParallelWalk::finished, this, &PagedTableModel::onWalkFinished);
    connect(walk, &ParallelWalk::waiting, this, &PagedTableModel::waiting);
    connect(walk, &ParallelWalk::loadingChanged, this, [this](bool loading) {
        Q_EMIT loadingChanged(loading);
        Q_EMIT statusChanged();
    });
    m_walk = walk;
    walk->start();
    Q_EMIT statusChanged();
}

// Safe from inside the walk's own signals (a slot may reload).
void PagedTableModel::dropWalk()
{
    if (!m_walk)
        return;
    ParallelWalk *walk = m_walk;
    m_walk = nullptr;
    walk->disconnect(this);
    walk->abort();
    walk->deleteLater();
    dropHeld();
    m_heldScan.clear();
}

void PagedTableModel::onWalkPageHeld(int key, const QJsonArray &records)
{
    m_heldScan.insert(key, {records.size(), highestRecordId(records)});
    holdRecords(key, records);
}

void PagedTableModel::onWalkHeldPageReleased(int key)
{
    m_throttled = m_walk->isThrottled();
    const auto [count, lastId] = m_heldScan.take(key);
    m_recordsScanned += count;
    m_lastScannedId = std::max(m_lastScannedId, lastId);
    const int before = rowCount();
    releaseHeld(key);
    Q_EMIT pageLoaded(rowCount() - before);
    Q_EMIT statusChanged();
}

void PagedTableModel::onWalkPage(const QJsonArray &records)
{
    m_throttled = m_walk->isThrottled();
    takePage(records);
}

void PagedTableModel::onWalkFailed(const ApiError &error)
{
    // A server that refuses the id range or sort=id the walk adds (an older
    // one, say) before anything came: the single cursor goes on instead. Its
    // own query is unchanged, so a 400 that was about that query comes again
    // from it and is shown then.
    // Likewise a bound the walk could not read an id from: it cannot be
    // retried, one cursor can go on.
    if (m_walk->pagesLoaded() == 0
        && (error.kind == ApiError::Kind::BadRequest || !m_walk->canRetry())) {
        qCInfo(lcWalk) << "the server refused walking by id ranges:" << error.message
                       << "; one cursor goes on";
        m_walkRefused = true;
        m_knownTotal = totalEntries();
        dropWalk();
        continueLoading();
        Q_EMIT statusChanged();
        return;
    }
    if (recoverFrom(error))
        return;
    continueLoading(); // ends a Load all
    Q_EMIT errorOccurred(error);
    Q_EMIT statusChanged();
}

void PagedTableModel::onWalkFinished(bool complete)
{
    if (complete) {
        // Everything there was is in; the pager's cursor is far behind and
        // must not be followed again.
        m_walkDone = true;
        m_knownTotal = m_recordsScanned;
        dropWalk();
    } else {
        // Cancelled: one cursor goes on from after the last record received,
        // for the view's fetchMore() or the next Load all.
        m_knownTotal = totalEntries();
        m_scannedBefore = m_recordsScanned;
        dropWalk();
        QUrlQuery query = m_query;
        if (m_lastScannedId >= 0) {
            const QString after = QStringLiteral(">%1").arg(m_lastScannedId);
            query.addQueryItem(QStringLiteral("id"), QString::fromLatin1(QUrl::toPercentEncoding(after, ",!")));
        }
        installPager(query);
    }
    continueLoading(); // ends Load all, or walks again if it was asked for meanwhile
    Q_EMIT statusChanged();
}

void PagedTableModel::retry()
{
    if (!m_pager) {
        reload();
        return;
    }
    if (m_walk) {
        // A parallel Load all that failed goes on where it stopped.
        if (m_walk->lastError().isError())
            loadAll();
        return;
    }
    if (m_walkDone)
        return; // nothing failed
    m_pager->fetchNext();
    Q_EMIT statusChanged();
}

void PagedTableModel::setPredefinedFilter(const QString &filter)
{
    if (filter == m_predefinedFilter)
        return;
    m_predefinedFilter = filter;
    reload();
}

void PagedTableModel::setServerSort(const QString &field, Qt::SortOrder order)
{
    if (field == m_sortField && order == m_sortOrder)
        return;
    m_sortField = field;
    m_sortOrder = order;
    reload();
}

bool PagedTableModel::isLoading() const
{
    return (m_walk && m_walk->isLoading()) || (!m_walkDone && m_pager && m_pager->isLoading());
}

bool PagedTableModel::atEnd() const
{
    return m_walkDone || (!m_walk && m_pager && m_pager->atEnd());
}

// The records before the current pager or walk began, plus what it counts.
qint64 PagedTableModel::totalEntries() const
{
    qint64 current = -1;
    if (m_walk)
        current = m_walk->totalEntries();
    else if (!m_walkDone && m_pager)
        current = m_pager->totalEntries();
    return current < 0 ? m_knownTotal : m_scannedBefore + current;
}

bool PagedTableModel::isThrottled() const
{
    return m_throttled;
}

void PagedTableModel::takePage(const QJsonArray &records)
{
    m_recordsScanned += records.size();
    // Where a walk by id goes on from: the records a local filter drops were
    // received too, so they are not asked for again.
    m_lastScannedId = std::max(m_lastScannedId, highestRecordId(records));
    const int before = rowCount();
    if (!records.isEmpty())
        appendRecords(records);
    Q_EMIT pageLoaded(rowCount() - before);
    Q_EMIT statusChanged();
}

void PagedTableModel::onPageArrived(const QJsonArray &records)
{
    m_throttled = m_pager->isThrottled();
    takePage(records);
    continueLoading();
}

bool PagedTableModel::recoverFrom(const ApiError &)
{
    return false;
}

ApiError PagedTableModel::lastError() const
{
    if (m_walk)
        return m_walk->lastError();
    if (m_walkDone)
        return {};
    return m_pager ? m_pager->lastError() : ApiError();
}

void PagedTableModel::warnSkipped(qsizetype count)
{
    qCWarning(lcDecode) << count << "entries of a page were not records (not JSON objects) and were skipped";
}

void PagedTableModel::onFailed(const ApiError &error)
{
    if (recoverFrom(error))
        return;
    continueLoading(); // ends a Load all
    Q_EMIT errorOccurred(error);
    Q_EMIT statusChanged();
}

} // namespace pc
