#pragma once

#include "app/net/apicall.h"
#include "app/net/apierror.h"
#include "app/net/requestpacer.h"
#include "app/net/serversorts.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

class QNetworkAccessManager;

namespace pc {

// How to reach one account. The token is held only in memory and only ever
// put in the Authorization header of requests to the base URL's origin.
struct ConnectionSettings
{
    QUrl baseUrl;                  // e.g. https://api.xurrent.com/v1
    QString account;               // the account id, e.g. "wdc"
    QByteArray token;              // never logged, never shown
    int transferTimeoutMs = 30000; // no data for this long ends an attempt
    int maxRetries = 3;            // for GET/PATCH on transient failures
    int retryBaseDelayMs = 1000;   // doubled per attempt, plus jitter
    bool paceBurst = true;         // stay under the burst limit
    int burstRequests = 19;        // one under the server's 20, for clock skew
    int burstWindowMs = 2000;
    int defaultRetryAfterS = 5;   // when a 429 has no retry-after
    int maxRateLimitWaitS = 3660; // cap on the total waiting of one request for 429s
    // TLS for every request (a profile's own CA bundle added to the system's);
    // nullopt: Qt's default. TLS errors are never ignored either way.
    std::optional<QSslConfiguration> sslConfiguration;
    // The proxy of this connection; nullopt: the application's (the system's).
    std::optional<QNetworkProxy> proxy;
    // A read-only profile: every request but GET is refused here, whatever
    // the widgets above allow (a write attempted behind the UI's back too).
    bool readOnly = false;
};

// The x-ratelimit-* headers of the last answer.
struct RateLimitStatus
{
    int limit = -1;
    int remaining = -1;
    qint64 resetEpoch = -1;
};

// Which instance collection the server has: current servers serve
// /app_instances; older ones only the beta name /integration_instances.
enum class InstancesApi { Unknown, Current, Legacy };

class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    // A new token for every request sent from now on (the old one was revoked
    // or has expired). A request refused with 401 while it carried a token
    // replaced since is sent again with the new one: a 401 means the server
    // did nothing, so that is safe for every method.
    void setToken(const QByteArray &token);
    // Counts setToken() calls.
    int tokenGeneration() const { return m_tokenGeneration; }
    QNetworkAccessManager *network() const { return m_network; }

    // Requests relative to the base URL ("app_offerings", "app_instances/12").
    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *getUrl(const QUrl &url); // an absolute URL, e.g. a link header's next
    ApiCall *patch(const QString &path, const QJsonObject &body);
    ApiCall *post(const QString &path, const QJsonObject &body);
    // An absolute http(s) URL that is not an API call (a picture the provider
    // hosts): through this connection's network, proxy and TLS, but without
    // the token or the account headers, whatever the host, also when it is
    // the API's own. Safe redirects are followed. The caller owns the reply.
    QNetworkReply *fetchWithoutToken(const QUrl &url, int transferTimeoutMs);

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    QString basePath() const { return m_settings.baseUrl.path(); } // "/v1"
    // True when `url` is on the configured API host (scheme, host and port):
    // the only place the token may go.
    bool isSameOrigin(const QUrl &url) const;

    RateLimitStatus rateLimit() const { return m_rateLimit; }
    // Every attempt sent so far (retries and the legacy probe included): what
    // the hourly quota was charged, as far as this client knows.
    qint64 requestsSent() const { return m_requestsSent; }
    InstancesApi instancesApi() const { return m_instancesApi; }
    // What the server has said it sorts by (learned from the lists' answers).
    const ServerSorts &serverSorts() const { return m_serverSorts; }
    // The path of the instance collection the server has ("app_instances" or
    // "integration_instances"; the current name while unknown).
    QString instancesPath() const;

    static QByteArray userAgent();

Q_SIGNALS:
    void rateLimitChanged(const pc::RateLimitStatus &status);
    void instancesApiChanged(pc::InstancesApi api);
    // serverSorts() learned something: a sort field accepted or refused.
    void serverSortsChanged();
    // Some request waits `seconds` for the API's rate limit (a 429).
    void rateLimitWait(int seconds);
    // A call ended with 401 while carrying the current token: the token was
    // refused (revoked, expired, or not for this account). Emitted after the
    // call's own finished(), once per call.
    void tokenRejected(const pc::ApiError &error);

private:
    friend class ApiCall;
    ApiCall *create(const QByteArray &method, const QUrl &url, const QByteArray &body);
    void noteResponse(const ApiResponse &response);
    void setInstancesApi(InstancesApi api);
    qint64 nowMs() const { return m_clock.elapsed(); }

    ConnectionSettings m_settings;
    QNetworkAccessManager *m_network;
    RequestPacer m_pacer;
    QElapsedTimer m_clock;
    RateLimitStatus m_rateLimit;
    InstancesApi m_instancesApi = InstancesApi::Unknown;
    ServerSorts m_serverSorts;
    int m_tokenGeneration = 0;
    qint64 m_requestsSent = 0;
};

} // namespace pc

Q_DECLARE_METATYPE(pc::RateLimitStatus)
