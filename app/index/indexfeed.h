#pragma once

#include "app/index/recordcodec.h"
#include "app/models/instancetable.h"
#include "app/models/localrecordsource.h"
#include "app/models/pagedtablemodel.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
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

    // Reads the whole collection now, before any table asks (the window is
    // still being built), in the form its table takes at start (instances:
    // a table of every one; offerings: the records): the first such read
    // gets it. A change stored meanwhile makes that read stale, and the
    // read is made again.
    void prefetch();
    // Instances only: the first rows alone, asked for as the file is opened,
    // before anyone knows whether the copy is complete (then they are the
    // table's first rows; else nobody takes them). The store works in the
    // order asked, so they are read while the window is still being built
    // instead of after it, when the file's state has been heard.
    void prefetchFirstRows();
    void readAll(QObject *context, std::function<void(const QList<QJsonObject> &)> done) override;
    bool readInstanceTable(QObject *context, qint64 offeringScope, InstanceTableDone done) override;
    // How many instances the first, quick read brings (a screenful and more).
    static constexpr int FirstRows = 200;

private:
    // One read made ahead, and the calls waiting for it.
    template<typename Result> struct Prefetch
    {
        bool running = false;
        bool stale = false;
        std::optional<Result> result;
        QList<QPair<QPointer<QObject>, std::function<void(const Result &)>>> waiting;
    };

    template<typename Result>
    void startPrefetch(Prefetch<Result> &prefetch,
                       const std::function<void(QObject *, std::function<void(const Result &)>)> &read);
    template<typename Result>
    void takePrefetched(Prefetch<Result> &prefetch, const Result &result,
                        const std::function<void(QObject *, std::function<void(const Result &)>)> &read);
    // Serves `done` from the prefetch when there is one; false otherwise.
    template<typename Result>
    bool servePrefetched(Prefetch<Result> &prefetch, QObject *context,
                         std::function<void(const Result &)> &done);

    void readRecordsFromStore(QObject *context, std::function<void(const QList<QJsonObject> &)> done);
    void readTableFromStore(QObject *context, std::function<void(const InstanceTable &)> done);
    void readFirstRowsFromStore(QObject *context, std::function<void(const InstanceTable &)> done);
    void onRecordsChanged(IndexCollection collection, const QList<qint64> &upserted,
                          const QList<qint64> &removed);

    IndexStore *m_store;
    IndexCollection m_collection;
    QPointer<PagedTableModel> m_model;
    Prefetch<QList<QJsonObject>> m_records;
    Prefetch<InstanceTable> m_table;     // instances only, all of them
    Prefetch<InstanceTable> m_firstRows; // instances only, the first FirstRows
};

} // namespace pc
