#pragma once

#include "app/index/collectionsync.h"
#include "app/index/indexstate.h"
#include "app/net/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pc {

class ApiClient;
class IndexStore;

// What one IndexSync::sync() did.
struct SyncResult
{
    QList<CollectionSummary> collections; // in the order synced
    // Another console (process) holds the sync lock: nothing was asked of
    // the server, the index is read as that one keeps it up to date.
    bool busyElsewhere = false;
    ApiError apiError;  // the first failure of a request; Cancelled after cancel()
    QString storeError; // the database refused a write (or the lock was lost)
    QString message;    // one sentence for the status bar

    bool ok() const { return !busyElsewhere && !apiError.isError() && storeError.isEmpty(); }
    bool cancelled() const { return apiError.kind == ApiError::Kind::Cancelled; }
    int added() const;
    int changed() const;
    int removed() const;
    qint64 requests() const;
    // Some collection's reconcile was not run for want of confirmation.
    bool reconcileNeedsConfirmation() const;
};

// Keeps an IndexStore up to date through the API (the existing client:
// pacing, retries, 429 waits, the legacy instance probe all stay there):
// offerings, then instances, each as CollectionSync describes. Only one
// console syncs a database at a time (the store's sync lock, renewed by a
// heartbeat while the sync runs); another gets busyElsewhere().
//
// GUI thread; every method returns at once and everything it reports comes
// as signals on this object's thread. A 401 ends the sync with failed() and
// finished() (apiError Unauthorized): the UI asks for a new token and syncs
// again, which goes on where this one stopped. No failure or cancel leaves
// the index inconsistent: each page is one transaction with its progress.
class IndexSync : public QObject
{
    Q_OBJECT

public:
    IndexSync(ApiClient *client, IndexStore *store, QObject *parent = nullptr);
    ~IndexSync() override;

    void setSettings(const IndexSyncSettings &settings) { m_settings = settings; }
    const IndexSyncSettings &settings() const { return m_settings; }

    // Starts a sync of `collections` (both when empty): started() now,
    // progress() as pages come, finished() once. False (and nothing starts)
    // while one runs or the store is not open.
    bool sync(const SyncOptions &options = {}, const QList<IndexCollection> &collections = {});
    // Stops after the requests in flight; what was written stays; finished()
    // follows with a Cancelled error.
    void cancel();
    bool isRunning() const { return m_running; }

    // A record the server answered one of the console's writes with (a
    // PATCH or POST): stored at once, without moving the high-water mark,
    // which the next incremental pass must still cover. `done`, when given,
    // gets the write's result on this object's thread.
    void applyServerRecord(IndexCollection collection, const QJsonObject &record,
                           std::function<void(const WriteResult &)> done = {});

Q_SIGNALS:
    void started();
    void progress(pc::IndexCollection collection, pc::CollectionSync::Phase phase, qint64 done, qint64 total);
    // A reconcile was due or asked for, but would take more than the quota
    // share: sync again with SyncOptions::reconcileConfirmed once the user agrees.
    void needsConfirmation(pc::IndexCollection collection, int estimatedRequests, int allowedRequests);
    // Another console is syncing this index; `message` says so to the user.
    void busyElsewhere(const QString &message);
    // A request failed for good (after the client's own retries and waits).
    void failed(const pc::ApiError &error);
    void finished(const pc::SyncResult &result);

private:
    void onLock(const LockResult &lock);
    void runNext();
    void onCollectionFinished();
    void end();
    QString describe(const SyncResult &result) const;

    ApiClient *m_client;
    IndexStore *m_store;
    IndexSyncSettings m_settings;
    SyncOptions m_options;
    QList<IndexCollection> m_queue;
    QPointer<CollectionSync> m_current;
    SyncResult m_result;
    QTimer m_heartbeat;
    bool m_running = false;
    bool m_locked = false;
};

} // namespace pc

Q_DECLARE_METATYPE(pc::SyncResult)
