#include "app/index/recordcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pc;

class TestRecordCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryJsonType();
    void keepsUnknownFieldsAtAnyDepth();
    void isSmallerThanTheJson();
    void refusesWhatItDidNotWrite();
    void legacyInstancesTakeTheCurrentShape();
};

namespace {

QJsonObject sampleInstance()
{
    return QJsonDocument::fromJson(R"({
        "id": 1234, "nodeID": "NG1lLmNvbS9BcHBJbnN0YW5jZS8xMjM0",
        "created_at": "2021-04-13T04:19:49-05:00", "updated_at": "2026-01-02T03:04:05Z",
        "disabled": false, "enabled_by_customer": true, "suspended": false, "suspension_comment": null,
        "custom_fields": [{"id": "tier", "value": "gold"}, {"id": "seats", "value": 25}],
        "customer_account": {"id": "acme", "name": "Acme Corp"},
        "customer_representative": {"id": 77, "name": "Ann Example"},
        "app_offering": {"id": 12, "name": "Slack bridge"},
        "webhook": {"id": 101234, "name": "App instance webhook 1234"},
        "webhook_policy": null
    })")
        .object();
}

} // namespace

void TestRecordCodec::roundTripsEveryJsonType()
{
    QJsonObject record = sampleInstance();
    record.insert(QStringLiteral("ratio"), 0.25);
    record.insert(QStringLiteral("big"), qint64(9007199254740991));
    record.insert(QStringLiteral("negative"), -3);
    record.insert(QStringLiteral("text"), QStringLiteral("שלום 👋 \"quoted\""));
    record.insert(QStringLiteral("empty"), QJsonObject());
    record.insert(QStringLiteral("list"),
                  QJsonArray{1, QStringLiteral("two"), QJsonValue(), true, QJsonArray{}});
    QCOMPARE(decodeRecord(encodeRecord(record)), record);
}

void TestRecordCodec::keepsUnknownFieldsAtAnyDepth()
{
    QJsonObject record = sampleInstance();
    record.insert(
        QStringLiteral("field_of_2030"),
        QJsonObject{{QStringLiteral("nested_unknown"), 1}, {QStringLiteral("name"), QStringLiteral("n")}});
    const QJsonObject back = decodeRecord(encodeRecord(record));
    QCOMPARE(back, record);
    QCOMPARE(back.value(QStringLiteral("field_of_2030"))
                 .toObject()
                 .value(QStringLiteral("nested_unknown"))
                 .toInt(),
             1);
}

void TestRecordCodec::isSmallerThanTheJson()
{
    const QJsonObject record = sampleInstance();
    const qsizetype json = QJsonDocument(record).toJson(QJsonDocument::Compact).size();
    const qsizetype encoded = encodeRecord(record).size();
    qInfo("a sample instance: %lld bytes of JSON, %lld encoded", qlonglong(json), qlonglong(encoded));
    QVERIFY(encoded < json * 3 / 4);
}

void TestRecordCodec::refusesWhatItDidNotWrite()
{
    QVERIFY(decodeRecord(QByteArray()).isEmpty());
    QVERIFY(decodeRecord(QByteArrayLiteral("{\"id\":1}")).isEmpty());
    QByteArray wrongVersion = encodeRecord(sampleInstance());
    wrongVersion[0] = 9;
    QVERIFY(decodeRecord(wrongVersion).isEmpty());
}

void TestRecordCodec::legacyInstancesTakeTheCurrentShape()
{
    QJsonObject legacy = sampleInstance();
    const QJsonObject offering{{QStringLiteral("id"), 12},
                               {QStringLiteral("reference"), QStringLiteral("slack")}};
    legacy.remove(QStringLiteral("app_offering"));
    legacy.insert(QStringLiteral("integration"), offering);
    const QJsonObject normal = normalizedRecord(IndexCollection::Instances, legacy);
    QVERIFY(!normal.contains(QStringLiteral("integration")));
    QCOMPARE(normal.value(QStringLiteral("app_offering")).toObject(), offering);
    // Offerings have no such field to rename; a current instance stays as it is.
    QCOMPARE(normalizedRecord(IndexCollection::Instances, sampleInstance()), sampleInstance());
    QCOMPARE(normalizedRecord(IndexCollection::Offerings, legacy), legacy);
}

QTEST_GUILESS_MAIN(TestRecordCodec)
#include "tst_recordcodec.moc"
