#include "app/index/collectionsync.h"

#include "app/index/indexstore.h"
#include "app/models/listquery.h"
#include "app/net/apiclient.h"
#include "app/net/pager.h"
#include "app/net/parallelwalk.h"
#include "app/net/recordid.h"
#include "app/records/timestamp.h"

#include <QDateTime>
#include <QJsonObject>
#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::CollectionSync).
class CollectionSync { Q_OBJECT };
#endif

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

CollectionSync::CollectionSync(ApiClient *client, IndexStore *store, IndexCollection collection,
                               const IndexSyncSettings &settings, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_collection(collection)
    , m_settings(settings)
    , m_options(options)
{
    m_summary.collection = collection;
}

CollectionSync::~CollectionSync()
{
    if (m_walk)
        m_walk->abort();
    if (m_pager)
        m_pager->cancel();
}

QStringList CollectionSync::fieldsOf(IndexCollection collection)
{
    if (collection == IndexCollection::Offerings) {
        return QStringLiteral(
                   "nodeID,created_at,updated_at,name,reference,source,sourceID,policy_jwt_alg,"
                   "policy_jwt_audience,policy_jwt_claim_expires_in,webhook_uri_template,"
                   "configuration_uri_template,card_description,description,features,compliance,"
                   "picture_uri,disabled,service_instance,ui_extension_version,attachments,account,"
                   "openid_connect_discovery,requires_enabled_oauth_person")
            .split(QLatin1Char(','));
    }
    return QStringLiteral(
               "nodeID,created_at,updated_at,disabled,enabled_by_customer,suspended,suspension_comment,"
               "custom_fields,customer_account,customer_representative,app_offering,webhook,"
               "webhook_policy")
        .split(QLatin1Char(','));
}

void CollectionSync::start()
{
    m_requestsAtStart = m_client->requestsSent();
    m_store->readState(m_collection, this, [this](const CollectionState &state) { onState(state); });
}

void CollectionSync::cancel()
{
    fail(ApiError::cancelled());
}

void CollectionSync::onState(const CollectionState &state)
{
    if (m_stopped)
        return;
    m_state = state;
    if (state.hasCompleteCopy()) {
        startIncremental();
    } else if (state.highWater < 0) {
        askMark();
    } else {
        // An interrupted walk: its mark stands, it goes on after what it completed.
        m_summary.resumed = state.walkDoneThroughId >= 0;
        startWalk(state.walkDoneThroughId);
    }
}

QUrlQuery CollectionSync::listQuery(const QStringList &fields, const QString &sort) const
{
    ListQuery query;
    query.sortField = sort;
    return query.urlQuery(fields, QString(), m_settings.perPage);
}

// The server's largest updated_at before the walk begins: everything changed
// from then on has a later one, so the incremental pass after the walk finds
// it. Taken from the data (pitfall 1), never from this computer's clock.
void CollectionSync::askMark()
{
    ListQuery newest;
    newest.sortField = QStringLiteral("updated_at");
    newest.sortOrder = Qt::DescendingOrder;
    const QUrlQuery query = newest.urlQuery({QStringLiteral("updated_at")}, QString(), 1);
    m_pager = new Pager(m_client, indexCollectionPath(m_collection), query, this);
    connect(m_pager, &Pager::failed, this, &CollectionSync::fail);
    connect(m_pager, &Pager::pageArrived, this, [this](const QJsonArray &records) {
        qint64 mark = 0; // an empty collection: everything that comes later is new
        if (!records.isEmpty()) {
            const QDateTime time =
                parseApiTimestamp(records.first().toObject().value(QLatin1String("updated_at")).toString());
            if (!time.isValid()) {
                fail(ApiError::make(ApiError::Kind::BadResponse,
                                    tr("The server's newest record has no readable updated_at.")));
                return;
            }
            mark = time.toSecsSinceEpoch();
        }
        m_pager->deleteLater();
        StatePatch patch;
        patch.highWater = mark;
        patch.walkRunning = true;
        patch.walkDoneThroughId = -1;
        enqueueState(patch);
        then([this] { startWalk(-1); });
    });
    m_pager->fetchNext();
}

ParallelWalk *CollectionSync::makeWalk(const QUrlQuery &query)
{
    auto *walk = new ParallelWalk(m_client, indexCollectionPath(m_collection), query, this);
    walk->setCursorCount(m_settings.cursors);
    connect(walk, &ParallelWalk::failed, this, &CollectionSync::fail);
    m_walk = walk;
    m_done = 0;
    return walk;
}

void CollectionSync::startWalk(qint64 startAfter)
{
    m_summary.walked = true;
    ParallelWalk *walk = makeWalk(listQuery(fieldsOf(m_collection), QStringLiteral("id")));
    if (startAfter >= 0)
        walk->setStartAfter(startAfter);
    // Every page is written as it arrives, also one of a later id range that
    // must wait for its turn in the stream; the walk's progress moves only as
    // the stream does (all ids up to there are stored).
    walk->setReceiverHolds(true);
    connect(walk, &ParallelWalk::pageArrived, this, [this](const QJsonArray &records) {
        StatePatch patch;
        patch.walkDoneThroughId = highestRecordId(records);
        enqueueUpsert(records, patch);
        m_done += records.size();
        Q_EMIT progress(m_collection, Phase::FirstWalk, m_done, m_walk->totalEntries());
    });
    connect(walk, &ParallelWalk::pageHeld, this, [this](int key, const QJsonArray &records) {
        m_heldLastId.insert(key, highestRecordId(records));
        enqueueUpsert(records, {});
        m_done += records.size();
        Q_EMIT progress(m_collection, Phase::FirstWalk, m_done, m_walk->totalEntries());
    });
    connect(walk, &ParallelWalk::heldPageReleased, this, [this](int key) {
        StatePatch patch;
        patch.walkDoneThroughId = m_heldLastId.take(key);
        enqueueState(patch);
    });
    connect(walk, &ParallelWalk::finished, this, &CollectionSync::onWalkFinished);
    walk->start();
}

void CollectionSync::onWalkFinished(bool complete)
{
    if (!complete || m_stopped)
        return; // cancel() or fail() has finished already
    m_walk->deleteLater();
    StatePatch patch;
    patch.walkRunning = false;
    patch.walkDoneThroughId = -1;
    patch.lastWalkEnd = nowMs();
    // A walk that began on an empty index and ran in one go listed every
    // record there was: it counts as a reconcile. One that went on from an
    // interrupted one may hold records deleted meanwhile.
    if (!m_summary.resumed && m_state.recordCount == 0)
        patch.lastReconcileEnd = *patch.lastWalkEnd;
    enqueueState(patch);
    then([this] { startIncremental(); });
}

void CollectionSync::startIncremental()
{
    m_store->readState(m_collection, this, [this](const CollectionState &state) {
        if (m_stopped)
            return;
        m_state = state;
        const qint64 from = std::max<qint64>(0, state.highWater - m_settings.overlapSeconds);
        // Always with an explicit zone: without one the API reads the
        // account's time zone.
        ListQuery query;
        query.sortField = QStringLiteral("updated_at");
        query.conditions.append(
            {QStringLiteral("updated_at"),
             QStringLiteral(">=") + QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate)});
        m_done = 0;
        m_pager = new Pager(m_client, indexCollectionPath(m_collection),
                            query.urlQuery(fieldsOf(m_collection), QString(), m_settings.perPage), this);
        connect(m_pager, &Pager::failed, this, &CollectionSync::fail);
        connect(m_pager, &Pager::pageArrived, this, [this](const QJsonArray &records) {
            StatePatch patch;
            patch.raiseHighWater = true;
            enqueueUpsert(records, patch);
            m_done += records.size();
            Q_EMIT progress(m_collection, Phase::Incremental, m_done, m_pager->totalEntries());
            if (!m_pager->atEnd()) {
                m_pager->fetchNext();
                return;
            }
            m_pager->deleteLater();
            then([this] {
                m_store->readState(m_collection, this,
                                   [this](const CollectionState &now) { considerReconcile(now); });
            });
        });
        m_pager->fetchNext();
    });
}

