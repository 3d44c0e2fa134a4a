#include "app/models/recordmodels.h"

#include "app/records/timestamp.h"

#include <QJsonObject>

#include <algorithm>
#include <string_view>

namespace pc {

QString displayTimestamp(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    return localMinuteText(value.toMSecsSinceEpoch());
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
    // As RecordFilterProxy sorts text: case-insensitive, by the user's locale.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
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
    const qsizetype row = index.row();
    if (role == RecordIdRole)
        return m_rows.id(row);
    switch (static_cast<Column>(index.column())) {
    case Id: return idCell(m_rows.id(row), role);
    case CustomerAccount: return referenceCell(m_rows.customerAccount(row), role);
    case AppOfferingColumn: return referenceCell(m_rows.appOffering(row), role);
    case EnabledByCustomer: return booleanCell(m_rows.isEnabledByCustomer(row), role);
    case Suspended: return booleanCell(m_rows.isSuspended(row), role);
    case Disabled: return booleanCell(m_rows.isDisabled(row), role);
    case SuspensionComment: return longTextCell(m_rows.suspensionComment(row), role);
    case UpdatedAt:
        // Display and search text straight from the milliseconds; the rest
        // needs the offset the API wrote.
        if (role == Qt::DisplayRole || role == SearchTextRole)
            return m_rows.updatedAtMs(row) == InstanceTable::NoTime ? QString() : localMinuteText(m_rows.updatedAtMs(row));
        return timestampCell(m_rows.updatedAt(row), role);
    case CreatedAt:
        if (role == Qt::DisplayRole || role == SearchTextRole)
            return m_rows.createdAtMs(row) == InstanceTable::NoTime ? QString() : localMinuteText(m_rows.createdAtMs(row));
        return timestampCell(m_rows.createdAt(row), role);
    case ColumnCount: break;
    }
    return {};
}

QJsonArray InstancesModel::inScope(const QJsonArray &records) const
{
    if (!isScopeFilteredLocally())
        return records;
    QJsonArray matching;
    for (const QJsonValue &value : records) {
        if (decodeReference(value.toObject().value(QStringLiteral("app_offering"))).id == m_scope.id
            || decodeReference(value.toObject().value(QStringLiteral("integration"))).id == m_scope.id)
            matching.append(value);
    }
    return matching;
}

// A page (as far as a local drill-down keeps it) packed into this table's
// rows; entries that are not records are skipped and reported.
QList<InstanceTable::PackedRow> InstancesModel::packPage(const QJsonArray &records)
{
    const QJsonArray kept = inScope(records);
    QList<InstanceTable::PackedRow> rows;
    rows.reserve(kept.size());
    for (const QJsonValue &value : kept) {
        if (value.isObject())
            rows.append(m_rows.pack(decodeInstance(value.toObject())));
    }
    if (rows.size() != kept.size())
        warnSkipped(kept.size() - rows.size());
    return rows;
}

void InstancesModel::insertPacked(const QList<InstanceTable::PackedRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.appendPacked(rows);
    endInsertRows();
}

void InstancesModel::appendRecords(const QJsonArray &records)
{
    insertPacked(packPage(records));
}

void InstancesModel::reserveRows(qint64 rows)
{
    // A drill-down filtered here keeps a fraction: no guess is better.
    if (!isScopeFilteredLocally() && rows > m_rows.size())
        m_rows.reserve(static_cast<qsizetype>(std::min<qint64>(rows, 10'000'000)));
}

void InstancesModel::holdRecords(int key, const QJsonArray &records)
{
    m_held.insert(key, packPage(records));
}

bool InstancesModel::releaseHeld(int key)
{
    const auto it = m_held.find(key);
    if (it == m_held.end())
        return false;
    const QList<InstanceTable::PackedRow> rows = std::move(*it);
    m_held.erase(it);
    insertPacked(rows);
    return true;
}

void InstancesModel::dropHeld()
{
    m_held.clear();
}

namespace {

// Ranks of names in the order the local sort shows them; equal names share
// a rank, so the sort stays stable among them.
template<typename Ref>
void updateRanks(const QList<Ref> &distinct, QList<quint32> *ranks, const QCollator &collator)
{
    if (ranks->size() == distinct.size())
        return;
    QList<quint32> order(distinct.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = static_cast<quint32>(i);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return collator.compare(distinct.at(a).name, distinct.at(b).name) < 0;
    });
    ranks->resize(distinct.size());
    quint32 rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && collator.compare(distinct.at(order.at(i - 1)).name, distinct.at(order.at(i)).name) != 0)
            ++rank;
        (*ranks)[order.at(i)] = rank;
    }
}

// The quick filter over the compact table: a customer account, offering or
// comment is tested once per needle, not once per row; ids and times are tested only
// when the needle could occur in them at all.
class InstanceMatcher : public RowMatcher
{
public:
    InstanceMatcher(const InstanceTable &table, const QString &needle, const QList<int> &columns)
        : m_table(table)
        , m_needle(needle)
    {
        const auto searched = [&columns](int column) { return columns.isEmpty() || columns.contains(column); };
        const auto only = [&needle](std::string_view allowed) {
            return std::all_of(needle.cbegin(), needle.cend(), [allowed](QChar c) {
                return c.unicode() < 128 && allowed.find(char(c.unicode())) != std::string_view::npos;
            });
        };
        m_id = searched(InstancesModel::Id) && only("0123456789");
        m_account = searched(InstancesModel::CustomerAccount);
        m_offering = searched(InstancesModel::AppOfferingColumn);
        m_comment = searched(InstancesModel::SuspensionComment);
        const bool timeLike = only("0123456789-: ");
        m_updated = searched(InstancesModel::UpdatedAt) && timeLike;
        m_created = searched(InstancesModel::CreatedAt) && timeLike;
        if (m_id || m_updated || m_created)
            m_ascii = needle.toLatin1().toStdString();
    }

