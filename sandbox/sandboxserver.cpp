#include "sandbox/sandboxserver.h"

#include "sandbox/collections.h"
#include "sandbox/sandboxserver_p.h"
#include "sandbox/util.h"
#include "sandbox/validation.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

// One line per request with the time spent building the answer (delays and
// drips not included): QT_LOGGING_RULES="pc.sandbox.requests.debug=true".
Q_LOGGING_CATEGORY(lcRequests, "pc.sandbox.requests", QtWarningMsg)

namespace sandbox {

namespace {

const QString kDocumentationUrl = QStringLiteral("https://developer.xurrent.com/v1/#rate-limiting");

QJsonObject tooManyRequestsBody()
{
    return {{QStringLiteral("message"), QStringLiteral("Too Many Requests")},
            {QStringLiteral("documentation_url"), kDocumentationUrl}};
}

// Every field of a record gets a JSON type it must not have.
QJsonValue wrongType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return 42;
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Object:
        return QStringLiteral("[object]");
    case QJsonValue::Array:
        return QJsonObject{{QStringLiteral("unexpected"), true}};
    default:
        return v; // null fits every type
    }
}

QJsonObject wrongTypes(const QJsonObject &record)
{
    QJsonObject out;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        out.insert(it.key(), wrongType(it.value()));
    return out;
}

// Pads every record with a long `padding` string so that the whole body
// reaches `bytes`: a page of records with very large fields (descriptions of
// 64 KB each, say), which a client must still take in one piece.
QJsonValue padded(const QJsonValue &json, qint64 bytes)
{
    const qint64 now = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact).size()
                                      : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact).size();
    if (now >= bytes)
        return json;
    const qsizetype records = json.isArray() ? std::max<qsizetype>(1, json.toArray().size()) : 1;
    const QString filler = QStringLiteral("lorem ipsum ").repeated((bytes - now) / records / 12 + 1);
    if (!json.isArray()) {
        QJsonObject record = json.toObject();
        record.insert(QStringLiteral("padding"), filler);
        return record;
    }
    QJsonArray out;
    const QJsonArray in = json.toArray();
    for (const QJsonValue &value : in) {
        QJsonObject record = value.toObject();
        record.insert(QStringLiteral("padding"), filler);
        out.append(record);
    }
    return out;
}

QJsonArray wrongTypes(const QJsonArray &records)
{
    QJsonArray out;
    for (const QJsonValue &v : records)
        out.append(wrongTypes(v.toObject()));
    return out;
}

// A link with its `fields` parameter taken out, the rest of the query as it was.
QString withoutFields(const QString &link)
{
    const qsizetype question = link.indexOf(QLatin1Char('?'));
    QueryParams params = parseQuery(link.mid(question + 1).toUtf8());
    params.removeIf([](const auto &p) { return p.first == QLatin1String("fields"); });
    return link.left(question) + QLatin1Char('?') + QString::fromLatin1(encodeQuery(params));
}

// Faults in how a normal answer travels: cut short, reset, or sent a few bytes at a time.
void alterDelivery(const Fault &fault, HttpResponse *response)
{
    if (fault.kind == Fault::Kind::TruncatedBody)
        response->delivery = HttpResponse::Delivery::Truncate;
    if (fault.kind == Fault::Kind::ResetMidBody)
        response->delivery = HttpResponse::Delivery::Reset;
    if (fault.kind == Fault::Kind::SlowDrip) {
        response->delivery = HttpResponse::Delivery::Drip;
        response->dripIntervalMs = fault.latencyMs > 0 ? fault.latencyMs : 20;
        response->dripBytes = fault.dripBytes > 0 ? fault.dripBytes : 64;
    }
}

bool isPreemptive(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::Status:
    case Fault::Kind::RateLimit:
    case Fault::Kind::MalformedJson:
    case Fault::Kind::EmptyBody:
    case Fault::Kind::DropConnection:
    case Fault::Kind::NeverAnswer:
        return true;
    default:
        return false;
    }
}

} // namespace

SandboxServerPrivate::SandboxServerPrivate(SandboxServer *q, const SandboxOptions &options)
    : q(q)
    , options(options)
    , store(options)
{
    limiter.setHourlyLimit(options.hourlyLimit);
    limiter.setBurst(options.burstLimit, options.burstLimitRequests, options.burstWindowMs);
}

