#include "app/index/indexsync.h"

#include "app/index/indexstore.h"
#include "app/net/apiclient.h"

#include <QJsonArray>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::IndexSync).
class IndexSync { Q_OBJECT };
#endif

namespace {

template<typename T> T total(const QList<CollectionSummary> &collections, T CollectionSummary::*field)
{
    T sum = 0;
    for (const CollectionSummary &summary : collections)
        sum += summary.*field;
    return sum;
}

} // namespace

int SyncResult::added() const
{
    return total(collections, &CollectionSummary::added);
}

int SyncResult::changed() const
{
    return total(collections, &CollectionSummary::changed);
}

int SyncResult::removed() const
{
    return total(collections, &CollectionSummary::removed);
}

qint64 SyncResult::requests() const
{
    return total(collections, &CollectionSummary::requests);
}

bool SyncResult::reconcileNeedsConfirmation() const
{
    return std::any_of(collections.cbegin(), collections.cend(),
                       [](const CollectionSummary &summary) { return summary.reconcileNeedsConfirmation; });
}

IndexSync::IndexSync(ApiClient *client, IndexStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        m_store->heartbeat(this, [this](bool ours) {
            // Taken over after a stall longer than the staleness limit: the
            // other console syncs now, this one stops writing.
            if (!ours && m_running && m_current) {
                m_result.storeError = tr("Another console took over bringing the local copy up to date.");
                m_locked = false;
                m_current->cancel();
            }
        });
    });
}

IndexSync::~IndexSync()
{
    if (m_locked)
        m_store->releaseLock(nullptr, {});
}

bool IndexSync::sync(const SyncOptions &options, const QList<IndexCollection> &collections)
{
    if (m_running || !m_store->isOpen())
        return false;
    m_running = true;
    m_options = options;
    m_queue = collections.isEmpty()
                  ? QList<IndexCollection>{IndexCollection::Offerings, IndexCollection::Instances}
                  : collections;
    m_result = {};
    Q_EMIT started();
    m_store->acquireLock(m_settings.lockStaleMs, this, [this](const LockResult &lock) { onLock(lock); });
    return true;
}

void IndexSync::cancel()
{
    if (!m_running)
        return;
    if (m_current) {
        m_current->cancel();
        return;
    }
    // Still waiting for the lock: the answer ends it.
    m_queue.clear();
    m_result.apiError = ApiError::cancelled();
}

void IndexSync::onLock(const LockResult &lock)
{
    if (!lock.acquired) {
        m_result.busyElsewhere = !lock.holder.isEmpty();
        m_result.storeError = lock.error;
        if (m_result.busyElsewhere)
            Q_EMIT busyElsewhere(lock.holder);
        m_result.message = lock.holder.isEmpty()
                               ? tr("The local copy could not be locked for syncing: %1").arg(lock.error)
                               : lock.holder;
        m_running = false;
        Q_EMIT finished(m_result);
        return;
    }
    m_locked = true;
    m_heartbeat.start(m_settings.heartbeatMs);
    runNext();
}

void IndexSync::runNext()
{
    if (m_queue.isEmpty() || !m_result.ok()) {
        end();
        return;
    }
    auto *sync = new CollectionSync(m_client, m_store, m_queue.takeFirst(), m_settings, m_options, this);
    connect(sync, &CollectionSync::progress, this, &IndexSync::progress);
    connect(sync, &CollectionSync::needsConfirmation, this, &IndexSync::needsConfirmation);
    connect(sync, &CollectionSync::finished, this, &IndexSync::onCollectionFinished);
    m_current = sync;
    sync->start();
}

void IndexSync::onCollectionFinished()
{
    CollectionSync *sync = m_current;
    const CollectionSummary summary = sync->summary();
    m_current = nullptr;
    sync->deleteLater();
    m_result.collections.append(summary);
    if (summary.apiError.isError() && !m_result.apiError.isError())
        m_result.apiError = summary.apiError;
    if (!summary.storeError.isEmpty() && m_result.storeError.isEmpty())
        m_result.storeError = summary.storeError;
    if (summary.apiError.isError() && summary.apiError.kind != ApiError::Kind::Cancelled)
        Q_EMIT failed(summary.apiError);
    runNext();
}

// The lock is given back after every write asked for so far (the store's
// queue is in order), so finished() means the index is as it will stay.
void IndexSync::end()
{
    m_heartbeat.stop();
    m_result.message = describe(m_result);
    const auto done = [this] {
        m_running = false;
        Q_EMIT finished(m_result);
    };
    if (!m_locked) {
        m_store->whenIdle(this, done);
        return;
    }
    m_locked = false;
    m_store->releaseLock(this, done);
}

QString IndexSync::describe(const SyncResult &result) const
{
    if (result.cancelled())
        return tr("Sync cancelled; what had arrived is kept.");
    if (result.apiError.isError())
        return result.apiError.message;
    if (!result.storeError.isEmpty())
        return tr("The local copy could not be written: %1").arg(result.storeError);
    QString message = tr("Up to date: %1 new, %2 changed, %3 removed (%n request(s)).", nullptr,
                         static_cast<int>(result.requests()))
                          .arg(result.added())
                          .arg(result.changed())
                          .arg(result.removed());
    if (result.reconcileNeedsConfirmation())
        message += QLatin1Char(' ') + tr("Checking for deleted records needs your confirmation.");
    return message;
}

void IndexSync::applyServerRecord(IndexCollection collection, const QJsonObject &record,
                                  std::function<void(const WriteResult &)> done)
{
    m_store->upsert(collection, QJsonArray{record}, {}, this, std::move(done));
}

} // namespace pc
