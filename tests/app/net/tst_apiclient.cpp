#include "app/net/apicall.h"
#include "app/net/apiclient.h"
#include "app/net/pager.h"
#include "app/records/domain.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace testsupport;
using Kind = pc::ApiError::Kind;
using sandbox::Fault;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsTheRightHeaders();
    void aBodyShorterThanItsLengthIsAClosedConnection();
    void readOnlyRefusesEveryWrite();
    void walksEveryOffering();
    void walksEveryInstanceWithinTheBurstLimit();
    void parametersReachTheServer();
    void predefinedFilterAsPathAndSortOrder();
    void unauthorized();
    void validationErrorsArePerField();
    void postIsNeverRetried();
    void waitsOutA429();
    void rateLimitWaitIsCapped();
    void twoUnavailableThenSuccess();
    void patchIsRetried();
    void droppedConnectionIsRetried();
    void truncatedBodyIsAnError();
    void timeoutWhenTheServerNeverAnswers();
    void cancelStopsACall();
    void malformedJsonKeepsLoadedPages();
    void htmlBadGatewayGivesACleanMessage();
    void emptyBodyIsAnError();
    void currentInstanceApiIsDetected();
    void legacyInstanceApiIsUsedWhenCurrentIsOff();
    void legacyProbeKeepsA404ForAMissingRecord();
    void rateLimitHeadersAreExposed();
    // Found in review:
    void legacyProbeAnsweredBy429DoesNotSwitch();
    void retryAfterAFailedProbeStillFindsTheLegacyApi();
    void callsSentBeforeTheProbeEndedFollowIt();
    void requestsBuiltBeforeLegacyWasKnownGoThere();
    void trailingSlashBaseStillDetectsLegacy();
    void a429HoldsBackCallsAlreadyScheduled();
    void cancelledCallsGiveBackTheirSlots();
    void missingRetryAfterWaitsTheDefault();
    void cancelDuringBackoff();
    void postTimeoutSaysTheRecordMayExist();
    void postIsNotRetriedAfterADroppedConnection();
};

