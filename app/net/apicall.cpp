#include "app/net/apicall.h"

#include "app/net/apiclient.h"
#include "app/net/instancepaths.h"
#include "app/net/tlserrors.h"

#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTime>
#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ApiCall).
class ApiCall { Q_OBJECT };
#endif

// Each request is logged at debug level, off unless QT_LOGGING_RULES asks for it.
Q_LOGGING_CATEGORY(lcApi, "pc.api", QtInfoMsg)

namespace {

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "PATCH" || method == "PUT" || method == "HEAD" || method == "DELETE";
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolFailure;
}

bool hasControlCharacters(const QByteArray &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// A URL for logs: path and query only, so no host-specific secrets or
// credentials leak; the token is never part of a URL anyway.
QString loggable(const QUrl &url)
{
    return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
}

} // namespace

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool ApiResponse::bodyShorterThanPromised() const
{
    if (method == "HEAD" || httpStatus == 204 || httpStatus == 304)
        return false;
    const QByteArray encoding = header("content-encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    bool known = false;
    const qint64 promised = header("content-length").trimmed().toLongLong(&known);
    return known && body.size() < promised;
}

ApiCall::ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url, const QByteArray &body)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_body(body)
{
    // Coarse timers may fire up to 5 % early: too early for a retry-after.
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setTimerType(Qt::PreciseTimer);
    m_transferTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &ApiCall::send);
    m_backoffTimer.setSingleShot(true);
    m_backoffTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_transferTimer, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, [this] { scheduleSend(0); });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    if (m_finished)
        return;
    auto refuse = [this](ApiError::Kind kind, const QString &message) {
        ApiResponse response;
        response.method = m_method;
        response.url = m_url;
        response.error = ApiError::make(kind, message);
        complete(response);
    };
    const ConnectionSettings &settings = m_client->settings();
    // A pasted token or account id with a line break would split the header.
    if (hasControlCharacters(settings.token) || hasControlCharacters(settings.account.toUtf8())) {
        refuse(ApiError::Kind::BadRequest,
               ApiError::tr("The API token or account id contains a line break or another control character. "
                            "Paste it again without them."));
        return;
    }
    if (settings.readOnly && m_method != "GET" && m_method != "HEAD") {
        refuse(ApiError::Kind::Unsafe,
               ApiError::tr("Nothing was changed: this profile is read-only. Edit the profile to allow changes."));
        return;
    }
    if (!m_client->isSameOrigin(m_url)) {
        refuse(ApiError::Kind::Unsafe,
               ApiError::tr("The request for %1 was not sent: it is not on the API host, and your API token "
                            "goes nowhere else.")
                   .arg(m_url.isValid() ? m_url.host() : m_url.toString()));
        return;
    }
    scheduleSend(0, true);
}

void ApiCall::scheduleSend(qint64 notBeforeMs, bool sendNowIfFree)
{
    releaseSlot();
    const qint64 now = m_client->nowMs();
    m_reservedAt = m_client->m_pacer.reserve(std::max(now, notBeforeMs));
    // A first attempt with a slot free now is sent now, not one more turn of
    // the event loop later: the window's first requests leave before it is
    // built (start() itself runs queued, after the caller has connected).
    if (sendNowIfFree && m_reservedAt <= now) {
        send();
        return;
    }
    m_sendTimer.start(static_cast<int>(std::max<qint64>(0, m_reservedAt - now)));
}

void ApiCall::releaseSlot()
{
    if (m_reservedAt >= 0)
        m_client->m_pacer.release(m_reservedAt);
    m_reservedAt = -1;
}

