// Where the client's requests may go, and what they carry there: links and
// redirects to another host are refused, a loop stops, and the token and the
// account reach the API's own origin only, never a log or a fetched picture's
// host. The rest of the client (requests, retries, rate limits, the legacy
// instance API) is tst_apiclient.

#include "app/net/apiclient.h"
#include "app/net/pager.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace testsupport;
using Kind = pc::ApiError::Kind;
using sandbox::Fault;

namespace {

// A bare HTTP server that answers every request with a redirect to `location`
// (the sandbox has no redirect fault: real API servers do not redirect, but a
// proxy or a misconfigured gateway might).
class RedirectServer : public QTcpServer
{
public:
    explicit RedirectServer(QByteArray location)
        : m_location(std::move(location))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write("HTTP/1.1 302 Found\r\nLocation: " + m_location +
                                  "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort())); }
    int requests = 0;

private:
    QByteArray m_location;
};

} // namespace

class TestApiClientHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foreignLinkSendsNothingThere();
    void linkLoopStops();
    void droppedFieldsAreRestored();
    void refusesToSendToAnotherHost();
    void redirectToAnotherHostSendsNothingThere();
    void redirectOnTheSameHostIsFollowed();
    void redirectWithoutLocationOrForAChangeIsNotFollowed();
    void controlCharactersInTheTokenAreRefused();
    void theTokenNeverReachesTheLog();
    void fetchWithoutTokenSendsNoTokenAnywhere();
    void fetchWithoutTokenFollowsARedirectWithoutIt();
};

void TestApiClientHosts::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestApiClientHosts::foreignLinkSendsNothingThere()
{
    auto server = startSandbox();
    // A second listener on another loopback address: nothing may arrive there.
    auto foreign = startSandbox({}, QHostAddress(QStringLiteral("127.0.0.2")));
    Fault fault;
    fault.kind = Fault::Kind::ForeignLink;
    fault.foreignBaseUrl = foreign->baseUrl();
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    pc::Pager pager(&client, QStringLiteral("app_offerings"), query);
    const PagerWalk result = walkPager(pager);
    QCOMPARE(result.records.size(), 10);
    QCOMPARE(result.error.kind, Kind::Unsafe);
    QVERIFY(result.error.message.contains(QStringLiteral("127.0.0.2")));
    QVERIFY(pager.atEnd());
    pager.fetchNext(); // asking again does not send it either
    QTest::qWait(100);
    QCOMPARE(foreign->requestCount(), 0);
}

void TestApiClientHosts::linkLoopStops()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::LinkLoop;
    fault.skip = 1; // page 2 links back to itself
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    pc::Pager pager(&client, QStringLiteral("app_offerings"), query);
    const PagerWalk result = walkPager(pager);
    QCOMPARE(result.records.size(), 20);
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY(result.error.message.contains(QStringLiteral("loop")));
    QCOMPARE(server->requestCount(), 2);
}

void TestApiClientHosts::droppedFieldsAreRestored()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::DropFieldsInLink;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("name,reference"));
    pc::Pager pager(&client, QStringLiteral("app_offerings"), query);
    pager.fetchNext();
    QTRY_COMPARE(pager.pagesLoaded(), 1);
    pager.fetchNext();
    QTRY_COMPARE(pager.pagesLoaded(), 2);
    const auto requests = server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).query.queryItemValue(QStringLiteral("fields")), QStringLiteral("name,reference"));
    QVERIFY(requests.at(1).query.hasQueryItem(QStringLiteral("search_after")));
}

void TestApiClientHosts::refusesToSendToAnotherHost()
{
    auto server = startSandbox();
    auto foreign = startSandbox({}, QHostAddress(QStringLiteral("127.0.0.2")));
    pc::ApiClient client(settingsFor(*server));
    QUrl elsewhere = server->baseUrl();
    elsewhere.setPort(foreign->port()); // same host, other port: another origin
    elsewhere.setPath(elsewhere.path() + QStringLiteral("/app_offerings"));
    QCOMPARE(runCall(client.getUrl(elsewhere)).error.kind, Kind::Unsafe);
    QUrl otherHost = foreign->baseUrl();
    otherHost.setPath(otherHost.path() + QStringLiteral("/app_offerings"));
    QCOMPARE(runCall(client.getUrl(otherHost)).error.kind, Kind::Unsafe);
    QTest::qWait(50);
    QCOMPARE(foreign->requestCount(), 0);
    QCOMPARE(server->requestCount(), 0);
}

void TestApiClientHosts::redirectToAnotherHostSendsNothingThere()
{
    auto foreign = startSandbox({}, QHostAddress(QStringLiteral("127.0.0.2")));
    RedirectServer redirector(foreign->baseUrl().toEncoded() + "/app_offerings");
    pc::ConnectionSettings settings;
    settings.baseUrl = redirector.baseUrl();
    settings.account = QStringLiteral("wdc");
    settings.token = "sandbox-token";
    pc::ApiClient client(settings);
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::Unsafe);
    QVERIFY(response.error.message.contains(QStringLiteral("127.0.0.2")));
    QCOMPARE(redirector.requests, 1);
    QTest::qWait(50);
    QCOMPARE(foreign->requestCount(), 0);
}

void TestApiClientHosts::redirectOnTheSameHostIsFollowed()
{
    RedirectServer redirector("/v1/somewhere-else");
    pc::ConnectionSettings settings;
    settings.baseUrl = redirector.baseUrl();
    settings.account = QStringLiteral("wdc");
    settings.token = "t";
    pc::ApiClient client(settings);
    // It redirects forever: followed on the same host, then given up.
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::BadResponse);
    QVERIFY(response.error.message.contains(QStringLiteral("too many")));
    QCOMPARE(redirector.requests, 6);
}

