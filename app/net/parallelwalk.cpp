#include "app/net/parallelwalk.h"

#include "app/net/pager.h"
#include "app/net/recordid.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ParallelWalk).
class ParallelWalk { Q_OBJECT };
#endif

Q_LOGGING_CATEGORY(lcWalk, "pc.walk")

namespace {

const QString kId = QStringLiteral("id");
const QString kSort = QStringLiteral("sort");
const QString kPerPage = QStringLiteral("per_page");
const QString kFields = QStringLiteral("fields");

// A filter value as the model sends its conditions: operators percent-encoded.
QString encodedCondition(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, ",!"));
}

qint64 recordId(const QJsonValue &value)
{
    return recordIdOf(value);
}

} // namespace

ParallelWalk::ParallelWalk(ApiClient *client, const QString &path, const QUrlQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
    , m_query(query)
{
    bool ok = false;
    const int perPage = query.queryItemValue(kPerPage).toInt(&ok);
    if (ok && perPage > 0)
        m_perPage = std::min(perPage, 100);
    // Pages held back while an earlier range finishes are passed on one per
    // event loop turn: a whole range becoming due at once must not block the
    // user interface for the time it takes to insert thousands of rows.
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setInterval(0);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &ParallelWalk::deliverOne);
    const ConnectionSettings &settings = client->settings();
    if (settings.paceBurst && settings.burstRequests > 0)
        m_askSpacingMs = (settings.burstWindowMs + settings.burstRequests - 1) / settings.burstRequests;
    m_askTimer.setSingleShot(true);
    m_askTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_askTimer, &QTimer::timeout, this, &ParallelWalk::dispatchAsks);
    m_clock.start();
}

// The pagers are children: deleting them aborts their requests.
ParallelWalk::~ParallelWalk() = default;

bool ParallelWalk::canWalk(const QUrlQuery &query)
{
    if (query.queryItemValue(kSort, QUrl::FullyDecoded).trimmed() != kId)
        return false;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    return std::none_of(items.cbegin(), items.cend(), [](const QPair<QString, QString> &item) {
        QString key = item.first;
        if (key.endsWith(QLatin1Char('!')))
            key.chop(1);
        return key == kId || key == QLatin1String("ids");
    });
}

void ParallelWalk::setCursorCount(int count)
{
    m_cursorCount = std::max(1, count);
}

void ParallelWalk::setStartAfter(qint64 lastId)
{
    m_startAfter = lastId;
}

QUrlQuery ParallelWalk::idOrdered(const QString &sort, int perPage) const
{
    QUrlQuery query = m_query;
    query.removeAllQueryItems(kSort);
    query.removeAllQueryItems(kPerPage);
    query.addQueryItem(kPerPage, QString::number(perPage));
    query.addQueryItem(kSort, sort);
    return query;
}

Pager *ParallelWalk::makePager(const QUrlQuery &query)
{
    auto *pager = new Pager(m_client, m_path, query, this);
    connect(pager, &Pager::failed, this, &ParallelWalk::onFailed);
    connect(pager, &Pager::waiting, this, &ParallelWalk::waiting);
    connect(pager, &Pager::loadingChanged, this, [this](bool loading) {
        // A cursor that stopped may have been the last thing in flight.
        if (!loading)
            scheduleDelivery();
        updateLoading();
    });
    return pager;
}

void ParallelWalk::start()
{
    if (m_started)
        return;
    m_started = true;
    askBounds();
    updateLoading();
}

// The first page of an ascending and of a descending id sort, one record
// each and only its id: the lowest and the highest id the walk must cover.
void ParallelWalk::askBounds()
{
    if (m_startAfter < 0) {
        QUrlQuery low = idOrdered(kId, 1);
        low.removeAllQueryItems(kFields);
        low.addQueryItem(kFields, kId);
        m_lowBound = makePager(low);
        connect(m_lowBound, &Pager::pageArrived, this,
                [this](const QJsonArray &records) { onBound(true, records); });
        ask(m_lowBound);
    } else {
        m_lowKnown = true; // the start point is the low bound
    }
    QUrlQuery high = idOrdered(QStringLiteral("-id"), 1);
    high.removeAllQueryItems(kFields);
    high.addQueryItem(kFields, kId);
    // Its total is then the number of records still to come.
    if (m_startAfter >= 0)
        high.addQueryItem(kId, encodedCondition(QStringLiteral(">%1").arg(m_startAfter)));
    m_highBound = makePager(high);
    connect(m_highBound, &Pager::pageArrived, this,
            [this](const QJsonArray &records) { onBound(false, records); });
    ask(m_highBound);
}

