#include "app/net/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace pc {

namespace {

// The body's {"message": …} and 422 "errors" pairs, when the body is JSON.
void readJsonBody(const QByteArray &body, ApiError &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject object = document.object();
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isString())
        error.serverMessage = message.toString().simplified();
    const QJsonValue errors = object.value(QLatin1String("errors"));
    if (!errors.isArray())
        return;
    for (const QJsonValue &entry : errors.toArray()) {
        if (entry.isArray()) {
            const QJsonArray pair = entry.toArray();
            const QString field = pair.size() > 0 ? pair.at(0).toVariant().toString() : QString();
            QStringList texts;
            for (qsizetype i = 1; i < pair.size(); ++i)
                texts.append(pair.at(i).toVariant().toString());
            error.fieldErrors.append({field, texts.join(QLatin1Char(' '))});
        } else if (entry.isString()) {
            error.fieldErrors.append({QString(), entry.toString()});
        }
    }
}

// The entities an error page's text is likely to hold.
QString decodeEntities(QString text)
{
    static const std::pair<QLatin1String, QLatin1String> entities[] = {
        {QLatin1String("&lt;"), QLatin1String("<")},     {QLatin1String("&gt;"), QLatin1String(">")},
        {QLatin1String("&quot;"), QLatin1String("\"")}, {QLatin1String("&#39;"), QLatin1String("'")},
        {QLatin1String("&apos;"), QLatin1String("'")},   {QLatin1String("&nbsp;"), QLatin1String(" ")},
        {QLatin1String("&amp;"), QLatin1String("&")}}; // last, so "&amp;lt;" stays "&lt;"
    for (const auto &[entity, character] : entities)
        text.replace(entity, character);
    return text;
}

// A short plain-text excerpt of an HTML or text error page (a proxy's 502,
// say), so the user sees something recognisable without markup.
QString textExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(text);
    if (match.hasMatch())
        return decodeEntities(match.captured(1).simplified()).left(200);
    static const QRegularExpression invisible(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(invisible, QStringLiteral(" "));
    text.replace(tags, QStringLiteral(" "));
    return decodeEntities(text.simplified()).left(200);
}

} // namespace

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::cancelled()
{
    return make(Kind::Cancelled, tr("The request was cancelled."));
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::BadRequest: return QStringLiteral("bad-request");
    case Kind::ProxyAuth: return QStringLiteral("proxy-auth");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::Unsafe: return QStringLiteral("unsafe");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::withServerDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence : sentence + QLatin1Char(' ') + tr("The server said: %1").arg(detail);
}

ApiError ApiError::fromReply(int httpStatus, QNetworkReply::NetworkError networkError,
                             const QString &networkErrorString, const QByteArray &body,
                             const QByteArray &contentType, const QByteArray &method)
{
    ApiError error = classify(httpStatus, networkError, networkErrorString, body, contentType);
    // The request left but its answer did not come back: a create may have
    // happened. Retrying blindly could make it twice.
    const bool answerLost = httpStatus == 0
        && (error.kind == Kind::Timeout || networkError == QNetworkReply::RemoteHostClosedError);
    if (answerLost && method == "POST")
        error.message = tr("The server's answer did not arrive, so the record may or may not have been created. "
                           "Check the list before trying again.");
    // A change whose answer was lost may have been applied as well: saying
    // only "the connection closed" would read as "nothing happened".
    else if (answerLost && (method == "PATCH" || method == "PUT" || method == "DELETE"))
        error.message = tr("The server's answer did not arrive, so the change may or may not have been applied. "
                           "Reload the record to see its state.");
    return error;
}

