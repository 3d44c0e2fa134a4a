// Authorization: the Bearer token plus an account header under either name.

#include "testhttp.h"

using namespace testhttp;

class TstSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(unlimited(50));
        QVERIFY(m_server->listen() != 0);
    }

    void acceptsBothAccountHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("X-Xurrent-Account") << QByteArray("X-Xurrent-Account");
        QTest::newRow("X-4me-Account") << QByteArray("X-4me-Account");
        QTest::newRow("lower case") << QByteArray("x-xurrent-account");
        QTest::newRow("mixed case 4me") << QByteArray("x-4ME-account");
    }
    void acceptsBothAccountHeaders()
    {
        QFETCH(QByteArray, header);
        Client client(*m_server);
        client.accountHeader = header;
        const Reply r = client.get(QStringLiteral("/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(r.object().value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("wdc"));
        QVERIFY(!r.object().value(QLatin1String("primary_email")).toString().isEmpty());
    }

    void getV1IsEmptyObject()
    {
        Client client(*m_server);
        const Reply r = client.get(QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{}"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("accountHeader");
        QTest::addColumn<QByteArray>("account");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("wrong token") << QByteArray("nope") << QByteArray("X-Xurrent-Account") << QByteArray("wdc")
                                     << QStringLiteral("/me") << QStringLiteral("Unauthorized");
        QTest::newRow("no account header") << QByteArray("sandbox-token") << QByteArray("X-Other") << QByteArray("wdc")
                                           << QStringLiteral("/me") << QStringLiteral("Unauthorized");
        QTest::newRow("wrong account") << QByteArray("sandbox-token") << QByteArray("X-4me-Account") << QByteArray("acme")
                                       << QStringLiteral("/app_offerings") << QStringLiteral("not accessible");
        QTest::newRow("before 404") << QByteArray("nope") << QByteArray("X-Xurrent-Account") << QByteArray("wdc")
                                    << QStringLiteral("/no_such_thing") << QStringLiteral("Unauthorized");
    }
    void rejects()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, accountHeader);
        QFETCH(QByteArray, account);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        Client client(*m_server);
        client.token = token;
        client.accountHeader = accountHeader;
        client.account = account;
        const Reply r = client.get(path);
        QCOMPARE(r.status, 401);
        QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
        QVERIFY(r.hasHeader("x-ratelimit-limit"));
    }

    void rejectsMissingAuthorization()
    {
        Client client(*m_server);
        client.authorize = false;
        const Reply r = client.get(QStringLiteral("/app_instances"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray(R"({"message":"Unauthorized"})"));
        QCOMPARE(r.error, QNetworkReply::AuthenticationRequiredError);
    }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_GUILESS_MAIN(TstSandboxAuth)
#include "tst_sandbox_auth.moc"