void TestApiClient::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestApiClient::sendsTheRightHeaders()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("me")));
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    const auto requests = server->requests();
    QCOMPARE(requests.size(), 1);
    const auto &request = requests.first();
    QCOMPARE(request.header("authorization"), QByteArray("Bearer sandbox-token"));
    QCOMPARE(request.header("x-xurrent-account"), QByteArray("wdc"));
    QCOMPARE(request.header("x-4me-account"), QByteArray("wdc"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QVERIFY(request.header("user-agent").startsWith("provider-console/"));
    QCOMPARE(request.path, QStringLiteral("/v1/me"));
}

// A read-only profile's client sends no write, even one asked for behind the
// widgets' back; reads go on.
// Qt 6.4 at times finishes a reply cut off mid-body with no error; ApiCall
// then takes it for the closed connection it is (tried again), by its length.
void TestApiClient::aBodyShorterThanItsLengthIsAClosedConnection()
{
    pc::ApiResponse response;
    response.method = "GET";
    response.httpStatus = 200;
    response.headers = {{"Content-Type", "application/json"}, {"Content-Length", "10"}};
    response.body = "[{\"id\":";
    QVERIFY(response.bodyShorterThanPromised());
    response.body = "[{\"id\":1}]";
    QVERIFY(!response.bodyShorterThanPromised()); // whole
    response.body = "[{\"id\":";
    response.headers = {{"Content-Length", "10"}, {"Content-Encoding", "gzip"}};
    QVERIFY(!response.bodyShorterThanPromised()); // inflated by Qt: its length says nothing
    response.headers = {{"Content-Length", "10"}, {"content-encoding", "identity"}};
    QVERIFY(response.bodyShorterThanPromised());
    response.headers = {{"Content-Type", "application/json"}};
    QVERIFY(!response.bodyShorterThanPromised()); // no length promised
    response.headers = {{"Content-Length", "10"}};
    response.body.clear();
    response.method = "HEAD";
    QVERIFY(!response.bodyShorterThanPromised());
    response.method = "GET";
    response.httpStatus = 204;
    QVERIFY(!response.bodyShorterThanPromised());
}

void TestApiClient::readOnlyRefusesEveryWrite()
{
    auto server = startSandbox();
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.readOnly = true;
    pc::ApiClient client(settings);
    const qint64 id = server->instanceIds().first();
    const QJsonObject before = server->instance(id);
    // One call at a time: a call finishes as soon as the event loop turns.
    const std::function<pc::ApiCall *()> writes[] = {
        [&] {
            return client.patch(QStringLiteral("app_instances/%1").arg(id),
                                {{QStringLiteral("suspended"), true}});
        },
        [&] {
            return client.post(QStringLiteral("app_offerings"),
                               {{QStringLiteral("name"), QStringLiteral("Sneaky")}});
        }};
    for (const auto &write : writes) {
        const pc::ApiResponse response = runCall(write());
        QCOMPARE(response.error.kind, pc::ApiError::Kind::Unsafe);
        QVERIFY2(response.error.message.contains(QStringLiteral("read-only")),
                 qPrintable(response.error.message));
    }
    QCOMPARE(server->requestCount(), 0);
    QCOMPARE(server->instance(id), before);
    QVERIFY(runCall(client.get(QStringLiteral("app_instances/%1").arg(id))).isOk());
    QCOMPARE(server->requestCount(), 1);
}

void TestApiClient::walksEveryOffering()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("7"));
    pc::Pager pager(&client, QStringLiteral("app_offerings"), query);
    const PagerWalk result = walkPager(pager);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.records.size(), ownOfferingCount(*server));
    const QSet<qint64> ids = idSetOf(result.records);
    QCOMPARE(ids.size(), ownOfferingCount(*server)); // nothing twice
    const QList<qint64> expected = ownOfferingIds(*server);
    QCOMPARE(ids, QSet<qint64>(expected.begin(), expected.end()));
    QCOMPARE(pager.totalEntries(), ownOfferingCount(*server));
    QCOMPARE(result.pages, (ownOfferingCount(*server) + 6) / 7);
    // Every page after the first was reached through the link header's cursor.
    const auto requests = requestsTo(*server, QStringLiteral("/v1/app_offerings"));
    for (qsizetype i = 1; i < requests.size(); ++i)
        QVERIFY(requests.at(i).query.hasQueryItem(QStringLiteral("search_after")));
}

void TestApiClient::walksEveryInstanceWithinTheBurstLimit()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 2500;
    auto server = startSandbox(options); // burst limit on: 20 per 2 s
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    pc::Pager pager(&client, QStringLiteral("app_instances"), query);
    const PagerWalk result = walkPager(pager);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.records.size(), 2500);
    QCOMPARE(idSetOf(result.records).size(), 2500);
    QCOMPARE(result.pages, 25);
    QCOMPARE(server->rateLimitedCount(), 0); // paced, never throttled
}

void TestApiClient::parametersReachTheServer()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("5"));
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("name,reference,updated_at"));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-id"));
    query.addQueryItem(QStringLiteral("disabled"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("id"), QStringLiteral(">10"));
    pc::Pager pager(&client, QStringLiteral("app_offerings"), query);
    pager.fetchNext();
    QVERIFY(QTest::qWaitFor([&pager] { return pager.pagesLoaded() == 1; }, 10000));
    pager.fetchNext();
    QVERIFY(QTest::qWaitFor([&pager] { return pager.pagesLoaded() == 2 || pager.atEnd(); }, 10000));

    const auto requests = requestsTo(*server, QStringLiteral("/v1/app_offerings"));
    QVERIFY(requests.size() >= 2);
    for (const auto &request : requests) { // the first page and the one reached by the link
        QCOMPARE(request.query.queryItemValue(QStringLiteral("fields")),
                 QStringLiteral("name,reference,updated_at"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-id"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("disabled")), QStringLiteral("false"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded),
                 QStringLiteral(">10"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("5"));
    }
}

void TestApiClient::predefinedFilterAsPathAndSortOrder()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-id"));
    pc::Pager drafts(&client, QStringLiteral("app_offerings/latest_internal"), query);
    const PagerWalk result = walkPager(drafts);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(result.records.size() > 0);
    QVERIFY(result.records.size() < ownOfferingCount(*server));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : result.records) {
        const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY2(id < previous, "sorted by id, descending");
        previous = id;
    }
    QCOMPARE(requestsTo(*server, QStringLiteral("/v1/app_offerings/latest_internal")).size(), 1);
}

