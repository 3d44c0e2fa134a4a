#include "app/index/instancetablereader.h"
#include "app/index/recordcodec.h"
#include "app/records/domain.h"
#include "tests/support/instancecheck.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QTest>

using namespace pc;

// The quick reading must leave the table exactly as the slow one would: each
// row (InstanceTable::instance) holds the fields the table shows, equal to
// decodeInstance()'s of the record, whichever way it was read, and none of
// the others (node id, representative, webhook, policy, custom fields,
// unknown fields): the index keeps those, and 100,000 rows holding them took
// five times the memory.
class TestInstanceTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsEqualTheSlowReading_data();
    void rowsEqualTheSlowReading();
    void readsTheUsualRecordQuickly();
    void keepsOneOfferingsInstances();
    void sharesNamesAcrossRows();
    void replacesARowReadQuickly();
    void leavesWhatFollowsTheShownFieldsUnread();
    void readsALegacyOfferingAfterTheShownFields();
    void readsDamagedRecordsWithoutCrashing();
};

namespace {

QJsonObject sampleInstance()
{
    return QJsonDocument::fromJson(R"({
        "id": 1234, "nodeID": "NG1lLmNvbS9BcHBJbnN0YW5jZS8xMjM0",
        "created_at": "2021-04-13T04:19:49-05:00", "updated_at": "2026-01-02T03:04:05Z",
        "disabled": false, "enabled_by_customer": true, "suspended": true,
        "suspension_comment": "Invoice 2026-11 unpaid; ask finance",
        "custom_fields": [{"id": "tier", "value": "gold"}, {"id": "seats", "value": 25}],
        "customer_account": {"id": "acme", "name": "Acme Corp"},
        "customer_representative": {"id": 77, "name": "Ann Example"},
        "app_offering": {"id": 12, "name": "Slack bridge", "nodeID": "x"},
        "webhook": {"id": 101234, "name": "App instance webhook 1234"},
        "webhook_policy": null
    })")
        .object();
}

QJsonObject with(QJsonObject record, const char *field, const QJsonValue &value)
{
    record.insert(QLatin1String(field), value);
    return record;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

// A record as the index stores it, its fields in the order given: the
// dictionary's numbers as keys (recordcodec.cpp), or a text key for a field
// the dictionary lacks.
QByteArray encodedInOrder(const QList<QPair<QCborValue, QCborValue>> &fields)
{
    QCborMap map;
    for (const auto &[key, value] : fields)
        map.insert(key, value);
    return QByteArray(1, kRecordCodecVersion) + QCborValue(map).toCbor();
}

// Every field a row shows, by dictionary number, an offering among them.
QList<QPair<QCborValue, QCborValue>> shownFieldsInOrder(const QCborValue &offering)
{
    return {{12, offering},
            {3, QStringLiteral("2021-04-13T04:19:49-05:00")},
            {10, QCborMap{{0, QStringLiteral("acme")}, {1, QStringLiteral("Acme Corp")}}},
            {5, false},
            {6, true},
            {0, 77},
            {7, true},
            {8, QStringLiteral("Invoice unpaid")},
            {4, QStringLiteral("2026-01-02T03:04:05Z")}};
}

// What a row read from the index holds of a whole instance.
AppInstance shownFields(const AppInstance &whole)
{
    AppInstance shown;
    shown.id = whole.id;
    shown.appOffering = whole.appOffering;
    shown.customerAccount = whole.customerAccount;
    shown.disabled = whole.disabled;
    shown.enabledByCustomer = whole.enabledByCustomer;
    shown.suspended = whole.suspended;
    shown.suspensionComment = whole.suspensionComment;
    shown.createdAt = whole.createdAt;
    shown.updatedAt = whole.updatedAt;
    return shown;
}

} // namespace

