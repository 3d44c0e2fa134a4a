#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Figure 8 of bench/README.md: the local index (app/index/) over N
// instances. One sandbox (the library, on a thread of its own, so the
// benchmark can change records in it as "someone else"), one index, one
// first sync (untimed), then:
//   sync_noop_requests     a sync of both collections with nothing changed:
//                          requests the sandbox received
//   sync_changes_requests  the same after 1,000 instances changed
//   index_disk_ratio       the database file's bytes per record over the
//                          records' own JSON bytes per record
//   index_all_rows_ms      IndexStore::readRecords() of every instance, from
//                          the call to the callback (the core's read only,
//                          not a table model), once per repetition
// Returns one object per repetition (the first carries the sync and disk
// figures too), or sets *error and returns none.
namespace bench {

QList<QJsonObject> figureIndex(int rows, int repeat, QString *error);

} // namespace bench