void TestApiClient::unauthorized()
{
    auto server = startSandbox();
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.token = "wrong-token";
    pc::ApiClient client(settings);
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::Unauthorized);
    QCOMPARE(response.httpStatus, 401);
    QVERIFY(response.error.message.contains(QStringLiteral("token")));
    QVERIFY(!response.error.message.contains(QStringLiteral("wrong-token"))); // never echo a secret

    settings = settingsFor(*server);
    settings.account = QStringLiteral("someone-else");
    pc::ApiClient otherAccount(settings);
    QCOMPARE(runCall(otherAccount.get(QStringLiteral("app_offerings"))).error.kind, Kind::Unauthorized);
}

void TestApiClient::validationErrorsArePerField()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    QJsonObject body;
    body.insert(QStringLiteral("name"), QString(129, QLatin1Char('n')));
    body.insert(QStringLiteral("policy_jwt_alg"), QStringLiteral("hs256"));
    const pc::ApiResponse response = runCall(client.post(QStringLiteral("app_offerings"), body));
    QCOMPARE(response.error.kind, Kind::Validation);
    QCOMPARE(response.httpStatus, 422);
    QStringList fields;
    for (const auto &fieldError : response.error.fieldErrors) {
        fields.append(fieldError.field);
        QVERIFY(!fieldError.message.isEmpty());
    }
    QVERIFY2(fields.contains(QStringLiteral("name")), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY(fields.contains(QStringLiteral("policy_jwt_alg")));
    QVERIFY(fields.contains(QStringLiteral("webhook_uri_template")));
}

void TestApiClient::postIsNeverRetried()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.method = "POST";
    fault.status = 503;
    fault.body = R"({"message":"Service Unavailable"})";
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    const pc::ApiResponse response = runCall(client.post(QStringLiteral("app_offerings"), QJsonObject()));
    QCOMPARE(response.error.kind, Kind::Server);
    QCOMPARE(response.httpStatus, 503);
    QCOMPARE(requestsTo(*server, QStringLiteral("/v1/app_offerings")).size(), 1);
}

void TestApiClient::waitsOutA429()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::RateLimit;
    fault.retryAfterSeconds = 1;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    QSignalSpy clientWaits(&client, &pc::ApiClient::rateLimitWait);
    pc::ApiCall *call = client.get(QStringLiteral("app_offerings"));
    QSignalSpy waits(call, &pc::ApiCall::waiting);
    const pc::ApiResponse response = runCall(call);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().at(0).toInt(), 1);
    QCOMPARE(waits.first().at(1).value<pc::ApiCall::WaitReason>(), pc::ApiCall::WaitReason::RateLimit);
    QCOMPARE(clientWaits.size(), 1);
    QCOMPARE(server->requestCount(), 2);
}

void TestApiClient::rateLimitWaitIsCapped()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::RateLimit;
    fault.retryAfterSeconds = 30;
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.maxRateLimitWaitS = 5;
    pc::ApiClient client(settings);
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::RateLimited);
    QCOMPARE(response.error.retryAfterSeconds, 30);
    QVERIFY2(response.error.message.contains(QStringLiteral("30 s")), qPrintable(response.error.message));
    QCOMPARE(server->requestCount(), 1);
}

