#pragma once

#include "app/net/apiclient.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace pc {

// Walks a collection page by page by following the `link` header's
// rel="next" (never by counting pages: the API pages with opaque cursors).
// One request at a time. A failed page can be fetched again with fetchNext();
// the pages already delivered are never taken back. It stops, with an error,
// on a link to another host (nothing is sent there) and on a link loop.
class Pager : public QObject
{
    Q_OBJECT

public:
    Pager(ApiClient *client, const QString &path, const QUrlQuery &query, QObject *parent = nullptr);
    ~Pager() override;

    // Starts loading the next page (again, after an error); does nothing while
    // a page is in flight or when the walk is over.
    void fetchNext();
    void cancel();

    bool isLoading() const { return m_call != nullptr; }
    bool atEnd() const { return m_atEnd; }
    // More pages, nothing in flight, and no error waiting for a retry.
    bool canFetchMore() const { return !m_atEnd && !m_call && !m_lastError.isError(); }
    int pagesLoaded() const { return m_pagesLoaded; }
    qint64 recordsLoaded() const { return m_recordsLoaded; }
    qint64 totalEntries() const { return m_totalEntries; } // -1 until known
    bool isThrottled() const { return m_throttled; }
    ApiError lastError() const { return m_lastError; }
    QUrl nextUrl() const { return m_nextUrl; }

    // `url` with every parameter of `required` that it lacks (by name) added
    // as it is in `required`; parameters it has are left alone, and a URL
    // that lacks none comes back unchanged, byte for byte. The server is
    // expected to keep every parameter of the query in its `link` URLs; where
    // one was dropped (fields, per_page, sort, a filter), it is put back so
    // the next page has the same columns and order as the first.
    static QUrl withRequiredParameters(QUrl url, const QUrlQuery &required);
    // One key per page whatever the order or percent-encoding of its query
    // parameters (and the case of the host), so that a `link` back to a page
    // already loaded is recognised as one: the lower-case host, the port,
    // the path and the decoded parameters sorted.
    static QString pageKey(const QUrl &url);

Q_SIGNALS:
    void pageArrived(const QJsonArray &records);
    void failed(const pc::ApiError &error);
    void waiting(int seconds, pc::ApiCall::WaitReason reason);
    void loadingChanged(bool loading);

private:
    void onFinished(const ApiResponse &response);
    void takePage(const ApiResponse &response, qsizetype recordCount);

    ApiClient *m_client;
    QUrlQuery m_query;
    QUrl m_nextUrl;
    QPointer<ApiCall> m_call;
    QSet<QString> m_visited;
    int m_pagesLoaded = 0;
    qint64 m_recordsLoaded = 0;
    qint64 m_totalEntries = -1;
    bool m_throttled = false;
    bool m_atEnd = false;
    ApiError m_lastError;
};

} // namespace pc
