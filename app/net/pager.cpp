#include "app/net/pager.h"

#include "app/net/linkheader.h"

#include <QLoggingCategory>

#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::Pager).
class Pager { Q_OBJECT };
#endif

Q_LOGGING_CATEGORY(lcPager, "pc.pager")

Pager::Pager(ApiClient *client, const QString &path, const QUrlQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
    , m_nextUrl(client->urlFor(path, query))
{
}

Pager::~Pager()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void Pager::fetchNext()
{
    if (m_call || m_atEnd)
        return;
    m_lastError = {};
    m_call = m_client->getUrl(m_nextUrl);
    connect(m_call, &ApiCall::finished, this, &Pager::onFinished);
    connect(m_call, &ApiCall::waiting, this, &Pager::waiting);
    Q_EMIT loadingChanged(true);
}

void Pager::cancel()
{
    if (!m_call)
        return;
    ApiCall *call = m_call;
    m_call = nullptr;
    call->disconnect(this);
    call->cancel();
    Q_EMIT loadingChanged(false);
}

QString Pager::pageKey(const QUrl &url)
{
    auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    QStringList parts;
    for (const auto &item : std::as_const(items))
        parts.append(item.first + QLatin1Char('=') + item.second);
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port()) + url.path() + QLatin1Char('?')
        + parts.join(QLatin1Char('&'));
}

QUrl Pager::withRequiredParameters(QUrl url, const QUrlQuery &required)
{
    QUrlQuery query(url);
    bool changed = false;
    // Fully encoded: a value is put back spelled as the first request sent it.
    for (const auto &item : required.queryItems(QUrl::FullyEncoded)) {
        if (!query.hasQueryItem(item.first)) {
            query.addQueryItem(item.first, item.second);
            changed = true;
        }
    }
    if (changed)
        url.setQuery(query);
    return url;
}

void Pager::onFinished(const ApiResponse &response)
{
    // All state is brought up to date before anything is emitted: a slot that
    // reacts to new rows or to the end of loading by asking for more (a view
    // does) must see the next URL and any error, not the state before.
    m_call = nullptr;
    QJsonArray records;
    bool delivered = false;
    if (!response.isOk()) {
        // A failure the client could not retry away: the same page may be
        // asked for again, except after a refusal to follow a link elsewhere.
        if (response.error.kind != ApiError::Kind::Cancelled) {
            m_lastError = response.error;
            m_atEnd = response.error.kind == ApiError::Kind::Unsafe;
        }
    } else if (!response.json.isArray()) {
        m_lastError = ApiError::make(ApiError::Kind::BadResponse,
                                     ApiError::tr("The server's answer was not a list of records."),
                                     response.httpStatus);
    } else {
        delivered = true;
        records = response.json.array();
        takePage(response, records.size());
    }
    if (delivered)
        Q_EMIT pageArrived(records);
    if (m_lastError.isError())
        Q_EMIT failed(m_lastError);
    // A slot above may already have asked for the next page.
    if (!m_call)
        Q_EMIT loadingChanged(false);
}

void Pager::takePage(const ApiResponse &response, qsizetype recordCount)
{
    bool ok = false;
    const qint64 total = response.header("x-pagination-total-entries").toLongLong(&ok);
    if (ok)
        m_totalEntries = total;
    m_throttled = response.header("x-pagination-throttled").trimmed().toLower() == "true";
    ++m_pagesLoaded;
    m_recordsLoaded += recordCount;
    m_visited.insert(pageKey(response.url));

    const QUrl next = parseLinkHeader(response.header("link"), response.url).value(QStringLiteral("next"));
    if (!next.isValid() || recordCount == 0) {
        m_atEnd = true;
        if (m_totalEntries > m_recordsLoaded)
            qCWarning(lcPager) << "the last page came after" << m_recordsLoaded << "of" << m_totalEntries
                               << "records; the collection changed during the walk or the server stopped early";
        return;
    }
    const QUrl nextUrl = withRequiredParameters(next, m_query);
    if (!m_client->isSameOrigin(nextUrl)) {
        qCWarning(lcPager) << "link next points to another host:" << nextUrl.host();
        m_atEnd = true;
        m_lastError = ApiError::make(ApiError::Kind::Unsafe,
                                     ApiError::tr("The server's next-page link points to another host (%1). "
                                                  "Loading stopped and nothing was sent there, to keep your API "
                                                  "token safe.")
                                         .arg(nextUrl.host()));
        return;
    }
    if (m_visited.contains(pageKey(nextUrl))) {
        qCWarning(lcPager) << "link next points back to a page already loaded";
        m_atEnd = true;
        m_lastError = ApiError::make(ApiError::Kind::BadResponse,
                                     ApiError::tr("The server's next-page link points back to a page already "
                                                  "loaded. Loading stopped to avoid an endless loop."));
        return;
    }
    m_nextUrl = nextUrl;
}

} // namespace pc