// The client's pacer lets up to 19 requests go within 2 s, and when it is
// saturated it repeats the pattern of the window before: cursors whose pages
// came back together are sent together again 2 s later, and so on. The
// server counts on arrival, so a few ms of jitter between such a group and
// the one 2 s earlier is enough for a 21st request in its window (a 429).
// Spaced by the window divided by its requests, the walk's requests stay
// apart by far more than that jitter, at the same rate.
void ParallelWalk::ask(Pager *pager)
{
    if (!m_asks.contains(pager))
        m_asks.append(pager);
    dispatchAsks();
}

void ParallelWalk::dispatchAsks()
{
    while (!m_asks.isEmpty() && !m_aborted) {
        const qint64 now = m_clock.elapsed();
        if (now < m_nextAskAt) {
            if (!m_askTimer.isActive())
                m_askTimer.start(static_cast<int>(m_nextAskAt - now));
            return;
        }
        // The earliest range first: its rows can be shown at once, and the
        // later ranges hold fewer pages back meanwhile.
        const auto next = std::min_element(m_asks.cbegin(), m_asks.cend(), [this](Pager *a, Pager *b) {
            return rangeIndex(a) < rangeIndex(b);
        });
        Pager *pager = *next;
        m_asks.erase(next);
        // A timer that fires a little late does not push every later turn
        // back (that alone cost some 4 % of the rate); after a pause the
        // spacing starts again from now. Asks stay within a quarter spacing
        // of an even grid, so a 2 s window still holds at most 20 of them.
        const bool onSchedule = now - m_nextAskAt < m_askSpacingMs / 4;
        m_nextAskAt = (onSchedule ? m_nextAskAt : now) + m_askSpacingMs;
        pager->fetchNext();
    }
}

void ParallelWalk::onBound(bool low, const QJsonArray &records)
{
    const qint64 id = records.isEmpty() ? -1 : recordId(records.first());
    if (!records.isEmpty() && id < 0) {
        m_unretryable = true;
        setError(ApiError::make(
            ApiError::Kind::BadResponse,
            tr("The server's answer had a record without an id, so the collection could not be "
               "split into id ranges.")));
        return;
    }
    (low ? m_lowId : m_highId) = id;
    (low ? m_lowKnown : m_highKnown) = true;
    if (!m_lowKnown || !m_highKnown || m_planned)
        return;
    if (m_cancelled) {
        scheduleDelivery(); // finishes, cancelled, before any range was asked for
        return;
    }
    m_totalEntries = m_startAfter < 0 ? m_lowBound->totalEntries() : m_highBound->totalEntries();
    if (m_highId < 0) { // nothing (after the start point)
        m_totalEntries = 0;
        planRanges(0, -1);
        return;
    }
    // A record created between the two answers can leave the ascending one
    // empty; the descending one then still bounds the walk.
    const qint64 lowest = m_startAfter >= 0 ? m_startAfter + 1 : (m_lowId >= 0 ? m_lowId : m_highId);
    planRanges(lowest, m_highId);
}

// Ranges of equal id width: ids are handed out in ascending order, so records
// spread over the ids roughly as they were created. No more ranges than the
// records fill pages, so a short list costs one request, not K.
void ParallelWalk::planRanges(qint64 low, qint64 high)
{
    m_planned = true;
    if (high >= low) {
        const qint64 span = high - low + 1;
        qint64 count = m_cursorCount;
        if (m_totalEntries >= 0)
            count = std::min(count, std::max<qint64>(1, (m_totalEntries + m_perPage - 1) / m_perPage));
        count = std::min(count, span);
        const qint64 width = (span + count - 1) / count;
        count = (span + width - 1) / width;
        for (qint64 i = 0; i < count; ++i) {
            Range range;
            range.from = low + i * width;
            // The last range is open upward: records created during the walk
            // get higher ids than any seen when it started, and are found there.
            range.to = i == count - 1 ? -1 : low + (i + 1) * width;
            const QString condition = range.to < 0 ? QStringLiteral(">=%1").arg(range.from)
                                                   : QStringLiteral(">=%1<%2").arg(range.from).arg(range.to);
            QUrlQuery query = idOrdered(kId, m_perPage);
            query.addQueryItem(kId, encodedCondition(condition));
            range.pager = makePager(query);
            const int index = static_cast<int>(i);
            connect(range.pager, &Pager::pageArrived, this,
                    [this, index](const QJsonArray &records) { onRangePage(index, records); });
            m_ranges.append(range);
        }
        qCDebug(lcWalk) << "walking" << m_path << "ids" << low << "to" << high << "in" << count << "ranges of"
                        << width << "ids;" << m_totalEntries << "records";
    }
    // Asked for only once every range is set up: a slot reacting to the first
    // request must see all of them.
    for (Range &range : m_ranges)
        askMore(range);
    scheduleDelivery(); // an empty walk is complete
    updateLoading();
}

