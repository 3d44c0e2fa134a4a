#include "app/models/indentedjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTest>
#include <QVariantList>
#include <QVariantMap>
#include <limits>

// The writer must write exactly what QJsonDocument::toJson(Indented) writes
// for the same values (the exports were written that way before, and
// scripts may compare them): each value below, as the only item of an
// array, is compared byte for byte with Qt's own output.
class TestIndentedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
};

void TestIndentedJson::writesWhatQtWrites_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("invalid") << QVariant();
    QTest::newRow("null pointer") << QVariant::fromValue(nullptr);
    QTest::newRow("true") << QVariant(true);
    QTest::newRow("false") << QVariant(false);
    QTest::newRow("zero") << QVariant(0);
    QTest::newRow("negative") << QVariant(-42);
    QTest::newRow("2^31") << QVariant(qint64(1) << 31);
    QTest::newRow("2^53 + 1") << QVariant((qint64(1) << 53) + 1);
    QTest::newRow("largest qint64") << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("smallest qint64") << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("unsigned") << QVariant(4000000000u);
    QTest::newRow("long (text to Qt 6.4)") << QVariant::fromValue(long(5));
    QTest::newRow("unsigned long") << QVariant::fromValue((unsigned long)(7));
    QTest::newRow("largest quint64") << QVariant(std::numeric_limits<quint64>::max());
    QTest::newRow("1.5") << QVariant(1.5);
    QTest::newRow("0.1") << QVariant(0.1);
    QTest::newRow("1e300") << QVariant(1e300);
    QTest::newRow("whole double") << QVariant(12345.0);
    QTest::newRow("infinity") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("NaN") << QVariant(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("empty text") << QVariant(QString(QLatin1String("")));
    QTest::newRow("null text") << QVariant(QString());
    QTest::newRow("quotes and backslashes") << QVariant(QStringLiteral("say \"hi\" \\ C:\\path /slash"));
    QTest::newRow("named escapes") << QVariant(QStringLiteral("a\bb\fc\nd\re\tf"));
    QTest::newRow("other control characters")
        << QVariant(QString::fromLatin1("\x01\x02\x1b\x1f\x7f", 5) + QChar(0) + QStringLiteral("end"));
    QTest::newRow("accents, scripts, emoji") << QVariant(QStringLiteral("Zürich Магазин 東京 عربي 🚀🇳🇱"));
    QTest::newRow("separators") << QVariant(QStringLiteral("line\u2028para\u2029"));
    QTest::newRow("lone high surrogate") << QVariant(QString(QChar(0xd83d)) + QStringLiteral("x"));
    QTest::newRow("lone low surrogate") << QVariant(QStringLiteral("x") + QString(QChar(0xde80)));
    QTest::newRow("reference") << QVariant(
        QVariantMap{{QStringLiteral("name"), QStringLiteral("Acme \"Corp\"")}, {QStringLiteral("id"), 83}});
    QTest::newRow("empty map") << QVariant(QVariantMap());
    QTest::newRow("nested") << QVariant(QVariantMap{
        {QStringLiteral("list"), QVariantList{1, QStringLiteral("two"), QVariantMap{}, QVariantList{}}},
        {QStringLiteral("map"),
         QVariantMap{{QStringLiteral("deeper"), QVariantMap{{QStringLiteral("x"), true}}}}},
        {QStringLiteral("none"), QVariant()}});
    QTest::newRow("empty list") << QVariant(QVariantList());
    QTest::newRow("list of texts") << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b\n")});
    QTest::newRow("date and time") << QVariant(QDateTime(QDate(2026, 12, 7), QTime(10, 0, 5, 250), Qt::UTC));
    QTest::newRow("bytes") << QVariant(QByteArray("raw"));
}

void TestIndentedJson::writesWhatQtWrites()
{
    QFETCH(QVariant, value);
    QByteArray json = "[\n";
    pc::indentedjson::appendIndent(json, 1);
    pc::indentedjson::appendVariant(json, value, 1);
    json += "\n]\n";
    const QByteArray expected =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Indented);
    QCOMPARE(json, expected);

    // The same through a QJsonValue (the writer's way for the types it does
    // not read itself).
    QByteArray viaValue = "[\n    ";
    pc::indentedjson::appendJsonValue(viaValue, QJsonValue::fromVariant(value), 1);
    viaValue += "\n]\n";
    QCOMPARE(viaValue, expected);
}

QTEST_APPLESS_MAIN(TestIndentedJson)
#include "tst_indentedjson.moc"