namespace {

// An attempt that got no HTTP answer at all, by what the transport said.
ApiError transportFailure(QNetworkReply::NetworkError networkError, const QString &networkErrorString)
{
    using Kind = ApiError::Kind;
    ApiError error;
    using NE = QNetworkReply::NetworkError;
    switch (networkError) {
    case NE::NoError:
        return error;
    case NE::OperationCanceledError:
        return ApiError::cancelled();
    case NE::TimeoutError:
        error.kind = Kind::Timeout;
        error.message = ApiError::tr("The server did not answer in time. Check your network connection and try again.");
        return error;
    case NE::SslHandshakeFailedError:
        error.kind = Kind::Tls;
        error.message = ApiError::tr("A secure connection to the server could not be established (%1). "
                           "The request was not sent.")
                            .arg(networkErrorString);
        return error;
    case NE::HostNotFoundError:
        error.kind = Kind::Network;
        error.message = ApiError::tr("The server's name could not be found (DNS). Check the API URL and your "
                           "network connection.");
        return error;
    case NE::ConnectionRefusedError:
        error.kind = Kind::Network;
        error.message = ApiError::tr("The server refused the connection. Check the API URL, or whether the "
                           "server is running.");
        return error;
    case NE::RemoteHostClosedError:
        error.kind = Kind::Network;
        error.message = ApiError::tr("The server closed the connection before the answer was complete.");
        return error;
    case NE::ProxyAuthenticationRequiredError:
        // Qt has already offered the profile's proxy user and password, if
        // it has any, and the proxy answered 407 again.
        error.kind = Kind::ProxyAuth;
        error.message =
            ApiError::tr("The proxy refused the user name or password (407), or needs them. Check "
                         "the proxy's user and password in the profile.");
        return error;
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyConnectionClosedError:
    case NE::ProxyNotFoundError:
    case NE::ProxyTimeoutError:
        error.kind = Kind::Network;
        error.message = ApiError::tr("The proxy failed: %1. Check the proxy settings.").arg(networkErrorString);
        return error;
    default:
        error.kind = Kind::Network;
        error.message = ApiError::tr("The network request failed: %1.").arg(networkErrorString);
        return error;
    }
}
// The API's message for a sort it does not allow, in the documented words:
// "Sorting not allowed on fields: name, reference".
QStringList sortFieldsNotAllowed(const QString &serverMessage)
{
    static const QLatin1String prefix("Sorting not allowed on fields:");
    if (!serverMessage.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    QStringList fields;
    for (const QString &field :
         serverMessage.mid(prefix.size()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!field.trimmed().isEmpty())
            fields.append(field.trimmed());
    }
    return fields;
}

} // namespace

ApiError ApiError::classify(int httpStatus, QNetworkReply::NetworkError networkError,
                            const QString &networkErrorString, const QByteArray &body,
                            const QByteArray &contentType)
{
    ApiError error;
    error.httpStatus = httpStatus;

    // No HTTP answer at all: the transport failed.
    if (httpStatus == 0)
        return transportFailure(networkError, networkErrorString);

    if (httpStatus >= 200 && httpStatus < 300)
        return error;

    readJsonBody(body, error);
    const bool html = contentType.toLower().contains("html")
        || body.trimmed().left(15).toLower().startsWith("<!doctype html") || body.trimmed().startsWith("<html");
    // Long server messages are cut for the sentence; serverMessage keeps them whole.
    const QString detail = !error.serverMessage.isEmpty()
        ? (error.serverMessage.size() > 300 ? error.serverMessage.left(300) + QChar(0x2026) : error.serverMessage)
        : (html || !body.isEmpty() ? textExcerpt(body) : QString());
    auto withDetail = [&detail](const QString &sentence) { return withServerDetail(sentence, detail); };

    switch (httpStatus) {
    case 400:
        error.kind = Kind::BadRequest;
        error.refusedSortFields = sortFieldsNotAllowed(error.serverMessage);
        error.message = detail.isEmpty() ? tr("The server rejected the request as invalid (400).")
                                         : tr("The server rejected the request: %1").arg(detail);
        break;
    case 401:
        error.kind = Kind::Unauthorized;
        error.message = withDetail(tr("The API token was not accepted for this account (401). It may be wrong, "
                                      "expired or revoked, or the account id may be wrong."));
        break;
    case 403:
        error.kind = Kind::Forbidden;
        error.message = withDetail(tr("The token is valid but not allowed to do this (403). Check the token's "
                                      "scopes and your roles in the account."));
        break;
    case 404:
        error.kind = Kind::NotFound;
        error.message = tr("The record or collection was not found (404). It may have been deleted, or the "
                           "server does not offer it.");
        break;
    case 422: {
        error.kind = Kind::Validation;
        QStringList lines;
        for (const FieldError &fieldError : std::as_const(error.fieldErrors))
            lines.append(fieldError.message.isEmpty() ? fieldError.field : fieldError.message);
        error.message = lines.isEmpty() ? withDetail(tr("The server did not accept the values (422)."))
                                        : tr("The server did not accept the values: %1").arg(lines.join(QStringLiteral("; ")));
        break;
    }
    case 429:
        error.kind = Kind::RateLimited;
        error.message = tr("The API rate limit was reached and waiting longer was not allowed. Try again later.");
        break;
    default:
        if (httpStatus >= 500) {
            error.kind = Kind::Server;
            switch (httpStatus) {
            case 502:
            case 504:
                error.message = withDetail(tr("A gateway between you and the API failed (%1). This is usually "
                                              "temporary; try again shortly.")
                                               .arg(httpStatus));
                break;
            case 503:
                error.message = withDetail(tr("The API is temporarily unavailable (503). Try again shortly."));
                break;
            default:
                error.message = withDetail(tr("The server had an internal error (%1). If it persists, contact "
                                              "4me support.")
                                               .arg(httpStatus));
            }
        } else if (httpStatus >= 300 && httpStatus < 400) {
            error.kind = Kind::BadResponse;
            error.message = tr("The server answered with an unexpected redirect (%1).").arg(httpStatus);
        } else {
            error.kind = Kind::BadRequest;
            error.message = withDetail(tr("The server refused the request (%1).").arg(httpStatus));
        }
    }
    return error;
}

} // namespace pc