void TestApiClient::twoUnavailableThenSuccess()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    fault.times = 2;
    fault.body = R"({"message":"Service Unavailable"})";
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::ApiCall *call = client.get(QStringLiteral("app_offerings"));
    QSignalSpy waits(call, &pc::ApiCall::waiting);
    const pc::ApiResponse response = runCall(call);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QVERIFY(response.json.isArray());
    QCOMPARE(server->requestCount(), 3);
    QCOMPARE(waits.size(), 2);
    QCOMPARE(waits.first().at(1).value<pc::ApiCall::WaitReason>(), pc::ApiCall::WaitReason::Retry);
}

void TestApiClient::patchIsRetried()
{
    auto server = startSandbox();
    const qint64 id = server->instanceIds().first();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.method = "PATCH";
    fault.status = 502;
    fault.body = "<html><head><title>502 Bad Gateway</title></head></html>";
    fault.contentType = "text/html";
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    QJsonObject body;
    body.insert(QStringLiteral("suspended"), true);
    body.insert(QStringLiteral("suspension_comment"), QStringLiteral("Invoice overdue"));
    const pc::ApiResponse response = runCall(client.patch(QStringLiteral("app_instances/%1").arg(id), body));
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(response.json.object().value(QStringLiteral("suspended")).toBool(), true);
    QCOMPARE(server->instance(id).value(QStringLiteral("suspension_comment")).toString(),
             QStringLiteral("Invoice overdue"));
    QCOMPARE(requestsTo(*server, QStringLiteral("/v1/app_instances/")).size(), 2);
}

void TestApiClient::droppedConnectionIsRetried()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::DropConnection;
    // QNetworkAccessManager itself re-sends a dropped request once; the second
    // drop reaches the client, whose own retry then succeeds.
    fault.times = 2;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::ApiCall *call = client.get(QStringLiteral("app_offerings"));
    QSignalSpy waits(call, &pc::ApiCall::waiting);
    const pc::ApiResponse response = runCall(call);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(waits.size(), 1);
    QCOMPARE(server->requestCount(), 3);
}

void TestApiClient::truncatedBodyIsAnError()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::TruncatedBody;
    fault.times = -1;
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.maxRetries = 1;
    pc::ApiClient client(settings);
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::Network);
    QVERIFY(!response.json.isArray());   // half a page is never used
    QCOMPARE(server->requestCount(), 2); // the first try and one retry
}

void TestApiClient::timeoutWhenTheServerNeverAnswers()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::NeverAnswer;
    fault.times = -1;
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.transferTimeoutMs = 300;
    settings.maxRetries = 1;
    pc::ApiClient client(settings);
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::Timeout);
    QVERIFY(response.error.message.contains(QStringLiteral("in time")));
    QCOMPARE(server->requestCount(), 2);
}

void TestApiClient::cancelStopsACall()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::NeverAnswer;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::ApiCall *call = client.get(QStringLiteral("app_offerings"));
    QSignalSpy finished(call, &pc::ApiCall::finished);
    QTRY_COMPARE(server->requestCount(), 1);
    call->cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<pc::ApiResponse>().error.kind, Kind::Cancelled);
}

void TestApiClient::malformedJsonKeepsLoadedPages()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::MalformedJson;
    fault.pathPattern = QStringLiteral("^/v1/app_offerings$");
    fault.skip = 1; // the second page
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    pc::Pager pager(&client, QStringLiteral("app_offerings"), query);
    PagerWalk result = walkPager(pager);
    QCOMPARE(result.records.size(), 10); // the first page stays
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY(result.error.message.contains(QStringLiteral("JSON")));
    QVERIFY(!pager.atEnd());
    // The fault has passed: asking again continues where it stopped.
    PagerWalk rest = walkPager(pager);
    QVERIFY2(!rest.error.isError(), qPrintable(rest.error.message));
    QCOMPARE(result.records.size() + rest.records.size(), ownOfferingCount(*server));
}