void CollectionSync::considerReconcile(const CollectionState &state)
{
    if (m_stopped)
        return;
    m_state = state;
    const bool due =
        state.lastReconcileEnd <= 0 || nowMs() - state.lastReconcileEnd > m_settings.reconcileAfterMs;
    const bool wanted = m_options.reconcile == SyncOptions::Reconcile::Now ||
                        (m_options.reconcile == SyncOptions::Reconcile::IfDue && due);
    if (!wanted) {
        finish();
        return;
    }
    // One page per hundred ids, a last short page per range, the two bounds.
    const qint64 perPage = m_settings.perPage;
    m_summary.reconcileEstimate =
        static_cast<int>((state.recordCount + perPage - 1) / perPage + m_settings.cursors + 2);
    const int limit = m_client->rateLimit().limit > 0 ? m_client->rateLimit().limit : m_settings.hourlyQuota;
    m_summary.reconcileAllowed = static_cast<int>(limit * m_settings.reconcileQuotaShare);
    if (m_summary.reconcileEstimate > m_summary.reconcileAllowed && !m_options.reconcileConfirmed) {
        m_summary.reconcileNeedsConfirmation = true;
        Q_EMIT needsConfirmation(m_collection, m_summary.reconcileEstimate, m_summary.reconcileAllowed);
        finish();
        return;
    }
    startReconcile();
}

