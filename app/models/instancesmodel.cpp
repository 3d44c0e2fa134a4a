#include "app/models/instancesmodel.h"

#include "app/models/celltext.h"
#include "app/models/recordstate.h"
#include "app/records/timestamp.h"

#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <string_view>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::InstancesModel).
class InstancesModel { Q_OBJECT };
#endif

InstancesModel::InstancesModel(ApiClient *client, QObject *parent)
    : PagedTableModel(client, parent)
{
    // As RecordFilterProxy sorts text: case-insensitive, by the user's locale.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setColumns(columnSpecs());
}

QList<ColumnSpec> InstancesModel::columnSpecs() const
{
    return {
        {QStringLiteral("id"), tr("ID"), true},
        {QStringLiteral("customer_account"), tr("Customer account"), false},
        {QStringLiteral("app_offering"), tr("App offering"), false},
        {QStringLiteral("state"), tr("State"), false, true},
        // The state's parts, for those who want them apart (the column chooser).
        {QStringLiteral("enabled_by_customer"), tr("Enabled by customer"), false, false, true},
        {QStringLiteral("suspended"), tr("Suspended"), false, false, true},
        {QStringLiteral("disabled"), tr("Disabled"), false, false, true},
        {QStringLiteral("suspension_comment"), tr("Suspension comment"), false},
        {QStringLiteral("updated_at"), tr("Updated"), true},
        {QStringLiteral("created_at"), tr("Created"), true},
    };
}

QString InstancesModel::collectionPath() const
{
    // The nested collection lists exactly one offering's instances; the
    // client rewrites app_instances to integration_instances on older servers.
    if (m_scope.id != 0 && !m_nestedUnavailable)
        return QStringLiteral("app_offerings/%1/app_instances").arg(m_scope.id);
    return QStringLiteral("app_instances");
}

// As the API names them (4me-api.md §3, §7).
QStringList InstancesModel::predefinedFilters() const
{
    return {QString(), QStringLiteral("enabled"), QStringLiteral("disabled")};
}

