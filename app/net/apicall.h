#pragma once

#include "app/net/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <optional>

namespace pc {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

class ApiClient;

struct ApiResponse
{
    QByteArray method;
    QUrl url; // the URL of the final attempt
    int httpStatus = 0;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    QJsonDocument json; // parsed body of a successful answer
    ApiError error;     // kind None on success

    bool isOk() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    // The body is shorter than its Content-Length promised: the connection
    // closed part-way through it. Only an unencoded body can tell (Qt
    // inflates a gzip body, whose Content-Length is the compressed size), and
    // never the answer to a HEAD, a 204 or a 304, which has none.
    bool bodyShorterThanPromised() const;
};

// One logical request: pacing, the attempts, retries, 429 waits and redirects
// are all inside. It finishes exactly once (asynchronously, never from inside
// the call that created it), then deletes itself: never delete one yourself.
// A call still pending when its client is destroyed goes with it, unfinished.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class WaitReason { RateLimit, Retry };
    Q_ENUM(WaitReason)

    ~ApiCall() override;

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    // While waiting() is being emitted: the answer (or failure) of the
    // attempt that made the call wait. A write's attempt may have landed
    // before its answer was lost; its owner may want to record that.
    const ApiResponse &retriedResponse() const { return m_retried; }

    // Stops the call: a request in flight is aborted, a pending wait dropped.
    // finished() is still emitted, with ApiError::Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const pc::ApiResponse &response);
    // The call waits before its next attempt (rate limit or retry backoff).
    void waiting(int seconds, pc::ApiCall::WaitReason reason);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url, const QByteArray &body);

    void start();
    void scheduleSend(qint64 notBeforeMs, bool sendNowIfFree = false);
    void send();
    void onReplyFinished();
    ApiResponse readReply(QNetworkReply *reply) const;
    bool probeLegacyInstances(ApiResponse &response);
    void followRedirect(ApiResponse &response);
    void readJson(ApiResponse &response) const;
    void onActivity();
    void onTimeout();
    bool retryLater(ApiResponse &response);
    void releaseSlot();
    void complete(ApiResponse response);

    ApiClient *m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer m_sendTimer;
    QTimer m_transferTimer;
    QTimer m_backoffTimer;
    qint64 m_reservedAt = -1; // the pacer slot held while waiting to send
    int m_attempts = 0;
    int m_retries = 0;
    int m_redirects = 0;
    int m_sentTokenGeneration = 0; // the token the current attempt carries
    qint64 m_rateLimitWaitedMs = 0;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_probingLegacy = false;
    ApiResponse m_currentFor404;  // the 404 kept while the legacy path is probed
    ApiResponse m_retried;        // see retriedResponse()
    QList<QSslError> m_sslErrors; // of the current attempt, for the message
    // Only once a certificate was refused: a QSslCertificate made with every
    // call would load the TLS backend before the first plain-HTTP request
    // could leave (about 12 ms of the console's start).
    std::optional<QSslCertificate> m_peerCertificate;
};

} // namespace pc

Q_DECLARE_METATYPE(pc::ApiResponse)