void ApiCall::send()
{
    if (m_finished)
        return;
    // A 429 answered to another call after this one was scheduled blocks it too.
    if (m_client->nowMs() < m_client->m_pacer.blockedUntil()) {
        scheduleSend(m_client->m_pacer.blockedUntil());
        return;
    }
    m_reservedAt = -1; // the slot is used now
    const ConnectionSettings &settings = m_client->settings();
    // Once the server is known to have only the legacy instance API, every
    // request goes there, also those built before that was known.
    if (m_client->instancesApi() == InstancesApi::Legacy)
        m_url = toLegacyInstancesUrl(m_url, m_client->basePath());
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + settings.token);
    // Current servers read X-Xurrent-Account; older deployments X-4me-Account.
    request.setRawHeader("X-Xurrent-Account", settings.account.toUtf8());
    request.setRawHeader("X-4me-Account", settings.account.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", ApiClient::userAgent());
    if (!m_body.isEmpty() || m_method == "POST" || m_method == "PATCH")
        request.setRawHeader("Content-Type", "application/json");
    // Redirects are checked by hand: one to another host must never receive the token.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (settings.sslConfiguration)
        request.setSslConfiguration(*settings.sslConfiguration);
    m_sslErrors.clear();
    m_peerCertificate.reset();

    ++m_attempts;
    ++m_client->m_requestsSent;
    m_timedOut = false;
    m_sentTokenGeneration = m_client->tokenGeneration();
    qCDebug(lcApi).noquote() << m_method << loggable(m_url) << "attempt" << m_attempts;
    if (m_method == "GET")
        m_reply = m_client->network()->get(request);
    else if (m_method == "POST")
        m_reply = m_client->network()->post(request, m_body);
    else
        m_reply = m_client->network()->sendCustomRequest(request, m_method, m_body);

    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::onActivity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiCall::onActivity);
    // TLS errors are never ignored: without ignoreSslErrors() the reply fails.
    // They are kept to tell the user which certificate was refused and why.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        if (m_reply)
            m_peerCertificate = m_reply->sslConfiguration().peerCertificate();
    });
    m_transferTimer.start(settings.transferTimeoutMs);
}

