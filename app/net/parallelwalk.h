#pragma once

#include "app/net/apiclient.h"
#include "app/net/apierror.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

namespace pc {

Q_DECLARE_LOGGING_CATEGORY(lcWalk)

class Pager;

// Walks one collection with several cursors at once, each over its own range
// of ids, and hands the records on as one stream in id order.
//
// One cursor cannot keep up with the API's burst limit when every answer takes
// a while (at 150 ms a page it tops out near 6 pages/s against the limit's 10),
// and cursors cannot be skipped ahead: the only way to have several pages in
// flight is several cursors over disjoint parts of the collection. `id` is
// filterable with ranges on the collections, so:
//  1. one request of per_page=1 sorted by id, and one sorted by -id, give the
//     lowest and highest id (the lowest is not asked for when continuing after
//     a known id);
//  2. [low, high] is split into K ranges (id=>=a<b), the last one open upward
//     (id=>=a) so that records created during the walk are still found;
//  3. each range is walked by its own Pager, all through the one ApiClient,
//     whose pacer keeps them together under the burst limit; the walk also
//     asks no two pages closer together than the pacer's window divided by
//     its requests (see ask());
//  4. the first range's pages are passed on as they arrive, a later range's
//     are held until every earlier range is complete: the stream is always a
//     prefix of the collection in id order.
// A record never comes twice: the ranges are disjoint and, as a safety net,
// a record whose id is not above the last one passed on is dropped (and
// counted). Records deleted during the walk are simply not found; cursors do
// not skip over anything when that happens.
//
// The query must be in id order and must not filter on id itself (see
// canWalk()): the reference documents no collection whose default order is
// id ascending (offerings default to name, instances are "unsorted"), so the
// walk always asks for sort=id; and how the API treats a parameter given
// twice is not documented, so the range must not meet a condition of the
// caller's on id (it might replace it instead of narrowing it).
class ParallelWalk : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCursors = 4;

    // `query`: the list query (fields, conditions, per_page, sort=id) as the
    // single cursor would send it; `path` may carry a predefined filter.
    ParallelWalk(ApiClient *client, const QString &path, const QUrlQuery &query, QObject *parent = nullptr);
    ~ParallelWalk() override;

    // True when `query` lists records in id order (sort=id) and has no
    // condition of its own on id.
    static bool canWalk(const QUrlQuery &query);

    // Set before start(). At most this many cursors; fewer when the records
    // fit in fewer pages.
    void setCursorCount(int count);
    int cursorCount() const { return m_cursorCount; }
    // Only records with a higher id (continuing after rows already loaded).
    void setStartAfter(qint64 lastId);
    // Set before start(). The receiver keeps the pages that must wait for an
    // earlier range: each is handed out with pageHeld() as it arrives and
    // released in order with heldPageReleased() instead of pageArrived(). A
    // table model keeps them as its own compact rows; the walk would otherwise
    // hold most of a large collection as parsed JSON, several times bigger.
    void setReceiverHolds(bool receiverHolds) { m_receiverHolds = receiverHolds; }

    void start();
    // Asks no more; what is in flight still arrives and is passed on when its
    // turn has come. finished(false) follows once nothing is in flight.
    void cancel();
    // After failed(): asks again for the page (or bound) that failed and goes
    // on with every range. Does nothing when the failure cannot be retried (a
    // link to another host or back to a page already loaded).
    void retry();
    // Stops at once: requests in flight are aborted, nothing more is emitted.
    void abort();