void CollectionSync::startReconcile()
{
    m_presentIds.clear();
    // Records first seen from now on (written by the console, another
    // process or this sync) are not judged by this listing.
    m_reconcileStartedAt = nowMs();
    ParallelWalk *walk = makeWalk(listQuery({QStringLiteral("id")}, QStringLiteral("id")));
    connect(walk, &ParallelWalk::pageArrived, this, [this](const QJsonArray &records) {
        for (const QJsonValue &record : records)
            m_presentIds.append(recordIdOf(record));
        m_done += records.size();
        Q_EMIT progress(m_collection, Phase::Reconcile, m_done, m_walk->totalEntries());
    });
    connect(walk, &ParallelWalk::finished, this, [this](bool complete) {
        if (!complete || m_stopped)
            return;
        m_walk->deleteLater();
        StatePatch patch;
        patch.lastReconcileEnd = nowMs();
        const QList<qint64> present = m_presentIds;
        const qint64 since = m_reconcileStartedAt;
        enqueue([this, present, since, patch] {
            m_store->removeMissing(m_collection, present, since, patch, this,
                                   [this](const WriteResult &result) { jobDone(result); });
        });
        then([this] {
            m_summary.reconciled = true;
            finish();
        });
    });
    walk->start();
}

void CollectionSync::fail(const ApiError &error)
{
    if (m_stopped)
        return;
    m_summary.apiError = error;
    finish();
}

void CollectionSync::finish()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_jobs.removeIf([](const Job &job) { return !job.write; });
    if (m_walk)
        m_walk->abort();
    if (m_pager)
        m_pager->cancel();
    settle();
}

void CollectionSync::settle()
{
    if (m_stopped && !m_finished && !m_jobRunning && m_jobs.isEmpty()) {
        m_finished = true;
        m_summary.requests = m_client->requestsSent() - m_requestsAtStart;
        Q_EMIT finished();
    }
}

// ---- the write queue: one write at a time, nothing after a failed one ------

void CollectionSync::enqueue(std::function<void()> write)
{
    m_jobs.append({std::move(write), true});
    runNextJob();
}

void CollectionSync::enqueueUpsert(const QJsonArray &records, const StatePatch &patch)
{
    enqueue([this, records, patch] {
        m_store->upsert(m_collection, records, patch, this,
                        [this](const WriteResult &result) { jobDone(result); });
    });
}

void CollectionSync::enqueueState(const StatePatch &patch)
{
    enqueue([this, patch] {
        m_store->writeState(m_collection, patch, this,
                            [this](const WriteResult &result) { jobDone(result); });
    });
}

// `step` runs once every write queued before it is done.
void CollectionSync::then(const std::function<void()> &step)
{
    const auto run = [this, step] {
        m_jobRunning = false;
        step();
        runNextJob();
    };
    m_jobs.append({run, false});
    runNextJob();
}

void CollectionSync::runNextJob()
{
    if (m_jobRunning)
        return;
    if (m_jobs.isEmpty()) {
        settle();
        return;
    }
    m_jobRunning = true;
    m_jobs.takeFirst().run();
}

void CollectionSync::jobDone(const WriteResult &result)
{
    m_jobRunning = false;
    if (!result.ok()) {
        // Nothing after a failed write: a later page's progress must not
        // claim what this one did not store.
        if (m_summary.storeError.isEmpty())
            m_summary.storeError = result.error;
        m_jobs.clear();
        finish();
        settle();
        return;
    }
    m_summary.added += static_cast<int>(result.added.size());
    m_summary.changed += static_cast<int>(result.changed.size());
    m_summary.removed += static_cast<int>(result.removed.size());
    runNextJob();
}

} // namespace pc