void TestApiClient::htmlBadGatewayGivesACleanMessage()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 502;
    fault.times = -1;
    fault.contentType = "text/html";
    fault.body = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad "
                 "Gateway</h1></body></html>";
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::Server);
    QCOMPARE(response.httpStatus, 502);
    QVERIFY(response.error.message.contains(QStringLiteral("502 Bad Gateway")));
    QVERIFY(!response.error.message.contains(QLatin1Char('<')));
    QCOMPARE(server->requestCount(), 1 + client.settings().maxRetries);
}

void TestApiClient::emptyBodyIsAnError()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::EmptyBody;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::BadResponse);
    QVERIFY(response.error.message.contains(QStringLiteral("empty")));
}

void TestApiClient::currentInstanceApiIsDetected()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Unknown);
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_instances")));
    QVERIFY(response.isOk());
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Current);
    QCOMPARE(client.instancesPath(), QStringLiteral("app_instances"));
}

void TestApiClient::legacyInstanceApiIsUsedWhenCurrentIsOff()
{
    auto server = startSandbox();
    server->setAppInstancesEnabled(false); // an older server
    pc::ApiClient client(settingsFor(*server));
    QSignalSpy changed(&client, &pc::ApiClient::instancesApiChanged);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("customer_account,app_offering,suspended"));
    pc::Pager pager(&client, QStringLiteral("app_instances"), query);
    pager.fetchNext();
    QTRY_COMPARE(pager.pagesLoaded(), 1);
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Legacy);
    QCOMPARE(changed.size(), 1);
    const auto requests = server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/v1/app_instances"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/v1/integration_instances"));
    // The legacy API names the offering reference `integration`.
    QCOMPARE(requests.at(1).query.queryItemValue(QStringLiteral("fields")),
             QStringLiteral("customer_account,integration,suspended"));

    pager.fetchNext();
    QTRY_COMPARE(pager.pagesLoaded(), 2);
    QCOMPARE(server->requests().last().path, QStringLiteral("/v1/integration_instances"));
    // Remembered for this connection: later requests go straight to the legacy path.
    const qint64 id = server->instanceIds().first();
    const pc::ApiResponse one = runCall(client.get(QStringLiteral("app_instances/%1").arg(id)));
    QVERIFY2(one.isOk(), qPrintable(one.error.message));
    QCOMPARE(server->requests().last().path, QStringLiteral("/v1/integration_instances/%1").arg(id));
    const pc::AppInstance instance = pc::decodeInstance(one.json.object());
    QCOMPARE(instance.id, id);
    QVERIFY(instance.appOffering.id != 0);
}

void TestApiClient::legacyProbeKeepsA404ForAMissingRecord()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_instances/999999999")));
    QCOMPARE(response.error.kind, Kind::NotFound);
    QCOMPARE(response.url.path(), QStringLiteral("/v1/app_instances/999999999"));
    QVERIFY(client.instancesApi() != pc::InstancesApi::Legacy);
}

void TestApiClient::rateLimitHeadersAreExposed()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    QSignalSpy changed(&client, &pc::ApiClient::rateLimitChanged);
    QVERIFY(runCall(client.get(QStringLiteral("app_offerings"))).isOk());
    QVERIFY(changed.size() >= 1);
    QCOMPARE(client.rateLimit().limit, 3600);
    QVERIFY(client.rateLimit().remaining >= 0 && client.rateLimit().remaining < 3600);
    QVERIFY(client.rateLimit().resetEpoch > 0);
}

void TestApiClient::legacyProbeAnsweredBy429DoesNotSwitch()
{
    auto server = startSandbox();
    server->setIntegrationInstancesEnabled(false); // a current server
    Fault fault;
    fault.kind = Fault::Kind::RateLimit;
    fault.retryAfterSeconds = 1;
    fault.pathPattern = QStringLiteral("^/v1/integration_instances");
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    // A deleted record: 404 on the current path, the probe meets a 429 first.
    const pc::ApiResponse missing = runCall(client.get(QStringLiteral("app_instances/999999999")));
    QCOMPARE(missing.error.kind, Kind::NotFound);
    QVERIFY(client.instancesApi() != pc::InstancesApi::Legacy);
    const pc::ApiResponse list = runCall(client.get(QStringLiteral("app_instances")));
    QVERIFY2(list.isOk(), qPrintable(list.error.message));
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Current);
    QCOMPARE(server->requests().last().path, QStringLiteral("/v1/app_instances"));
}

