#include "app/models/offeringsmodel.h"

#include "app/models/celltext.h"
#include "app/models/recordstate.h"
#include "app/records/timestamp.h"

#include <QJsonObject>
#include <algorithm>
#include <numeric>
#include <string_view>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::OfferingsModel).
class OfferingsModel { Q_OBJECT };
#endif

OfferingsModel::OfferingsModel(ApiClient *client, QObject *parent)
    : PagedTableModel(client, parent)
{
    setColumns(columnSpecs());
}

QList<ColumnSpec> OfferingsModel::columnSpecs() const
{
    return {
        {QStringLiteral("name"), tr("Name"), true},
        {QStringLiteral("reference"), tr("Reference"), false},
        {QStringLiteral("service_instance"), tr("Service instance"), false},
        {QStringLiteral("policy_jwt_alg"), tr("JWT algorithm"), false},
        {QStringLiteral("webhook_uri_template"), tr("Webhook URI template"), false},
        // Shown as the offering's state (Published, Draft, Disabled); the
        // API's field is `disabled`, which an export writes as it is.
        {QStringLiteral("disabled"), tr("State"), false},
        {QStringLiteral("updated_at"), tr("Updated"), true},
        {QStringLiteral("created_at"), tr("Created"), true},
        {QStringLiteral("id"), tr("ID"), true},
        {QStringLiteral("sourceID"), tr("Source ID"), true},
    };
}

QString OfferingsModel::collectionPath() const
{
    return QStringLiteral("app_offerings");
}

bool OfferingsModel::listsByReference() const
{
    const ApiClient *api = client();
    if (!api)
        return false;
    const QString collection = collectionPath();
    const ServerSorts &sorts = api->serverSorts();
    return api->instancesApi() == InstancesApi::Legacy ||
           sorts.support(collection, QStringLiteral("name")) == ServerSorts::Support::Refused ||
           sorts.support(collection, QStringLiteral("reference")) == ServerSorts::Support::Accepted;
}

QString OfferingsModel::defaultOrderField() const
{
    return listsByReference() ? QStringLiteral("reference") : QStringLiteral("name");
}

bool OfferingsModel::presumedServerSortable(const ColumnSpec &column) const
{
    if (column.field == QLatin1String("name"))
        return !listsByReference();
    if (column.field == QLatin1String("reference"))
        return listsByReference();
    return column.serverSortable;
}

// As the API names them (4me-api.md §3, §7).
QStringList OfferingsModel::predefinedFilters() const
{
    return {QString(), QStringLiteral("latest_internal"), QStringLiteral("latest_published"),
            QStringLiteral("all_latest_published"), QStringLiteral("consumed")};
}

QStringList OfferingsModel::serverFilterFields() const
{
    return {QStringLiteral("name"),       QStringLiteral("reference"),  QStringLiteral("disabled"),
            QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("id"),
            QStringLiteral("source"),     QStringLiteral("sourceID")};
}

// The drill-down names the offering, whatever columns are shown.
QStringList OfferingsModel::essentialFields() const
{
    return {QStringLiteral("name")};
}

int OfferingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant OfferingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppOffering &row = m_rows.at(index.row());
    if (role == RecordIdRole)
        return row.id;
    switch (static_cast<Column>(index.column())) {
    case Name:
        return textCell(row.name, role);
    case Reference:
        return textCell(row.reference, role);
    case ServiceInstance:
        return referenceCell(row.serviceInstance, role);
    case JwtAlg:
        return textCell(row.policyJwtAlg, role);
    case WebhookUriTemplate:
        return textCell(row.webhookUriTemplate, role);
    case Disabled:
        return stateCell(row, role);
    case UpdatedAt:
        return timestampCell(row.updatedAt, role);
    case CreatedAt:
        return timestampCell(row.createdAt, role);
    case Id:
        return idCell(row.id, role);
    case SourceId:
        return textCell(row.sourceId, role);
    case ColumnCount:
        break;
    }
    return {};
}

void OfferingsModel::appendRecords(const QJsonArray &records)
{
    appendDecoded(m_rows, records, [](const QJsonObject &object) { return decodeOffering(object); });
}

void OfferingsModel::appendRecordObjects(const QList<QJsonObject> &records)
{
    if (records.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    m_rows.reserve(m_rows.size() + records.size());
    for (const QJsonObject &record : records)
        m_rows.append(decodeOffering(record));
    endInsertRows();
}

int OfferingsModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

void OfferingsModel::replaceRecord(int row, const QJsonObject &record)
{
    m_rows[row] = decodeOffering(record);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void OfferingsModel::removeRecordRow(int row)
{
    m_rows.remove(row);
}

OfferingState OfferingsModel::state(const AppOffering &offering) const
{
    if (offering.disabled)
        return OfferingState::Disabled;
    if (!m_draftsKnown)
        return OfferingState::Unknown;
    return m_drafts.contains(offering.id) ? OfferingState::Draft : OfferingState::Published;
}

QVariant OfferingsModel::stateCell(const AppOffering &offering, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return RecordStateText::word(state(offering));
    case Qt::ToolTipRole:
        return m_draftsKnown ? RecordStateText::word(state(offering))
                             : tr("%1 (whether it is a draft is not known yet)")
                                   .arg(RecordStateText::word(state(offering)));
    case SortRole:
        return int(state(offering));
    default:
        return booleanCell(offering.disabled, role); // the API's value for export
    }
}

void OfferingsModel::setDrafts(const QSet<qint64> &ids)
{
    m_drafts = ids;
    m_draftsKnown = true;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Disabled), index(rowCount() - 1, Disabled));
}

void OfferingsModel::upsertFromServer(const QJsonObject &record)
{
    const AppOffering updated = decodeOffering(record);
    if (const int row = rowOfId(updated.id); row >= 0) {
        replaceRecord(row, record);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(updated);
    endInsertRows();
}

bool OfferingsModel::reorderRows(const LocalQuery &order)
{
    // The fields the API orders offerings by, as the local copy compares them.
    QList<QJsonObject> keys;
    keys.reserve(m_rows.size());
    for (const AppOffering &offering : std::as_const(m_rows)) {
        keys.append(QJsonObject{{QStringLiteral("id"), offering.id},
                                {QStringLiteral("name"), offering.name},
                                {QStringLiteral("reference"), offering.reference},
                                {QStringLiteral("sourceID"), offering.sourceId},
                                {QStringLiteral("created_at"), formatApiTimestamp(offering.createdAt)},
                                {QStringLiteral("updated_at"), formatApiTimestamp(offering.updatedAt)}});
    }
    QList<int> from(m_rows.size());
    std::iota(from.begin(), from.end(), 0);
    std::stable_sort(from.begin(), from.end(),
                     [&](int left, int right) { return order.lessThan(keys.at(left), keys.at(right)); });
    permuteRows(from, [this, &from] {
        QList<AppOffering> moved;
        moved.reserve(m_rows.size());
        for (int row : std::as_const(from))
            moved.append(m_rows.at(row));
        m_rows = std::move(moved);
    });
    return true;
}

void OfferingsModel::clearRows()
{
    m_rows.clear();
}

} // namespace pc
