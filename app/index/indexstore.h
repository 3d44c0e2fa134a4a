#pragma once

#include "app/index/indexstate.h"
#include "app/models/instancetable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QUrl>
#include <functional>
#include <memory>

namespace pc {

class IndexDatabase;

// The local index of one connection (API host + account): every offering and
// instance as the API gave it, plus each collection's sync state, in one
// SQLite file of the application's data folder. No token or other secret is
// ever written to it.
//
// Threads: the store is used from the thread that made it (the GUI thread).
// Every database operation runs on the store's own worker thread, with its
// own connection, in the order asked; the methods return at once. Results
// come back on the store's thread: through the callback given (skipped when
// its `context` object has been destroyed meanwhile; a null context always
// gets it) and through the signals. Destroying the store finishes what was
// asked, then closes the file.
class IndexStore : public QObject
{
    Q_OBJECT

public:
    explicit IndexStore(QObject *parent = nullptr);
    ~IndexStore() override;

    // <app data>/index/<fileNameFor()>: the file of a connection.
    static QString defaultPath(const QUrl &baseUrl, const QString &account);
    // The host (and port), the account and a short hash of both, in letters,
    // digits, '.', '-' and '_' only: "api.xurrent.com_wdc-1a2b3c4d.sqlite".
    static QString fileNameFor(const QUrl &baseUrl, const QString &account);

    // Opens or creates the file (see IndexDatabase::open); opened() follows,
    // and rebuilt() first when a damaged file was moved aside.
    void open(const QString &path);
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; } // since opened() said so
    // This store's name in the sync lock (unique per store, also within one process).
    QString ownerId() const { return m_ownerId; }

    // A collection's sync state and record count.
    void readState(IndexCollection collection, QObject *context,
                   std::function<void(const CollectionState &)> done);
    // Upserts a page of records and applies `patch`, in one transaction;
    // recordsChanged() follows when any record was added or changed.
    void upsert(IndexCollection collection, const QJsonArray &records, const StatePatch &patch,
                QObject *context, std::function<void(const WriteResult &)> done);
    void writeState(IndexCollection collection, const StatePatch &patch, QObject *context,
                    std::function<void(const WriteResult &)> done);
    // Deletes what a complete listing did not find (IndexDatabase::removeMissing);
    // recordsChanged() follows when anything was removed.
    void removeMissing(IndexCollection collection, const QList<qint64> &present, qint64 seenBeforeMs,
                       const StatePatch &patch, QObject *context,
                       std::function<void(const WriteResult &)> done);
    // Every record of a collection, in id order.
    void readRecords(IndexCollection collection, QObject *context,
                     std::function<void(const QList<QJsonObject> &)> done);
    // Every instance (or one offering's: `offeringScope`) as a table's rows,
    // read the quick way (InstanceTableReader) on the store's thread.
    // `limit`: the first that many only (0: all).
    void readInstanceTable(qint64 offeringScope, int limit, QObject *context,
                           std::function<void(const InstanceTable &)> done);
    void readRecord(IndexCollection collection, qint64 id, QObject *context,
                    std::function<void(const QJsonObject &)> done);
    // "ok", or what SQLite's integrity_check found.
    void checkIntegrity(QObject *context, std::function<void(const QString &)> done);
    // The size of the file on disk, the WAL checkpointed into it first.
    void measureFileBytes(QObject *context, std::function<void(qint64)> done);

    // The sync lock (IndexDatabase::acquireLock), under ownerId().
    void acquireLock(qint64 staleMs, QObject *context, std::function<void(const LockResult &)> done);
    void heartbeat(QObject *context, std::function<void(bool stillOurs)> done);
    void releaseLock(QObject *context, std::function<void()> done);

    // Closes the file and deletes it (with -wal and -shm); forgotten() follows
    // on success. The store is closed afterwards; open() makes a new one.
    void forget(QObject *context, std::function<void(bool ok, const QString &error)> done);
    // Called once everything asked before has been done: a barrier.
    void whenIdle(QObject *context, std::function<void()> done);

Q_SIGNALS:
    void opened(const pc::OpenResult &result);
    // The file could not be read: it was moved aside and an empty index made.
    // `message` is a sentence for the user.
    void rebuilt(const QString &message);
    void recordsChanged(pc::IndexCollection collection, const QList<qint64> &upserted,
                        const QList<qint64> &removed);
    void forgotten();

private:
    template<typename Result>
    void run(QObject *context, std::function<Result(IndexDatabase &)> work,
             std::function<void(const Result &)> done);

    QString m_ownerId;
    QString m_path;
    bool m_open = false;
    QThread m_thread;
    QObject *m_worker;                         // lives on m_thread: the queue of database work
    std::unique_ptr<IndexDatabase> m_database; // used on m_thread only
};

} // namespace pc
