#pragma once

#include "app/models/instancetable.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <utility>

namespace pc {

// A local copy of a whole collection a record table can read its rows from
// instead of the API's pages (PagedTableModel::setLocalSource): the local
// index implements it (app/index/IndexFeed), the models know only this.
class LocalRecordSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Every record of the collection, in id order, handed to `done` later
    // on this object's thread (never before returning); not at all when
    // `context` is destroyed meanwhile.
    virtual void readAll(QObject *context, std::function<void(const QList<QJsonObject> &)> done) = 0;
    // Every instance, or one offering's (`offeringScope`, 0 for all), in id
    // order, straight into a table's rows: the quick way to a whole
    // installed base (no JSON object per record). Handed over as readAll()
    // hands its records, possibly twice: first the first rows only
    // (`complete` false: enough to paint a screen while the rest is read),
    // then all of them. False when this source holds no instances or cannot
    // read them so; the caller then uses readAll().
    using InstanceTableDone = std::function<void(const InstanceTable &table, bool complete)>;
    virtual bool readInstanceTable(QObject *context, qint64 offeringScope, InstanceTableDone done)
    {
        Q_UNUSED(context)
        Q_UNUSED(offeringScope)
        Q_UNUSED(done)
        return false;
    }
};

// Records already in memory, handed over whole: a table's rows without a
// server or an index (the benchmarks, the tests of the models).
class RecordListSource : public LocalRecordSource
{
    Q_OBJECT

public:
    explicit RecordListSource(QList<QJsonObject> records, QObject *parent = nullptr)
        : LocalRecordSource(parent)
        , m_records(std::move(records))
    {}

    void readAll(QObject *context, std::function<void(const QList<QJsonObject> &)> done) override
    {
        QMetaObject::invokeMethod(
            context, [records = m_records, done] { done(records); }, Qt::QueuedConnection);
    }

private:
    QList<QJsonObject> m_records;
};

} // namespace pc
