#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/recordexporter.h"
#include "app/models/recordfilterproxy.h"
#include "tests/support/loadedinstances.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace testsupport;
using pc::RecordExporter;

class TestRecordExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuoting_data();
    void csvQuoting();
    void exportsWhatTheTableShows();
    void failingDeviceIsReported();
    void anEmptyTitleKeepsItsCell();
};

void TestRecordExporter::csvQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Slack Notifier" << "Slack Notifier";
    QTest::newRow("comma") << "a, b" << "\"a, b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "line1\nline2" << "\"line1\nline2\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+31 20" << "'+31 20";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("rtl and emoji") << "شركة 🚀" << "شركة 🚀";
    QTest::newRow("empty") << "" << "";
}

void TestRecordExporter::csvQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(RecordExporter::csvField(text), expected);
}

void TestRecordExporter::exportsWhatTheTableShows()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false"));
    const auto loaded = loadInstances(250);
    QVERIFY(loaded);
    const auto &server = loaded->server;
    pc::RecordFilterProxy &proxy = *loaded->proxy;
    proxy.setStateFilter(pc::InstancesModel::Suspended, true);
    proxy.sortLocally(pc::InstancesModel::Id, Qt::DescendingOrder);
    const QList<RecordExporter::Column> columns = {
        {pc::InstancesModel::Id, QStringLiteral("id"), QStringLiteral("ID")},
        {pc::InstancesModel::CustomerAccount, QStringLiteral("customer_account"), QStringLiteral("Customer account")},
        {pc::InstancesModel::Suspended, QStringLiteral("suspended"), QStringLiteral("Suspended")},
        {pc::InstancesModel::UpdatedAt, QStringLiteral("updated_at"), QStringLiteral("Updated")},
    };

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(RecordExporter::write(&json, RecordExporter::Format::Json, &proxy, columns, &error));
    const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
    QCOMPARE(array.size(), proxy.rowCount());
    QVERIFY(array.size() > 0);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.keys(), (QStringList{QStringLiteral("customer_account"), QStringLiteral("id"),
                                             QStringLiteral("suspended"), QStringLiteral("updated_at")}));
        QCOMPARE(object.value(QStringLiteral("suspended")), QJsonValue(true));
        const qint64 id = object.value(QStringLiteral("id")).toInteger();
        QVERIFY(id < previous); // in the table's order
        previous = id;
        const QJsonObject server_ = server->instance(id);
        QCOMPARE(object.value(QStringLiteral("updated_at")), server_.value(QStringLiteral("updated_at")));
        QCOMPARE(object.value(QStringLiteral("customer_account")).toObject().value(QStringLiteral("name")),
                 server_.value(QStringLiteral("customer_account")).toObject().value(QStringLiteral("name")));
    }

    // Written piece by piece, the file is byte for byte what Qt's own writer
    // makes of the rows as a document (keys in order, indented by four).
    QJsonArray document;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QJsonObject object;
        for (const RecordExporter::Column &column : columns) {
            const QVariant value = proxy.index(row, column.column).data(pc::PagedTableModel::ExportRole);
            object.insert(column.field, QJsonValue::fromVariant(value));
        }
        document.append(object);
    }
    QCOMPARE(json.data(), QJsonDocument(document).toJson(QJsonDocument::Indented));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(RecordExporter::write(&csv, RecordExporter::Format::Csv, &proxy, columns, &error));
    QVERIFY(csv.data().startsWith("\xEF\xBB\xBF" "ID,Customer account,Suspended,Updated\r\n"));
    // One CRLF per record plus the header (texts inside cells only hold bare LFs).
    QCOMPARE(csv.data().count("\r\n"), proxy.rowCount() + 1);
    // Each line the cells' texts as the table shows them (a reference) or
    // exports them (the rest), each quoted as csvField() quotes it.
    QStringList lines{QStringLiteral("ID,Customer account,Suspended,Updated")};
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QStringList cells;
        for (const RecordExporter::Column &column : columns) {
            const QModelIndex index = proxy.index(row, column.column);
            const QVariant exported = index.data(pc::PagedTableModel::ExportRole);
            cells.append(RecordExporter::csvField(
                exported.typeId() == QMetaType::Bool
                    ? QString::fromLatin1(exported.toBool() ? "true" : "false")
                : exported.typeId() == QMetaType::QVariantMap ? index.data().toString()
                                                              : exported.toString()));
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    QCOMPARE(QString::fromUtf8(csv.data().mid(3)),
             lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));

    // No rows: an empty array, as Qt writes one.
    proxy.setQuickFilter(QStringLiteral("no instance has this text"));
    QTRY_COMPARE(proxy.rowCount(), 0);
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    QVERIFY(RecordExporter::write(&none, RecordExporter::Format::Json, &proxy, columns, &error));
    QCOMPARE(none.data(), QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
}

void TestRecordExporter::failingDeviceIsReported()
{
    pc::OfferingsModel model(nullptr);
    QBuffer closed; // never opened: every write fails
    QString error;
    QVERIFY(!RecordExporter::write(&closed, RecordExporter::Format::Csv, &model, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestRecordExporter::anEmptyTitleKeepsItsCell()
{
    pc::OfferingsModel model(nullptr);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(RecordExporter::write(
        &csv, RecordExporter::Format::Csv, &model,
        {{0, QStringLiteral("a"), QString()}, {1, QStringLiteral("b"), QStringLiteral("Name")}}, &error));
    QCOMPARE(csv.data(), QByteArray("\xEF\xBB\xBF"
                                    ",Name\r\n"));
}

QTEST_GUILESS_MAIN(TestRecordExporter)
#include "tst_recordexporter.moc"