// Load all sends its first requests together, before anything is known of
// the server: one finds the legacy path; the others, answered 404 on the
// current one after that, are sent again there instead of failing.
void TestApiClient::callsSentBeforeTheProbeEndedFollowIt()
{
    sandbox::SandboxOptions options;
    options.generation = sandbox::ApiGeneration::V2021;
    auto server = startSandbox(options);
    pc::ApiClient client(settingsFor(*server));
    std::vector<std::unique_ptr<QSignalSpy>> finished;
    for (const QString &sort : {QStringLiteral("id"), QStringLiteral("-id"), QStringLiteral("updated_at")}) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sort"), sort);
        finished.push_back(std::make_unique<QSignalSpy>(client.get(QStringLiteral("app_instances"), query),
                                                        &pc::ApiCall::finished));
    }
    for (const auto &spy : finished) {
        QTRY_COMPARE(spy->size(), 1);
        const auto response = spy->first().first().value<pc::ApiResponse>();
        QVERIFY2(response.isOk(), qPrintable(response.error.message));
        QCOMPARE(response.url.path(), QStringLiteral("/v1/integration_instances"));
    }
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Legacy);
}

void TestApiClient::retryAfterAFailedProbeStillFindsTheLegacyApi()
{
    auto server = startSandbox();
    server->setAppInstancesEnabled(false); // an older server
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    fault.times = -1;
    fault.pathPattern = QStringLiteral("^/v1/integration_instances");
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    pc::Pager pager(&client, QStringLiteral("app_instances"), QUrlQuery());
    PagerWalk first = walkPager(pager);
    QCOMPARE(first.error.kind, Kind::Server);
    QVERIFY(client.instancesApi() != pc::InstancesApi::Legacy); // undecided, not guessed
    server->clearFaults();
    PagerWalk second = walkPager(pager); // Retry
    QVERIFY2(!second.error.isError(), qPrintable(second.error.message));
    QCOMPARE(second.records.size(), server->instanceCount());
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Legacy);
}

void TestApiClient::requestsBuiltBeforeLegacyWasKnownGoThere()
{
    auto server = startSandbox();
    server->setAppInstancesEnabled(false);
    pc::ApiClient client(settingsFor(*server));
    pc::Pager pager(&client, QStringLiteral("app_instances"), QUrlQuery()); // built while unknown
    QVERIFY(runCall(client.get(QStringLiteral("app_instances"))).isOk());
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Legacy);
    server->clearRequests();
    pager.fetchNext();
    QTRY_COMPARE(pager.pagesLoaded(), 1);
    QCOMPARE(server->requestCount(), 1); // no second probe
    QCOMPARE(server->requests().first().path, QStringLiteral("/v1/integration_instances"));
}

void TestApiClient::trailingSlashBaseStillDetectsLegacy()
{
    auto server = startSandbox();
    server->setAppInstancesEnabled(false);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.baseUrl.setPath(settings.baseUrl.path() + QLatin1Char('/'));
    pc::ApiClient client(settings);
    QVERIFY(runCall(client.get(QStringLiteral("app_instances"))).isOk());
    QCOMPARE(client.instancesApi(), pc::InstancesApi::Legacy);
}