    bool matches(int row) const override
    {
        if (m_account && hit(m_accountHits, m_table.customerAccountIndex(row), [this](quint32 index) {
                return m_table.distinctAccounts().at(index).displayText();
            }))
            return true;
        if (m_offering && hit(m_offeringHits, m_table.appOfferingIndex(row), [this](quint32 index) {
                return m_table.distinctOfferings().at(index).displayText();
            }))
            return true;
        if (m_id) {
            char digits[24];
            const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(m_table.id(row)));
            if (std::string_view(digits, std::size_t(std::max(length, 0))).find(m_ascii) != std::string_view::npos)
                return true;
        }
        if (m_updated && timeHit(m_table.updatedAtMs(row)))
            return true;
        if (m_created && timeHit(m_table.createdAtMs(row)))
            return true;
        return m_comment && hit(m_commentHits, m_table.suspensionCommentIndex(row), [this](quint32 index) {
                   return m_table.distinctComments().at(index);
               });
    }

private:
    // Per distinct value: -1 not tested yet, 0 no, 1 yes. Values added while
    // the matcher lives are tested when first met.
    template<typename Text>
    bool hit(QList<qint8> &hits, quint32 index, Text text) const
    {
        if (index == 0)
            return false; // blank
        if (index >= quint32(hits.size()))
            hits.resize(qsizetype(index) + 1, qint8(-1));
        qint8 &known = hits[index];
        if (known < 0)
            known = text(index).contains(m_needle, Qt::CaseInsensitive) ? 1 : 0;
        return known == 1;
    }

    bool timeHit(qint64 ms) const
    {
        if (ms == InstanceTable::NoTime)
            return false;
        char text[16];
        writeLocalMinute(ms, text);
        return std::string_view(text, 16).find(m_ascii) != std::string_view::npos;
    }

    const InstanceTable &m_table;
    QString m_needle;
    std::string m_ascii;
    bool m_id = false;
    bool m_account = false;
    bool m_offering = false;
    bool m_comment = false;
    bool m_updated = false;
    bool m_created = false;
    mutable QList<qint8> m_accountHits;
    mutable QList<qint8> m_offeringHits;
    mutable QList<qint8> m_commentHits;
};

} // namespace

std::unique_ptr<RowMatcher> InstancesModel::matcher(const QString &needle, const QList<int> &columns) const
{
    return std::make_unique<InstanceMatcher>(m_rows, needle, columns);
}

const QList<quint32> &InstancesModel::accountRanks() const
{
    updateRanks(m_rows.distinctAccounts(), &m_accountRanks, m_collator);
    return m_accountRanks;
}

const QList<quint32> &InstancesModel::offeringRanks() const
{
    updateRanks(m_rows.distinctOfferings(), &m_offeringRanks, m_collator);
    return m_offeringRanks;
}

std::optional<bool> InstancesModel::lessThan(int column, int left, int right) const
{
    const auto byTime = [](qint64 a, qint64 b) { return a < b; }; // blank (NoTime) first
    switch (static_cast<Column>(column)) {
    case Id: return m_rows.id(left) < m_rows.id(right);
    case CustomerAccount: {
        const QList<quint32> &ranks = accountRanks();
        return ranks.at(m_rows.customerAccountIndex(left)) < ranks.at(m_rows.customerAccountIndex(right));
    }
    case AppOfferingColumn: {
        const QList<quint32> &ranks = offeringRanks();
        return ranks.at(m_rows.appOfferingIndex(left)) < ranks.at(m_rows.appOfferingIndex(right));
    }
    case EnabledByCustomer: return m_rows.isEnabledByCustomer(left) < m_rows.isEnabledByCustomer(right);
    case Suspended: return m_rows.isSuspended(left) < m_rows.isSuspended(right);
    case Disabled: return m_rows.isDisabled(left) < m_rows.isDisabled(right);
    case SuspensionComment:
        return m_collator.compare(m_rows.suspensionComment(left), m_rows.suspensionComment(right)) < 0;
    case UpdatedAt: return byTime(m_rows.updatedAtMs(left), m_rows.updatedAtMs(right));
    case CreatedAt: return byTime(m_rows.createdAtMs(left), m_rows.createdAtMs(right));
    case ColumnCount: break;
    }
    return std::nullopt;
}

bool InstancesModel::updateFromServer(const QJsonObject &record)
{
    const AppInstance updated = decodeInstance(record);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.id(row) != updated.id)
            continue;
        m_rows.replace(row, updated);
        Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), columnCount() - 1));
        return true;
    }
    return false;
}

void InstancesModel::clearRows()
{
    m_rows.clear();
    m_held.clear();
    m_accountRanks.clear();
    m_offeringRanks.clear();
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
