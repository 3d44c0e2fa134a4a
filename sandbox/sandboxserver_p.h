#pragma once

// The private half of SandboxServer: the request pipeline (record, fault,
// authorize, rate-limit, route) and the endpoint handlers (routes.cpp).

#include "sandbox/faults.h"
#include "sandbox/httpconnection.h"
#include "sandbox/query.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/store.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

namespace sandbox {

class SandboxServerPrivate
{
public:
    SandboxServerPrivate(SandboxServer *q, const SandboxOptions &options);

    void handle(HttpConnection *connection, quint64 slot, const HttpRequest &request);
    void recordRequest(const HttpRequest &request);
    HttpResponse faultBeforeApi(const Fault &fault);
    HttpResponse answerThroughApi(const std::optional<Fault> &fault, const HttpRequest &request);
    // Applies a fault that bends the API's answer (links, records) and returns the delay it adds.
    int alterResult(const Fault &fault, const HttpRequest &request, ApiResult *result) const;

    // The answer as the API gives it (after authorization and rate limiting).
    ApiResult process(const HttpRequest &request);
    ApiResult route(const HttpRequest &request, const QStringList &segments);

    ApiResult listOfferings(const HttpRequest &request, const QString &predefined);
    ApiResult getOffering(const HttpRequest &request, qint64 id);
    ApiResult createOffering(const HttpRequest &request);
    ApiResult updateOffering(const HttpRequest &request, qint64 id);
    ApiResult listInstances(const HttpRequest &request, bool legacy, qint64 offeringId, const QString &predefined);
    ApiResult getInstance(const HttpRequest &request, bool legacy, qint64 id);
    ApiResult updateInstance(const HttpRequest &request, bool legacy, qint64 id);

    HttpResponse toHttp(const ApiResult &result) const;
    void addRateLimitHeaders(HttpResponse *response, bool exhausted) const;
    QString absoluteBase(const HttpRequest &request) const; // http(s)://host:port

    SandboxServer *q;
    SandboxOptions options;
    bool is2021() const { return options.generation == ApiGeneration::V2021; }
    Store store;
    ListEngine lists;
    mutable RateLimiter limiter;
    FaultList faults;
    HttpFrontend *frontend = nullptr;
    QHostAddress address;
    quint16 port = 0;
    QList<RecordedRequest> requests;
    int rateLimited = 0;
    bool tokenRevoked = false; // no token is accepted until a new one is set
};

} // namespace sandbox
