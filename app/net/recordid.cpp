#include "app/net/recordid.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <algorithm>

namespace pc {

qint64 recordIdOf(const QJsonValue &record)
{
    const QJsonValue id = record.toObject().value(QLatin1String("id"));
    if (id.isDouble())
        return id.toInteger(-1) >= 0 ? id.toInteger(-1) : -1;
    if (id.isString()) {
        bool ok = false;
        const qint64 parsed = id.toString().toLongLong(&ok);
        return ok && parsed >= 0 ? parsed : -1;
    }
    return -1;
}

qint64 highestRecordId(const QJsonArray &records)
{
    qint64 highest = -1;
    for (const QJsonValue &value : records)
        highest = std::max(highest, recordIdOf(value));
    return highest;
}

} // namespace pc
