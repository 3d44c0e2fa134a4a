// Every Fault kind, the skip/times window and order, and the --fault spec.

#include "testhttp.h"

#include "sandbox/faults.h"

using namespace testhttp;
using sandbox::Fault;

class TstSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

    static Fault make(Fault::Kind kind, const QString &pattern = QStringLiteral("^/v1/app_instances$"))
    {
        Fault f;
        f.kind = kind;
        f.pathPattern = pattern;
        return f;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(unlimited(300));
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<Client>(*m_server);
    }

    void statusWithSkipAndTimes()
    {
        Fault f = make(Fault::Kind::Status);
        f.method = "GET";
        f.status = 503;
        f.skip = 1;
        f.times = 2;
        m_server->addFault(f);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/app_offerings")).status, 200); // not matching
        Reply r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.message(), QStringLiteral("Service Unavailable"));
        QVERIFY(r.hasHeader("x-ratelimit-remaining"));
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 503);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
        // Method must match too.
        m_server->clearFaults();
        f.skip = 0;
        f.times = -1;
        m_server->addFault(f);
        QCOMPARE(m_client->patch(QStringLiteral("/app_instances/1"), {{QStringLiteral("suspended"), true}}).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 503);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 503);
        m_server->clearFaults();
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
    }

    void htmlStatusBody()
    {
        Fault f = make(Fault::Kind::Status, QString());
        f.status = 502;
        f.body = "<html><body>Bad Gateway</body></html>";
        f.contentType = "text/html";
        m_server->addFault(f);
        const Reply r = m_client->get(QStringLiteral("/me"));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.header("content-type"), QByteArray("text/html"));
        QCOMPARE(r.body, f.body);
    }

    void firstApplicableInInsertionOrder()
    {
        Fault first = make(Fault::Kind::Status);
        first.status = 500;
        first.skip = 1;
        Fault second = make(Fault::Kind::Status);
        second.status = 502;
        second.times = 2;
        m_server->addFault(first);
        m_server->addFault(second);
        // 1st: first skips, second applies. 2nd: both apply, first wins. 3rd: none left.
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 502);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 500);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
    }

    void rateLimitFault()
    {
        Fault f = make(Fault::Kind::RateLimit);
        f.retryAfterSeconds = 1;
        m_server->addFault(f);
        Fault noHeader = make(Fault::Kind::RateLimit);
        noHeader.skip = 1; // every matching fault counts every matching request
        m_server->addFault(noHeader);
        Reply r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("1"));
        QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
        QCOMPARE(r.message(), QStringLiteral("Too Many Requests"));
        QCOMPARE(r.object().value(QLatin1String("documentation_url")).toString(), QStringLiteral("https://developer.xurrent.com/v1/#rate-limiting"));
        r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 429);
        QVERIFY(!r.hasHeader("retry-after"));
        QCOMPARE(m_server->rateLimitedCount(), 2);
    }

    void malformedAndEmpty()
    {
        m_server->addFault(make(Fault::Kind::MalformedJson));
        Fault empty = make(Fault::Kind::EmptyBody);
        empty.skip = 1;
        m_server->addFault(empty);
        Reply r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
    }

    void truncatedBody()
    {
        m_server->addFault(make(Fault::Kind::TruncatedBody));
        const Reply r = m_client->get(QStringLiteral("/app_instances?per_page=50"));
        QVERIFY(r.finished);
        QVERIFY(r.error != QNetworkReply::NoError);
        // The connection is gone, the next request works on a new one.
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
    }

    void resetMidBody()
    {
        m_server->addFault(make(Fault::Kind::ResetMidBody));
        const Reply r = m_client->get(QStringLiteral("/app_instances?per_page=50"));
        QVERIFY(r.finished);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(m_server->requestCount(), 1); // the reply did start: not re-sent by the client library
        // The connection is gone, the next request works on a new one.
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
        Fault spec;
        QString error;
        QVERIFY(sandbox::parseFaultSpec(QStringLiteral("reset:GET"), &spec, &error));
        QCOMPARE(spec.kind, Fault::Kind::ResetMidBody);
    }

    void dropConnection()
    {
        Fault f = make(Fault::Kind::DropConnection);
        f.times = -1; // QNetworkAccessManager retries a dropped request once by itself
        m_server->addFault(f);
        const Reply r = m_client->get(QStringLiteral("/app_instances"));
        QVERIFY(r.finished);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        m_server->clearFaults();
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
    }

    void neverAnswer()
    {
        m_server->addFault(make(Fault::Kind::NeverAnswer));
        m_client->transferTimeoutMs = 300;
        const Reply r = m_client->get(QStringLiteral("/app_instances"), 5000);
        QVERIFY(r.finished);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void slowDrip()
    {
        Fault f = make(Fault::Kind::SlowDrip);
        f.latencyMs = 5;
        m_server->addFault(f);
        const Reply r = m_client->get(QStringLiteral("/app_instances?per_page=3"));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 3);
        QVERIFY(r.hasHeader("link"));
        // Bigger drops, the same answer.
        f.dripBytes = 1000;
        m_server->addFault(f);
        const Reply big = m_client->get(QStringLiteral("/app_instances?per_page=3"));
        QCOMPARE(big.status, 200);
        QCOMPARE(big.body, r.body);
    }

    void latency()
    {
        Fault f = make(Fault::Kind::Latency);
        f.latencyMs = 300;
        m_server->addFault(f);
        const Reply slow = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 290, qPrintable(QString::number(slow.elapsedMs)));
        m_server->setLatency(200); // every answer
        const Reply r = m_client->get(QStringLiteral("/me"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.elapsedMs >= 190);
    }

    void linkFaults()
    {
        Fault foreign = make(Fault::Kind::ForeignLink);
        foreign.foreignBaseUrl = QUrl(QStringLiteral("http://127.0.0.2:9"));
        m_server->addFault(foreign);
        Fault loop = make(Fault::Kind::LinkLoop);
        loop.skip = 1;
        m_server->addFault(loop);
        Fault dropFields = make(Fault::Kind::DropFieldsInLink);
        dropFields.skip = 2;
        m_server->addFault(dropFields);
        const QString path = QStringLiteral("/app_instances?per_page=5&fields=id,disabled");
        Reply r = m_client->get(path);
        QString next = r.links().value(QStringLiteral("next"));
        QVERIFY2(next.startsWith(QLatin1String("http://127.0.0.2:9/v1/app_instances?")), qPrintable(next));
        QVERIFY(next.contains(QLatin1String("fields=id,disabled")));
        r = m_client->get(path);
        QCOMPARE(r.links().value(QStringLiteral("next")), m_client->url(path).toString());
        r = m_client->get(path);
        next = r.links().value(QStringLiteral("next"));
        QVERIFY(next.contains(QLatin1String("search_after=")));
        QVERIFY(!next.contains(QLatin1String("fields")));
        QCOMPARE(r.array().first().toObject().keys(), (QStringList{QStringLiteral("disabled"), QStringLiteral("id")}));
    }

    void wrongTypes()
    {
        m_server->addFault(make(Fault::Kind::WrongTypes, QStringLiteral("^/v1/app_instances")));
        Reply r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.array().first().toObject();
        QVERIFY(o.value(QLatin1String("id")).isString());
        QVERIFY(o.value(QLatin1String("created_at")).isDouble());
        QVERIFY(o.value(QLatin1String("disabled")).isString());
        QVERIFY(o.value(QLatin1String("customer_account")).isString());
        QCOMPARE(r.intHeader("x-pagination-total-entries"), m_server->instanceCount());
    }

    void revokeTokenThenANewOne()
    {
        Fault f = make(Fault::Kind::RevokeToken);
        f.skip = 1; // the second list request meets the revocation
        m_server->addFault(f);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
        QVERIFY(!m_server->isTokenRevoked());
        Reply r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.message(), QStringLiteral("Unauthorized"));
        QVERIFY(m_server->isTokenRevoked());
        // Every later request, on any path, is refused too: the token is gone.
        QCOMPARE(m_client->get(QStringLiteral("/me")).status, 401);
        const qint64 id = m_server->instanceIds().first();
        const QJsonObject before = m_server->instance(id);
        QCOMPARE(m_client->patch(QStringLiteral("/app_instances/%1").arg(id),
                                 {{QStringLiteral("suspended"), !before.value(QLatin1String("suspended")).toBool()}})
                     .status,
                 401);
        QCOMPARE(m_server->instance(id), before); // refused, not applied
        // A new token works; the old one stays refused.
        m_server->setToken(QStringLiteral("second-token"));
        QVERIFY(!m_server->isTokenRevoked());
        QCOMPARE(m_client->get(QStringLiteral("/me")).status, 401);
        m_client->token = "second-token";
        QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
        m_server->revokeToken();
        QCOMPARE(m_client->get(QStringLiteral("/me")).status, 401);
    }

    void hugePage()
    {
        Fault f = make(Fault::Kind::HugePage);
        f.hugeBytes = 3 * 1024 * 1024;
        m_server->addFault(f);
        Reply r = m_client->get(QStringLiteral("/app_instances?per_page=50"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.size() >= f.hugeBytes, qPrintable(QString::number(r.body.size())));
        QVERIFY(r.body.size() < f.hugeBytes + 64 * 1024); // padded to the size, not far beyond
        const QJsonArray records = r.array();
        QCOMPARE(records.size(), 50);
        // The records are whole and the paging goes on as before.
        QVERIFY(records.first().toObject().value(QLatin1String("id")).isDouble());
        QVERIFY(records.first().toObject().value(QLatin1String("padding")).toString().size() > 50 * 1024);
        QVERIFY(r.links().contains(QStringLiteral("next")));
        // Once: the next answer is normal again.
        r = m_client->get(QStringLiteral("/app_instances?per_page=50"));
        QVERIFY(r.body.size() < 100 * 1024);
        QVERIFY(!r.array().first().toObject().contains(QLatin1String("padding")));
        // A single record too; the default is 10 MiB.
        m_server->addFault(make(Fault::Kind::HugePage, QStringLiteral("^/v1/app_instances/")));
        r = m_client->get(QStringLiteral("/app_instances/3"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() >= 10 * 1024 * 1024);
        QCOMPARE(r.object().value(QLatin1String("id")).toInt(), 3);
    }

    void statusWithHeaders()
    {
        Fault f = make(Fault::Kind::Status);
        f.status = 302;
        f.body = "";
        f.contentType = "text/plain";
        f.headers.append({QByteArray("location"), QByteArray("http://127.0.0.2:9/v1/app_instances")});
        m_server->addFault(f);
        m_client->nam().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        const Reply r = m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("location"), QByteArray("http://127.0.0.2:9/v1/app_instances"));
    }

    void requestRecording()
    {
        QSignalSpy spy(m_server.get(), &sandbox::SandboxServer::requestReceived);
        m_client->accountHeader = "X-4me-Account";
        m_client->patch(QStringLiteral("/app_instances/2?fields=id"), {{QStringLiteral("suspended"), true}});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toByteArray(), QByteArray("PATCH"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("/v1/app_instances/2"));
        const QList<sandbox::RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        const sandbox::RecordedRequest &rec = requests.first();
        QCOMPARE(rec.method, QByteArray("PATCH"));
        QCOMPARE(rec.path, QStringLiteral("/v1/app_instances/2"));
        QCOMPARE(rec.query.queryItemValue(QStringLiteral("fields")), QStringLiteral("id"));
        QCOMPARE(rec.url.path(), QStringLiteral("/v1/app_instances/2"));
        QCOMPARE(rec.header("authorization"), QByteArray("Bearer sandbox-token"));
        QCOMPARE(rec.header("X-4ME-ACCOUNT"), QByteArray("wdc"));
        QVERIFY(rec.header("absent").isEmpty());
        QCOMPARE(QJsonDocument::fromJson(rec.body).object().value(QLatin1String("suspended")).toBool(), true);
        // Faulted requests are recorded as well.
        m_server->addFault(make(Fault::Kind::Status));
        m_client->get(QStringLiteral("/app_instances"));
        QCOMPARE(m_server->requestCount(), 2);
        m_server->clearRequests();
        QCOMPARE(m_server->requestCount(), 0);
    }

    void faultSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("skip");
        QTest::addColumn<int>("times");
        QTest::newRow("status") << QStringLiteral("status:503:GET:^/v1/app_instances$:skip=2:times=1") << true
                                << int(Fault::Kind::Status) << 503 << QByteArray("GET") << QStringLiteral("^/v1/app_instances$") << 2 << 1;
        QTest::newRow("ratelimit") << QStringLiteral("ratelimit:retry-after=1") << true << int(Fault::Kind::RateLimit) << 500
                                   << QByteArray() << QString() << 0 << 1;
        QTest::newRow("drop forever") << QStringLiteral("drop:times=-1") << true << int(Fault::Kind::DropConnection) << 500
                                      << QByteArray() << QString() << 0 << -1;
        QTest::newRow("latency") << QStringLiteral("latency:ms=300:path=^/v1/me") << true << int(Fault::Kind::Latency) << 500
                                 << QByteArray() << QStringLiteral("^/v1/me") << 0 << 1;
        QTest::newRow("revoke token") << QStringLiteral("revoke-token:skip=3:^/v1/app_instances") << true
                                      << int(Fault::Kind::RevokeToken) << 500 << QByteArray()
                                      << QStringLiteral("^/v1/app_instances") << 3 << 1;
        QTest::newRow("huge") << QStringLiteral("huge:GET:times=-1") << true << int(Fault::Kind::HugePage) << 500
                              << QByteArray("GET") << QString() << 0 << -1;
        QTest::newRow("unknown kind") << QStringLiteral("explode") << false << 0 << 0 << QByteArray() << QString() << 0 << 0;
        QTest::newRow("bad number") << QStringLiteral("status:skip=x") << false << 0 << 0 << QByteArray() << QString() << 0 << 0;
        QTest::newRow("bad regex") << QStringLiteral("status:^(") << false << 0 << 0 << QByteArray() << QString() << 0 << 0;
    }
    void faultSpec()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        Fault f;
        QString error;
        QCOMPARE(sandbox::parseFaultSpec(spec, &f, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(QString, pattern);
        QFETCH(int, skip);
        QFETCH(int, times);
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(f.status, status);
        QCOMPARE(f.method, method);
        QCOMPARE(f.pathPattern, pattern);
        QCOMPARE(f.skip, skip);
        QCOMPARE(f.times, times);
    }

    void faultSpecRestOptions()
    {
        Fault f;
        QString error;
        QVERIFY(sandbox::parseFaultSpec(QStringLiteral("foreign-link:foreign=http://127.0.0.2:8081"), &f, &error));
        QCOMPARE(f.foreignBaseUrl, QUrl(QStringLiteral("http://127.0.0.2:8081")));
        QVERIFY(sandbox::parseFaultSpec(QStringLiteral("status:502:content-type=text/html:body=<p>a:b</p>"), &f, &error));
        QCOMPARE(f.body, QByteArray("<p>a:b</p>"));
        QCOMPARE(f.contentType, QByteArray("text/html"));
        QCOMPARE(f.retryAfterSeconds, -1);
        QVERIFY(sandbox::parseFaultSpec(QStringLiteral("ratelimit:retry-after=7"), &f, &error));
        QCOMPARE(f.retryAfterSeconds, 7);
        QVERIFY(sandbox::parseFaultSpec(QStringLiteral("huge:bytes=2048"), &f, &error));
        QCOMPARE(f.hugeBytes, 2048);
        QVERIFY(sandbox::parseFaultSpec(QStringLiteral("drip:ms=2:chunk=512"), &f, &error));
        QCOMPARE(f.dripBytes, 512);
        QCOMPARE(f.latencyMs, 2);
        QVERIFY(sandbox::parseFaultSpec(QStringLiteral("huge"), &f, &error));
        QCOMPARE(f.hugeBytes, 10 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TstSandboxFaults)
#include "tst_sandbox_faults.moc"
