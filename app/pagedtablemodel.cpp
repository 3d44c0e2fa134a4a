#include "pagedtablemodel.h"

#include "domain.h"
#include "pager.h"

#include <algorithm>

namespace pc {

PagedTableModel::PagedTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

PagedTableModel::~PagedTableModel() = default;

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
    // Operators such as > and < are sent percent-encoded, as the SDKs do.
    for (const auto &[field, value] : m_conditions)
        query.addQueryItem(field, QString::fromLatin1(QUrl::toPercentEncoding(value, ",!")));
    return query;
}

void PagedTableModel::startPager()
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_fetchedFields = requestedFields();
    m_pager = new Pager(m_client, requestPath(), requestQuery(), this);
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
    // After a failed page, Load all is also its retry.
    if (m_pager->lastError().isError())
        m_pager->fetchNext();
    Q_EMIT statusChanged();
    continueLoading();
}

qint64 PagedTableModel::recordsScanned() const
{
    return m_pager ? m_pager->recordsLoaded() : 0;
}

void PagedTableModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    m_minimumRows = 0;
    Q_EMIT loadAllFinished(false);
    Q_EMIT statusChanged();
}

// Keeps pages coming while Load all (or a refresh's row target) asks for them.
void PagedTableModel::continueLoading()
{
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
    if (wanted)
        m_pager->fetchNext(); // a no-op while a page is in flight
}

void PagedTableModel::retry()
{
    if (!m_pager) {
        reload();
        return;
    }
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
    return m_pager && m_pager->isLoading();
}

bool PagedTableModel::atEnd() const
{
    return m_pager && m_pager->atEnd();
}

qint64 PagedTableModel::totalEntries() const
{
    return m_pager ? m_pager->totalEntries() : -1;
}

bool PagedTableModel::isThrottled() const
{
    return m_pager && m_pager->isThrottled();
}

void PagedTableModel::onPageArrived(const QJsonArray &records)
{
    const int before = rowCount();
    if (!records.isEmpty())
        appendRecords(records);
    Q_EMIT pageLoaded(rowCount() - before);
    Q_EMIT statusChanged();
    continueLoading();
}

bool PagedTableModel::recoverFrom(const ApiError &)
{
    return false;
}

ApiError PagedTableModel::lastError() const
{
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
