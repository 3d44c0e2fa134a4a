#include "app/net/apiclient.h"

#include "app/net/instancepaths.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <algorithm>

namespace pc {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

} // namespace

ApiClient::ApiClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_pacer(settings.burstRequests, settings.burstWindowMs)
{
    if (settings.proxy)
        m_network->setProxy(*settings.proxy);
    // Plain http is only allowed to this computer; a proxy would carry the
    // token in clear over the network, so loopback is always reached directly.
    if (m_settings.baseUrl.scheme() == QLatin1String("http"))
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    // One spelling of the base path everywhere ("/v1", never "/v1/").
    QString path = m_settings.baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_settings.baseUrl.setPath(path);
    qRegisterMetaType<pc::ApiResponse>();
    qRegisterMetaType<pc::ApiError>();
    qRegisterMetaType<pc::RateLimitStatus>();
    m_pacer.setEnabled(settings.paceBurst);
    m_clock.start();
    // The client owns no cookies: the API is token-authenticated.
    m_network->setCookieJar(nullptr);
}

ApiClient::~ApiClient() = default;

void ApiClient::setToken(const QByteArray &token)
{
    m_settings.token = token;
    ++m_tokenGeneration;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("provider-console/" PC_VERSION " (Qt ") + qVersion() + ')';
}

bool ApiClient::isSameOrigin(const QUrl &url) const
{
    const QUrl &base = m_settings.baseUrl;
    return url.isValid() && url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(url) == effectivePort(base) && url.userInfo().isEmpty();
}

QString ApiClient::instancesPath() const
{
    return m_instancesApi == InstancesApi::Legacy ? QString(kLegacyInstances) : QString(kCurrentInstances);
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    const QString basePath = this->basePath();
    url.setPath(relative.isEmpty() ? basePath : basePath + QLatin1Char('/') + relative);
    if (!query.isEmpty())
        url.setQuery(query);
    if (m_instancesApi == InstancesApi::Legacy)
        url = toLegacyInstancesUrl(url, basePath);
    return url;
}

ApiCall *ApiClient::create(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    auto *call = new ApiCall(this, method, url, body);
    QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return create("GET", urlFor(path, query), {});
}

ApiCall *ApiClient::getUrl(const QUrl &url)
{
    return create("GET", url, {});
}

ApiCall *ApiClient::patch(const QString &path, const QJsonObject &body)
{
    return create("PATCH", urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return create("POST", urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QNetworkReply *ApiClient::fetchWithoutToken(const QUrl &url, int transferTimeoutMs)
{
    // A request of its own, never one built by ApiCall::send(): the token
    // is only ever put on those. The manager keeps no cookies and answers no
    // authentication, so nothing of the connection's identity goes along.
    QNetworkRequest request(url);
    if (m_settings.sslConfiguration) // the profile's CAs are trusted here too
        request.setSslConfiguration(*m_settings.sslConfiguration);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(transferTimeoutMs);
    return m_network->get(request);
}

void ApiClient::noteResponse(const ApiResponse &response)
{
    bool ok = false;
    RateLimitStatus status = m_rateLimit;
    bool changed = false;
    if (const int limit = response.header("x-ratelimit-limit").toInt(&ok); ok) {
        changed |= status.limit != limit;
        status.limit = limit;
    }
    if (const int remaining = response.header("x-ratelimit-remaining").toInt(&ok); ok) {
        changed |= status.remaining != remaining;
        status.remaining = remaining;
    }
    if (const qint64 reset = response.header("x-ratelimit-reset").toLongLong(&ok); ok) {
        changed |= status.resetEpoch != reset;
        status.resetEpoch = reset;
    }
    if (changed) {
        m_rateLimit = status;
        Q_EMIT rateLimitChanged(status);
    }
    if (response.method == "GET" &&
        m_serverSorts.learn(response.url, basePath(), response.isOk(), response.error.refusedSortFields))
        Q_EMIT serverSortsChanged();
}

void ApiClient::setInstancesApi(InstancesApi api)
{
    if (m_instancesApi == api)
        return;
    m_instancesApi = api;
    qCInfo(lcApi) << "instance API:"
                  << (api == InstancesApi::Legacy ? "integration_instances (legacy)" : "app_instances");
    Q_EMIT instancesApiChanged(api);
}

} // namespace pc
