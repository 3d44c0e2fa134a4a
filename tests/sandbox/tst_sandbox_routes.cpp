// The endpoints: legacy and nested instances and their switches, the small
// resources, 404s, the seed data, and keep-alive/pipelining with delays.

#include "testhttp.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>

using namespace testhttp;

class TstSandboxRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(unlimited(400));
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<Client>(*m_server);
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown path") << QStringLiteral("/nothing_here");
        QTest::newRow("unknown offering") << QStringLiteral("/app_offerings/424242");
        QTest::newRow("unknown instance") << QStringLiteral("/app_instances/424242");
        QTest::newRow("bad id") << QStringLiteral("/app_instances/abc");
        QTest::newRow("unknown person") << QStringLiteral("/people/4242");
        QTest::newRow("too deep") << QStringLiteral("/app_instances/1/extra");
        QTest::newRow("nested of unknown") << QStringLiteral("/app_offerings/424242/app_instances");
    }
    void notFound()
    {
        QFETCH(QString, path);
        const Reply r = m_client->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray(R"({"message":"Not Found"})"));
    }

    void legacyInstances()
    {
        const Reply r = m_client->get(QStringLiteral("/integration_instances?per_page=5"));
        QCOMPARE(r.status, 200);
        const QJsonObject first = r.array().first().toObject();
        QVERIFY(!first.contains(QLatin1String("app_offering")));
        const QJsonObject integration = first.value(QLatin1String("integration")).toObject();
        QVERIFY(integration.contains(QLatin1String("reference")));
        QVERIFY(integration.contains(QLatin1String("name")));
        const qint64 offeringId = integration.value(QLatin1String("id")).toInteger();
        QCOMPARE(integration.value(QLatin1String("reference")).toString(),
                 m_server->offering(offeringId).value(QLatin1String("reference")).toString());
        // The same records as /app_instances.
        const Reply current = m_client->get(QStringLiteral("/app_instances?per_page=5"));
        QCOMPARE(current.array().first().toObject().value(QLatin1String("id")), first.value(QLatin1String("id")));
        QVERIFY(r.links().value(QStringLiteral("next")).contains(QLatin1String("/v1/integration_instances?")));
        QCOMPARE(m_client->get(QStringLiteral("/integration_instances/1")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/integration_instances/disabled")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/integration_instances?state=enabled")).status, 200);
        QCOMPARE(m_client->patch(QStringLiteral("/integration_instances/1"), {{QStringLiteral("suspended"), true}}).status, 200);
        QCOMPARE(m_server->instance(1).value(QLatin1String("suspended")).toBool(), true);

        m_server->setIntegrationInstancesEnabled(false);
        const Reply off = m_client->get(QStringLiteral("/integration_instances"));
        QCOMPARE(off.status, 404);
        QCOMPARE(off.body, QByteArray(R"({"message":"Not Found"})"));
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
    }

    void olderServerWithoutAppInstances()
    {
        m_server->setAppInstancesEnabled(false);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances/1")).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/integration_instances")).status, 200);
        m_server->setAppInstancesEnabled(true);
        QCOMPARE(m_client->get(QStringLiteral("/app_instances")).status, 200);
    }

    void nestedInstances()
    {
        // An offering that has instances.
        const qint64 offeringId = m_server->instance(1).value(QLatin1String("app_offering")).toObject().value(QLatin1String("id")).toInteger();
        const QString path = QStringLiteral("/app_offerings/%1/app_instances?per_page=100").arg(offeringId);
        Reply r = m_client->get(path);
        QCOMPARE(r.status, 200);
        int total = r.intHeader("x-pagination-total-entries");
        QVERIFY(total > 0);
        QSet<qint64> ids;
        for (;;) {
            const QJsonArray records = r.array();
            for (const QJsonValue &v : records) {
                QCOMPARE(v.toObject().value(QLatin1String("app_offering")).toObject().value(QLatin1String("id")).toInteger(), offeringId);
                ids.insert(v.toObject().value(QLatin1String("id")).toInteger());
            }
            const QString next = r.links().value(QStringLiteral("next"));
            if (next.isEmpty())
                break;
            QVERIFY(next.contains(QStringLiteral("/v1/app_offerings/%1/app_instances?").arg(offeringId)));
            r = m_client->get(next);
        }
        QCOMPARE(ids.size(), total);
        int expected = 0;
        const QList<qint64> all = m_server->instanceIds();
        for (qint64 id : all) {
            if (m_server->instance(id).value(QLatin1String("app_offering")).toObject().value(QLatin1String("id")).toInteger() == offeringId)
                ++expected;
        }
        QCOMPARE(total, expected);
        const int enabled = m_client->get(QStringLiteral("/app_offerings/%1/app_instances/enabled").arg(offeringId)).intHeader("x-pagination-total-entries");
        const int disabled = m_client->get(QStringLiteral("/app_offerings/%1/app_instances?state=disabled").arg(offeringId)).intHeader("x-pagination-total-entries");
        QCOMPARE(enabled + disabled, total);

        m_server->setNestedInstancesEnabled(false);
        QCOMPARE(m_client->get(path).status, 404);
    }

    void smallResources()
    {
        Reply r = m_client->get(QStringLiteral("/service_instances"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.intHeader("x-pagination-total-entries"), 12);
        QCOMPARE(m_client->get(QStringLiteral("/service_instances/3")).object().value(QLatin1String("id")).toInt(), 3);
        r = m_client->get(QStringLiteral("/ui_extension_versions?per_page=2"));
        QCOMPARE(r.array().size(), 2);
        QVERIFY(r.links().contains(QStringLiteral("next")));
        QVERIFY(m_client->get(QStringLiteral("/ui_extension_versions/1")).object().contains(QLatin1String("name")));
        r = m_client->get(QStringLiteral("/people?per_page=100"));
        QCOMPARE(r.array().size(), 40);
        const QJsonObject me = m_client->get(QStringLiteral("/me")).object();
        QCOMPARE(m_client->get(QStringLiteral("/people/1")).object(), me);
        QCOMPARE(me.value(QLatin1String("name")).toString(), QStringLiteral("Howard Tanner"));
        QCOMPARE(me.value(QLatin1String("account")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Widget Data Center"));
    }

    void seedData()
    {
        const QList<qint64> offerings = m_server->offeringIds();
        QCOMPARE(offerings.size(), 60);
        QCOMPARE(m_server->offeringCount(), 60);
        bool accents = false, cjk = false, emoji = false, rtl = false, long64k = false, nullDescription = false;
        for (qint64 id : offerings) {
            const QJsonObject o = m_server->offering(id);
            const QString name = o.value(QLatin1String("name")).toString();
            QVERIFY(sandboxCharacters(name) <= 128);
            accents |= name.contains(QChar(0xfc)) || name.contains(QChar(0xe9));
            for (const QChar c : name) {
                cjk |= c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
                rtl |= c.direction() == QChar::DirAL || c.direction() == QChar::DirR;
                emoji |= c.isHighSurrogate();
            }
            const QJsonValue description = o.value(QLatin1String("description"));
            nullDescription |= description.isNull();
            // "max 64KB" are UTF-8 bytes: the longest fills them to within a character.
            const qsizetype bytes = description.toString().toUtf8().size();
            long64k |= bytes > 65535 - 4 && bytes <= 65535;
            QVERIFY(o.value(QLatin1String("created_at")).toString().startsWith(QLatin1String("2021-04-")));
        }
        QVERIFY(accents && cjk && emoji && rtl && long64k && nullDescription);
        QVERIFY(m_server->offering(4).contains(QLatin1String("account"))); // a trusted account's

        bool suspended = false, longComment = false, notEnabled = false, disabledOne = false, custom = false;
        QSet<QString> accounts;
        const QList<qint64> instances = m_server->instanceIds();
        QCOMPARE(instances.size(), 400);
        for (qint64 id : instances) {
            const QJsonObject i = m_server->instance(id);
            suspended |= i.value(QLatin1String("suspended")).toBool() && !i.value(QLatin1String("suspension_comment")).toString().isEmpty();
            longComment |= i.value(QLatin1String("suspension_comment")).toString().size() > 1000;
            notEnabled |= !i.value(QLatin1String("enabled_by_customer")).toBool();
            disabledOne |= i.value(QLatin1String("disabled")).toBool();
            custom |= i.value(QLatin1String("custom_fields")).isArray();
            accounts.insert(i.value(QLatin1String("customer_account")).toObject().value(QLatin1String("id")).toString());
        }
        QVERIFY(suspended && longComment && notEnabled && disabledOne && custom);
        QVERIFY(accounts.size() > 100);

        // Same seed, same data; another seed, other data.
        sandbox::SandboxServer same(unlimited(400));
        QCOMPARE(same.instance(123), m_server->instance(123));
        QCOMPARE(same.offering(7), m_server->offering(7));
        sandbox::SandboxOptions other = unlimited(400);
        other.seed = 7;
        sandbox::SandboxServer different(other);
        QVERIFY(different.instance(123) != m_server->instance(123));
    }

    void startUpTime()
    {
        QElapsedTimer timer;
        timer.start();
        sandbox::SandboxServer big(unlimited(100000));
        qInfo("start-up with 100,000 instances: %lld ms", timer.elapsed());
        QCOMPARE(big.instanceCount(), 100000);
    }

    void keepAliveAndPipelining()
    {
        // Two connections' worth of raw requests in single writes: answered in
        // order although the first is delayed.
        sandbox::Fault slow;
        slow.kind = sandbox::Fault::Kind::Latency;
        slow.pathPattern = QStringLiteral("^/v1/app_instances/1$");
        slow.latencyMs = 200;
        slow.times = -1;
        m_server->addFault(slow);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        auto request = [&](int id) {
            return QByteArray("GET /v1/app_instances/" + QByteArray::number(id) + "?fields=id HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Authorization: Bearer sandbox-token\r\nX-Xurrent-Account: wdc\r\n\r\n");
        };
        socket.write(request(1) + request(2) + request(3));
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == 3 && received.endsWith("{\"id\":3}"), 5000);
        const qsizetype a = received.indexOf("{\"id\":1}");
        const qsizetype b = received.indexOf("{\"id\":2}");
        const qsizetype c = received.indexOf("{\"id\":3}");
        QVERIFY(a > 0 && a < b && b < c);
        // Still open (keep-alive): one more request on the same connection.
        received.clear();
        socket.write(request(4));
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).endsWith("{\"id\":4}"), 5000);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

        // QNetworkAccessManager with pipelining allowed: every reply gets its own answer.
        m_server->setLatency(20);
        QList<QNetworkReply *> replies;
        for (int id = 1; id <= 8; ++id) {
            QNetworkRequest r = m_client->request(QStringLiteral("/app_instances/%1?fields=id").arg(id));
            r.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
            replies.append(m_client->start(r, "GET"));
        }
        for (int id = 1; id <= 8; ++id) {
            const Reply reply = Client::finish(replies.at(id - 1));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.object().value(QLatin1String("id")).toInt(), id);
        }
    }

    void connectionClose()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer sandbox-token\r\nX-4me-Account: wdc\r\n\r\n");
        QByteArray received;
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        received = socket.readAll();
        QVERIFY(received.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(received.endsWith("{}"));
    }

private:
    static int sandboxCharacters(const QString &text) { return int(text.toUcs4().size()); }
};

QTEST_GUILESS_MAIN(TstSandboxRoutes)
#include "tst_sandbox_routes.moc"
