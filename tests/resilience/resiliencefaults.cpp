// The fault table of tst_resilience (resiliencefaults.h).

#include "tests/resilience/resiliencefaults.h"

#include <QTest>

using Kind = pc::ApiError::Kind;
using sandbox::Fault;

namespace resilience {

const char *modeName(int mode)
{
    switch (mode) {
    case Page:
        return "page";
    case LoadAllOne:
        return "load all, one cursor";
    default:
        return "load all, parallel";
    }
}

Fault make(Fault::Kind kind, int times)
{
    Fault fault;
    fault.kind = kind;
    fault.method = "GET";
    fault.times = times;
    return fault;
}

Fault status(int code, int times, const QByteArray &body, const QByteArray &contentType)
{
    Fault fault = make(Fault::Kind::Status, times);
    fault.status = code;
    fault.body = body;
    fault.contentType = contentType;
    return fault;
}

namespace {

const QByteArray kHtml502 =
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>h1{}</style></head>"
    "<body><h1>Bad Gateway</h1><p>nginx</p></body></html>";

} // namespace

QList<FaultCase> faultCases(const QUrl &foreign)
{
    QList<FaultCase> cases;
    auto add = [&cases](const QString &name, const Fault &fault, Kind expected, const QStringList &words,
                        Recovery recovery = Retry) -> FaultCase & {
        FaultCase c;
        c.name = name;
        c.fault = fault;
        c.expected = expected;
        c.words = words;
        c.recovery = recovery;
        cases.append(c);
        return cases.last();
    };
    // The costly ones (a second or so each): one cursor meets them as Page does.
    const int slowModes = Page | LoadAllParallel;

    // The transport. QNetworkAccessManager re-sends a dropped GET once by
    // itself, the client once more (maxRetries 1): times=2 is ridden out.
    add(QStringLiteral("connection dropped before the answer"), make(Fault::Kind::DropConnection, -1),
        Kind::Network, {QStringLiteral("connection")});
    add(QStringLiteral("connection dropped, then fine"), make(Fault::Kind::DropConnection, 2), Kind::None,
        {});
    add(QStringLiteral("connection reset mid-body"), make(Fault::Kind::ResetMidBody, -1), Kind::Network,
        {QStringLiteral("connection")});
    add(QStringLiteral("connection reset mid-body once"), make(Fault::Kind::ResetMidBody, 1), Kind::None, {});
    add(QStringLiteral("truncated body"), make(Fault::Kind::TruncatedBody, -1), Kind::Network,
        {QStringLiteral("connection")});
    add(QStringLiteral("truncated body once"), make(Fault::Kind::TruncatedBody, 1), Kind::None, {});
    add(QStringLiteral("server never answers"), make(Fault::Kind::NeverAnswer, -1), Kind::Timeout,
        {QStringLiteral("did not answer in time"), QStringLiteral("network")});
    Fault drip = make(Fault::Kind::SlowDrip, 1);
    drip.latencyMs = 1; // 64 bytes a tick: far longer in all than the 400 ms transfer timeout
    add(QStringLiteral("slow drip"), drip, Kind::None, {}).modes = slowModes;

    // The content.
    add(QStringLiteral("malformed JSON"), make(Fault::Kind::MalformedJson), Kind::BadResponse,
        {QStringLiteral("not valid JSON")});
    add(QStringLiteral("HTML 502 page"), status(502, -1, kHtml502, "text/html"), Kind::Server,
        {QStringLiteral("502 Bad Gateway"), QStringLiteral("try again")});
    add(QStringLiteral("HTML 502 page once"), status(502, 1, kHtml502, "text/html"), Kind::None, {});
    add(QStringLiteral("empty 200 body"), make(Fault::Kind::EmptyBody), Kind::BadResponse,
        {QStringLiteral("empty")});
    // Content faults meet a page of records (a walk's first request is a
    // bound of one id; wrongTypedBoundOfAParallelWalk is about that one).
    Fault wrongTypes = make(Fault::Kind::WrongTypes);
    wrongTypes.skip = 1;
    add(QStringLiteral("records of the wrong types"), wrongTypes, Kind::None, {});
    Fault huge = make(Fault::Kind::HugePage);
    huge.skip = 1;
    huge.hugeBytes = 10 * 1024 * 1024;
    FaultCase &hugeCase = add(QStringLiteral("10 MB page"), huge, Kind::None, {});
    hugeCase.modes = slowModes;
    hugeCase.transferTimeoutMs = 10000; // building 10 MB takes the sandbox a while before the first byte

    // Rate limits: 429s are waited out (a second each at least), and a storm
    // longer than a request may wait ends in a clear error. One cursor meets
    // them one after another; a walk's cursors all at once (one wait for all).
    const int rateModes = Page | LoadAllParallel;
    Fault storm = make(Fault::Kind::RateLimit, 2);
    storm.retryAfterSeconds = 1;
    add(QStringLiteral("429 storm with retry-after"), storm, Kind::None, {}).modes = Page;
    storm.retryAfterSeconds = -1; // the client's default wait (1 s here)
    storm.times = 1;
    add(QStringLiteral("429 without retry-after"), storm, Kind::None, {}).modes = Page;
    Fault together = make(Fault::Kind::RateLimit, 3);
    together.skip = 1; // the bound passes; three of the four ranges are refused at once
    together.retryAfterSeconds = 1;
    add(QStringLiteral("429 storm with retry-after"), together, Kind::None, {}).modes = LoadAllParallel;
    together.retryAfterSeconds = -1;
    add(QStringLiteral("429 storm without retry-after"), together, Kind::None, {}).modes = LoadAllParallel;
    Fault endless = make(Fault::Kind::RateLimit, -1);
    endless.retryAfterSeconds = 1;
    FaultCase &endlessCase =
        add(QStringLiteral("429 storm beyond the wait allowed"), endless, Kind::RateLimited,
            {QStringLiteral("rate limit"), QStringLiteral("Try again after")});
    endlessCase.modes = rateModes;
    endlessCase.rateLimitWaitS = 1;

    // Statuses.
    add(QStringLiteral("500"), status(500, 1, R"({"message":"Something broke"})"), Kind::Server,
        {QStringLiteral("internal error"), QStringLiteral("Something broke")});
    add(QStringLiteral("502"), status(502, -1), Kind::Server,
        {QStringLiteral("gateway"), QStringLiteral("502")});
    add(QStringLiteral("503"), status(503, -1), Kind::Server,
        {QStringLiteral("temporarily unavailable"), QStringLiteral("503")});
    add(QStringLiteral("504"), status(504, -1), Kind::Server,
        {QStringLiteral("gateway"), QStringLiteral("504")});
    add(QStringLiteral("503 once"), status(503, 1), Kind::None, {});
    Fault revoke = make(Fault::Kind::RevokeToken);
    revoke.skip = 1; // in the middle: a page (or a walk's bound) still passes
    add(QStringLiteral("401 mid-walk, token revoked"), revoke, Kind::Unauthorized,
        {QStringLiteral("token"), QStringLiteral("401"), QStringLiteral("revoked")}, NewToken);
    add(QStringLiteral("403"), status(403, -1, R"({"message":"Forbidden"})"), Kind::Forbidden,
        {QStringLiteral("403"), QStringLiteral("scopes")});

    // Links: nothing goes to another host, a loop stops, lost fields come back.
    Fault foreignLink = make(Fault::Kind::ForeignLink, -1);
    foreignLink.foreignBaseUrl = foreign;
    foreignLink.skip = 1;
    add(QStringLiteral("link to a foreign host"), foreignLink, Kind::Unsafe,
        {QStringLiteral("127.0.0.2"), QStringLiteral("token")}, Reload);
    Fault redirect = status(302, -1, "", "text/plain");
    redirect.headers.append({QByteArray("location"), foreign.toEncoded() + "/v1/app_instances?per_page=100"});
    redirect.skip = 1;
    add(QStringLiteral("redirect to a foreign host"), redirect, Kind::Unsafe,
        {QStringLiteral("127.0.0.2"), QStringLiteral("token")}, Reload);
    Fault loop = make(Fault::Kind::LinkLoop, -1);
    loop.skip = 1;
    add(QStringLiteral("link loop"), loop, Kind::BadResponse, {QStringLiteral("loop")}, Reload);
    Fault dropFields = make(Fault::Kind::DropFieldsInLink, -1);
    add(QStringLiteral("link drops the fields parameter"), dropFields, Kind::None, {});
    return cases;
}

QList<sandbox::RecordedRequest> listRequests(const sandbox::SandboxServer &server, const QString &path)
{
    QList<sandbox::RecordedRequest> list;
    for (const auto &request : server.requests()) {
        if (request.method == "GET" && request.path == path)
            list.append(request);
    }
    return list;
}

void addSaveFaultRows()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("retries");   // the client's maxRetries
    QTest::addColumn<QString>("first"); // saved or failed
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("applied");        // the server has the change after the fault
    QTest::addColumn<QStringList>("journal"); // the lines the fault left: "ok 200", "failed 503"
    QTest::addColumn<bool>("newToken");

