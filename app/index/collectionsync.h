#pragma once

#include "app/index/indexstate.h"
#include "app/net/apierror.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

namespace pc {

class ApiClient;
class IndexStore;
class Pager;
class ParallelWalk;

// How IndexSync behaves; the defaults are the issue's.
struct IndexSyncSettings
{
    int overlapSeconds = 5;                       // an incremental pass asks from the mark minus this
    qint64 reconcileAfterMs = 24LL * 3600 * 1000; // a reconcile is due when the last one is older
    double reconcileQuotaShare = 0.30;            // of the hour's quota, at most, without confirmation
    int hourlyQuota = 3600;                       // when the server has not said (x-ratelimit-limit)
    int cursors = 4;                              // of the parallel id-range walks
    int perPage = 100;                            // the API's maximum
    qint64 lockStaleMs = 60000;                   // a sync lock without a heartbeat for this long is free
    int heartbeatMs = 15000;
};

// What one sync is asked to do.
struct SyncOptions
{
    enum class Reconcile {
        IfDue, // when the last one is older than IndexSyncSettings::reconcileAfterMs
        Now,   // on demand
        Never,
    };
    Reconcile reconcile = Reconcile::IfDue;
    // A reconcile estimated above the quota share runs anyway (the user
    // confirmed it after needsConfirmation()).
    bool reconcileConfirmed = false;
};

// What a sync did to one collection.
struct CollectionSummary
{
    IndexCollection collection = IndexCollection::Offerings;
    int added = 0;
    int changed = 0;
    int removed = 0;
    qint64 requests = 0;     // attempts the client sent meanwhile (ApiClient::requestsSent)
    bool walked = false;     // a complete walk ran (the first sync, or its continuation)
    bool resumed = false;    // it went on from an interrupted one
    bool reconciled = false; // a reconcile completed (and removed what it did not find)
    bool reconcileNeedsConfirmation = false;
    int reconcileEstimate = 0; // requests, when a reconcile was considered
    int reconcileAllowed = 0;  // the quota share, in requests
    ApiError apiError;         // Cancelled when cancelled
    QString storeError;        // the database refused a write

    bool ok() const { return !apiError.isError() && storeError.isEmpty(); }
};

// One collection's part of a sync (IndexSync runs one after the other):
//  - no complete copy yet: the server's current largest updated_at (one
//    request) becomes the mark, then the parallel id-range walk writes every
//    page as it comes, each page with the walk's progress in one
//    transaction; an interrupted walk goes on after the last id range
//    completed. The mark is not moved during the walk, so the incremental
//    pass that follows catches what changed while it ran;
//  - incremental: updated_at >= mark minus the overlap, sorted by updated_at,
//    each page upserted with the mark raised to its largest updated_at;
//  - reconcile (on demand or when due, within the quota share unless
//    confirmed): the ids alone, walked in parallel; only a walk that
//    completed deletes what it did not find.
// Writes go to the store one after the other; after one fails nothing more
// is written. Cancelled or failed, it asks for nothing more but still writes
// the pages that had arrived. GUI thread; finished() once, after the last
// write.
class CollectionSync : public QObject
{
    Q_OBJECT

public:
    enum class Phase { FirstWalk, Incremental, Reconcile };
    Q_ENUM(Phase)

    CollectionSync(ApiClient *client, IndexStore *store, IndexCollection collection,
                   const IndexSyncSettings &settings, const SyncOptions &options, QObject *parent = nullptr);
    ~CollectionSync() override;

    void start();
    // Stops asking; what is written stays; finished() follows with Cancelled.
    void cancel();
    const CollectionSummary &summary() const { return m_summary; }

    // Every field the index asks the API for (?fields=): the documented
    // ones; fields the API adds beyond them are kept when they come.
    static QStringList fieldsOf(IndexCollection collection);

Q_SIGNALS:
    void progress(pc::IndexCollection collection, pc::CollectionSync::Phase phase, qint64 done, qint64 total);
    void needsConfirmation(pc::IndexCollection collection, int estimatedRequests, int allowedRequests);
    void finished();

private:
    // A write to the store, or a step that goes on once the writes before
    // it are done. Stopping drops the steps, not the writes: the pages that
    // arrived are kept.
    struct Job
    {
        std::function<void()> run;
        bool write = true;
    };

    void onState(const CollectionState &state);
    void askMark();
    void startWalk(qint64 startAfter);
    void onWalkFinished(bool complete);
    void startIncremental();
    void considerReconcile(const CollectionState &state);
    void startReconcile();
    void fail(const ApiError &error);
    void finish();
    void settle();

    ParallelWalk *makeWalk(const QUrlQuery &query);
    QUrlQuery listQuery(const QStringList &fields, const QString &sort) const;
    void enqueue(std::function<void()> write);
    void enqueueUpsert(const QJsonArray &records, const StatePatch &patch);
    void enqueueState(const StatePatch &patch);
    void then(const std::function<void()> &step);
    void runNextJob();
    void jobDone(const WriteResult &result);

    ApiClient *m_client;
    IndexStore *m_store;
    IndexCollection m_collection;
    IndexSyncSettings m_settings;
    SyncOptions m_options;
    CollectionSummary m_summary;
    QPointer<Pager> m_pager;
    QPointer<ParallelWalk> m_walk;
    CollectionState m_state; // as read at the start
    qint64 m_requestsAtStart = 0;
    qint64 m_done = 0;          // records received in the current phase
    QList<qint64> m_presentIds; // a reconcile's listing
    qint64 m_reconcileStartedAt = 0;
    QHash<int, qint64> m_heldLastId; // a held page's highest id, until released
    QList<Job> m_jobs;
    bool m_jobRunning = false;
    bool m_stopped = false;  // nothing more is asked of the server
    bool m_finished = false; // finished() was emitted
};

} // namespace pc