void ParallelWalk::onRangePage(int index, const QJsonArray &records)
{
    Range &range = m_ranges[index];
    ++m_pagesLoaded;
    if (!records.isEmpty() && m_receiverHolds && index > m_current) {
        // Handed out now, released in order later. Only what belongs to this
        // range and comes after what it gave before is kept, so on release
        // every record is above everything passed on before it.
        Held held;
        QJsonArray kept;
        for (const QJsonValue &value : records) {
            const qint64 id = recordId(value);
            if (id >= 0) {
                if (id < range.from || (range.to >= 0 && id >= range.to) || id <= range.lastHeldId) {
                    ++m_duplicates;
                    continue;
                }
                range.lastHeldId = id;
                held.lastId = id;
            }
            kept.append(value);
        }
        if (!kept.isEmpty()) {
            held.key = m_nextHeldKey++;
            held.count = kept.size();
            range.held.append(held);
            ++m_heldPages;
            m_mostHeldPages = std::max(m_mostHeldPages, m_heldPages);
            const QPointer<ParallelWalk> self(this);
            Q_EMIT pageHeld(held.key, kept);
            if (!self || m_aborted)
                return;
        }
    } else if (!records.isEmpty()) {
        range.held.append(Held{records});
        ++m_heldPages;
        m_mostHeldPages = std::max(m_mostHeldPages, m_heldPages);
    }
    if (range.pager->atEnd() && !range.pager->lastError().isError())
        range.complete = true;
    askMore(range);
    passOnCompleteRanges();
    updateLoading();
}

void ParallelWalk::askMore(Range &range)
{
    if (m_cancelled || m_aborted || m_error.isError() || range.complete)
        return;
    if (range.pager->canFetchMore())
        ask(range.pager);
}

// The pages of the first incomplete range, and of every range before it, may
// go out now; a later range's wait until that one is complete.
void ParallelWalk::passOnCompleteRanges()
{
    while (m_current < m_ranges.size()) {
        Range &range = m_ranges[m_current];
        m_ready.append(range.held);
        range.held.clear();
        if (!range.complete)
            break;
        ++m_current;
    }
    scheduleDelivery();
}

void ParallelWalk::scheduleDelivery()
{
    if (!m_aborted && !m_finished && !m_deliveryTimer.isActive())
        m_deliveryTimer.start();
}

void ParallelWalk::deliverOne()
{
    if (m_aborted || m_finished)
        return;
    if (!m_ready.isEmpty()) {
        const Held page = m_ready.takeFirst();
        --m_heldPages;
        if (!m_ready.isEmpty())
            m_deliveryTimer.start();
        const QPointer<ParallelWalk> self(this);
        if (page.key >= 0) {
            m_lastDeliveredId = std::max(m_lastDeliveredId, page.lastId);
            m_recordsDelivered += page.count;
            Q_EMIT heldPageReleased(page.key);
            if (!self || m_aborted || m_finished)
                return; // a slot reset or dropped the walk
        } else {
            // Copied only when something must be dropped (seldom).
            const auto stale = [](qint64 id, qint64 last) { return id >= 0 && id <= last; };
            qint64 last = m_lastDeliveredId;
            bool dropSome = false;
            for (const QJsonValue &value : page.records) {
                const qint64 id = recordId(value);
                if (stale(id, last)) {
                    dropSome = true;
                    break;
                }
                last = std::max(last, id);
            }
            QJsonArray fresh;
            if (dropSome) {
                for (const QJsonValue &value : page.records) {
                    const qint64 id = recordId(value);
                    if (stale(id, m_lastDeliveredId)) {
                        ++m_duplicates; // twice, or out of order: either way already covered
                        continue;
                    }
                    m_lastDeliveredId = std::max(m_lastDeliveredId, id);
                    fresh.append(value); // an entry that is no record goes on: the model reports it
                }
            } else {
                fresh = page.records;
                m_lastDeliveredId = last;
            }
            if (!fresh.isEmpty()) {
                m_recordsDelivered += fresh.size();
                Q_EMIT pageArrived(fresh);
                if (!self || m_aborted || m_finished)
                    return; // a slot reset or dropped the walk
            }
        }
    }
    settle();
    updateLoading();
}

