#include "app/models/pageloader.h"

#include "app/models/listquery.h"
#include "app/net/pager.h"
#include "app/net/parallelwalk.h"
#include "app/net/recordid.h"

#include <algorithm>

namespace pc {

PageLoader::PageLoader(ApiClient *client, PageSink *sink, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sink(sink)
    , m_loadAllCursors(ParallelWalk::DefaultCursors)
{}

PageLoader::~PageLoader() = default;

bool PageLoader::stop(int minimumRows)
{
    const bool wasLoadingAll = m_loadingAll;
    m_loadingAll = false;
    m_minimumRows = minimumRows;
    dropWalk();
    m_walkDone = false;
    m_walkRefused = false; // the query (or the server) may be another now
    m_recordsScanned = 0;
    m_lastScannedId = -1;
    m_scannedBefore = 0;
    m_knownTotal = -1;
    m_throttled = false;
    return wasLoadingAll;
}

void PageLoader::start(const QString &path, const QUrlQuery &query)
{
    m_path = path;
    m_query = query;
    installPager(m_query);
}

bool PageLoader::hasStarted() const
{
    return m_pager != nullptr;
}

bool PageLoader::isWalkingInParallel() const
{
    return m_walk != nullptr;
}

void PageLoader::fetchNext()
{
    if (m_pager)
        m_pager->fetchNext();
}

void PageLoader::installPager(const QUrlQuery &query)
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_pager = new Pager(m_client, m_path, query, this);
    connect(m_pager, &Pager::pageArrived, this, &PageLoader::onPageArrived);
    connect(m_pager, &Pager::failed, this, &PageLoader::onFailed);
    connect(m_pager, &Pager::waiting, this, &PageLoader::waiting);
    connect(m_pager, &Pager::loadingChanged, this, [this](bool loading) {
        Q_EMIT loadingChanged(loading);
        Q_EMIT statusChanged();
    });
}

bool PageLoader::canFetchMore() const
{
    if (!m_pager)
        return false;
    // A parallel walk loads the rest by itself; after it failed, Retry goes on.
    if (m_walk || m_walkDone)
        return false;
    // Load all takes over from the page in flight with a walk: pages a view
    // asked for meanwhile would only keep it from starting.
    if (m_loadingAll && canWalkInParallel())
        return false;
    // After an error the view must not keep asking; Retry does.
    return m_pager->canFetchMore();
}

void PageLoader::loadAll()
{
    if (!m_pager)
        return;
    m_loadingAll = true;
    if (const qint64 total = totalEntries(); total > m_sink->loadedRows())
        m_sink->reserveRows(total);
    // After a failed page, Load all is also its retry.
    if (m_walk)
        m_walk->retry();
    else if (!m_walkDone && m_pager->lastError().isError())
        m_pager->fetchNext();
    Q_EMIT statusChanged();
    continueLoading();
}

void PageLoader::setLoadAllCursors(int count)
{
    m_loadAllCursors = std::max(1, count);
}

// Needs the list in id order (a server sort or the model's implicit one, "id"
// ascending) and no condition on id; ParallelWalk::canWalk() checks the query.
// A local filter in the sink is fine: the walk continues after the last record
// received, kept or not.
bool PageLoader::canWalkInParallel() const
{
    return m_loadAllCursors > 1 && !m_walkRefused && ParallelWalk::canWalk(m_query);
}

void PageLoader::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    m_minimumRows = 0;
    // Stops after the requests in flight; their rows still come in.
    if (m_walk)
        m_walk->cancel();
    Q_EMIT loadAllFinished(false);
    Q_EMIT statusChanged();
}

// Keeps pages coming while Load all (or a refresh's row target) asks for them.
void PageLoader::continueLoading()
{
    if (m_walk) {
        // The walk goes on by itself; one that failed ends Load all and waits
        // for Retry.
        if (m_walk->lastError().isError()) {
            m_minimumRows = 0;
            if (m_loadingAll) {
                m_loadingAll = false;
                Q_EMIT loadAllFinished(false);
                Q_EMIT statusChanged();
            }
        }
        return;
    }
    if (m_walkDone) {
        m_minimumRows = 0;
        if (m_loadingAll) {
            m_loadingAll = false;
            Q_EMIT loadAllFinished(true);
            Q_EMIT statusChanged();
        }
        return;
    }
    if (!m_pager)
        return;
    const bool wanted = m_loadingAll || m_sink->loadedRows() < m_minimumRows;
    if (m_pager->atEnd() || m_pager->lastError().isError()) {
        m_minimumRows = 0;
        if (m_loadingAll) {
            m_loadingAll = false;
            Q_EMIT loadAllFinished(m_pager->atEnd() && !m_pager->lastError().isError());
            Q_EMIT statusChanged();
        }
        return;
    }
    // Continuing by id is exact only after records that had ids (pages of
    // anything else could not say where to go on from).
    const bool continuable = m_recordsScanned == 0 || m_lastScannedId >= 0;
    if (m_loadingAll && !m_pager->isLoading() && continuable && canWalkInParallel()) {
        startWalk();
        return;
    }
    if (wanted)
        m_pager->fetchNext(); // a no-op while a page is in flight
}

