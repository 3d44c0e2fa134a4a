#include "recordmodels.h"

#include "timestamp.h"

#include <QJsonObject>
#include <QLocale>

namespace pc {

QString displayTimestamp(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    return QLocale().toString(value.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString displayBoolean(bool value)
{
    return value ? PagedTableModel::tr("Yes") : PagedTableModel::tr("No");
}

namespace {

// One line of a long text for a table cell; the full text is in the tooltip
// and the detail pane.
QString firstLine(const QString &text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    QString line = newline < 0 ? text : text.left(newline);
    if (line.size() > 200)
        line = line.left(200) + QChar(0x2026);
    else if (newline >= 0)
        line += QChar(0x2026);
    return line;
}

QString longTooltip(const QString &text)
{
    return text.size() > 2000 ? text.left(2000) + QChar(0x2026) : text;
}

// What one cell shows for each role, by the kind of value in it.
QVariant idCell(qint64 id, int role)
{
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == PagedTableModel::SortRole || role == PagedTableModel::ExportRole)
        return id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::SearchTextRole)
        return QString::number(id);
    return {};
}

QVariant textCell(const QString &text, int role)
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::SortRole
        || role == PagedTableModel::SearchTextRole || role == PagedTableModel::ExportRole)
        return text;
    return {};
}

// Long free text: one line in the cell, the start of it in the tooltip.
QVariant longTextCell(const QString &text, int role)
{
    if (role == Qt::DisplayRole)
        return firstLine(text);
    if (role == Qt::ToolTipRole)
        return longTooltip(text);
    if (role == PagedTableModel::SortRole || role == PagedTableModel::SearchTextRole
        || role == PagedTableModel::ExportRole)
        return text;
    return {};
}

// Booleans are not searched as text: "no" would match half the table.
QVariant booleanCell(bool value, int role)
{
    if (role == PagedTableModel::SortRole || role == PagedTableModel::ExportRole)
        return value;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return displayBoolean(value);
    return {};
}

// Local time in the cell, the API's own value in the tooltip.
QVariant timestampCell(const QDateTime &value, int role)
{
    if (role == PagedTableModel::SortRole)
        return value;
    if (role == Qt::DisplayRole || role == PagedTableModel::SearchTextRole)
        return displayTimestamp(value);
    if (role == Qt::ToolTipRole || role == PagedTableModel::ExportRole)
        return formatApiTimestamp(value);
    return {};
}

template<typename Ref>
QVariant referenceCell(const Ref &reference, int role)
{
    if (role == PagedTableModel::SortRole)
        return reference.name;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::SearchTextRole)
        return reference.displayText();
    if (role == PagedTableModel::ExportRole) {
        if (reference.isNull())
            return {};
        QVariantMap object;
        object.insert(QStringLiteral("id"), QVariant::fromValue(reference.id));
        object.insert(QStringLiteral("name"), reference.name);
        return object;
    }
    return {};
}

} // namespace

// ----------------------------------------------------------- OfferingsModel

OfferingsModel::OfferingsModel(ApiClient *client, QObject *parent)
    : PagedTableModel(client, parent)
{
    setColumns({
        {QStringLiteral("name"), tr("Name"), true},
        {QStringLiteral("reference"), tr("Reference"), false},
        {QStringLiteral("service_instance"), tr("Service instance"), false},
        {QStringLiteral("policy_jwt_alg"), tr("JWT algorithm"), false},
        {QStringLiteral("webhook_uri_template"), tr("Webhook URI template"), false},
        {QStringLiteral("disabled"), tr("Disabled"), false},
        {QStringLiteral("updated_at"), tr("Updated"), true},
        {QStringLiteral("created_at"), tr("Created"), true},
        {QStringLiteral("id"), tr("ID"), true},
        {QStringLiteral("sourceID"), tr("Source ID"), true},
    });
}

QString OfferingsModel::collectionPath() const
{
    return QStringLiteral("app_offerings");
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
    case Name: return textCell(row.name, role);
    case Reference: return textCell(row.reference, role);
    case ServiceInstance: return referenceCell(row.serviceInstance, role);
    case JwtAlg: return textCell(row.policyJwtAlg, role);
    case WebhookUriTemplate: return textCell(row.webhookUriTemplate, role);
    case Disabled: return booleanCell(row.disabled, role);
    case UpdatedAt: return timestampCell(row.updatedAt, role);
    case CreatedAt: return timestampCell(row.createdAt, role);
    case Id: return idCell(row.id, role);
    case SourceId: return textCell(row.sourceId, role);
    case ColumnCount: break;
    }
    return {};
}

void OfferingsModel::appendRecords(const QJsonArray &records)
{
    appendDecoded(m_rows, records, [](const QJsonObject &object) { return decodeOffering(object); });
}

void OfferingsModel::upsertFromServer(const QJsonObject &record)
{
    const AppOffering updated = decodeOffering(record);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != updated.id)
            continue;
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), columnCount() - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(updated);
    endInsertRows();
}

void OfferingsModel::clearRows()
{
    m_rows.clear();
}

// ----------------------------------------------------------- InstancesModel

InstancesModel::InstancesModel(ApiClient *client, QObject *parent)
    : PagedTableModel(client, parent)
{
    setColumns({
        {QStringLiteral("id"), tr("ID"), true},
        {QStringLiteral("customer_account"), tr("Customer account"), false},
        {QStringLiteral("app_offering"), tr("App offering"), false},
        {QStringLiteral("enabled_by_customer"), tr("Enabled by customer"), false},
        {QStringLiteral("suspended"), tr("Suspended"), false},
        {QStringLiteral("disabled"), tr("Disabled"), false},
        {QStringLiteral("suspension_comment"), tr("Suspension comment"), false},
        {QStringLiteral("updated_at"), tr("Updated"), true},
        {QStringLiteral("created_at"), tr("Created"), true},
    });
}