void TestInstanceTableReader::rowsEqualTheSlowReading_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<bool>("quick");
    const QJsonObject full = sampleInstance();
    QTest::newRow("every field") << full << true;
    QTest::newRow("id only") << json(R"({"id": 5})") << true;
    QTest::newRow("table fields only") << json(R"({
        "id": 6, "disabled": true, "enabled_by_customer": false, "suspended": false,
        "suspension_comment": null, "created_at": "2024-02-29T23:59:00+05:30", "updated_at": null,
        "customer_account": {"id": "wdc"}, "app_offering": {"id": 3, "reference": "ref-3"}})")
                                       << true;
    QTest::newRow("null references") << with(with(full, "customer_account", QJsonValue()), "app_offering",
                                             QJsonValue())
                                     << true;
    QTest::newRow("an unknown field")
        << with(full, "brand_new_field", json(R"({"list": [1, "two"]})")) << false;
    QTest::newRow("legacy integration") << with(with(full, "app_offering", QJsonValue()), "integration",
                                                json(R"({"id": 9, "name": "Legacy", "reference": "legacy"})"))
                                        << false;
    QTest::newRow("a number for an account") << with(full, "customer_account", 42) << false;
    QTest::newRow("a text id in a reference")
        << with(full, "app_offering", json(R"({"id": "12", "name": "Text id"})")) << false;
    QTest::newRow("a bad time") << with(full, "updated_at", QStringLiteral("yesterday")) << false;
    QTest::newRow("a string for a flag") << with(full, "suspended", QStringLiteral("yes")) << false;
    QTest::newRow("a fractional id") << with(full, "id", 1.5) << false;
}

void TestInstanceTableReader::rowsEqualTheSlowReading()
{
    QFETCH(QJsonObject, record);
    QFETCH(bool, quick);
    InstanceTableReader reader;
    reader.add(encodeRecord(normalizedRecord(IndexCollection::Instances, record)));
    QCOMPARE(reader.slowRecords(), quick ? 0 : 1);
    const InstanceTable table = reader.take();
    QCOMPARE(table.size(), 1);
    const AppInstance expected =
        decodeInstance(decodeRecord(encodeRecord(normalizedRecord(IndexCollection::Instances, record))));
    pc::test::compareInstances(table.instance(0), shownFields(expected));
    QCOMPARE(table.id(0), expected.id);
    QCOMPARE(table.isSuspended(0), expected.suspended);
    QCOMPARE(table.suspensionComment(0), expected.suspensionComment);
    QCOMPARE(table.customerAccount(0).name, expected.customerAccount.name);
    QCOMPARE(table.appOffering(0).id, expected.appOffering.id);
}

void TestInstanceTableReader::readsTheUsualRecordQuickly()
{
    // What a sync stores (every field a full walk brings) takes the quick way.
    InstanceTableReader reader;
    for (int id = 1; id <= 50; ++id)
        reader.add(encodeRecord(with(sampleInstance(), "id", id)));
    QCOMPARE(reader.slowRecords(), 0);
    QCOMPARE(reader.take().size(), 50);
    // Bytes that are not a record are read the slow way, as an empty instance.
    reader.add(QByteArray("\x01\xff", 2));
    QCOMPARE(reader.slowRecords(), 1);
}

void TestInstanceTableReader::keepsOneOfferingsInstances()
{
    InstanceTableReader reader(12);
    reader.add(encodeRecord(with(sampleInstance(), "id", 1)));
    reader.add(encodeRecord(with(with(sampleInstance(), "id", 2), "app_offering", json(R"({"id": 13})"))));
    // The slow way filters too.
    reader.add(encodeRecord(with(with(sampleInstance(), "id", 3), "brand_new_field", 1)));
    reader.add(encodeRecord(with(with(with(sampleInstance(), "id", 4), "brand_new_field", 1), "app_offering",
                                 json(R"({"id": 13})"))));
    const InstanceTable table = reader.take();
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.id(0), 1);
    QCOMPARE(table.id(1), 3);
}

void TestInstanceTableReader::sharesNamesAcrossRows()
{
    InstanceTableReader reader;
    for (int id = 1; id <= 10; ++id)
        reader.add(encodeRecord(with(sampleInstance(), "id", id)));
    const InstanceTable table = reader.take();
    QCOMPARE(table.distinctAccounts().size(), 2); // the blank one and Acme
    QCOMPARE(table.distinctOfferings().size(), 2);
    QCOMPARE(table.distinctComments().size(), 2);
    QCOMPARE(table.customerAccountIndex(0), table.customerAccountIndex(9));
}

void TestInstanceTableReader::replacesARowReadQuickly()
{
    // A change from the server replaces a row read the quick way: the row
    // then holds the record as the server answered it, whole; the rows
    // around it keep their shown fields.
    InstanceTableReader reader;
    reader.add(encodeRecord(with(sampleInstance(), "id", 1)));
    reader.add(encodeRecord(with(sampleInstance(), "id", 2)));
    InstanceTable table = reader.take();
    QJsonObject changed = with(with(sampleInstance(), "id", 1), "suspended", false);
    changed = with(changed, "nodeID", QStringLiteral("changed-node"));
    changed = with(changed, "webhook", QJsonValue());
    table.replace(0, decodeInstance(changed));
    pc::test::compareInstances(table.instance(0), decodeInstance(changed));
    pc::test::compareInstances(table.instance(1),
                               shownFields(decodeInstance(with(sampleInstance(), "id", 2))));
    table.replace(0, decodeInstance(json(R"({"id": 1})")));
    QCOMPARE(table.instance(0).nodeId, QString());
    QCOMPARE(table.instance(0).webhook.id, 0);
    table.append(decodeInstance(with(sampleInstance(), "id", 3)));
    pc::test::compareInstances(table.instance(2), decodeInstance(with(sampleInstance(), "id", 3)));
}

