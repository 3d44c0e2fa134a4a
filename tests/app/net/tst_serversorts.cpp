#include "app/net/apierror.h"
#include "app/net/instancepaths.h"
#include "app/net/serversorts.h"

#include <QTest>
#include <QUrl>

// What the client learns of a server's sorts, and the legacy instance paths
// it asks a 2021 server for; values only, no server.
class TestServerSorts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedFieldsAreReadFromThe400();
    void resourceOfAPath_data();
    void resourceOfAPath();
    void learnsFromAnswers();
    void legacyInstanceUrls_data();
    void legacyInstanceUrls();
};

void TestServerSorts::refusedFieldsAreReadFromThe400()
{
    const auto error = [](int status, const QByteArray &body) {
        return pc::ApiError::fromReply(status, QNetworkReply::NoError, {}, body, "application/json");
    };
    const pc::ApiError refused = error(400, R"({"message":"Sorting not allowed on fields: name, source"})");
    QCOMPARE(refused.kind, pc::ApiError::Kind::BadRequest);
    QCOMPARE(refused.refusedSortFields, (QStringList{QStringLiteral("name"), QStringLiteral("source")}));
    QVERIFY(refused.message.contains(QStringLiteral("Sorting not allowed on fields: name, source")));
    QVERIFY(error(400, R"({"message":"Filtering not allowed on fields: name"})").refusedSortFields.isEmpty());
    QVERIFY(error(422, R"({"message":"Sorting not allowed on fields: name"})").refusedSortFields.isEmpty());
}

void TestServerSorts::resourceOfAPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("resource");
    QTest::newRow("list") << "app_offerings"
                          << "app_offerings";
    QTest::newRow("predefined filter") << "app_offerings/latest_internal"
                                       << "app_offerings";
    QTest::newRow("nested") << "app_offerings/12/app_instances"
                            << "app_instances";
    QTest::newRow("nested legacy") << "app_offerings/12/integration_instances"
                                   << "app_instances";
    QTest::newRow("legacy") << "integration_instances/disabled"
                            << "app_instances";
    QTest::newRow("empty") << ""
                           << "";
}

void TestServerSorts::resourceOfAPath()
{
    QFETCH(QString, path);
    QFETCH(QString, resource);
    QCOMPARE(pc::ServerSorts::resource(path), resource);
}

void TestServerSorts::learnsFromAnswers()
{
    pc::ServerSorts sorts;
    const QString base = QStringLiteral("/v1");
    const QString offerings = QStringLiteral("app_offerings");
    QCOMPARE(sorts.support(offerings, QStringLiteral("name")), pc::ServerSorts::Support::Unknown);
    QVERIFY(!sorts.learn(QUrl(QStringLiteral("https://h/v1/app_offerings?per_page=100")), base, true, {}));
    QVERIFY(sorts.learn(QUrl(QStringLiteral("https://h/v1/app_offerings/latest_internal?sort=-reference,id")),
                        base, true, {}));
    QCOMPARE(sorts.support(offerings, QStringLiteral("reference")), pc::ServerSorts::Support::Accepted);
    QCOMPARE(sorts.support(offerings, QStringLiteral("id")), pc::ServerSorts::Support::Accepted);
    QVERIFY(!sorts.learn(QUrl(QStringLiteral("https://h/v1/app_offerings?sort=reference")), base, true, {}));
    // A refusal names the fields; the sort that failed is not accepted.
    QVERIFY(sorts.learn(QUrl(QStringLiteral("https://h/v1/app_offerings?sort=name")), base, false,
                        {QStringLiteral("name")}));
    QCOMPARE(sorts.support(offerings, QStringLiteral("name")), pc::ServerSorts::Support::Refused);
    // Another collection knows nothing of it; a failure for another reason teaches nothing.
    QCOMPARE(sorts.support(QStringLiteral("app_instances"), QStringLiteral("name")),
             pc::ServerSorts::Support::Unknown);
    QVERIFY(!sorts.learn(QUrl(QStringLiteral("https://h/v1/integration_instances?sort=updated_at")), base,
                         false, {}));
    QVERIFY(sorts.learn(QUrl(QStringLiteral("https://h/v1/integration_instances?sort=updated_at")), base,
                        true, {}));
    QCOMPARE(sorts.support(QStringLiteral("app_instances"), QStringLiteral("updated_at")),
             pc::ServerSorts::Support::Accepted);
    QVERIFY(!sorts.learn(QUrl(QStringLiteral("https://h/other/app_offerings?sort=name")), base, true, {}));
}

void TestServerSorts::legacyInstanceUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("legacy");
    QTest::addColumn<bool>("onCurrent");
    QTest::newRow("list") << "https://h/v1/app_instances?fields=app_offering,suspended"
                          << "https://h/v1/integration_instances?fields=integration,suspended" << true;
    QTest::newRow("record") << "https://h/v1/app_instances/12"
                            << "https://h/v1/integration_instances/12" << true;
    QTest::newRow("nested") << "https://h/v1/app_offerings/7/app_instances?per_page=100"
                            << "https://h/v1/app_offerings/7/integration_instances?per_page=100" << true;
    QTest::newRow("nested filter") << "https://h/v1/app_offerings/7/app_instances/disabled"
                                   << "https://h/v1/app_offerings/7/integration_instances/disabled" << true;
    QTest::newRow("offering") << "https://h/v1/app_offerings/7"
                              << "https://h/v1/app_offerings/7" << false;
    QTest::newRow("offering list") << "https://h/v1/app_offerings/latest_internal"
                                   << "https://h/v1/app_offerings/latest_internal" << false;
    QTest::newRow("other base") << "https://h/v2/app_instances"
                                << "https://h/v2/app_instances" << false;
}

void TestServerSorts::legacyInstanceUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, legacy);
    QFETCH(bool, onCurrent);
    QCOMPARE(pc::toLegacyInstancesUrl(QUrl(url), QStringLiteral("/v1")).toString(), legacy);
    QCOMPARE(pc::isCurrentInstancesPath(QUrl(url).path(), QStringLiteral("/v1")), onCurrent);
}

QTEST_GUILESS_MAIN(TestServerSorts)
#include "tst_serversorts.moc"
