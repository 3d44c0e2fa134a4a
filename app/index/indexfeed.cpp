#include "app/index/indexfeed.h"

#include "app/index/indexstore.h"
#include "app/models/pagedtablemodel.h"

namespace pc {

IndexFeed::IndexFeed(IndexStore *store, IndexCollection collection, QObject *parent)
    : LocalRecordSource(parent)
    , m_store(store)
    , m_collection(collection)
{
    connect(store, &IndexStore::recordsChanged, this, &IndexFeed::onRecordsChanged);
}

void IndexFeed::prefetch()
{
    if (m_prefetching || m_prefetched)
        return;
    m_prefetching = true;
    m_prefetchStale = false;
    m_store->readRecords(m_collection, this,
                         [this](const QList<QJsonObject> &records) { takePrefetched(records); });
}

void IndexFeed::takePrefetched(const QList<QJsonObject> &records)
{
    m_prefetching = false;
    const auto waiting = std::exchange(m_waiting, {});
    if (m_prefetchStale) {
        // Something was stored after the read began: each waiter reads anew.
        for (const auto &[context, done] : waiting) {
            if (context)
                m_store->readRecords(m_collection, context, done);
        }
        return;
    }
    if (waiting.isEmpty()) {
        m_prefetched = records;
        return;
    }
    for (const auto &[context, done] : waiting) {
        if (context)
            done(records);
    }
}

void IndexFeed::readAll(QObject *context, std::function<void(const QList<QJsonObject> &)> done)
{
    if (m_prefetching) {
        m_waiting.append({context, std::move(done)});
        return;
    }
    if (m_prefetched) {
        // Handed over later, as the store would: the caller is not re-entered.
        QMetaObject::invokeMethod(
            context, [records = *std::exchange(m_prefetched, std::nullopt), done] { done(records); },
            Qt::QueuedConnection);
        return;
    }
    m_store->readRecords(m_collection, context, std::move(done));
}

void IndexFeed::onRecordsChanged(IndexCollection collection, const QList<qint64> &upserted,
                                 const QList<qint64> &removed)
{
    if (collection != m_collection)
        return;
    m_prefetched.reset();
    if (m_prefetching)
        m_prefetchStale = true;
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
