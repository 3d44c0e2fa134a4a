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
    });
}

QString OfferingsModel::collectionPath() const
{
    return QStringLiteral("app_offerings");
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
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (column) {
        case Name: return row.name;
        case Reference: return row.reference;
        case ServiceInstance:
            return role == SortRole ? QVariant(row.serviceInstance.name) : QVariant(row.serviceInstance.displayText());
        case JwtAlg: return row.policyJwtAlg;
        case WebhookUriTemplate: return row.webhookUriTemplate;
        case Disabled: return role == SortRole ? QVariant(row.disabled) : QVariant(displayBoolean(row.disabled));
        case UpdatedAt:
            return role == SortRole ? QVariant(row.updatedAt)
                 : role == Qt::ToolTipRole ? QVariant(formatApiTimestamp(row.updatedAt))
                                           : QVariant(displayTimestamp(row.updatedAt));
        case CreatedAt:
            return role == SortRole ? QVariant(row.createdAt)
                 : role == Qt::ToolTipRole ? QVariant(formatApiTimestamp(row.createdAt))
                                           : QVariant(displayTimestamp(row.createdAt));
        case Id: return role == SortRole ? QVariant(row.id) : QVariant(QString::number(row.id));
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && column == Id)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void OfferingsModel::appendRecords(const QJsonArray &records)
{
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    m_rows.reserve(m_rows.size() + records.size());
    for (const QJsonValue &value : records)
        m_rows.append(decodeOffering(value.toObject()));
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
    // The client rewrites this to integration_instances on older servers.
    return QStringLiteral("app_instances");
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
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (column) {
        case Id: return role == SortRole ? QVariant(row.id) : QVariant(QString::number(row.id));
        case CustomerAccount:
            return role == SortRole ? QVariant(row.customerAccount.name) : QVariant(row.customerAccount.displayText());
        case AppOfferingColumn:
            return role == SortRole ? QVariant(row.appOffering.name) : QVariant(row.appOffering.displayText());
        case EnabledByCustomer:
            return role == SortRole ? QVariant(row.enabledByCustomer) : QVariant(displayBoolean(row.enabledByCustomer));
        case Suspended: return role == SortRole ? QVariant(row.suspended) : QVariant(displayBoolean(row.suspended));
        case Disabled: return role == SortRole ? QVariant(row.disabled) : QVariant(displayBoolean(row.disabled));
        case SuspensionComment:
            return role == Qt::DisplayRole ? QVariant(firstLine(row.suspensionComment))
                 : role == Qt::ToolTipRole ? QVariant(longTooltip(row.suspensionComment))
                                           : QVariant(row.suspensionComment);
        case UpdatedAt:
            return role == SortRole ? QVariant(row.updatedAt)
                 : role == Qt::ToolTipRole ? QVariant(formatApiTimestamp(row.updatedAt))
                                           : QVariant(displayTimestamp(row.updatedAt));
        case CreatedAt:
            return role == SortRole ? QVariant(row.createdAt)
                 : role == Qt::ToolTipRole ? QVariant(formatApiTimestamp(row.createdAt))
                                           : QVariant(displayTimestamp(row.createdAt));
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && column == Id)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void InstancesModel::appendRecords(const QJsonArray &records)
{
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    m_rows.reserve(m_rows.size() + records.size());
    for (const QJsonValue &value : records)
        m_rows.append(decodeInstance(value.toObject()));
    endInsertRows();
}

void InstancesModel::clearRows()
{
    m_rows.clear();
}

} // namespace pc
