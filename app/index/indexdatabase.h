#pragma once

#include "app/index/indexstate.h"
#include "app/models/instancetable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace pc {

// One index file, used from one thread only: IndexStore's worker owns one
// and runs every call on it there. Synchronous; each write is one
// transaction (BEGIN IMMEDIATE, so a second process waits for the busy
// timeout rather than failing half-way), so a kill leaves either all of a
// write or none of it.
class IndexDatabase
{
    Q_DECLARE_TR_FUNCTIONS(IndexDatabase)

public:
    static constexpr int BusyTimeoutMs = 10000;

    // `connectionName` must be unique in the process (Qt SQL's registry).
    explicit IndexDatabase(const QString &connectionName);
    ~IndexDatabase();
    IndexDatabase(const IndexDatabase &) = delete;
    IndexDatabase &operator=(const IndexDatabase &) = delete;

    // Opens (creating it owner-only, 0600, in a 0700 folder) or migrates the
    // file at `path`. A damaged or unreadable file is moved aside with a
    // timestamp and an empty index made instead (OpenResult::rebuilt).
    OpenResult open(const QString &path);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // Whether the last open read the whole file to check it (not when it was
    // as this console last closed it cleanly).
    bool checkedAtOpen() const { return m_checked; }

    CollectionState state(IndexCollection collection, QString *error = nullptr);
    // Upserts `records` (as the API sent them) and applies `patch`, in one
    // transaction. A record without an id or a readable updated_at refuses
    // the whole page (nothing written): the index keeps only what it can
    // keep up to date.
    WriteResult upsert(IndexCollection collection, const QJsonArray &records, const StatePatch &patch = {});
    WriteResult writeState(IndexCollection collection, const StatePatch &patch);
    // Deletes the records whose id is not in `present` and that were first
    // seen before `seenBeforeMs` (so a record stored while the listing ran is
    // kept), and applies `patch`, in one transaction.
    WriteResult removeMissing(IndexCollection collection, const QList<qint64> &present, qint64 seenBeforeMs,
                              const StatePatch &patch);

    // Every record, in id order, as the API gave it.
    QList<QJsonObject> records(IndexCollection collection, QString *error = nullptr);
    // Every instance (or one offering's) straight into a table's rows: see
    // InstanceTableReader.
    // `limit`: the first that many only (0: all).
    InstanceTable instanceTable(qint64 offeringScope, int limit = 0, QString *error = nullptr);
    // One record; empty when the index does not hold it.
    QJsonObject record(IndexCollection collection, qint64 id);
    // "ok", or what SQLite's integrity_check found.
    QString integrityCheck();
    // The bytes of the database file (after a checkpoint of the WAL).
    qint64 fileBytes();

    // The sync lock (one row): taken when free, held by `owner` already, or
    // stale (no heartbeat for `staleMs`, or its process on this computer is
    // gone). Otherwise `holder` names who has it.
    LockResult acquireLock(const QString &owner, qint64 staleMs);
    // Renews `owner`'s heartbeat; false when the lock is no longer its own.
    bool heartbeat(const QString &owner);
    void releaseLock(const QString &owner);

    // Closes the file and deletes it with its -wal and -shm files.
    bool forget(QString *error);

    // The name of the file of damaged `path` moved aside at `when`.
    static QString movedAsideName(const QString &path, const QDateTime &when);

private:
    // Each record of the collection as stored, in id order.
    bool forEachEncoded(IndexCollection collection, const std::function<void(const QByteArray &)> &visit,
                        QString *error, int limit = 0);
    OpenResult openFile(const QString &path, bool *damaged);
    OpenResult rebuild(const QString &path, const QString &reason);
    bool configure(QString *error, bool *damaged);
    bool applyPatch(IndexCollection collection, const StatePatch &patch, QString *error,
                    qint64 highestUpdatedAt = -1);
    struct Statements;
    bool upsertOne(Statements &statements, IndexCollection collection, const QJsonObject &record, qint64 now,
                   WriteResult *result);
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    QString m_connectionName;
    QString m_path;
    bool m_trustedAsClosed = false; // the file is as this console last closed it (see closedCleanly())
    bool m_checked = false;         // the last open ran SQLite's quick_check
    bool m_sound = false;           // opened without a fault: its clean close is recorded
    bool m_open = false;
};

} // namespace pc