QString SandboxServerPrivate::absoluteBase(const HttpRequest &request) const
{
    const QByteArray host = request.header("host");
    const QString scheme = options.tlsCertificateFile.isEmpty() ? QStringLiteral("http://") : QStringLiteral("https://");
    return scheme + (host.isEmpty() ? request.localAddress : QString::fromLatin1(host));
}

void SandboxServerPrivate::addRateLimitHeaders(HttpResponse *response, bool exhausted) const
{
    response->headers.append({QByteArray("x-ratelimit-limit"), QByteArray::number(limiter.limitHeader())});
    response->headers.append({QByteArray("x-ratelimit-remaining"), exhausted ? QByteArray("0") : QByteArray::number(limiter.remaining())});
    response->headers.append({QByteArray("x-ratelimit-reset"), QByteArray::number(limiter.resetEpochSeconds())});
}

HttpResponse SandboxServerPrivate::toHttp(const ApiResult &result) const
{
    HttpResponse response;
    response.status = result.status;
    response.headers.append({QByteArray("content-type"), QByteArray("application/json; charset=utf-8")});
    response.headers += result.headers;
    QStringList links;
    if (!result.first.isEmpty())
        links.append(QLatin1Char('<') + result.first + QLatin1String(">; rel=\"first\""));
    if (!result.prev.isEmpty())
        links.append(QLatin1Char('<') + result.prev + QLatin1String(">; rel=\"prev\""));
    if (!result.next.isEmpty())
        links.append(QLatin1Char('<') + result.next + QLatin1String(">; rel=\"next\""));
    // One lowercase header with a single comma-joined value.
    if (!links.isEmpty())
        response.headers.append({QByteArray("link"), links.join(QStringLiteral(", ")).toUtf8()});
    addRateLimitHeaders(&response, result.quotaExhausted);
    response.body = result.json.isArray() ? QJsonDocument(result.json.toArray()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(result.json.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

void SandboxServerPrivate::handle(HttpConnection *connection, quint64 slot, const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    recordRequest(request);
    const std::optional<Fault> fault = faults.take(request.method, request.path);
    HttpResponse response =
        fault && isPreemptive(fault->kind) ? faultBeforeApi(*fault) : answerThroughApi(fault, request);
    response.delayMs += options.latencyMs;
    qCDebug(lcRequests, "%s %s -> %d (%lld us, %lld bytes)", request.method.constData(),
            request.target.constData(), response.status, timer.nsecsElapsed() / 1000,
            qint64(response.body.size()));
    connection->respond(slot, response);
}

void SandboxServerPrivate::recordRequest(const HttpRequest &request)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.url = QUrl::fromEncoded(request.target);
    recorded.path = request.path;
    recorded.query = QUrlQuery(QString::fromLatin1(request.rawQuery));
    recorded.headers = request.headers;
    recorded.body = request.body;
    requests.append(recorded);
    Q_EMIT q->requestReceived(request.method, request.path);
}

// Faults in front of the API (a gateway, the network): no authorization, no quota.
HttpResponse SandboxServerPrivate::faultBeforeApi(const Fault &fault)
{
    HttpResponse response;
    switch (fault.kind) {
    case Fault::Kind::Status:
        response.status = fault.status;
        response.headers.append({QByteArray("content-type"), fault.contentType});
        // Without a body of its own, the documented {"message":…} error body.
        response.body = fault.body.isEmpty() && fault.contentType.contains("json")
                            ? QJsonDocument(QJsonObject{{QStringLiteral("message"),
                                                         QString::fromLatin1(reasonPhrase(fault.status))}})
                                  .toJson(QJsonDocument::Compact)
                            : fault.body;
        response.headers += fault.headers;
        addRateLimitHeaders(&response, false);
        break;
    case Fault::Kind::RateLimit:
        ++rateLimited;
        response.status = 429;
        response.headers.append({QByteArray("content-type"), QByteArray("application/json; charset=utf-8")});
        if (fault.retryAfterSeconds >= 0)
            response.headers.append({QByteArray("retry-after"), QByteArray::number(fault.retryAfterSeconds)});
        response.body = QJsonDocument(tooManyRequestsBody()).toJson(QJsonDocument::Compact);
        addRateLimitHeaders(&response, true);
        break;
    case Fault::Kind::MalformedJson:
        response.headers.append({QByteArray("content-type"), QByteArray("application/json; charset=utf-8")});
        response.body = R"([{"id":1,"name":"unterminated)";
        addRateLimitHeaders(&response, false);
        break;
    case Fault::Kind::EmptyBody:
        response.headers.append({QByteArray("content-type"), QByteArray("application/json; charset=utf-8")});
        addRateLimitHeaders(&response, false);
        break;
    case Fault::Kind::DropConnection:
        response.delivery = HttpResponse::Delivery::Drop;
        break;
    case Fault::Kind::NeverAnswer:
        response.delivery = HttpResponse::Delivery::Never;
        break;
    default:
        break;
    }
    return response;
}

HttpResponse SandboxServerPrivate::answerThroughApi(const std::optional<Fault> &fault,
                                                    const HttpRequest &request)
{
    // A revocation takes effect with the request that meets it.
    if (fault && fault->kind == Fault::Kind::RevokeToken)
        tokenRevoked = true;
    ApiResult result = process(request);
    int delayMs = 0;
    if (fault)
        delayMs = alterResult(*fault, request, &result);
    HttpResponse response = toHttp(result);
    response.delayMs = delayMs;
    if (fault)
        alterDelivery(*fault, &response);
    return response;
}

int SandboxServerPrivate::alterResult(const Fault &fault, const HttpRequest &request, ApiResult *result) const
{
    const QString self = absoluteBase(request) + QString::fromUtf8(request.target);
    switch (fault.kind) {
    case Fault::Kind::Latency:
        return fault.latencyMs;
    case Fault::Kind::ForeignLink:
        if (result->isList) {
            QUrl next(result->next.isEmpty() ? self : result->next);
            next.setScheme(fault.foreignBaseUrl.scheme());
            next.setHost(fault.foreignBaseUrl.host());
            next.setPort(fault.foreignBaseUrl.port());
            result->next = QString::fromUtf8(next.toEncoded());
        }
        break;
    case Fault::Kind::LinkLoop:
        if (result->isList)
            result->next = self;
        break;
    case Fault::Kind::DropFieldsInLink:
        if (result->isList && !result->next.isEmpty())
            result->next = withoutFields(result->next);
        break;
    case Fault::Kind::HugePage:
        if (result->status < 300 && (result->json.isArray() || result->json.isObject()))
            result->json = padded(result->json, fault.hugeBytes);
        break;
    case Fault::Kind::WrongTypes:
        if (result->json.isArray())
            result->json = wrongTypes(result->json.toArray());
        else if (result->status < 300)
            result->json = wrongTypes(result->json.toObject());
        break;
    default:
        break;
    }
    return 0;
}

ApiResult SandboxServerPrivate::process(const HttpRequest &request)
{
    // Authorization comes first: the one token, and the account header (either name).
    const QByteArray authorization = request.header("authorization");
    const QByteArray expected = "Bearer " + options.token.toUtf8();
    const bool tokenOk = !tokenRevoked && authorization.size() == expected.size()
        && authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0 && authorization.mid(7) == expected.mid(7);
    QByteArray account = request.header("x-xurrent-account");
    if (account.isEmpty())
        account = request.header("x-4me-account");
    if (!tokenOk || account.isEmpty())
        return errorResult(401, QStringLiteral("Unauthorized"));
    if (QString::fromUtf8(account) != options.account)
        return errorResult(401, QStringLiteral("Unauthorized: account '%1' is not accessible with this token").arg(QString::fromUtf8(account)));

    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // GET /v1/rate_limit shows the status: it is neither counted nor limited.
    const RateLimiter::Decision decision =
        path == QLatin1String("/v1/rate_limit") ? RateLimiter::Decision() : limiter.admit(true);
    if (!decision.allowed) {
        ++rateLimited;
        ApiResult r;
        r.status = 429;
        r.json = tooManyRequestsBody();
        r.headers.append({QByteArray("retry-after"), QByteArray::number(decision.retryAfterSeconds)});
        r.quotaExhausted = decision.hourlyExhausted;
        return r;
    }

    if (path != QLatin1String("/v1") && !path.startsWith(QLatin1String("/v1/")))
        return errorResult(404, QStringLiteral("Not Found"));
    QStringList segments = path.mid(3).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return route(request, segments);
}

// ---- public API -------------------------------------------------------------

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(this, options))
{
    d->frontend = new HttpFrontend(
        [this](HttpConnection *connection, quint64 slot, const HttpRequest &request) {
            d->handle(connection, slot, request);
        },
        this);
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    const bool tls = !d->options.tlsCertificateFile.isEmpty() || !d->options.tlsKeyFile.isEmpty();
    if (tls && !d->frontend->useTls(d->options.tlsCertificateFile, d->options.tlsKeyFile))
        return 0;
    d->port = d->frontend->start(address, port);
    d->address = address;
    return d->port;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    QHostAddress a = d->address;
    if (a == QHostAddress(QHostAddress::LocalHost) || a == QHostAddress(QHostAddress::Any)
        || a == QHostAddress(QHostAddress::AnyIPv4))
        a = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(d->options.tlsCertificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(a.toString());
    url.setPort(d->port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

void SandboxServer::setBurstLimitEnabled(bool enabled)
{
    d->options.burstLimit = enabled;
    d->limiter.setBurstEnabled(enabled);
}

void SandboxServer::setHourlyLimit(int requestsPerHour)
{
    d->options.hourlyLimit = requestsPerHour;
    d->limiter.setHourlyLimit(requestsPerHour);
}

void SandboxServer::setLatency(int milliseconds)
{
    d->options.latencyMs = milliseconds;
}

void SandboxServer::setAppInstancesEnabled(bool enabled)
{
    d->options.appInstancesEnabled = enabled;
}

void SandboxServer::setIntegrationInstancesEnabled(bool enabled)
{
    d->options.integrationInstancesEnabled = enabled;
}

void SandboxServer::setNestedInstancesEnabled(bool enabled)
{
    d->options.nestedInstancesEnabled = enabled;
}

void SandboxServer::setToken(const QString &token)
{
    d->options.token = token;
    d->tokenRevoked = false;
}

void SandboxServer::revokeToken()
{
    d->tokenRevoked = true;
}

bool SandboxServer::isTokenRevoked() const
{
    return d->tokenRevoked;
}

void SandboxServer::addFault(const Fault &fault)
{
    d->faults.add(fault);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return d->requests;
}

void SandboxServer::clearRequests()
{
    d->requests.clear();
}

int SandboxServer::requestCount() const
{
    return int(d->requests.size());
}

int SandboxServer::rateLimitedCount() const
{
    return d->rateLimited;
}

int SandboxServer::offeringCount() const
{
    return int(d->store.offerings.size());
}

int SandboxServer::instanceCount() const
{
    return int(d->store.instances.size());
}

QList<qint64> SandboxServer::offeringIds() const
{
    QList<qint64> ids;
    ids.reserve(d->store.offerings.size());
    for (const Offering &o : std::as_const(d->store.offerings))
        ids.append(o.id);
    return ids;
}

QList<qint64> SandboxServer::instanceIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(d->store.instances.size()));
    for (const Instance &i : d->store.instances)
        ids.append(i.id);
    return ids;
}

QJsonObject SandboxServer::offering(qint64 id) const
{
    const int row = d->store.offeringRow(id);
    return row < 0 ? QJsonObject() : OfferingCollection(d->store, d->is2021()).render(row, nullptr);
}

QJsonObject SandboxServer::instance(qint64 id) const
{
    const int row = d->store.instanceRow(id);
    return row < 0 ? QJsonObject() : InstanceCollection(d->store, false).render(row, nullptr);
}

bool SandboxServer::updateOffering(qint64 id, const QJsonObject &changes)
{
    const int row = d->store.offeringRow(id);
    if (row < 0)
        return false;
    Offering &o = d->store.offerings[row];
    QJsonObject attributes;
    if (!validateOffering(d->store, changes, &o, d->store.accounts.at(o.account).id, &attributes).isEmpty())
        return false;
    o.attributes = attributes;
    o.updatedAt = d->store.tick();
    return true;
}

bool SandboxServer::updateInstance(qint64 id, const QJsonObject &changes)
{
    const int row = d->store.instanceRow(id);
    if (row < 0)
        return false;
    Instance &instance = d->store.instances[size_t(row)];
    // "Someone else" may be the customer, who alone switches enabled_by_customer.
    QJsonObject providerChanges = changes;
    const QJsonValue enabled = providerChanges.take(QLatin1String("enabled_by_customer"));
    Instance updated = instance;
    if (!validateInstancePatch(d->store, providerChanges, &updated).isEmpty())
        return false;
    if (enabled.isBool())
        updated.enabledByCustomer = enabled.toBool();
    updated.updatedAt = d->store.tick();
    instance = updated;
    return true;
}

qint64 SandboxServer::createInstance(qint64 offeringId)
{
    return d->store.createInstance(offeringId);
}

bool SandboxServer::deleteInstance(qint64 id)
{
    return d->store.deleteInstance(id);
}

} // namespace sandbox