    const QString record = QStringLiteral("^/v1/app_offerings/\\d+$");
    auto on = [&record](const QByteArray &method, Fault fault) {
        fault.method = method;
        fault.pathPattern = record;
        return fault;
    };
    const QStringList none;
    const QStringList ok{QStringLiteral("ok 200")};
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // The check before the PATCH fails: nothing is sent, nothing journaled.
    row("check: connection reset") << on("GET", make(Fault::Kind::DropConnection, -1)) << 0
                                   << QStringLiteral("failed") << int(Kind::Network)
                                   << QStringList{QStringLiteral("connection")} << false << none << false;
    row("check: records of the wrong types")
        << on("GET", make(Fault::Kind::WrongTypes)) << 0 << QStringLiteral("failed") << int(Kind::BadResponse)
        << QStringList{QStringLiteral("could not be read"), QStringLiteral("nothing was sent")} << false
        << none << false;
    row("check: 401 token revoked") << on("GET", make(Fault::Kind::RevokeToken)) << 0
                                    << QStringLiteral("failed") << int(Kind::Unauthorized)
                                    << QStringList{QStringLiteral("token")} << false << none << true;
    row("check: server never answers")
        << on("GET", make(Fault::Kind::NeverAnswer, -1)) << 0 << QStringLiteral("failed")
        << int(Kind::Timeout) << QStringList{QStringLiteral("in time")} << false << none << false;

