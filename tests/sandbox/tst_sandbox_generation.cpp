// The two API generations the sandbox answers as: the current API, and the
// 2021 one of the source documents (offerings sorted by reference by
// default and sortable by it, not by name; instances only at
// /integration_instances, the offering as `integration`).

#include "testhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace testhttp;

class TestSandboxGeneration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offeringOrder_data();
    void offeringOrder();
    void offeringSortsRefused_data();
    void offeringSortsRefused();
    void instancePaths_data();
    void instancePaths();
    void nestedInstances_data();
    void nestedInstances();

private:
    static std::unique_ptr<sandbox::SandboxServer> start(sandbox::ApiGeneration generation)
    {
        sandbox::SandboxOptions options = unlimited(300);
        options.generation = generation;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        if (server->listen() == 0)
            return nullptr;
        return server;
    }
    static QStringList valuesOf(const QJsonArray &records, const QString &field)
    {
        QStringList values;
        for (const QJsonValue &record : records)
            values.append(record.toObject().value(field).toString());
        return values;
    }
};

void TestSandboxGeneration::offeringOrder_data()
{
    QTest::addColumn<sandbox::ApiGeneration>("generation");
    QTest::addColumn<QString>("sortedBy");
    QTest::newRow("current") << sandbox::ApiGeneration::Current << QStringLiteral("name");
    QTest::newRow("2021") << sandbox::ApiGeneration::V2021 << QStringLiteral("reference");
}

// Without ?sort= each generation lists offerings in its own default order,
// and ?sort= on that field (either way) is accepted.
void TestSandboxGeneration::offeringOrder()
{
    QFETCH(sandbox::ApiGeneration, generation);
    QFETCH(QString, sortedBy);
    auto server = start(generation);
    QVERIFY(server);
    Client client(*server);
    const Reply plain = client.get(QStringLiteral("/app_offerings?per_page=100&fields=name,reference"));
    QCOMPARE(plain.status, 200);
    const QStringList values = valuesOf(plain.array(), sortedBy);
    QVERIFY(values.size() > 10);
    QVERIFY2(std::is_sorted(values.cbegin(), values.cend()), qPrintable(values.join(QLatin1Char(','))));

    const Reply descending =
        client.get(QStringLiteral("/app_offerings?per_page=100&fields=name,reference&sort=-") + sortedBy);
    QCOMPARE(descending.status, 200);
    const QStringList reversed = valuesOf(descending.array(), sortedBy);
    QVERIFY(std::is_sorted(reversed.crbegin(), reversed.crend()));
    QCOMPARE(reversed.size(), values.size());
}

void TestSandboxGeneration::offeringSortsRefused_data()
{
    QTest::addColumn<sandbox::ApiGeneration>("generation");
    QTest::addColumn<QString>("refused");
    QTest::newRow("current refuses reference")
        << sandbox::ApiGeneration::Current << QStringLiteral("reference");
    QTest::newRow("2021 refuses name") << sandbox::ApiGeneration::V2021 << QStringLiteral("name");
}

void TestSandboxGeneration::offeringSortsRefused()
{
    QFETCH(sandbox::ApiGeneration, generation);
    QFETCH(QString, refused);
    auto server = start(generation);
    QVERIFY(server);
    Client client(*server);
    const Reply bad = client.get(QStringLiteral("/app_offerings?sort=") + refused);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.message(), QStringLiteral("Sorting not allowed on fields: ") + refused);
    // The fields both generations sort on.
    for (const QString &sort : {QStringLiteral("id"), QStringLiteral("-created_at"),
                                QStringLiteral("updated_at"), QStringLiteral("sourceID")})
        QCOMPARE(client.get(QStringLiteral("/app_offerings?sort=") + sort).status, 200);
}

void TestSandboxGeneration::instancePaths_data()
{
    QTest::addColumn<sandbox::ApiGeneration>("generation");
    QTest::addColumn<int>("appInstances");
    QTest::addColumn<int>("integrationInstances");
    QTest::addColumn<QString>("offeringField");
    QTest::newRow("current") << sandbox::ApiGeneration::Current << 200 << 200
                             << QStringLiteral("app_offering");
    QTest::newRow("2021") << sandbox::ApiGeneration::V2021 << 404 << 200 << QStringLiteral("integration");
}

void TestSandboxGeneration::instancePaths()
{
    QFETCH(sandbox::ApiGeneration, generation);
    QFETCH(int, appInstances);
    QFETCH(int, integrationInstances);
    QFETCH(QString, offeringField);
    auto server = start(generation);
    QVERIFY(server);
    Client client(*server);
    QCOMPARE(client.get(QStringLiteral("/app_instances")).status, appInstances);
    QCOMPARE(client.get(QStringLiteral("/app_instances/1")).status, appInstances);
    const Reply legacy = client.get(QStringLiteral("/integration_instances?per_page=5"));
    QCOMPARE(legacy.status, integrationInstances);
    QCOMPARE(legacy.array().size(), 5);
    QVERIFY(legacy.array().first().toObject().contains(QStringLiteral("integration")));
    if (generation == sandbox::ApiGeneration::V2021) {
        // The one instance path of the generation, read and written.
        const Reply one = client.get(QStringLiteral("/integration_instances/1"));
        QCOMPARE(one.status, 200);
        QVERIFY(one.object().contains(offeringField));
        const Reply patched = client.patch(QStringLiteral("/integration_instances/1"),
                                           {{QStringLiteral("suspended"), true},
                                            {QStringLiteral("suspension_comment"), QStringLiteral("2021")}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object().value(QStringLiteral("suspended")).toBool(), true);
    }
}

void TestSandboxGeneration::nestedInstances_data()
{
    QTest::addColumn<sandbox::ApiGeneration>("generation");
    QTest::addColumn<QString>("served");
    QTest::addColumn<QString>("notServed");
    QTest::newRow("current") << sandbox::ApiGeneration::Current << QStringLiteral("app_instances")
                             << QStringLiteral("integration_instances");
    QTest::newRow("2021") << sandbox::ApiGeneration::V2021 << QStringLiteral("integration_instances")
                          << QStringLiteral("app_instances");
}

// An offering's instances under the name of the generation, and only that.
void TestSandboxGeneration::nestedInstances()
{
    QFETCH(sandbox::ApiGeneration, generation);
    QFETCH(QString, served);
    QFETCH(QString, notServed);
    auto server = start(generation);
    QVERIFY(server);
    Client client(*server);
    const qint64 offering = server->instance(1)
                                .value(QStringLiteral("app_offering"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
    QVERIFY(offering > 0);
    const QString base = QStringLiteral("/app_offerings/%1/").arg(offering);
    const Reply nested = client.get(base + served + QStringLiteral("?per_page=100"));
    QCOMPARE(nested.status, 200);
    QVERIFY(!nested.array().isEmpty());
    QCOMPARE(client.get(base + notServed).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxGeneration)
#include "tst_sandbox_generation.moc"
