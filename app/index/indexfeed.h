#pragma once

#include "app/index/recordcodec.h"
#include "app/models/localrecordsource.h"
#include "app/models/pagedtablemodel.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <functional>
#include <optional>

namespace pc {

class IndexStore;
class PagedTableModel;

// One collection of the local index as a record table's rows: the table
// reads every record from it (PagedTableModel::setLocalSource) and is kept
// up to date as the index changes, in place: each record added or changed
// is read again and handed to the model (applyLocalRecord), removed ones
// are taken out (removeLocalRecords). The database work stays on the
// store's thread; the model only ever sees finished records.
class IndexFeed : public LocalRecordSource
{
    Q_OBJECT

public:
    IndexFeed(IndexStore *store, IndexCollection collection, QObject *parent = nullptr);

    IndexCollection collection() const { return m_collection; }
    // The model the changes go to, while it reads from this feed.
    void setModel(PagedTableModel *model) { m_model = model; }
    PagedTableModel *model() const { return m_model; }

    // Reads every record now, before any table asks (the window is still
    // being built): the first readAll() gets them. A change stored
    // meanwhile makes that read stale, and readAll() reads again.
    void prefetch();
    void readAll(QObject *context, std::function<void(const QList<QJsonObject> &)> done) override;

private:
    void onRecordsChanged(IndexCollection collection, const QList<qint64> &upserted,
                          const QList<qint64> &removed);
    void takePrefetched(const QList<QJsonObject> &records);

    IndexStore *m_store;
    IndexCollection m_collection;
    QPointer<PagedTableModel> m_model;
    bool m_prefetching = false;
    bool m_prefetchStale = false;
    std::optional<QList<QJsonObject>> m_prefetched;
    // readAll() calls waiting for the prefetch, with their contexts.
    QList<QPair<QPointer<QObject>, std::function<void(const QList<QJsonObject> &)>>> m_waiting;
};

} // namespace pc