void TestInstanceTableReader::leavesWhatFollowsTheShownFieldsUnread()
{
    // Once every shown field is read, the rest of the record is not: a field
    // the dictionary lacks after them does not send the record the slow way,
    // where before them it does; the row is the same either way.
    const QCborMap offering{{0, 12}, {1, QStringLiteral("Slack bridge")}};
    const QPair<QCborValue, QCborValue> unknown{QStringLiteral("brand_new_field"), QCborMap{{0, 1}}};
    auto after = shownFieldsInOrder(offering);
    after.append(unknown);
    auto before = shownFieldsInOrder(offering);
    before.prepend(unknown);
    InstanceTableReader reader;
    reader.add(encodedInOrder(after));
    QCOMPARE(reader.slowRecords(), 0);
    reader.add(encodedInOrder(before));
    QCOMPARE(reader.slowRecords(), 1);
    const InstanceTable table = reader.take();
    QCOMPARE(table.size(), 2);
    const AppInstance expected = shownFields(decodeInstance(decodeRecord(encodedInOrder(after))));
    QCOMPARE(expected.customerAccount.name, QStringLiteral("Acme Corp"));
    QCOMPARE(expected.suspensionComment, QStringLiteral("Invoice unpaid"));
    pc::test::compareInstances(table.instance(0), expected);
    pc::test::compareInstances(table.instance(1), expected);
}

void TestInstanceTableReader::readsALegacyOfferingAfterTheShownFields()
{
    // A null offering does not count as read: the legacy `integration` that
    // follows stands in for it, as the slow reading has it.
    auto fields = shownFieldsInOrder(QCborValue(QCborValue::Null));
    fields.append({35, QCborMap{{0, 9}, {1, QStringLiteral("Legacy")}}});
    InstanceTableReader reader;
    reader.add(encodedInOrder(fields));
    QCOMPARE(reader.slowRecords(), 1);
    const InstanceTable table = reader.take();
    QCOMPARE(table.appOffering(0).id, 9);
    QCOMPARE(table.appOffering(0).name, QStringLiteral("Legacy"));
}

void TestInstanceTableReader::readsDamagedRecordsWithoutCrashing()
{
    // A damaged database file may hand over any bytes. Each truncation of a
    // stored record, and each byte of it replaced by heads the codec never
    // writes (indefinite lengths, a break, a reserved head, the largest
    // counts), still gives one row, read one way or the other, and nothing
    // reads past the record's bytes (CI's build runs this under
    // AddressSanitizer; each record is a copy of its own size).
    const QByteArray whole = encodeRecord(sampleInstance());
    InstanceTableReader reader;
    qsizetype added = 0;
    for (qsizetype size = 1; size < whole.size(); ++size) {
        reader.add(QByteArray(whole.constData(), size));
        ++added;
    }
    for (qsizetype at = 1; at < whole.size(); ++at) {
        for (const char replacement : {'\x00', '\x1c', '\x5f', '\x9f', '\xbb', '\xff'}) {
            QByteArray damaged = whole;
            damaged[at] = replacement;
            reader.add(damaged);
            ++added;
        }
    }
    QVERIFY(reader.slowRecords() > 0);
    QCOMPARE(reader.take().size(), added);

    // Bytes Qt's reader refuses (text that is not UTF-8, a simple value
    // written with a needless byte) go the slow way, so the row is the one
    // it reads, here an empty one, not a half-read record.
    for (const QByteArray &damaged :
         {QByteArray::fromHex("01a200050862c328"), QByteArray::fromHex("01a300050df81005f5")}) {
        InstanceTableReader one;
        one.add(damaged);
        QCOMPARE(one.slowRecords(), 1);
        const InstanceTable table = one.take();
        QCOMPARE(table.size(), 1);
        const AppInstance slow = decodeInstance(decodeRecord(damaged));
        QCOMPARE(table.suspensionComment(0), slow.suspensionComment);
        QCOMPARE(table.isDisabled(0), slow.disabled);
    }
}

QTEST_GUILESS_MAIN(TestInstanceTableReader)
#include "tst_instancetablereader.moc"
