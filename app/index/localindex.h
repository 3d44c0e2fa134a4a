#pragma once

#include "app/index/indexsync.h"
#include "app/index/recordcodec.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

namespace pc {

class ApiClient;
class IndexFeed;
class IndexStore;

// A connection's local index as a window uses it: the store (opened at
// once, before the window is built), its sync and a feed per table. It says
// which collections hold a complete copy (the tables then read from it
// instead of paging), syncs at start (after the tables have their rows),
// every few minutes and on demand, stores the server's answers to the
// console's own writes at once, and words its state for the status bar.
// Nothing here waits: the database works on the store's thread.
class LocalIndex : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed,  // not opened, or forgotten, or the file could not be opened
        Opening, // until ready()
        Idle,    // open, no sync running
        Syncing,
        Failed,        // the last sync failed (lastResult() says why)
        BusyElsewhere, // another console held the sync lock at the last try
    };

    // Minutes between background syncs when the setting is not there.
    static constexpr int DefaultSyncMinutes = 5;

    explicit LocalIndex(ApiClient *client, QObject *parent = nullptr);
    ~LocalIndex() override;

    // Opens the file and reads each collection's state: ready() follows
    // (also when it could not be opened). A complete collection's records
    // are read at once too, for the first table that asks.
    void open(const QString &path);
    QString path() const { return m_path; }
    State state() const { return m_state; }
    bool isReady() const { return m_state != State::Opening; }
    // open() found no file (the first start of this connection, or one after
    // Forget): nothing is complete before a first sync, so the tables need
    // not wait for ready() to know they page from the server.
    bool openedWithoutFile() const { return m_openedWithoutFile; }
    IndexStore *store() const { return m_store; }
    IndexSync *sync() const { return m_sync; }
    IndexFeed *feed(IndexCollection collection) const;
    bool isComplete(IndexCollection collection) const { return m_complete.value(collection); }

    // Background syncs every `minutes` while open; 0: none (at start and on
    // demand only). The setting "localIndex/syncMinutes" is read by open().
    void setSyncMinutes(int minutes);
    int syncMinutes() const { return m_syncMinutes; }
    // Starts a sync unless one runs or the store is not open.
    bool syncNow(const SyncOptions &options = {});
    void cancelSync();
    // A record the server answered one of the console's writes with, over
    // what the index holds (an answer with fewer fields does not drop the
    // others): the table's row follows through the feed.
    void applyServerRecord(IndexCollection collection, const QJsonObject &record);

    const SyncResult &lastResult() const { return m_lastResult; }
    // When the last sync that ended well ended (here, or in an earlier
    // session); invalid when none is known.
    QDateTime lastSync() const { return m_lastSync; }
    // The status bar's text: what the index is doing or when it last synced.
    QString statusText(const QDateTime &now = QDateTime::currentDateTime()) const;
    // The sync's progress: done and total records of its current phase (total 0: unknown).
    qint64 progressDone() const { return m_progressDone; }
    qint64 progressTotal() const { return m_progressTotal; }

    // Closes the index and deletes its file at once; the tables page again.
    // `done` says whether it worked (and why not).
    void forget(std::function<void(bool ok, const QString &error)> done);

    // The file's bytes on disk with its write-ahead log (0 when absent).
    static qint64 fileBytes(const QString &path);
    // When a console last synced the index at `path` well (kept in QSettings).
    static QDateTime lastSyncOf(const QString &path);
    // What lastSyncOf() answers from now on (a sync made without a window: `provider-console sync`).
    static void recordLastSync(const QString &path, const QDateTime &when);
    // Deletes the file with its -wal and -shm (no store may have it open).
    static bool removeFiles(const QString &path, QString *error);
    // The last notice() given, "" if none: a window built after the file
    // was opened (it waits for it) says it all the same.
    QString lastNotice() const { return m_lastNotice; }
    // While held, the sync the opening starts waits (the window is being
    // built and painted: a first walk would take the CPU and the server from
    // its first pages); released, it runs if it was due.
    void holdStartSync(bool hold);

Q_SIGNALS:
    // The state of both collections is known (or the file failed to open).
    void ready();
    void completeChanged(pc::IndexCollection collection, bool complete);
    void stateChanged();
    // A sentence for the user about the file itself: a damaged file was
    // rebuilt, or it could not be opened.
    void notice(const QString &message);
    void syncFinished(const pc::SyncResult &result);
    void needsConfirmation(pc::IndexCollection collection, int estimatedRequests, int allowedRequests);
    void forgotten();

private:
    void say(const QString &message);
    void onOpened(const OpenResult &result);
    void finishOpening();
    void readStates(std::function<void()> then);
    void onSyncFinished(const SyncResult &result);
    void setState(State state);
    QString progressText() const;

    bool m_openedWithoutFile = false;
    ApiClient *m_client;
    IndexStore *m_store;
    IndexSync *m_sync;
    QHash<IndexCollection, IndexFeed *> m_feeds;
    QHash<IndexCollection, bool> m_complete;
    QString m_path;
    QString m_lastNotice;
    State m_state = State::Closed;
    QTimer m_timer;
    int m_syncMinutes = DefaultSyncMinutes;
    SyncResult m_lastResult;
    QDateTime m_lastSync;
    bool m_openedWell = false; // open() answered well
    bool m_statesRead = false; // and each collection's state is known
    bool m_startSyncHeld = false;
    bool m_startSyncDue = false;
    bool m_lastSyncHere = false; // m_lastResult is that sync's (not an earlier session's)
    IndexCollection m_progressCollection = IndexCollection::Offerings;
    CollectionSync::Phase m_progressPhase = CollectionSync::Phase::Incremental;
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = 0;
};

} // namespace pc
