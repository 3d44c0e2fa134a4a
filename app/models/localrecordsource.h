#pragma once

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