void TestApiClientHosts::redirectWithoutLocationOrForAChangeIsNotFollowed()
{
    auto server = startSandbox();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 302;
    fault.body = "{}";
    fault.times = -1;
    server->addFault(fault);
    pc::ApiClient client(settingsFor(*server));
    const pc::ApiResponse get = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(get.error.kind, Kind::BadResponse);
    QVERIFY(get.error.message.contains(QStringLiteral("without a valid target")));
    QCOMPARE(server->requestCount(), 1);

    RedirectServer redirector("/v1/elsewhere");
    pc::ConnectionSettings settings;
    settings.baseUrl = redirector.baseUrl();
    settings.account = QStringLiteral("wdc");
    settings.token = "t";
    pc::ApiClient other(settings);
    const pc::ApiResponse patch = runCall(other.patch(QStringLiteral("app_instances/1"), QJsonObject()));
    QCOMPARE(patch.error.kind, Kind::BadResponse);
    QCOMPARE(redirector.requests, 1); // the change was not sent again
}

void TestApiClientHosts::controlCharactersInTheTokenAreRefused()
{
    auto server = startSandbox();
    pc::ConnectionSettings settings = settingsFor(*server);
    settings.token = "sandbox-token\r\nX-Injected: yes";
    pc::ApiClient client(settings);
    const pc::ApiResponse response = runCall(client.get(QStringLiteral("app_offerings")));
    QCOMPARE(response.error.kind, Kind::BadRequest);
    QVERIFY(!response.error.message.contains(QStringLiteral("sandbox-token")));
    QCOMPARE(server->requestCount(), 0);
}

namespace {
QString capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog += QLatin1String(context.category ? context.category : "") + QLatin1Char(' ') + message +
                   QLatin1Char('\n');
}
} // namespace

void TestApiClientHosts::theTokenNeverReachesTheLog()
{
    sandbox::SandboxOptions options;
    options.token = QStringLiteral("tok-9f8e7d6c5b4a-secret");
    auto server = startSandbox(options);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    server->addFault(fault);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        pc::ApiClient client(settingsFor(*server));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
        pc::Pager pager(&client, QStringLiteral("app_offerings"), query);
        walkPager(pager);
        pc::ConnectionSettings wrong = settingsFor(*server);
        wrong.account = QStringLiteral("nobody");
        pc::ApiClient refused(wrong);
        const pc::ApiResponse response = runCall(refused.get(QStringLiteral("app_instances")));
        QVERIFY(!response.error.message.contains(options.token));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    QVERIFY2(capturedLog.contains(QStringLiteral("GET")), "the log was captured");
    QVERIFY(!capturedLog.contains(options.token));
}

namespace {

// Runs a fetch to its end; false when it did not finish in time.
bool finishes(QNetworkReply *reply)
{
    const bool done = waitUntil([reply] { return reply->isFinished(); }, 15000);
    reply->deleteLater();
    return done;
}

bool carriesNoCredentials(const sandbox::RecordedRequest &request)
{
    return request.header("authorization").isEmpty() && request.header("x-xurrent-account").isEmpty() &&
           request.header("x-4me-account").isEmpty() && request.header("cookie").isEmpty();
}

} // namespace

void TestApiClientHosts::fetchWithoutTokenSendsNoTokenAnywhere()
{
    auto server = startSandbox();
    auto foreign = startSandbox({}, QHostAddress(QStringLiteral("127.0.0.2")));
    pc::ConnectionSettings settings = settingsFor(*server);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyDepth(7); // a mark to recognise the profile's TLS by
    settings.sslConfiguration = tls;
    pc::ApiClient client(settings);
    QVERIFY(runCall(client.get(QStringLiteral("me"))).isOk()); // the connection is in use, token and all
    server->clearRequests();

    // Not even the API's own host gets the token with a fetch.
    QNetworkReply *own =
        client.fetchWithoutToken(QUrl(server->baseUrl().toString() + QStringLiteral("/me")), 4000);
    QCOMPARE(own->manager(), client.network());
    QCOMPARE(own->request().sslConfiguration().peerVerifyDepth(), 7);
    QCOMPARE(own->request().transferTimeout(), 4000);
    QVERIFY(finishes(own));
    QCOMPARE(server->requests().size(), 1);
    QVERIFY(carriesNoCredentials(server->requests().first()));

    QVERIFY(finishes(client.fetchWithoutToken(
        QUrl(foreign->baseUrl().toString() + QStringLiteral("/picture.png")), 4000)));
    QCOMPARE(foreign->requests().size(), 1);
    QVERIFY(carriesNoCredentials(foreign->requests().first()));
}

void TestApiClientHosts::fetchWithoutTokenFollowsARedirectWithoutIt()
{
    auto server = startSandbox();
    auto foreign = startSandbox({}, QHostAddress(QStringLiteral("127.0.0.2")));
    // A picture link on a third host that sends the fetch on to the second.
    RedirectServer redirector(foreign->baseUrl().toEncoded() + "/picture.png");
    pc::ApiClient client(settingsFor(*server));
    QVERIFY(finishes(
        client.fetchWithoutToken(QUrl(redirector.baseUrl().toString() + QStringLiteral("/p.png")), 4000)));
    QCOMPARE(redirector.requests, 1);
    QCOMPARE(foreign->requests().size(), 1);
    QCOMPARE(foreign->requests().first().path, QStringLiteral("/v1/picture.png"));
    QVERIFY(carriesNoCredentials(foreign->requests().first()));
}

QTEST_GUILESS_MAIN(TestApiClientHosts)
#include "tst_apiclienthosts.moc"
