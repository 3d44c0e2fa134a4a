// A collection larger than 100,000 records: the throttled header, the cap,
// start-up time and page answer time (both reported, not asserted).

#include "testhttp.h"

#include <QElapsedTimer>
#include <QSet>

using namespace testhttp;

class TstSandboxThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_server = std::make_unique<sandbox::SandboxServer>(unlimited(100001));
        qInfo("start-up with 100,001 instances: %lld ms", timer.elapsed());
        QVERIFY(m_server->listen() != 0);
        QCOMPARE(m_server->instanceCount(), 100001);
    }

    void throttledAndCapped()
    {
        Client client(*m_server);
        const Reply r = client.get(QStringLiteral("/app_instances?per_page=100"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-pagination-throttled"), QByteArray("true"));
        QCOMPARE(r.intHeader("x-pagination-total-entries"), 100000);
        QCOMPARE(r.intHeader("x-pagination-total-pages"), 1000);
        QCOMPARE(r.array().size(), 100);
    }

    void notThrottledWhenFiltered()
    {
        Client client(*m_server);
        const Reply r = client.get(QStringLiteral("/app_instances?disabled=true"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.hasHeader("x-pagination-throttled"));
        QVERIFY(r.intHeader("x-pagination-total-entries") > 0);
        QVERIFY(r.intHeader("x-pagination-total-entries") < 100000);
    }

    void pageAnswerTime()
    {
        Client client(*m_server);
        // The first request of a query shape builds its (cached) order.
        QElapsedTimer timer;
        timer.start();
        Reply r = client.get(QStringLiteral("/app_instances?per_page=100&sort=-updated_at"));
        qInfo("first page sorted by -updated_at (index built): %lld ms", timer.elapsed());
        QCOMPARE(r.status, 200);
        timer.restart();
        const int pages = 200;
        for (int i = 0; i < pages; ++i) {
            r = client.get(r.links().value(QStringLiteral("next")));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.array().size(), 100);
        }
        qInfo("%d following pages of 100 instances: %.3f ms per page (round trip through QNetworkAccessManager)",
              pages, double(timer.nsecsElapsed()) / 1e6 / pages);
    }

    void walkEndsAtTheCap()
    {
        Client client(*m_server);
        Reply r = client.get(QStringLiteral("/app_instances?per_page=100&fields=id"));
        QSet<qint64> seen;
        int pages = 0;
        for (;;) {
            QCOMPARE(r.status, 200);
            ++pages;
            const QJsonArray records = r.array();
            for (const QJsonValue &v : records)
                seen.insert(v.toObject().value(QLatin1String("id")).toInteger());
            const QString next = r.links().value(QStringLiteral("next"));
            if (next.isEmpty())
                break;
            r = client.get(next);
        }
        QCOMPARE(pages, 1000);
        QCOMPARE(seen.size(), 100000);
        QVERIFY(!seen.contains(100001)); // beyond the cap
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_GUILESS_MAIN(TstSandboxThrottle)
#include "tst_sandbox_throttle.moc"