QString InstancesModel::collectionPath() const
{
    // The nested collection lists exactly one offering's instances; the
    // client rewrites app_instances to integration_instances on older servers.
    if (m_scope.id != 0 && !m_nestedUnavailable)
        return QStringLiteral("app_offerings/%1/app_instances").arg(m_scope.id);
    return QStringLiteral("app_instances");
}

// The chips, the bulk actions' dry run and the drill-down read these,
// whatever columns are shown.
QStringList InstancesModel::essentialFields() const
{
    return {QStringLiteral("customer_account"), QStringLiteral("app_offering"), QStringLiteral("suspended"),
            QStringLiteral("enabled_by_customer"), QStringLiteral("disabled"), QStringLiteral("suspension_comment")};
}

void InstancesModel::setOfferingScope(const Reference &offering)
{
    if (offering.id == m_scope.id)
        return;
    m_scope = offering;
    // Each drill-down tries the nested collection again: its 404 may have
    // meant a deleted offering, not a server without it.
    m_nestedUnavailable = false;
    reload();
    Q_EMIT scopeChanged();
}

bool InstancesModel::recoverFrom(const ApiError &error)
{
    // A server without the nested collection: list every instance and keep
    // only this offering's (Load all finds them all).
    if (m_scope.id == 0 || m_nestedUnavailable || error.kind != ApiError::Kind::NotFound)
        return false;
    m_nestedUnavailable = true;
    reload();
    Q_EMIT scopeChanged();
    return true;
}

bool InstancesModel::isScopeFilteredLocally() const
{
    return m_scope.id != 0 && m_nestedUnavailable;
}

int InstancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppInstance &row = m_rows.at(index.row());
    if (role == RecordIdRole)
        return row.id;
    switch (static_cast<Column>(index.column())) {
    case Id: return idCell(row.id, role);
    case CustomerAccount: return referenceCell(row.customerAccount, role);
    case AppOfferingColumn: return referenceCell(row.appOffering, role);
    case EnabledByCustomer: return booleanCell(row.enabledByCustomer, role);
    case Suspended: return booleanCell(row.suspended, role);
    case Disabled: return booleanCell(row.disabled, role);
    case SuspensionComment: return longTextCell(row.suspensionComment, role);
    case UpdatedAt: return timestampCell(row.updatedAt, role);
    case CreatedAt: return timestampCell(row.createdAt, role);
    case ColumnCount: break;
    }
    return {};
}

void InstancesModel::appendRecords(const QJsonArray &records)
{
    if (!isScopeFilteredLocally()) {
        appendDecoded(m_rows, records, [](const QJsonObject &object) { return decodeInstance(object); });
        return;
    }
    QJsonArray matching;
    for (const QJsonValue &value : records) {
        if (decodeReference(value.toObject().value(QStringLiteral("app_offering"))).id == m_scope.id
            || decodeReference(value.toObject().value(QStringLiteral("integration"))).id == m_scope.id)
            matching.append(value);
    }
    appendDecoded(m_rows, matching, [](const QJsonObject &object) { return decodeInstance(object); });
}

bool InstancesModel::updateFromServer(const QJsonObject &record)
{
    const AppInstance updated = decodeInstance(record);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != updated.id)
            continue;
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), columnCount() - 1));
        return true;
    }
    return false;
}

void InstancesModel::clearRows()
{
    m_rows.clear();
}

// ----------------------------------------------------------- ReferenceModel

ReferenceModel::ReferenceModel(ApiClient *client, const QString &collection, QObject *parent)
    : PagedTableModel(client, parent)
    , m_collection(collection)
{
    QList<ColumnSpec> columns{{QStringLiteral("name"), tr("Name"), false}};
    // Versions have a version; service instances do not (the column stays, empty,
    // so the column numbers are the same for both).
    columns.append({collection == QLatin1String("ui_extension_versions") ? QStringLiteral("version") : QString(),
                    tr("Version"), false});
    columns.append({QStringLiteral("id"), tr("ID"), false});
    setColumns(columns);
}

QString ReferenceModel::collectionPath() const
{
    return m_collection;
}

int ReferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == RecordIdRole)
        return row.id;
    switch (static_cast<Column>(index.column())) {
    case Name: return textCell(row.name, role);
    case Version: return textCell(row.version, role);
    case Id: return idCell(row.id, role);
    case ColumnCount: break;
    }
    return {};
}

QString ReferenceModel::displayName(int row) const
{
    const Row &record = m_rows.at(row);
    const QString name = record.name.isEmpty() ? tr("#%1").arg(record.id) : record.name;
    return record.version.isEmpty() ? name : tr("%1 (version %2)").arg(name, record.version);
}

void ReferenceModel::appendRecords(const QJsonArray &records)
{
    appendDecoded(m_rows, records, [](const QJsonObject &object) {
        Row row;
        row.id = object.value(QStringLiteral("id")).toInteger();
        row.name = object.value(QStringLiteral("name")).toString();
        const QJsonValue version = object.value(QStringLiteral("version"));
        row.version = version.isDouble() ? QString::number(version.toDouble()) : version.toString();
        return row;
    });
}

void ReferenceModel::clearRows()
{
    m_rows.clear();
}

} // namespace pc