    // The PATCH meets the fault: a line per PATCH sent, as it ended.
    row("PATCH: connection reset") << on("PATCH", make(Fault::Kind::DropConnection, -1)) << 0
                                   << QStringLiteral("failed") << int(Kind::Network)
                                   << QStringList{QStringLiteral("may or may not have been applied")} << false
                                   << QStringList{QStringLiteral("failed 0")} << false;
    // Dropped twice (QNetworkAccessManager re-sends once by itself): the
    // client's retry checks the server's version first, then sends again.
    row("PATCH: connection reset, then fine")
        << on("PATCH", make(Fault::Kind::DropConnection, 2)) << 1 << QStringLiteral("saved")
        << int(Kind::None) << none << true
        << QStringList{QStringLiteral("failed 0"), QStringLiteral("ok 200")} << false;
    row("PATCH: connection reset mid-body")
        << on("PATCH", make(Fault::Kind::ResetMidBody, -1)) << 0 << QStringLiteral("failed")
        << int(Kind::Network) << QStringList{QStringLiteral("may or may not have been applied")} << true
        << QStringList{QStringLiteral("failed 0")} << false;
    row("PATCH: truncated answer") << on("PATCH", make(Fault::Kind::TruncatedBody, -1)) << 0
                                   << QStringLiteral("failed") << int(Kind::Network)
                                   << QStringList{QStringLiteral("may or may not have been applied")} << true
                                   << QStringList{QStringLiteral("failed 0")} << false;
    row("PATCH: server never answers")
        << on("PATCH", make(Fault::Kind::NeverAnswer, -1)) << 0 << QStringLiteral("failed")
        << int(Kind::Timeout) << QStringList{QStringLiteral("may or may not")} << false
        << QStringList{QStringLiteral("failed 0")} << false;
    Fault drip = on("PATCH", make(Fault::Kind::SlowDrip));
    drip.latencyMs = 1;
    drip.dripBytes = 256; // an offering is some 100 KB: still longer in all than the 400 ms timeout
    row("PATCH: slow drip") << drip << 0 << QStringLiteral("saved") << int(Kind::None) << none << true << ok
                            << false;
    row("PATCH: malformed JSON") << on("PATCH", make(Fault::Kind::MalformedJson)) << 0
                                 << QStringLiteral("failed") << int(Kind::BadResponse)
                                 << QStringList{QStringLiteral("JSON")} << false
                                 << QStringList{QStringLiteral("failed 200")} << false;
    row("PATCH: HTML 502 page") << on("PATCH", status(502, -1, kHtml502, "text/html")) << 0
                                << QStringLiteral("failed") << int(Kind::Server)
                                << QStringList{QStringLiteral("502 Bad Gateway")} << false
                                << QStringList{QStringLiteral("failed 502")} << false;
    row("PATCH: empty 200 body") << on("PATCH", make(Fault::Kind::EmptyBody)) << 0 << QStringLiteral("failed")
                                 << int(Kind::BadResponse)
                                 << QStringList{QStringLiteral("200"), QStringLiteral("not known")} << false
                                 << QStringList{QStringLiteral("failed 200")} << false;
    row("PATCH: answer of the wrong types")
        << on("PATCH", make(Fault::Kind::WrongTypes)) << 0 << QStringLiteral("failed")
        << int(Kind::BadResponse) << QStringList{QStringLiteral("readable"), QStringLiteral("Refresh")}
        << true << QStringList{QStringLiteral("failed 200")} << false;
    Fault huge = on("PATCH", make(Fault::Kind::HugePage));
    huge.hugeBytes = 10 * 1024 * 1024;
    row("PATCH: 10 MB answer") << huge << 0 << QStringLiteral("saved") << int(Kind::None) << none << true
                               << ok << false;
    // A 429 was not processed: waited out (then checked again), never journaled.
    Fault limited = on("PATCH", make(Fault::Kind::RateLimit));
    limited.retryAfterSeconds = 1;
    row("PATCH: 429 with retry-after")
        << limited << 0 << QStringLiteral("saved") << int(Kind::None) << none << true << ok << false;
    Fault storm = on("PATCH", make(Fault::Kind::RateLimit, -1));
    storm.retryAfterSeconds = 1;
    row("PATCH: 429 storm beyond the wait allowed")
        << storm << 0 << QStringLiteral("failed") << int(Kind::RateLimited)
        << QStringList{QStringLiteral("rate limit"), QStringLiteral("nothing was changed")} << false << none
        << false;
    row("PATCH: 500") << on("PATCH", status(500, 1)) << 0 << QStringLiteral("failed") << int(Kind::Server)
                      << QStringList{QStringLiteral("500")} << false
                      << QStringList{QStringLiteral("failed 500")} << false;
    row("PATCH: 503 storm") << on("PATCH", status(503, -1)) << 1 << QStringLiteral("failed")
                            << int(Kind::Server) << QStringList{QStringLiteral("503")} << false
                            << QStringList{QStringLiteral("failed 503"), QStringLiteral("failed 503")}
                            << false;
    row("PATCH: 504 once") << on("PATCH", status(504, 1)) << 1 << QStringLiteral("saved") << int(Kind::None)
                           << none << true
                           << QStringList{QStringLiteral("failed 504"), QStringLiteral("ok 200")} << false;
    row("PATCH: 401 token revoked") << on("PATCH", make(Fault::Kind::RevokeToken)) << 0
                                    << QStringLiteral("failed") << int(Kind::Unauthorized)
                                    << QStringList{QStringLiteral("token")} << false
                                    << QStringList{QStringLiteral("failed 401")} << true;
    row("PATCH: 403") << on("PATCH", status(403, -1)) << 0 << QStringLiteral("failed") << int(Kind::Forbidden)
                      << QStringList{QStringLiteral("403")} << false
                      << QStringList{QStringLiteral("failed 403")} << false;
}

