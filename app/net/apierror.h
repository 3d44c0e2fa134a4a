#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace pc {

// One validation message from a 422: the API sends [field, message] pairs and
// one field may appear more than once.
struct FieldError
{
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// Every failure of a request, whatever its source, ends up as one ApiError with
// a message a person can act on. fromReply() is the only place that turns
// HTTP statuses, network errors and response bodies into one.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,         // no error
        Network,      // connection refused, reset, DNS, host unreachable, proxy
        Timeout,      // no complete answer within the transfer timeout
        Tls,          // certificate or handshake problem; never ignored
        ProxyAuth,    // 407: the proxy wants a user name and password, or other ones (not transient)
        Unauthorized, // 401: token wrong, expired or revoked, or account not accessible
        Forbidden,    // 403
        NotFound,     // 404
        BadRequest,   // 400 (bad parameter, filter or sort) and other 4xx
        Validation,   // 422 with field errors
        RateLimited,  // 429 after the allowed waiting was used up
        Server,       // 5xx
        BadResponse,  // the answer was not what the API promises (not JSON, wrong shape, link loop)
        Unsafe,       // the client refused to send: a link or redirect to another host
        Cancelled,    // the caller cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;        // the sentence shown to the user
    QString serverMessage;  // the body's "message", when there was one
    QList<FieldError> fieldErrors;
    // A 400 "Sorting not allowed on fields: a, b": the fields the server
    // refused to sort by (the client then sorts locally, see ServerSorts).
    QStringList refusedSortFields;
    int retryAfterSeconds = -1;

    bool isError() const { return kind != Kind::None; }
    // Worth trying again without changing anything (network hiccups, 5xx gateways, 429).
    bool isTransient() const;

    // The single mapping from what came back to an ApiError. `networkError` is
    // the QNetworkReply error (NoError when an HTTP answer arrived); `method`
    // matters for advice: a POST whose answer was lost may have been applied.
    static ApiError fromReply(int httpStatus, QNetworkReply::NetworkError networkError,
                              const QString &networkErrorString, const QByteArray &body,
                              const QByteArray &contentType, const QByteArray &method = "GET");
    static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
    static ApiError cancelled();

    static QString kindName(Kind kind);
    // `sentence`, then what the server said (`detail`) when it said anything:
    // the one wording for quoting a server, also used by the connection test.
    static QString withServerDetail(const QString &sentence, const QString &detail);

private:
    static ApiError classify(int httpStatus, QNetworkReply::NetworkError networkError,
                             const QString &networkErrorString, const QByteArray &body,
                             const QByteArray &contentType);
};

} // namespace pc

Q_DECLARE_METATYPE(pc::ApiError)