void TestApiClient::a429HoldsBackCallsAlreadyScheduled()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::RateLimit;
    fault.retryAfterSeconds = 2;
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.burstRequests = 1; // one request a second: later calls are already scheduled
    settings.burstWindowMs = 1000;
    pc::ApiClient client(settings);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    connect(server.get(), &sandbox::SandboxServer::requestReceived, this,
            [&arrivals, &clock] { arrivals.append(clock.elapsed()); });
    QList<pc::ApiCall *> calls;
    int finished = 0;
    for (int i = 0; i < 3; ++i) {
        calls.append(client.get(QStringLiteral("app_offerings")));
        connect(calls.last(), &pc::ApiCall::finished, this, [&finished](const pc::ApiResponse &response) {
            QVERIFY2(response.isOk(), qPrintable(response.error.message));
            ++finished;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 20000);
    QCOMPARE(arrivals.size(), 4); // the 429 and three answered requests
    // Nothing was sent while the server's retry-after ran.
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        QVERIFY2(arrivals.at(i) - arrivals.first() >= 2000, qPrintable(QString::number(arrivals.at(i))));
}

void TestApiClient::cancelledCallsGiveBackTheirSlots()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::RateLimit;
    fault.retryAfterSeconds = 2;
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.burstRequests = 2;
    settings.burstWindowMs = 10000;
    settings.maxRateLimitWaitS = 0; // the 429 fails its call at once but still blocks the client for 2 s
    pc::ApiClient client(settings);
    QCOMPARE(runCall(client.get(QStringLiteral("app_offerings"))).error.kind, Kind::RateLimited);
    // These wait for slots at 2 s, 10 s, 12 s, 20 s, 22 s; none is sent.
    QList<pc::ApiCall *> calls;
    for (int i = 0; i < 5; ++i)
        calls.append(client.get(QStringLiteral("app_offerings")));
    QCoreApplication::processEvents();
    for (pc::ApiCall *call : std::as_const(calls))
        call->cancel();
    QCOMPARE(server->requestCount(), 1);
    // Had the cancelled calls kept their slots, this one would wait ~22 s.
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")), 6000);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(server->requestCount(), 2);
}

void TestApiClient::missingRetryAfterWaitsTheDefault()
{
    QCOMPARE(pc::ConnectionSettings().defaultRetryAfterS, 5); // as the SDKs and the docs advise
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::RateLimit; // no retry-after header
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.defaultRetryAfterS = 1;
    pc::ApiClient client(settings);
    pc::ApiCall *call = client.get(QStringLiteral("app_offerings"));
    QSignalSpy waits(call, &pc::ApiCall::waiting);
    QVERIFY(runCall(call).isOk());
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().at(0).toInt(), 1);
}

void TestApiClient::cancelDuringBackoff()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    fault.times = -1;
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.retryBaseDelayMs = 5000;
    pc::ApiClient client(settings);
    pc::ApiCall *call = client.get(QStringLiteral("app_offerings"));
    connect(call, &pc::ApiCall::waiting, call, &pc::ApiCall::cancel);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runCall(call, 3000).error.kind, Kind::Cancelled);
    QCOMPARE(server->requestCount(), 1);
}

void TestApiClient::postTimeoutSaysTheRecordMayExist()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::NeverAnswer;
    fault.method = "POST";
    server->addFault(fault);
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.transferTimeoutMs = 300;
    pc::ApiClient client(settings);
    const pc::ApiResponse response = runCall(client.post(QStringLiteral("app_offerings"), QJsonObject()));
    QCOMPARE(response.error.kind, Kind::Timeout);
    QVERIFY2(response.error.message.contains(QStringLiteral("may or may not have been created")),
             qPrintable(response.error.message));
    QCOMPARE(server->requestCount(), 1);
}

void TestApiClient::postIsNotRetriedAfterADroppedConnection()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::DropConnection;
    fault.method = "POST";
    fault.times = -1;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    const pc::ApiResponse response = runCall(client.post(QStringLiteral("app_offerings"), QJsonObject()));
    QCOMPARE(response.error.kind, Kind::Network);
    QVERIFY(response.error.message.contains(QStringLiteral("may or may not have been created")));
    // Qt's HTTP layer re-sends a request whose connection dropped before any
    // answer once by itself; the client adds no retry of its own to that.
    QVERIFY2(server->requestCount() <= 2, qPrintable(QString::number(server->requestCount())));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