void ApiCall::onActivity()
{
    if (m_reply)
        m_transferTimer.start(m_client->settings().transferTimeoutMs);
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiCall::onReplyFinished()
{
    m_transferTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    ApiResponse response = readReply(reply);
    if (response.httpStatus != 0)
        m_client->noteResponse(response);

    // Refused with a token that has been replaced meanwhile (a Load all's
    // requests in flight when the user entered a new one): nothing was done
    // with it, so it goes again at once with the new token.
    if (response.httpStatus == 401 && m_sentTokenGeneration != m_client->tokenGeneration()) {
        qCInfo(lcApi).noquote() << m_method << loggable(m_url)
                                << "refused with the token since replaced; sent again";
        scheduleSend(0);
        return;
    }
    if (probeLegacyInstances(response))
        return;
    if (response.httpStatus >= 300 && response.httpStatus < 400 && response.httpStatus != 304) {
        followRedirect(response);
        return;
    }
    if (response.error.isError() && retryLater(response))
        return;
    readJson(response);
    complete(response);
}

ApiResponse ApiCall::readReply(QNetworkReply *reply) const
{
    ApiResponse response;
    response.method = m_method;
    response.url = m_url;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    // An attempt aborted for its timeout is closed: nothing to read, and
    // reading would only warn.
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    QNetworkReply::NetworkError networkError = reply->error();
    if (m_timedOut) {
        networkError = QNetworkReply::TimeoutError;
        response.httpStatus = 0;
    }
    // Qt 6.4 now and then ends a reply whose connection closed part-way
    // through the body with no error at all (seen under load: a truncated
    // page then read as "not valid JSON", which is not tried again). It is
    // the closed connection it is.
    if (networkError == QNetworkReply::NoError && response.bodyShorterThanPromised())
        networkError = QNetworkReply::RemoteHostClosedError;
    // With an HTTP status the network error usually only restates it; but a
    // connection that broke after the status line (a truncated body) is a
    // transport failure, whatever status came first.
    if (response.httpStatus != 0 && isTransportError(networkError))
        response.httpStatus = 0;
    const QNetworkReply::NetworkError transportError =
        response.httpStatus == 0 ? networkError : QNetworkReply::NoError;
    response.error = ApiError::fromReply(response.httpStatus, transportError, reply->errorString(),
                                         response.body, response.header("content-type"), m_method);
    if (response.error.kind == ApiError::Kind::Tls && !m_sslErrors.isEmpty())
        response.error.message =
            tr("The connection to %1 was refused because its certificate is not trusted; "
               "nothing was sent.\n%2")
                .arg(m_url.host(), TlsErrorText::describeTlsErrors(
                                       m_sslErrors, m_peerCertificate.value_or(QSslCertificate())));
    return response;
}

// Legacy instance API: a GET or PATCH answered 404 on /app_instances… while
// the server's kind is unknown is tried again on /integration_instances (the
// same records under their old name). Only an answer that decides (a success
// there, or a 404 there too) settles it; a 429 or a 5xx on the probe is
// retried like any answer, still probing. True when the call was sent again.
bool ApiCall::probeLegacyInstances(ApiResponse &response)
{
    const QString base = m_client->basePath();
    const bool onCurrentInstances = isCurrentInstancesPath(m_url.path(), base);
    const bool unknown = m_client->instancesApi() == InstancesApi::Unknown;
    const bool success = response.httpStatus >= 200 && response.httpStatus < 300;
    if (m_probingLegacy) {
        if (success) {
            m_probingLegacy = false;
            m_client->setInstancesApi(InstancesApi::Legacy);
        } else if (response.httpStatus == 404) {
            m_probingLegacy = false;
            response = m_currentFor404; // neither path exists: report the original answer
        }
    } else if (response.httpStatus == 404 && (m_method == "GET" || m_method == "PATCH") &&
               onCurrentInstances && unknown) {
        m_currentFor404 = response;
        m_probingLegacy = true;
        m_url = toLegacyInstancesUrl(m_url, base);
        scheduleSend(0);
        return true;
    } else if (response.httpStatus == 404 && (m_method == "GET" || m_method == "PATCH") &&
               onCurrentInstances && m_client->instancesApi() == InstancesApi::Legacy) {
        // Sent before another call found the legacy path (Load all's first
        // requests go out together): the same request there. A 404 did nothing.
        m_url = toLegacyInstancesUrl(m_url, base);
        scheduleSend(0);
        return true;
    } else if (success && onCurrentInstances && unknown) {
        m_client->setInstancesApi(InstancesApi::Current);
    }
    return false;
}

// Redirects: followed for GET only, on the same origin, a few times. The API
// does not redirect; a proxy or gateway might. Either sends the call again or
// completes it with the reason it did not.
void ApiCall::followRedirect(ApiResponse &response)
{
    const QByteArray location = response.header("location");
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    QString refusal;
    ApiError::Kind kind = ApiError::Kind::BadResponse;
    if (location.isEmpty() || !target.isValid()) {
        refusal = ApiError::tr("The server answered with a redirect (%1) without a valid target.")
                      .arg(response.httpStatus);
    } else if (!m_client->isSameOrigin(target)) {
        kind = ApiError::Kind::Unsafe;
        refusal = ApiError::tr("The server redirected to another host (%1). Nothing was sent there, to keep "
                               "your API token safe.")
                      .arg(target.host());
    } else if (m_method != "GET") {
        refusal = ApiError::tr("The server answered the change with a redirect (%1); it was not sent again. "
                               "Reload the record to see whether it was applied.")
                      .arg(response.httpStatus);
    } else if (++m_redirects > 5) {
        refusal = ApiError::tr("The server redirected too many times.");
    }
    if (!refusal.isEmpty()) {
        response.error = ApiError::make(kind, refusal, response.httpStatus);
        complete(response);
        return;
    }
    m_url = target;
    scheduleSend(0);
}

// A success must carry the JSON the API promises (204 and empty 201s aside).
void ApiCall::readJson(ApiResponse &response) const
{
    if (response.error.isError() || response.httpStatus == 204)
        return;
    if (response.body.trimmed().isEmpty()) {
        if (m_method == "GET")
            response.error =
                ApiError::make(ApiError::Kind::BadResponse,
                               ApiError::tr("The server sent an empty answer where data was expected."),
                               response.httpStatus);
        return;
    }
    QJsonParseError parseError;
    response.json = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        response.error = ApiError::make(
            ApiError::Kind::BadResponse,
            ApiError::tr("The server's answer could not be read: it is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            response.httpStatus);
    }
}

bool ApiCall::retryLater(ApiResponse &response)
{
    const ConnectionSettings &settings = m_client->settings();
    ApiError &error = response.error;
    if (error.kind == ApiError::Kind::Cancelled)
        return false;

    // 429: the request was not processed, so waiting and sending it again is
    // safe for every method. Every call of this client waits too.
    if (error.kind == ApiError::Kind::RateLimited) {
        bool ok = false;
        int seconds = response.header("retry-after").trimmed().toInt(&ok);
        if (!ok || seconds < 0)
            seconds = settings.defaultRetryAfterS;
        seconds = std::max(seconds, 1);
        const qint64 waitMs = qint64(seconds) * 1000;
        const qint64 until = m_client->nowMs() + waitMs;
        m_client->m_pacer.blockUntil(until);
        error.retryAfterSeconds = seconds;
        if (m_rateLimitWaitedMs + waitMs > qint64(settings.maxRateLimitWaitS) * 1000) {
            error.message =
                ApiError::tr("The API rate limit was reached, and the server asks to wait %1 s, longer "
                             "than this request may wait. Try again after %2.")
                    .arg(seconds)
                    .arg(QLocale().toString(QTime::currentTime().addSecs(seconds), QLocale::ShortFormat));
            return false;
        }
        m_rateLimitWaitedMs += waitMs;
        qCInfo(lcApi).noquote() << "rate limited; waiting" << seconds << "s before" << m_method
                                << loggable(m_url);
        m_retried = response;
        Q_EMIT waiting(seconds, WaitReason::RateLimit);
        Q_EMIT m_client->rateLimitWait(seconds);
        if (m_finished) // a slot cancelled the call
            return true;
        scheduleSend(until);
        return true;
    }

    // Transient failures: GET and PATCH (which sets the same values again) are
    // retried with exponential backoff and jitter; POST never, as it could
    // create the record twice.
    if (!isIdempotent(m_method) || !error.isTransient() || m_retries >= settings.maxRetries)
        return false;
    const int base = std::max(1, settings.retryBaseDelayMs);
    const qint64 delay = qint64(base) * (qint64(1) << m_retries) + QRandomGenerator::global()->bounded(base);
    ++m_retries;
    qCInfo(lcApi).noquote() << "retry" << m_retries << "of" << m_method << loggable(m_url) << "in" << delay
                            << "ms after:" << ApiError::kindName(error.kind) << error.httpStatus;
    m_retried = response;
    Q_EMIT waiting(static_cast<int>((delay + 999) / 1000), WaitReason::Retry);
    if (m_finished)
        return true;
    // After the backoff the send still goes through the pacer like any other.
    m_backoffTimer.start(static_cast<int>(delay));
    return true;
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_sendTimer.stop();
    m_backoffTimer.stop();
    m_transferTimer.stop();
    releaseSlot(); // a slot it will not use must not delay other calls
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiResponse response;
    response.method = m_method;
    response.url = m_url;
    response.error = ApiError::cancelled();
    complete(response);
}

void ApiCall::complete(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_sendTimer.stop();
    m_backoffTimer.stop();
    releaseSlot();
    m_transferTimer.stop();
    if (response.error.isError() && response.error.kind != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << m_method << loggable(m_url)
                                << "failed:" << ApiError::kindName(response.error.kind)
                                << response.httpStatus;
    // Always asynchronous, so a caller connecting right after get() sees it.
    QMetaObject::invokeMethod(
        this,
        [this, response] {
            const QPointer<ApiClient> client(m_client);
            Q_EMIT finished(response);
            // After finished(): whoever reacts to the refused token (asking
            // for a new one) finds the failure already recorded by its owner.
            if (client && response.error.kind == ApiError::Kind::Unauthorized)
                Q_EMIT client->tokenRejected(response.error);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pc