// Finishes once nothing is in flight and nothing is waiting to be passed on.
void ParallelWalk::settle()
{
    if (m_finished || m_aborted || !m_ready.isEmpty() || m_deliveryTimer.isActive() || inFlight() > 0)
        return;
    bool complete = false;
    if (m_planned && m_current >= m_ranges.size())
        complete = true;
    else if (!m_cancelled)
        return; // failed: waits for retry()
    m_finished = true;
    m_complete = complete;
    qCDebug(lcWalk) << "walk of" << m_path << (complete ? "complete:" : "cancelled:") << m_pagesLoaded
                    << "pages," << m_recordsDelivered << "records; at most" << m_mostHeldPages
                    << "pages waiting at once to be passed on";
    if (m_duplicates > 0)
        qCWarning(lcWalk) << m_duplicates << "records of" << m_path
                          << "came twice or out of id order and were passed on only once";
    updateLoading();
    Q_EMIT finished(complete);
}

void ParallelWalk::onFailed(const ApiError &error)
{
    setError(error);
}

void ParallelWalk::setError(const ApiError &error)
{
    if (m_error.isError() || m_aborted)
        return; // already stopped: the other failures are retried with it
    m_error = error;
    m_asks.clear(); // not sent yet: retry() asks them again
    m_askTimer.stop();
    qCInfo(lcWalk) << "walk of" << m_path << "stopped:" << error.message;
    updateLoading();
    Q_EMIT failed(error);
}

void ParallelWalk::cancel()
{
    if (m_finished || m_cancelled || m_aborted)
        return;
    m_cancelled = true;
    m_asks.clear(); // not sent yet, so not in flight
    m_askTimer.stop();
    scheduleDelivery(); // finishes at once when nothing is in flight
}

void ParallelWalk::retry()
{
    if (!m_error.isError() || m_finished || m_aborted || m_cancelled || m_unretryable)
        return;
    // Pagers still asking, and what failed. A cursor stopped for good (a link
    // to another host, a loop) cannot be asked again: the walk stays failed.
    QList<Pager *> toAsk;
    auto consider = [&toAsk](Pager *pager, bool done) {
        if (pager && !done && !pager->isLoading())
            toAsk.append(pager);
    };
    if (!m_planned) {
        consider(m_lowBound, m_lowKnown);
        consider(m_highBound, m_highKnown);
    } else {
        for (const Range &range : std::as_const(m_ranges))
            consider(range.pager, range.complete);
    }
    for (Pager *pager : std::as_const(toAsk)) {
        if (pager->atEnd())
            return;
    }
    m_error = {};
    for (Pager *pager : std::as_const(toAsk))
        ask(pager);
    updateLoading();
}

void ParallelWalk::abort()
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_deliveryTimer.stop();
    m_askTimer.stop();
    m_asks.clear();
    const auto pagers = findChildren<Pager *>(Qt::FindDirectChildrenOnly);
    for (Pager *pager : pagers) {
        pager->disconnect(this);
        pager->cancel();
    }
}

// The bounds (-1) before every range.
int ParallelWalk::rangeIndex(const Pager *pager) const
{
    for (qsizetype i = 0; i < m_ranges.size(); ++i) {
        if (m_ranges.at(i).pager == pager)
            return static_cast<int>(i);
    }
    return -1;
}

// Asked for, or about to be.
int ParallelWalk::inFlight() const
{
    int count = static_cast<int>(m_asks.size());
    const auto pagers = findChildren<Pager *>(Qt::FindDirectChildrenOnly);
    for (const Pager *pager : pagers)
        count += pager->isLoading() ? 1 : 0;
    return count;
}

bool ParallelWalk::isLoading() const
{
    return !m_finished && !m_aborted && (inFlight() > 0 || !m_ready.isEmpty() || m_deliveryTimer.isActive());
}

bool ParallelWalk::isThrottled() const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [](const Range &range) { return range.pager->isThrottled(); });
}

void ParallelWalk::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_wasLoading)
        return;
    m_wasLoading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace pc
