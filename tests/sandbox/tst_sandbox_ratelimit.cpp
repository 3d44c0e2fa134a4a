// Rate limiting: headers on every answer, the burst limit, the hourly limit,
// and /v1/rate_limit not using quota.

#include "testhttp.h"

#include <QDateTime>

using namespace testhttp;

namespace {

void verifyRateLimitHeaders(const Reply &r)
{
    QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("3600"));
    QVERIFY(r.hasHeader("x-ratelimit-remaining"));
    bool ok = false;
    const qint64 reset = r.header("x-ratelimit-reset").toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(reset >= QDateTime::currentSecsSinceEpoch() - 5);
}

const QByteArray kTooManyRequests =
    R"({"documentation_url":"https://developer.xurrent.com/v1/#rate-limiting","message":"Too Many Requests"})";

} // namespace

class TstSandboxRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersOnEveryAnswer()
    {
        sandbox::SandboxOptions options;
        options.instanceCount = 10;
        options.burstLimitRequests = 6;
        options.burstWindowMs = 60000;
        sandbox::SandboxServer server(options);
        QVERIFY(server.listen() != 0);
        Client client(server);
        QList<Reply> replies;
        replies.append(client.get(QStringLiteral("/app_instances")));                    // 200
        replies.append(client.get(QStringLiteral("/nope")));                             // 404
        replies.append(client.get(QStringLiteral("/app_instances?sort=name")));          // 400
        replies.append(client.patch(QStringLiteral("/app_instances/1"), {{QStringLiteral("x"), 1}})); // 422
        replies.append(client.post(QStringLiteral("/app_offerings"), validBody()));     // 201
        Client anonymous(server);
        anonymous.authorize = false;
        replies.append(anonymous.get(QStringLiteral("/app_instances")));                 // 401
        replies.append(client.get(QStringLiteral("/me")));                               // 200, the 6th counted
        replies.append(client.get(QStringLiteral("/me")));                               // 429
        const QList<int> statuses{200, 404, 400, 422, 201, 401, 200, 429};
        for (int i = 0; i < replies.size(); ++i) {
            QCOMPARE(replies.at(i).status, statuses.at(i));
            verifyRateLimitHeaders(replies.at(i));
        }
        // The 401 did not use the token's quota.
        QCOMPARE(replies.at(6).header("x-ratelimit-remaining"), QByteArray("3594"));
    }

    void burstLimit()
    {
        sandbox::SandboxOptions options;
        options.instanceCount = 10;
        options.burstLimitRequests = 5;
        options.burstWindowMs = 1500;
        sandbox::SandboxServer server(options);
        QVERIFY(server.listen() != 0);
        Client client(server);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(QStringLiteral("/app_offerings?per_page=1")).status, 200);
        const Reply limited = client.get(QStringLiteral("/app_offerings?per_page=1"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body, kTooManyRequests);
        bool ok = false;
        const int retryAfter = limited.header("retry-after").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(retryAfter >= 1 && retryAfter <= 2);
        QVERIFY(limited.header("x-ratelimit-remaining").toInt() > 0); // the hour is not used up
        QCOMPARE(server.rateLimitedCount(), 1);
        // The rate_limit status is not counted, so it is answered even now.
        QCOMPARE(client.get(QStringLiteral("/rate_limit")).status, 200);
        // Once the window frees a slot the request goes through: the 429s
        // answered meanwhile are not counted, or asking again and again would
        // keep the window full for ever. One request per try and its answer
        // kept: QTRY_COMPARE would send more (counted) requests to compare
        // and to report, and fail when one of those met the full window again.
        int tries = 0;
        Reply passed;
        const bool through = QTest::qWaitFor(
            [&] {
                ++tries;
                passed = client.get(QStringLiteral("/app_offerings?per_page=1"));
                return passed.status != 429;
            },
            10000);
        QVERIFY2(through, qPrintable(QStringLiteral("still 429 after %1 tries").arg(tries)));
        QCOMPARE(passed.status, 200);
        // Every try but the last was refused, and only they.
        QCOMPARE(server.rateLimitedCount(), 1 + (tries - 1));
        // Nor do they use the hour: 5 + this one were counted.
        QCOMPARE(passed.header("x-ratelimit-remaining"), QByteArray("3594"));

        server.setBurstLimitEnabled(false);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(client.get(QStringLiteral("/me")).status, 200);
    }

    void hourlyLimit()
    {
        sandbox::SandboxOptions options;
        options.instanceCount = 10;
        options.burstLimit = false;
        sandbox::SandboxServer server(options);
        QVERIFY(server.listen() != 0);
        server.setHourlyLimit(3);
        Client client(server);
        for (int i = 0; i < 3; ++i) {
            const Reply r = client.get(QStringLiteral("/me"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("3"));
            QCOMPARE(r.header("x-ratelimit-remaining").toInt(), 2 - i);
        }
        const Reply limited = client.get(QStringLiteral("/app_instances"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(limited.header("retry-after").toInt() > 3000); // until the oldest request leaves the hour
        QCOMPARE(limited.body, kTooManyRequests);
        QVERIFY(limited.header("x-ratelimit-reset").toLongLong() > QDateTime::currentSecsSinceEpoch() + 3000);
        QCOMPARE(client.get(QStringLiteral("/me")).status, 429);
        QCOMPARE(server.rateLimitedCount(), 2);
        server.setHourlyLimit(0); // off
        QCOMPARE(client.get(QStringLiteral("/me")).status, 200);
    }

    void rateLimitEndpointDoesNotCount()
    {
        sandbox::SandboxOptions options;
        options.instanceCount = 10;
        options.burstLimit = false;
        sandbox::SandboxServer server(options);
        QVERIFY(server.listen() != 0);
        Client client(server);
        QCOMPARE(client.get(QStringLiteral("/me")).header("x-ratelimit-remaining"), QByteArray("3599"));
        for (int i = 0; i < 5; ++i) {
            const Reply r = client.get(QStringLiteral("/rate_limit"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("3599"));
            QCOMPARE(r.object().value(QLatin1String("remaining")).toInt(), 3599);
            QCOMPARE(r.object().value(QLatin1String("limit")).toInt(), 3600);
        }
        QCOMPARE(client.get(QStringLiteral("/me")).header("x-ratelimit-remaining"), QByteArray("3598"));
    }

private:
    static QJsonObject validBody()
    {
        return {{QStringLiteral("name"), QStringLiteral("Rate test")},
                {QStringLiteral("service_instance_id"), 1},
                {QStringLiteral("policy_jwt_alg"), QStringLiteral("rs256")},
                {QStringLiteral("webhook_uri_template"), QStringLiteral("https://x.example.com/")}};
    }
};

QTEST_GUILESS_MAIN(TstSandboxRateLimit)
#include "tst_sandbox_ratelimit.moc"
