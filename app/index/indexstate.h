#pragma once

#include "app/index/recordcodec.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

// Plain values passed between the index's worker thread, IndexStore and
// IndexSync: what the database says about a collection and what a write did.
namespace pc {

// The sync state of one collection, as the database keeps it. Times "here"
// are this computer's clock (epoch ms): they say when something happened
// locally and are never sent to the server. The high-water mark is the
// server's: the largest updated_at received (epoch s), never a local time.
struct CollectionState
{
    qint64 highWater = -1;         // epoch s; -1: none yet
    bool walkRunning = false;      // a complete walk began and has not ended (interrupted if found so)
    qint64 walkDoneThroughId = -1; // that walk has stored every record with an id up to this (-1: none)
    qint64 lastWalkEnd = 0;        // epoch ms here; 0: never
    qint64 lastReconcileEnd = 0;   // epoch ms here; 0: never
    qint64 recordCount = 0;        // records in the index now

    bool hasCompleteCopy() const { return lastWalkEnd > 0; }
};

// Changes to a collection's state, written in the same transaction as the
// records they go with (so a kill between the two cannot happen).
struct StatePatch
{
    std::optional<qint64> highWater;
    std::optional<bool> walkRunning;
    std::optional<qint64> walkDoneThroughId;
    std::optional<qint64> lastWalkEnd;
    std::optional<qint64> lastReconcileEnd;
    // Raise the high-water mark to the largest updated_at of the records
    // written with this patch (never lower it): an incremental pass, sorted
    // by updated_at, has seen everything up to there.
    bool raiseHighWater = false;

    bool isEmpty() const
    {
        return !highWater && !walkRunning && !walkDoneThroughId && !lastWalkEnd && !lastReconcileEnd &&
               !raiseHighWater;
    }
};

// What a write did. `error` is a sentence for the user; nothing was written
// when it is set (the transaction was rolled back).
struct WriteResult
{
    QList<qint64> added;          // ids stored for the first time
    QList<qint64> changed;        // ids whose stored record differs now
    QList<qint64> removed;        // ids deleted (reconcile)
    int unchanged = 0;            // records received that were already stored as they are
    qint64 highestUpdatedAt = -1; // the largest updated_at among the records written (epoch s)
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// How opening went: `ok`, or `error` says why not. `rebuilt`: the file was
// damaged or unreadable, it was moved aside (to `movedAsideTo`) and an empty
// index made in its place; `message` says so to the user.
struct OpenResult
{
    bool ok = false;
    bool rebuilt = false;
    bool migrated = false; // an older schema was brought up to date
    int schemaVersion = 0;
    QString movedAsideTo;
    QString message;
    QString error;
};

// The sync lock: `acquired`, or who holds it (a sentence for the user).
struct LockResult
{
    bool acquired = false;
    QString holder;
    QString error;
};

} // namespace pc

Q_DECLARE_METATYPE(pc::IndexCollection)
Q_DECLARE_METATYPE(pc::CollectionState)
Q_DECLARE_METATYPE(pc::WriteResult)
Q_DECLARE_METATYPE(pc::OpenResult)
