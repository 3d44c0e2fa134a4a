#include "app/records/domain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Tolerant decoding: a bad field never loses the record; unknown fields are
// kept; the legacy `integration` reference is understood.
class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("pc.decode.warning=false")); }
    void offeringFromDocs();
    void offeringWithNullsAndMissingFields();
    void offeringWrongTypes_data();
    void offeringWrongTypes();
    void instanceCurrentApi();
    void instanceLegacyIntegration();
    void instanceWrongTypes();
    void unicodeAndLongTexts();
    void referenceShapes();
};

static QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void TestDomain::offeringFromDocs()
{
    QStringList warnings;
    const pc::AppOffering offering = pc::decodeOffering(parse(R"({
        "id": 1, "sourceID": null, "reference": "note-dispatcher",
        "name": "Log Note Dispatcher Integration",
        "created_at": "2021-04-13T04:19:49-05:00", "updated_at": "2021-04-13T04:19:51-05:00",
        "service_instance": {"id": 83, "name": "Our Integration"},
        "policy_jwt_alg": "rs512", "policy_jwt_claim_expires_in": 12,
        "webhook_uri_template": "https://jfgd645.execute-api.eu-west-1.amazonaws.com/Prod/integration/?account={account}",
        "disabled": false, "openid_connect_discovery": true, "nodeID": "NG1lLmNvbS9BcHBPZmZlcmluZy8x"
    })"), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(offering.id, 1);
    QCOMPARE(offering.reference, QStringLiteral("note-dispatcher"));
    QCOMPARE(offering.name, QStringLiteral("Log Note Dispatcher Integration"));
    QCOMPARE(offering.serviceInstance.id, 83);
    QCOMPARE(offering.serviceInstance.name, QStringLiteral("Our Integration"));
    QCOMPARE(offering.serviceInstance.displayText(), QStringLiteral("Our Integration (#83)"));
    QCOMPARE(offering.policyJwtAlg, QStringLiteral("rs512"));
    QCOMPARE(offering.policyJwtClaimExpiresIn, 12);
    QCOMPARE(offering.createdAt.toUTC(), QDateTime(QDate(2021, 4, 13), QTime(9, 19, 49), Qt::UTC));
    QCOMPARE(offering.nodeId, QStringLiteral("NG1lLmNvbS9BcHBPZmZlcmluZy8x"));
    QVERIFY(offering.sourceId.isEmpty());
    // Fields this client does not model are kept for the detail view.
    QCOMPARE(offering.extra.value(QStringLiteral("openid_connect_discovery")).toBool(), true);
    QCOMPARE(offering.extra.size(), 1);
}

void TestDomain::offeringWithNullsAndMissingFields()
{
    QStringList warnings;
    const pc::AppOffering offering = pc::decodeOffering(
        parse(R"({"id": 7, "name": null, "service_instance": null, "policy_jwt_claim_expires_in": null})"), &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(offering.id, 7);
    QVERIFY(offering.name.isEmpty());
    QVERIFY(offering.serviceInstance.isNull());
    QCOMPARE(offering.policyJwtClaimExpiresIn, -1);
    QVERIFY(!offering.createdAt.isValid());
    QVERIFY(offering.extra.isEmpty());
}

void TestDomain::offeringWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("name is an object") << QByteArray(R"({"id":2,"name":{"x":1}})") << "name";
    QTest::newRow("name is an array") << QByteArray(R"({"id":2,"name":[1,2]})") << "name";
    QTest::newRow("disabled is a string") << QByteArray(R"({"id":2,"disabled":"yes"})") << "disabled";
    QTest::newRow("created_at is a number") << QByteArray(R"({"id":2,"created_at":12345})") << "created_at";
    QTest::newRow("created_at garbage") << QByteArray(R"({"id":2,"created_at":"last tuesday"})") << "created_at";
    QTest::newRow("expires is text") << QByteArray(R"({"id":2,"policy_jwt_claim_expires_in":"soon"})")
                                     << "policy_jwt_claim_expires_in";
    QTest::newRow("id far out of range") << QByteArray(R"({"id":2,"policy_jwt_claim_expires_in":1e300})")
                                        << "policy_jwt_claim_expires_in";
    QTest::newRow("fractional minutes") << QByteArray(R"({"id":2,"policy_jwt_claim_expires_in":1.5})")
                                        << "policy_jwt_claim_expires_in";
    QTest::newRow("reference is a string") << QByteArray(R"({"id":2,"service_instance":"Our Integration"})")
                                           << "service_instance";
}