QList<RowFault> bulkRowFaults()
{
    using O = pc::InstanceBatch::Outcome;
    Fault limited = make(Fault::Kind::RateLimit);
    limited.retryAfterSeconds = 1;
    return {
        {status(500, -1), O::Failed, false, 500, QStringLiteral("internal error")},
        {make(Fault::Kind::DropConnection, -1), O::Failed, false, 0,
         QStringLiteral("may or may not have been applied")},
        {make(Fault::Kind::TruncatedBody, -1), O::Failed, true, 0,
         QStringLiteral("may or may not have been applied")},
        {make(Fault::Kind::ResetMidBody, -1), O::Failed, true, 0,
         QStringLiteral("may or may not have been applied")},
        {status(403, -1), O::Failed, false, 403, QStringLiteral("403")},
        {make(Fault::Kind::EmptyBody, -1), O::Failed, false, 200, QStringLiteral("not known")},
        {make(Fault::Kind::WrongTypes, -1), O::Failed, true, 200, QStringLiteral("not known")},
        {make(Fault::Kind::MalformedJson, -1), O::Failed, false, 200, QStringLiteral("JSON")},
        {make(Fault::Kind::NeverAnswer, -1), O::Failed, false, 0, QStringLiteral("may or may not")},
        {status(503, 1), O::Done, true, 200, QString()}, // retried: a PATCH sets the same values again
        {limited, O::Done, true, 200, QString()},        // waited out
    };
}

} // namespace resilience
