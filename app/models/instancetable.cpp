#include "app/models/instancetable.h"

namespace pc {

namespace {

// Offsets of a timestamp as the API wrote it; UTC ("Z") is offset 0.
QDateTime unpackTime(qint64 ms, qint16 offsetMinutes)
{
    if (ms == InstanceTable::NoTime)
        return {};
    if (offsetMinutes == 0)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetMinutes * 60);
}

void packTime(const QDateTime &value, qint64 *ms, qint16 *offsetMinutes)
{
    *ms = value.isValid() ? value.toMSecsSinceEpoch() : InstanceTable::NoTime;
    *offsetMinutes = value.isValid() ? static_cast<qint16>(value.offsetFromUtc() / 60) : 0;
}

// One string per distinct value; the separator cannot occur in an id.
QString key(const QString &id, const QString &name, const QString &reference = QString())
{
    return id + QChar(0x1f) + name + QChar(0x1f) + reference;
}

} // namespace

bool InstanceTable::Rare::isEmpty() const
{
    return nodeId.isEmpty() && customerRepresentative.isNull() && webhook.isNull() &&
           webhookPolicy.isNull() && (customFields.isNull() || customFields.isUndefined()) && extra.isEmpty();
}

void InstanceTable::clear()
{
    *this = InstanceTable();
}

quint32 InstanceTable::internAccount(const AccountRef &account)
{
    if (account.isNull())
        return 0;
    const QString k = key(account.id, account.name);
    const auto it = m_accountIndex.constFind(k);
    if (it != m_accountIndex.constEnd())
        return *it;
    const auto index = static_cast<quint32>(m_accounts.size());
    m_accounts.append(account);
    m_accountIndex.insert(k, index);
    return index;
}

quint32 InstanceTable::internOffering(const Reference &offering)
{
    if (offering.isNull())
        return 0;
    const QString k = key(QString::number(offering.id), offering.name, offering.reference);
    const auto it = m_offeringIndex.constFind(k);
    if (it != m_offeringIndex.constEnd())
        return *it;
    const auto index = static_cast<quint32>(m_offerings.size());
    m_offerings.append(offering);
    m_offeringIndex.insert(k, index);
    return index;
}

quint32 InstanceTable::internComment(const QString &comment)
{
    if (comment.isEmpty())
        return 0;
    const auto it = m_commentIndex.constFind(comment);
    if (it != m_commentIndex.constEnd())
        return *it;
    const auto index = static_cast<quint32>(m_comments.size());
    m_comments.append(comment);
    m_commentIndex.insert(comment, index);
    return index;
}

InstanceTable::Parts InstanceTable::Parts::of(const AppInstance &instance)
{
    Parts parts;
    parts.id = instance.id;
    parts.createdAt = instance.createdAt;
    parts.updatedAt = instance.updatedAt;
    parts.customerAccount = instance.customerAccount;
    parts.appOffering = instance.appOffering;
    parts.disabled = instance.disabled;
    parts.enabledByCustomer = instance.enabledByCustomer;
    parts.suspended = instance.suspended;
    parts.suspensionComment = instance.suspensionComment;
    return parts;
}

// `previous`: the row being replaced, whose side slot is reused.
InstanceTable::Row InstanceTable::pack(const AppInstance &instance, const Row *previous)
{
    Row row = packParts(Parts::of(instance));
    Rare rare{instance.nodeId,        instance.customerRepresentative, instance.webhook,
              instance.webhookPolicy, instance.customFields,           instance.extra};
    if (!rare.isEmpty()) {
        if (previous && previous->rare != 0) {
            row.rare = previous->rare;
            m_rare[row.rare] = std::move(rare);
        } else {
            row.rare = static_cast<quint32>(m_rare.size());
            m_rare.append(std::move(rare));
        }
    } else if (previous && previous->rare != 0) {
        m_rare[previous->rare] = Rare();
    }
    return row;
}

InstanceTable::Row InstanceTable::packParts(const Parts &parts)
{
    Row row;
    row.id = parts.id;
    packTime(parts.createdAt, &row.createdMs, &row.createdOffsetMinutes);
    packTime(parts.updatedAt, &row.updatedMs, &row.updatedOffsetMinutes);
    row.account = internAccount(parts.customerAccount);
    row.offering = internOffering(parts.appOffering);
    row.flags = quint8((parts.disabled ? Disabled : 0) | (parts.enabledByCustomer ? EnabledByCustomer : 0) |
                       (parts.suspended ? Suspended : 0));
    row.comment = internComment(parts.suspensionComment);
    return row;
}

void InstanceTable::appendParts(const Parts &parts)
{
    m_rows.append(packParts(parts));
}

void InstanceTable::append(const AppInstance &instance)
{
    m_rows.append(pack(instance, nullptr));
}

void InstanceTable::replace(qsizetype row, const AppInstance &instance)
{
    const Row previous = m_rows.at(row);
    m_rows[row] = pack(instance, &previous);
}

QDateTime InstanceTable::createdAt(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    return unpackTime(r.createdMs, r.createdOffsetMinutes);
}

QDateTime InstanceTable::updatedAt(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    return unpackTime(r.updatedMs, r.updatedOffsetMinutes);
}

AppInstance InstanceTable::instance(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    AppInstance instance;
    instance.id = r.id;
    instance.appOffering = m_offerings.at(r.offering);
    instance.customerAccount = m_accounts.at(r.account);
    instance.disabled = r.flags & Disabled;
    instance.enabledByCustomer = r.flags & EnabledByCustomer;
    instance.suspended = r.flags & Suspended;
    instance.suspensionComment = m_comments.at(r.comment);
    instance.createdAt = unpackTime(r.createdMs, r.createdOffsetMinutes);
    instance.updatedAt = unpackTime(r.updatedMs, r.updatedOffsetMinutes);
    const Rare &rare = m_rare.at(r.rare);
    instance.nodeId = rare.nodeId;
    instance.customerRepresentative = rare.customerRepresentative;
    instance.webhook = rare.webhook;
    instance.webhookPolicy = rare.webhookPolicy;
    instance.customFields = rare.customFields;
    instance.extra = rare.extra;
    return instance;
}

} // namespace pc
