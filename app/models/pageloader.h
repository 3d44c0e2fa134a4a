#pragma once

#include "app/net/apicall.h"
#include "app/net/apierror.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

namespace pc {

class ApiClient;
class Pager;
class ParallelWalk;

// Where a PageLoader puts what it loads: the rows of a table. Pages arrive in
// order; a parallel Load all may hand over a later page early (hold), then
// release it in its turn.
class PageSink
{
public:
    virtual ~PageSink() = default;
    virtual int loadedRows() const = 0;
    virtual void appendPage(const QJsonArray &records) = 0;
    // Room for `rows` rows in all (Load all knows the total).
    virtual void reserveRows(qint64 rows) = 0;
    virtual void holdPage(int key, const QJsonArray &records) = 0;
    virtual void releasePage(int key) = 0;
    virtual void dropHeldPages() = 0;
    // A failure the sink can recover from by itself (a server without a
    // nested collection, say); true when it has.
    virtual bool recoverFrom(const ApiError &error) = 0;
};

// Loads one list page by page, one request in flight (Pager), and, for Load
// all on a list in id order, walks the rest with several cursors at once over
// id ranges (ParallelWalk), pages still handed over in id order. A failed page
// leaves everything loaded in place; retry() asks again. Counts what it has
// received (records a local filter drops included) and the list's total.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    PageLoader(ApiClient *client, PageSink *sink, QObject *parent = nullptr);
    ~PageLoader() override;

    // Drops what is in flight and every count, before the sink's rows are
    // reset. `minimumRows`: once started again, keep loading until the sink
    // has that many (a refresh that keeps the user's place). Returns whether
    // a Load all was running (it ends, not completed).
    bool stop(int minimumRows = 0);
    // Starts on the list at `path` with `query`; nothing is fetched until
    // fetchNext() or loadAll().
    void start(const QString &path, const QUrlQuery &query);
    bool hasStarted() const;

    bool canFetchMore() const;
    void fetchNext();
    void loadAll();
    void cancelLoadAll();
    void retry();

    bool isLoadingAll() const { return m_loadingAll; }
    int loadAllCursors() const { return m_loadAllCursors; }
    void setLoadAllCursors(int count);
    bool isWalkingInParallel() const;
    bool isLoading() const;
    bool atEnd() const;
    qint64 totalEntries() const; // -1 until the first page arrived
    qint64 recordsScanned() const { return m_recordsScanned; }
    bool isThrottled() const { return m_throttled; }
    ApiError lastError() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void errorOccurred(const pc::ApiError &error);
    void waiting(int seconds, pc::ApiCall::WaitReason reason);
    void statusChanged();
    void loadAllFinished(bool complete);

private:
    bool canWalkInParallel() const;
    void installPager(const QUrlQuery &query);
    void continueLoading();
    void takePage(const QJsonArray &records);
    void onPageArrived(const QJsonArray &records);
    void onFailed(const ApiError &error);
    void startWalk();
    void dropWalk();
    void onWalkPage(const QJsonArray &records);
    void onWalkFailed(const ApiError &error);
    void onWalkFinished(bool complete);
    void onWalkPageHeld(int key, const QJsonArray &records);
    void onWalkHeldPageReleased(int key);

    ApiClient *m_client;
    PageSink *m_sink;
    QPointer<Pager> m_pager;
    QPointer<ParallelWalk> m_walk;
    QString m_path; // what the current pager and walk ask for
    QUrlQuery m_query;
    bool m_loadingAll = false;
    int m_minimumRows = 0;
    int m_loadAllCursors;
    qint64 m_recordsScanned = 0;
    qint64 m_lastScannedId = -1; // the highest id received, kept by a local filter or not
    qint64 m_scannedBefore = 0;  // records scanned before the current pager or walk began
    qint64 m_knownTotal = -1;    // the total when the current pager or walk began
    bool m_throttled = false;
    bool m_walkDone = false;    // a parallel walk loaded everything: the pager is stale
    bool m_walkRefused = false; // the server refused an id range or sort=id
    // Per held page: the records received and the highest id among them,
    // counted as scanned when the page is released (in order).
    QHash<int, QPair<qint64, qint64>> m_heldScan;
};

} // namespace pc
