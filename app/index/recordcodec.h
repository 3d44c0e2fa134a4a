#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pc {

// The two collections the index keeps.
enum class IndexCollection { Offerings, Instances };

// "offerings" / "instances": the table names and the sync state's keys.
QString indexCollectionName(IndexCollection collection);
// The API collection a sync lists ("app_offerings", "app_instances"; the
// client switches the latter to integration_instances on a 2021 server).
QString indexCollectionPath(IndexCollection collection);

// A record as the index keeps it, in one shape whatever the API generation:
// a 2021 server names an instance's offering `integration`, the index calls
// it `app_offering` as current servers do (the object is kept as it came,
// `reference` and all). Everything else is left exactly as the API gave it.
QJsonObject normalizedRecord(IndexCollection collection, QJsonObject record);

// The compact form of a record on disk: CBOR (RFC 8949) of the JSON, with
// every object key the API is known to use written as a small integer from a
// fixed dictionary (at any depth, so `id` and `name` of references shrink
// too), other keys as their text. Keys make up about half of a record's JSON,
// which is why the database stays smaller than the JSON it holds. Decoding
// gives back the same JSON object, unknown fields included. The first byte
// is the codec's version; the dictionary only ever grows at its end.
QByteArray encodeRecord(const QJsonObject &record);
// The first byte of what encodeRecord() writes (InstanceTableReader reads
// the same bytes its own, quicker way, and checks it too).
inline constexpr char kRecordCodecVersion = 1;
// An empty object when `bytes` is not a record encodeRecord() wrote.
QJsonObject decodeRecord(const QByteArray &bytes);

} // namespace pc