void TestDomain::offeringWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QStringList warnings;
    const pc::AppOffering offering = pc::decodeOffering(QJsonDocument::fromJson(json).object(), &warnings);
    QCOMPARE(offering.id, 2); // the record survives
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(field), qPrintable(warnings.first()));
}

void TestDomain::instanceCurrentApi()
{
    QStringList warnings;
    const pc::AppInstance instance = pc::decodeInstance(parse(R"({
        "id": 11, "app_offering": {"id": 1, "name": "Note Dispatcher"},
        "customer_account": {"id": "wdc", "name": "Widget Data Center"},
        "created_at": "2021-04-13T04:36:10-05:00", "updated_at": "2021-04-13T04:36:10-05:00",
        "enabled_by_customer": true, "suspended": true, "disabled": false,
        "suspension_comment": "Unpaid invoice", "custom_fields": [{"id": "a", "value": 1}],
        "customer_representative": {"id": 5, "name": "Howard Tanner"}
    })"), &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(instance.id, 11);
    QCOMPARE(instance.appOffering.id, 1);
    QCOMPARE(instance.appOffering.name, QStringLiteral("Note Dispatcher"));
    QCOMPARE(instance.customerAccount.id, QStringLiteral("wdc"));
    QCOMPARE(instance.customerAccount.displayText(), QStringLiteral("Widget Data Center (wdc)"));
    QVERIFY(instance.enabledByCustomer);
    QVERIFY(instance.suspended);
    QVERIFY(!instance.disabled);
    QCOMPARE(instance.suspensionComment, QStringLiteral("Unpaid invoice"));
    QVERIFY(instance.customFields.isArray());
    QCOMPARE(instance.customerRepresentative.name, QStringLiteral("Howard Tanner"));
}

void TestDomain::instanceLegacyIntegration()
{
    // As on the integration_instances seed page.
    const pc::AppInstance instance = pc::decodeInstance(parse(R"({
        "id": 1, "integration": {"reference": "note-dispatcher", "id": 1},
        "customer_account": {"id": "wdc", "name": "Widget Data Center"},
        "created_at": "2021-04-13T04:36:10-05:00", "enabled_by_customer": true
    })"));
    QCOMPARE(instance.appOffering.id, 1);
    QCOMPARE(instance.appOffering.reference, QStringLiteral("note-dispatcher"));
    QCOMPARE(instance.appOffering.displayText(), QStringLiteral("note-dispatcher (#1)"));
    QVERIFY(!instance.extra.contains(QStringLiteral("integration")));
}

void TestDomain::instanceWrongTypes()
{
    QStringList warnings;
    const pc::AppInstance instance = pc::decodeInstance(parse(R"({
        "id": "12", "suspended": "true", "customer_account": 42, "app_offering": [1],
        "updated_at": false, "suspension_comment": {"text": "x"}
    })"), &warnings);
    QCOMPARE(instance.id, 12); // numeric strings are accepted for ids
    QVERIFY(!instance.suspended);
    QVERIFY(instance.customerAccount.isNull());
    QVERIFY(instance.appOffering.isNull());
    QVERIFY(!instance.updatedAt.isValid());
    QVERIFY(instance.suspensionComment.isEmpty());
    QCOMPARE(warnings.size(), 5);
}

void TestDomain::unicodeAndLongTexts()
{
    QJsonObject object;
    const QString rtl = QStringLiteral("تكامل إرسال الملاحظات للمراكز");
    const QString emoji = QStringLiteral("Note 📝 Dispatcher — Zürich 東京");
    const QString longText(65535, QLatin1Char('x'));
    object.insert(QStringLiteral("id"), 3);
    object.insert(QStringLiteral("name"), rtl);
    object.insert(QStringLiteral("reference"), emoji);
    object.insert(QStringLiteral("description"), longText);
    const pc::AppOffering offering = pc::decodeOffering(object);
    QCOMPARE(offering.name, rtl);
    QCOMPARE(offering.reference, emoji);
    QCOMPARE(offering.description.size(), 65535);
}

void TestDomain::referenceShapes()
{
    QCOMPARE(pc::decodeReference(QJsonValue(83)).id, 83);
    QCOMPARE(pc::decodeReference(parse(R"({"id":"83","name":"x"})")).id, 83);
    QVERIFY(pc::decodeReference(QJsonValue()).isNull());
    QCOMPARE(pc::decodeAccount(QJsonValue(QStringLiteral("wdc"))).id, QStringLiteral("wdc"));
    QCOMPARE((pc::Reference{0, QString(), QString()}.displayText()), QString());
    QCOMPARE((pc::Reference{9, QString(), QString()}.displayText()), QStringLiteral("#9"));
}

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