void PageLoader::startWalk()
{
    m_knownTotal = totalEntries();
    m_scannedBefore = m_recordsScanned;
    auto *walk = new ParallelWalk(m_client, m_path, m_query, this);
    walk->setCursorCount(m_loadAllCursors);
    walk->setReceiverHolds(true);
    if (m_lastScannedId >= 0)
        walk->setStartAfter(m_lastScannedId);
    connect(walk, &ParallelWalk::pageArrived, this, &PageLoader::onWalkPage);
    connect(walk, &ParallelWalk::pageHeld, this, &PageLoader::onWalkPageHeld);
    connect(walk, &ParallelWalk::heldPageReleased, this, &PageLoader::onWalkHeldPageReleased);
    connect(walk, &ParallelWalk::failed, this, &PageLoader::onWalkFailed);
    connect(walk, &ParallelWalk::finished, this, &PageLoader::onWalkFinished);
    connect(walk, &ParallelWalk::waiting, this, &PageLoader::waiting);
    connect(walk, &ParallelWalk::loadingChanged, this, [this](bool loading) {
        Q_EMIT loadingChanged(loading);
        Q_EMIT statusChanged();
    });
    m_walk = walk;
    walk->start();
    Q_EMIT statusChanged();
}

// Safe from inside the walk's own signals (a slot may reload).
void PageLoader::dropWalk()
{
    if (!m_walk)
        return;
    ParallelWalk *walk = m_walk;
    m_walk = nullptr;
    walk->disconnect(this);
    walk->abort();
    walk->deleteLater();
    m_sink->dropHeldPages();
    m_heldScan.clear();
}

void PageLoader::onWalkPageHeld(int key, const QJsonArray &records)
{
    m_heldScan.insert(key, {records.size(), highestRecordId(records)});
    m_sink->holdPage(key, records);
}

void PageLoader::onWalkHeldPageReleased(int key)
{
    m_throttled = m_walk->isThrottled();
    const auto [count, lastId] = m_heldScan.take(key);
    m_recordsScanned += count;
    m_lastScannedId = std::max(m_lastScannedId, lastId);
    const int before = m_sink->loadedRows();
    m_sink->releasePage(key);
    Q_EMIT pageLoaded(m_sink->loadedRows() - before);
    Q_EMIT statusChanged();
}

void PageLoader::onWalkPage(const QJsonArray &records)
{
    m_throttled = m_walk->isThrottled();
    takePage(records);
}

void PageLoader::onWalkFailed(const ApiError &error)
{
    // A server that refuses the id range or sort=id the walk adds (an older
    // one, say) before anything came: the single cursor goes on instead. Its
    // own query is unchanged, so a 400 that was about that query comes again
    // from it and is shown then.
    // Likewise a bound the walk could not read an id from: it cannot be
    // retried, one cursor can go on.
    if (m_walk->pagesLoaded() == 0 && (error.kind == ApiError::Kind::BadRequest || !m_walk->canRetry())) {
        qCInfo(lcWalk) << "the server refused walking by id ranges:" << error.message
                       << "; one cursor goes on";
        m_walkRefused = true;
        m_knownTotal = totalEntries();
        dropWalk();
        continueLoading();
        Q_EMIT statusChanged();
        return;
    }
    if (m_sink->recoverFrom(error))
        return;
    continueLoading(); // ends a Load all
    Q_EMIT errorOccurred(error);
    Q_EMIT statusChanged();
}

void PageLoader::onWalkFinished(bool complete)
{
    if (complete) {
        // Everything there was is in; the pager's cursor is far behind and
        // must not be followed again.
        m_walkDone = true;
        m_knownTotal = m_recordsScanned;
        dropWalk();
    } else {
        // Cancelled: one cursor goes on from after the last record received,
        // for the view's fetchMore() or the next Load all.
        m_knownTotal = totalEntries();
        m_scannedBefore = m_recordsScanned;
        dropWalk();
        installPager(continuedAfterId(m_query, m_lastScannedId));
    }
    continueLoading(); // ends Load all, or walks again if it was asked for meanwhile
    Q_EMIT statusChanged();
}

void PageLoader::retry()
{
    if (!m_pager)
        return;
    if (m_walk) {
        // A parallel Load all that failed goes on where it stopped.
        if (m_walk->lastError().isError())
            loadAll();
        return;
    }
    if (m_walkDone)
        return; // nothing failed
    m_pager->fetchNext();
    Q_EMIT statusChanged();
}

bool PageLoader::isLoading() const
{
    return (m_walk && m_walk->isLoading()) || (!m_walkDone && m_pager && m_pager->isLoading());
}

bool PageLoader::atEnd() const
{
    return m_walkDone || (!m_walk && m_pager && m_pager->atEnd());
}

// The records before the current pager or walk began, plus what it counts.
qint64 PageLoader::totalEntries() const
{
    qint64 current = -1;
    if (m_walk)
        current = m_walk->totalEntries();
    else if (!m_walkDone && m_pager)
        current = m_pager->totalEntries();
    return current < 0 ? m_knownTotal : m_scannedBefore + current;
}

void PageLoader::takePage(const QJsonArray &records)
{
    m_recordsScanned += records.size();
    // Where a walk by id goes on from: the records a local filter drops were
    // received too, so they are not asked for again.
    m_lastScannedId = std::max(m_lastScannedId, highestRecordId(records));
    const int before = m_sink->loadedRows();
    if (!records.isEmpty())
        m_sink->appendPage(records);
    Q_EMIT pageLoaded(m_sink->loadedRows() - before);
    Q_EMIT statusChanged();
}

void PageLoader::onPageArrived(const QJsonArray &records)
{
    m_throttled = m_pager->isThrottled();
    takePage(records);
    continueLoading();
}

ApiError PageLoader::lastError() const
{
    if (m_walk)
        return m_walk->lastError();
    if (m_walkDone)
        return {};
    return m_pager ? m_pager->lastError() : ApiError();
}

void PageLoader::onFailed(const ApiError &error)
{
    if (m_sink->recoverFrom(error))
        return;
    continueLoading(); // ends a Load all
    Q_EMIT errorOccurred(error);
    Q_EMIT statusChanged();
}

} // namespace pc