QStringList InstancesModel::serverFilterFields() const
{
    return {QStringLiteral("disabled"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
            QStringLiteral("id")};
}

// The chips, the bulk actions' dry run and the drill-down read these,
// whatever columns are shown.
QStringList InstancesModel::essentialFields() const
{
    return {QStringLiteral("customer_account"), QStringLiteral("app_offering"),
            QStringLiteral("suspended"),        QStringLiteral("enabled_by_customer"),
            QStringLiteral("disabled"),         QStringLiteral("suspension_comment")};
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
    if (PagedTableModel::recoverFrom(error))
        return true;
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
    if (role == Qt::AccessibleDescriptionRole)
        return stateText(row);
    switch (static_cast<Column>(index.column())) {
    case Id:
        return idCell(m_rows.id(row), role);
    case CustomerAccount:
        return referenceCell(m_rows.customerAccount(row), role);
    case AppOfferingColumn:
        return referenceCell(m_rows.appOffering(row), role);
    case State:
        return stateCell(row, role);
    case EnabledByCustomer:
        return booleanCell(m_rows.isEnabledByCustomer(row), role);
    case Suspended:
        return booleanCell(m_rows.isSuspended(row), role);
    case Disabled:
        return booleanCell(m_rows.isDisabled(row), role);
    case SuspensionComment:
        return longTextCell(m_rows.suspensionComment(row), role);
    case UpdatedAt:
        // Display and search text straight from the milliseconds; the rest
        // needs the offset the API wrote.
        if (role == Qt::DisplayRole || role == SearchTextRole)
            return m_rows.updatedAtMs(row) == InstanceTable::NoTime
                       ? QString()
                       : localMinuteText(m_rows.updatedAtMs(row));
        return timestampCell(m_rows.updatedAt(row), role);
    case CreatedAt:
        if (role == Qt::DisplayRole || role == SearchTextRole)
            return m_rows.createdAtMs(row) == InstanceTable::NoTime
                       ? QString()
                       : localMinuteText(m_rows.createdAtMs(row));
        return timestampCell(m_rows.createdAt(row), role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InstancesModel::stateCell(qsizetype row, int role) const
{
    const bool disabled = m_rows.isDisabled(row);
    const bool enabled = m_rows.isEnabledByCustomer(row);
    const bool suspended = m_rows.isSuspended(row);
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
        return RecordStateText::instanceText(disabled, enabled, suspended);
    case Qt::ToolTipRole:
        return RecordStateText::instanceDescription(disabled, enabled, suspended);
    case SortRole:
        return int(instanceState(disabled, enabled, suspended));
    default:
        return {}; // not searched as text, as the booleans are not
    }
}

QString InstancesModel::stateText(qsizetype row) const
{
    QStringList states;
    if (m_rows.isSuspended(row))
        states.append(tr("Suspended"));
    if (m_rows.isDisabled(row))
        states.append(tr("Disabled"));
    if (!m_rows.isEnabledByCustomer(row))
        states.append(tr("Not enabled by customer"));
    return states.isEmpty() ? tr("Active") : states.join(QStringLiteral(", "));
}

QJsonArray InstancesModel::inScope(const QJsonArray &records) const
{
    if (!isScopeFilteredLocally())
        return records;
    QJsonArray matching;
    for (const QJsonValue &value : records) {
        if (decodeReference(value.toObject().value(QStringLiteral("app_offering"))).id == m_scope.id ||
            decodeReference(value.toObject().value(QStringLiteral("integration"))).id == m_scope.id)
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
        const auto searched = [&columns](int column) {
            return columns.isEmpty() || columns.contains(column);
        };
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
            const int length =
                std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(m_table.id(row)));
            if (std::string_view(digits, std::size_t(std::max(length, 0))).find(m_ascii) !=
                std::string_view::npos)
                return true;
        }
        if (m_updated && timeHit(m_table.updatedAtMs(row)))
            return true;
        if (m_created && timeHit(m_table.createdAtMs(row)))
            return true;
        return m_comment && hit(m_commentHits, m_table.suspensionCommentIndex(row),
                                [this](quint32 index) { return m_table.distinctComments().at(index); });
    }

private:
    // Per distinct value: -1 not tested yet, 0 no, 1 yes. Values added while
    // the matcher lives are tested when first met.
    template<typename Text> bool hit(QList<qint8> &hits, quint32 index, Text text) const
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

// One number per row and column that orders rows as SortRole does (text
// columns by their collator rank): lessThan() compares two of them, and
// sortKeys() makes them for a whole sort, so the two always agree. None for
// the suspension comment, which the collator compares text by text.
std::optional<quint64> InstancesModel::sortKey(int column, qsizetype row) const
{
    // Signed numbers (ids, times with NoTime the least) keep their order
    // with the sign bit flipped.
    const auto signedKey = [](qint64 value) { return quint64(value) ^ (quint64(1) << 63); };
    switch (static_cast<Column>(column)) {
    case Id:
        return signedKey(m_rows.id(row));
    case CustomerAccount:
        return accountRanks().at(m_rows.customerAccountIndex(row));
    case AppOfferingColumn:
        return offeringRanks().at(m_rows.appOfferingIndex(row));
    case State:
        return quint64(stateRank(int(row)));
    case EnabledByCustomer:
        return m_rows.isEnabledByCustomer(row);
    case Suspended:
        return m_rows.isSuspended(row);
    case Disabled:
        return m_rows.isDisabled(row);
    case UpdatedAt:
        return signedKey(m_rows.updatedAtMs(row));
    case CreatedAt:
        return signedKey(m_rows.createdAtMs(row));
    case SuspensionComment:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

std::optional<bool> InstancesModel::lessThan(int column, int left, int right) const
{
    if (column == SuspensionComment)
        return m_collator.compare(m_rows.suspensionComment(left), m_rows.suspensionComment(right)) < 0;
    const std::optional<quint64> leftKey = sortKey(column, left);
    if (!leftKey)
        return std::nullopt;
    return *leftKey < *sortKey(column, right);
}

QList<quint64> InstancesModel::sortKeys(int column) const
{
    const qsizetype rows = m_rows.size();
    if (rows == 0 || !sortKey(column, 0))
        return {};
    QList<quint64> keys(rows);
    for (qsizetype row = 0; row < rows; ++row)
        keys[row] = *sortKey(column, row);
    return keys;
}

// By state (as SortRole has it), then the combinations within a state apart.
int InstancesModel::stateRank(int row) const
{
    const int flags = (m_rows.isDisabled(row) ? 4 : 0) | (m_rows.isSuspended(row) ? 2 : 0) |
                      (m_rows.isEnabledByCustomer(row) ? 0 : 1);
    return int(instanceState(m_rows.isDisabled(row), m_rows.isEnabledByCustomer(row),
                             m_rows.isSuspended(row))) *
               8 +
           flags;
}

bool InstancesModel::updateFromServer(const QJsonObject &record)
{
    const int row = rowOfId(record.value(QStringLiteral("id")).toInteger());
    if (row < 0)
        return false;
    replaceRecord(row, record);
    return true;
}

void InstancesModel::appendRecordObjects(const QList<QJsonObject> &records)
{
    QList<InstanceTable::PackedRow> rows;
    rows.reserve(records.size());
    for (const QJsonObject &record : records)
        rows.append(m_rows.pack(decodeInstance(record)));
    insertPacked(rows);
}

std::optional<RecordPredicate> InstancesModel::localFilter() const
{
    const std::optional<RecordPredicate> base = PagedTableModel::localFilter();
    if (!base || m_scope.id == 0)
        return base;
    return RecordPredicate([offering = m_scope.id](const QJsonObject &record) {
        // The index keeps one shape: a 2021 server's `integration` is stored as `app_offering`.
        return decodeReference(record.value(QStringLiteral("app_offering"))).id == offering;
    });
}

bool InstancesModel::readLocalQuickly(const std::function<bool()> &current)
{
    const bool idOrder =
        sortField().isEmpty() || (sortField() == QStringLiteral("id") && sortOrder() == Qt::AscendingOrder);
    if (!idOrder || !serverConditions().isEmpty() || !predefinedFilter().isEmpty() || !localSource())
        return false;
    return localSource()->readInstanceTable(
        this, m_scope.id, [this, current](const InstanceTable &table, bool complete) {
            if (!current())
                return;
            if (!complete) {
                if (isLoading()) // the first rows, painted while the rest is read
                    adoptLocalTable(table);
                return;
            }
            takeLocalRows([this, &table] {
                adoptLocalTable(table);
                return static_cast<int>(table.size()); // the read's rows, the first ones included
            });
        });
}

int InstancesModel::adoptLocalTable(const InstanceTable &table)
{
    // The rows shown so far (the first ones) are normally the table's first
    // rows; a change stored between the two reads may have moved them.
    const qsizetype held = m_rows.size();
    bool prefix = held <= table.size();
    for (qsizetype row = 0; prefix && row < held; ++row)
        prefix = m_rows.id(row) == table.id(row);
    if (!prefix) {
        beginResetModel();
        m_rows = table;
        m_accountRanks.clear();
        m_offeringRanks.clear();
        endResetModel();
        return static_cast<int>(table.size());
    }
    const bool grows = table.size() > held;
    if (grows)
        beginInsertRows({}, static_cast<int>(held), static_cast<int>(table.size()) - 1);
    m_rows = table;
    m_accountRanks.clear();
    m_offeringRanks.clear();
    if (grows)
        endInsertRows();
    if (held > 0)
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(held) - 1, ColumnCount - 1));
    return static_cast<int>(table.size() - held);
}

int InstancesModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.id(row) == id)
            return static_cast<int>(row);
    }
    return -1;
}

void InstancesModel::replaceRecord(int row, const QJsonObject &record)
{
    m_rows.replace(row, decodeInstance(record));
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void InstancesModel::removeRecordRow(int row)
{
    m_rows.remove(row);
}

void InstancesModel::clearRows()
{
    m_rows.clear();
    m_held.clear();
    m_accountRanks.clear();
    m_offeringRanks.clear();
}

} // namespace pc
