#pragma once

#include "app/records/domain.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <limits>

namespace pc {

// The instances a table holds, kept small: Load all brings 100,000 of them,
// and an AppInstance (its own copy of every name, timestamps with an offset
// on the heap, five references) takes about a kilobyte once filled. A row here
// is 48 bytes of plain numbers:
// - customer accounts and offerings repeat across rows (a provider has a few
//   hundred customers and offerings), so each distinct one is kept once and a
//   row holds its index;
// - timestamps are milliseconds since the epoch plus the offset the API wrote
//   (in minutes: the API's offsets are whole minutes), so the API's own text
//   can be given back;
// - suspension comments repeat too (a provider pauses many customers for the
//   same reason) and are kept once per distinct text;
// - the fields a list seldom carries (node id, the representative, webhook and
//   policy, custom fields, unknown fields) live in a side list, indexed from
//   the rows that have them.
// instance() rebuilds the full AppInstance of one row.
class InstanceTable
{
public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    enum Flag : quint8 { Disabled = 1, EnabledByCustomer = 2, Suspended = 4 };
    // One instance (plain numbers: the list moves it with memcpy).
    struct Row
    {
        qint64 id = 0;
        qint64 createdMs = NoTime;
        qint64 updatedMs = NoTime;
        quint32 account = 0;
        quint32 offering = 0;
        quint32 comment = 0; // index into the distinct comments, 0: none
        quint32 rare = 0;    // index into m_rare, 0: none
        qint16 createdOffsetMinutes = 0;
        qint16 updatedOffsetMinutes = 0;
        quint8 flags = 0;
    };

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    void clear();
    void append(const AppInstance &instance);
    // A row packed for this table (its names and comments kept here) but
    // not added yet: Load all keeps pages that arrive ahead of their turn so.
    using PackedRow = Row;
    PackedRow pack(const AppInstance &instance) { return pack(instance, nullptr); }
    void appendPacked(const QList<PackedRow> &rows) { m_rows.append(rows); }
    // A row from its parts, for a reader that decodes records itself: the
    // local index reads 100,000 of them at start, and an AppInstance built
    // per record (then a JSON object before it) would take seconds and
    // hundreds of megabytes on the way. Only the fields the table's columns
    // show: a row made so has none of the rare ones (node id, representative,
    // webhook, policy, custom fields, unknown fields). The index keeps them
    // with the whole record; kept here, they were most of the memory
    // 100,000 rows took (every instance has a node id and a webhook).
    struct Parts
    {
        qint64 id = 0;
        QDateTime createdAt;
        QDateTime updatedAt;
        AccountRef customerAccount;
        Reference appOffering;
        bool disabled = false;
        bool enabledByCustomer = false;
        bool suspended = false;
        QString suspensionComment;

        // The shown fields of a whole instance.
        static Parts of(const AppInstance &instance);
    };
    void appendParts(const Parts &parts);
    void replace(qsizetype row, const AppInstance &instance);
    // Drops a row; the names and comments it used stay (others may share them).
    void remove(qsizetype row) { m_rows.remove(row); }
    AppInstance instance(qsizetype row) const;

    qint64 id(qsizetype row) const { return m_rows.at(row).id; }
    bool isDisabled(qsizetype row) const { return m_rows.at(row).flags & Disabled; }
    bool isEnabledByCustomer(qsizetype row) const { return m_rows.at(row).flags & EnabledByCustomer; }
    bool isSuspended(qsizetype row) const { return m_rows.at(row).flags & Suspended; }
    const QString &suspensionComment(qsizetype row) const { return m_comments.at(m_rows.at(row).comment); }
    // Milliseconds since the epoch, NoTime when blank.
    qint64 createdAtMs(qsizetype row) const { return m_rows.at(row).createdMs; }
    qint64 updatedAtMs(qsizetype row) const { return m_rows.at(row).updatedMs; }
    QDateTime createdAt(qsizetype row) const;
    QDateTime updatedAt(qsizetype row) const;

    // The distinct customer accounts and offerings; index 0 is the blank one.
    quint32 customerAccountIndex(qsizetype row) const { return m_rows.at(row).account; }
    quint32 appOfferingIndex(qsizetype row) const { return m_rows.at(row).offering; }
    quint32 suspensionCommentIndex(qsizetype row) const { return m_rows.at(row).comment; }
    const QList<QString> &distinctComments() const { return m_comments; }
    const AccountRef &customerAccount(qsizetype row) const { return m_accounts.at(m_rows.at(row).account); }
    const Reference &appOffering(qsizetype row) const { return m_offerings.at(m_rows.at(row).offering); }
    const QList<AccountRef> &distinctAccounts() const { return m_accounts; }
    const QList<Reference> &distinctOfferings() const { return m_offerings; }

private:
    // What a list seldom carries (the console asks for the columns shown).
    struct Rare
    {
        QString nodeId;
        Reference customerRepresentative;
        Reference webhook;
        Reference webhookPolicy;
        QJsonValue customFields;
        QJsonObject extra;
        bool isEmpty() const;
    };

    Row pack(const AppInstance &instance, const Row *previous);
    Row packParts(const Parts &parts);
    quint32 internAccount(const AccountRef &account);
    quint32 internOffering(const Reference &offering);
    quint32 internComment(const QString &comment);

    QList<Row> m_rows;
    QList<AccountRef> m_accounts{AccountRef()};
    QHash<QString, quint32> m_accountIndex;
    QList<Reference> m_offerings{Reference()};
    QHash<QString, quint32> m_offeringIndex;
    QList<QString> m_comments{QString()};
    QHash<QString, quint32> m_commentIndex;
    QList<Rare> m_rare{Rare()};
};

} // namespace pc
