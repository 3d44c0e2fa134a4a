#pragma once

#include <QJsonArray>
#include <QJsonValue>

namespace pc {

// The id of a record (a JSON object) as the decoders read it: a whole number,
// or a string of one ("123"); -1 when there is none. Paging by id (Load all's
// continuation, the parallel walk) must agree with the rows on it, so the
// transport and the record decoders (app/records/domain.h) share this one.
qint64 recordIdOf(const QJsonValue &record);
// The highest id among `records` (-1: none had one): where a walk by id goes
// on from after them.
qint64 highestRecordId(const QJsonArray &records);

} // namespace pc
