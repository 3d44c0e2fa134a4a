#include "app/index/indexfeed.h"

#include "app/index/indexstore.h"
#include "app/models/pagedtablemodel.h"

#include <memory>
#include <utility>

namespace pc {

IndexFeed::IndexFeed(IndexStore *store, IndexCollection collection, QObject *parent)
    : LocalRecordSource(parent)
    , m_store(store)
    , m_collection(collection)
{
    connect(store, &IndexStore::recordsChanged, this, &IndexFeed::onRecordsChanged);
}

void IndexFeed::readRecordsFromStore(QObject *context, std::function<void(const QList<QJsonObject> &)> done)
{
    m_store->readRecords(m_collection, context, std::move(done));
}

void IndexFeed::readTableFromStore(QObject *context, std::function<void(const InstanceTable &)> done)
{
    m_store->readInstanceTable(0, 0, context, std::move(done));
}

void IndexFeed::readFirstRowsFromStore(QObject *context, std::function<void(const InstanceTable &)> done)
{
    m_store->readInstanceTable(0, FirstRows, context, std::move(done));
}

void IndexFeed::prefetch()
{
    if (m_collection == IndexCollection::Instances) {
        // The first rows, then all: the store answers in the order asked.
        startPrefetch<InstanceTable>(m_firstRows, [this](QObject *context, auto done) {
            readFirstRowsFromStore(context, std::move(done));
        });
        startPrefetch<InstanceTable>(
            m_table, [this](QObject *context, auto done) { readTableFromStore(context, std::move(done)); });
    } else {
        startPrefetch<QList<QJsonObject>>(m_records, [this](QObject *context, auto done) {
            readRecordsFromStore(context, std::move(done));
        });
    }
}

void IndexFeed::prefetchFirstRows()
{
    if (m_collection != IndexCollection::Instances)
        return;
    startPrefetch<InstanceTable>(m_firstRows, [this](QObject *context, auto done) {
        readFirstRowsFromStore(context, std::move(done));
    });
}

template<typename Result>
void IndexFeed::startPrefetch(Prefetch<Result> &prefetch,
                              const std::function<void(QObject *, std::function<void(const Result &)>)> &read)
{
    if (prefetch.running || prefetch.result)
        return;
    prefetch.running = true;
    prefetch.stale = false;
    read(this, [this, &prefetch, read](const Result &result) { takePrefetched(prefetch, result, read); });
}

template<typename Result>
void IndexFeed::takePrefetched(
    Prefetch<Result> &prefetch, const Result &result,
    const std::function<void(QObject *, std::function<void(const Result &)>)> &read)
{
    prefetch.running = false;
    const auto waiting = std::exchange(prefetch.waiting, {});
    if (prefetch.stale) {
        // Something was stored after the read began: each waiter reads anew.
        for (const auto &[context, done] : waiting) {
            if (context)
                read(context, done);
        }
        return;
    }
    if (waiting.isEmpty()) {
        prefetch.result = result;
        return;
    }
    for (const auto &[context, done] : waiting) {
        if (context)
            done(result);
    }
}

template<typename Result>
bool IndexFeed::servePrefetched(Prefetch<Result> &prefetch, QObject *context,
                                std::function<void(const Result &)> &done)
{
    if (prefetch.running) {
        prefetch.waiting.append({context, std::move(done)});
        return true;
    }
    if (!prefetch.result)
        return false;
    // Handed over later, as the store would: the caller is not re-entered.
    QMetaObject::invokeMethod(
        context, [result = *std::exchange(prefetch.result, std::nullopt), done] { done(result); },
        Qt::QueuedConnection);
    return true;
}

void IndexFeed::readAll(QObject *context, std::function<void(const QList<QJsonObject> &)> done)
{
    if (!servePrefetched(m_records, context, done))
        readRecordsFromStore(context, std::move(done));
}

bool IndexFeed::readInstanceTable(QObject *context, qint64 offeringScope, InstanceTableDone done)
{
    if (m_collection != IndexCollection::Instances)
        return false;
    std::function<void(const InstanceTable &)> whole = [done](const InstanceTable &table) {
        done(table, true);
    };
    if (offeringScope != 0) {
        m_store->readInstanceTable(offeringScope, 0, context, std::move(whole));
        return true;
    }
    std::function<void(const InstanceTable &)> first = [done](const InstanceTable &table) {
        done(table, false);
    };
    const bool firstPrefetched = servePrefetched(m_firstRows, context, first);
    if (servePrefetched(m_table, context, whole))
        return true;
    if (!firstPrefetched)
        readFirstRowsFromStore(context, std::move(first));
    readTableFromStore(context, std::move(whole));
    return true;
}

void IndexFeed::onRecordsChanged(IndexCollection collection, const QList<qint64> &upserted,
                                 const QList<qint64> &removed)
{
    if (collection != m_collection)
        return;
    m_records.result.reset();
    m_table.result.reset();
    m_firstRows.result.reset();
    m_records.stale = m_records.running;
    m_table.stale = m_table.running;
    m_firstRows.stale = m_firstRows.running;
    if (!m_model || m_model->localSource() != this)
        return;
    if (!removed.isEmpty())
        m_model->removeLocalRecords(removed);
    // In the order stored; the store answers in the order asked, so a record
    // changed twice ends as stored last.
    for (qint64 id : upserted) {
        m_store->readRecord(m_collection, id, this, [this](const QJsonObject &record) {
            if (m_model && m_model->localSource() == this && !record.isEmpty())
                m_model->applyLocalRecord(record);
        });
    }
}

} // namespace pc
