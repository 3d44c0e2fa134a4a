#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>

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

} // namespace pc