    bool isLoading() const;                        // requests in flight or pages not yet passed on
    bool isFinished() const { return m_finished; } // finished() was emitted
    bool isComplete() const { return m_complete; } // every range walked and passed on
    bool isCancelled() const { return m_cancelled; }
    // False after a failure retry() cannot mend (a bound without an id).
    bool canRetry() const { return !m_unretryable; }
    ApiError lastError() const { return m_error; }
    int rangeCount() const { return static_cast<int>(m_ranges.size()); }
    int pagesLoaded() const { return m_pagesLoaded; }
    qint64 recordsDelivered() const { return m_recordsDelivered; }
    qint64 lastDeliveredId() const { return m_lastDeliveredId; } // -1 before the first
    // The records the walk covers as counted when its bounds were asked for
    // (those after the start point), -1 until known.
    qint64 totalEntries() const { return m_totalEntries; }
    bool isThrottled() const;
    int duplicatesDropped() const { return m_duplicates; }

Q_SIGNALS:
    // In id order; no record twice; never an empty page.
    void pageArrived(const QJsonArray &records);
    // With setReceiverHolds(): a page of a later range, to keep under `key`
    // (records of other ranges and repeats already dropped; never empty).
    void pageHeld(int key, const QJsonArray &records);
    // Its turn has come: the page kept under `key` goes on now, in the place
    // pageArrived() would have given it.
    void heldPageReleased(int key);
    // The walk stopped asking for more (what is in flight still arrives);
    // retry() goes on.
    void failed(const pc::ApiError &error);
    // complete: every record was passed on; false: cancelled.
    void finished(bool complete);
    void waiting(int seconds, pc::ApiCall::WaitReason reason);
    void loadingChanged(bool loading);

private:
    // A page received, waiting to be passed on: the records, or (kept by the
    // receiver) its key, how many records and the highest id.
    struct Held
    {
        QJsonArray records;
        int key = -1;
        qint64 count = 0;
        qint64 lastId = -1;
    };
    struct Range
    {
        qint64 from = 0; // inclusive
        qint64 to = -1;  // exclusive; -1: open upward
        Pager *pager = nullptr;
        QList<Held> held; // pages waiting for an earlier range
        qint64 lastHeldId = -1; // the highest id handed out with pageHeld()
        bool complete = false;
    };

    Pager *makePager(const QUrlQuery &query);
    void ask(Pager *pager);
    void dispatchAsks();
    QUrlQuery idOrdered(const QString &sort, int perPage) const;
    void askBounds();
    void onBound(bool low, const QJsonArray &records);
    void planRanges(qint64 low, qint64 high);
    void onRangePage(int index, const QJsonArray &records);
    void onFailed(const ApiError &error);
    void askMore(Range &range);
    void passOnCompleteRanges();
    void scheduleDelivery();
    void deliverOne();
    void settle();
    void updateLoading();
    int inFlight() const;
    int rangeIndex(const Pager *pager) const;
    void setError(const ApiError &error);

    ApiClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    int m_cursorCount = DefaultCursors;
    int m_perPage = 20; // the API's default, when the query does not say
    qint64 m_startAfter = -1;
    Pager *m_lowBound = nullptr;
    Pager *m_highBound = nullptr;
    qint64 m_lowId = -1; // -1: none (an empty collection) or not known yet
    qint64 m_highId = -1;
    bool m_lowKnown = false;
    bool m_highKnown = false;
    QList<Range> m_ranges;
    qsizetype m_current = 0;   // the first range not yet complete and passed on
    QList<Held> m_ready; // in order, to be passed on one per event loop turn
    QTimer m_deliveryTimer;
    QList<Pager *> m_asks; // cursors waiting for their turn to ask (see ask())
    QTimer m_askTimer;
    QElapsedTimer m_clock;
    qint64 m_nextAskAt = 0;
    int m_askSpacingMs = 0;
    ApiError m_error;
    qint64 m_totalEntries = -1;
    qint64 m_lastDeliveredId = -1;
    qint64 m_recordsDelivered = 0;
    int m_pagesLoaded = 0;
    int m_duplicates = 0;
    int m_heldPages = 0; // received, not passed on yet
    int m_mostHeldPages = 0;
    bool m_started = false;
    bool m_planned = false;
    bool m_cancelled = false;
    bool m_aborted = false;
    bool m_unretryable = false; // a bound without an id: asking again would not help
    bool m_finished = false;
    bool m_complete = false;
    bool m_wasLoading = false;
    bool m_receiverHolds = false;
    int m_nextHeldKey = 0;
};

} // namespace pc
