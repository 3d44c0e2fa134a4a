#pragma once

// Waiting for what the local index (app/index/) answers, the way a caller on
// the GUI thread does: the event loop runs until the callback or signal.

#include "app/index/indexstate.h"
#include "app/index/indexstore.h"
#include "app/index/indexsync.h"
#include "tests/support/walk.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace testsupport {

// Runs `ask` (which hands its callback to the store) and waits for the
// answer; fails the test program when none comes in time.
template<typename T>
T awaitIndex(const std::function<void(std::function<void(const T &)>)> &ask, int timeoutMs = 30000)
{
    std::optional<T> answer;
    ask([&answer](const T &value) { answer = value; });
    if (!waitUntil([&answer] { return answer.has_value(); }, timeoutMs))
        qFatal("the index did not answer in time");
    return *answer;
}

pc::OpenResult openIndex(pc::IndexStore &store, const QString &path);
pc::CollectionState indexState(pc::IndexStore &store, pc::IndexCollection collection);
QList<QJsonObject> indexRecords(pc::IndexStore &store, pc::IndexCollection collection);
QString indexIntegrity(pc::IndexStore &store);
pc::WriteResult indexUpsert(pc::IndexStore &store, pc::IndexCollection collection, const QJsonArray &records,
                            const pc::StatePatch &patch = {});
// Starts a sync and waits for its finished().
pc::SyncResult runSync(pc::IndexSync &sync, const pc::SyncOptions &options = {}, int timeoutMs = 120000);

// Makes `path` a complete copy of what `server` holds (a first sync by a
// console of its own, closed again), as a window finds it at its next start.
void fillIndex(const sandbox::SandboxServer &server, const QString &path);

// The file and its -wal and -shm, as bytes, for looking for what must not be there.
QByteArray indexFileBytes(const QString &path);

} // namespace testsupport
