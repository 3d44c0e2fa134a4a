#include "app/index/cborcursor.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

using namespace pc;

// The cursor reads what QCborValue::toCbor() writes (the record codec's
// bytes) the same as Qt reads it back, steps over every item whole, and on
// bytes the codec never writes fails rather than reading past them.
class TestCborCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtWrites_data();
    void readsWhatQtWrites();
    void readsAMapOfFields();
    void readsTextAsItsBytes();
    void skipsEveryKindOfItemWhole();
    void failsOnWhatTheCodecNeverWrites_data();
    void failsOnWhatTheCodecNeverWrites();
    void staysFailed();
    void neverReadsPastAnyTruncation();
};

namespace {

QByteArray bytes(const QCborValue &value)
{
    return value.toCbor();
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

} // namespace

void TestCborCursor::readsWhatQtWrites_data()
{
    QTest::addColumn<QCborValue>("value");
    // Texts whose lengths take no byte, one, two and four bytes of their
    // own; non-ASCII (a colour emoji, Cyrillic, Japanese) decoded as Qt does.
    QTest::newRow("short text") << QCborValue(QStringLiteral("Acme"));
    QTest::newRow("empty text") << QCborValue(QString());
    QTest::newRow("text of 24") << QCborValue(QString(24, QLatin1Char('x')));
    QTest::newRow("text of 300") << QCborValue(QString(300, QLatin1Char('y')));
    QTest::newRow("text of 70,000") << QCborValue(QString(70000, QLatin1Char('z')));
    QTest::newRow("scripts and emoji") << QCborValue(QStringLiteral("Магазин 東京 🚀 ok"));
    // Integers whose values take no byte, one, two, four and eight.
    QTest::newRow("23") << QCborValue(23);
    QTest::newRow("24") << QCborValue(24);
    QTest::newRow("1000") << QCborValue(1000);
    QTest::newRow("100000") << QCborValue(100000);
    QTest::newRow("2^40") << QCborValue(qint64(1) << 40);
}

void TestCborCursor::readsWhatQtWrites()
{
    QFETCH(QCborValue, value);
    const QByteArray encoded = bytes(value);
    CborCursor cursor(encoded.constData(), encoded.size());
    if (value.isString()) {
        QString text;
        QVERIFY(cursor.readText(&text));
        QCOMPARE(text, value.toString());
    } else {
        quint64 number = 0;
        QVERIFY(cursor.readUnsigned(&number));
        QCOMPARE(qint64(number), value.toInteger());
    }
    QVERIFY(cursor.atEnd());
}

void TestCborCursor::readsAMapOfFields()
{
    const QCborMap map{{0, 1234},
                       {5, false},
                       {7, true},
                       {8, QCborValue(QCborValue::Null)},
                       {10, QCborMap{{0, QStringLiteral("acme")}, {1, QStringLiteral("Acme Corp")}}}};
    const QByteArray encoded = bytes(map);
    CborCursor cursor(encoded.constData(), encoded.size());
    quint64 pairs = 0;
    QVERIFY(cursor.readMap(&pairs));
    QCOMPARE(pairs, quint64(5));
    quint64 key = 0;
    quint64 id = 0;
    bool disabled = true;
    bool suspended = false;
    QString comment = QStringLiteral("left over");
    QVERIFY(cursor.readUnsigned(&key) && key == 0 && cursor.readUnsigned(&id));
    QCOMPARE(id, quint64(1234));
    QVERIFY(cursor.readUnsigned(&key) && key == 5 && cursor.readBool(&disabled));
    QVERIFY(!disabled);
    QVERIFY(cursor.readUnsigned(&key) && key == 7 && cursor.readBool(&suspended));
    QVERIFY(suspended);
    QVERIFY(cursor.readUnsigned(&key) && key == 8);
    QVERIFY(cursor.nextIsNull());
    QVERIFY(cursor.readOptionalText(&comment));
    QVERIFY(comment.isEmpty()); // null reads as no text
    QVERIFY(cursor.readUnsigned(&key) && key == 10);
    quint64 accountPairs = 0;
    QVERIFY(cursor.readMap(&accountPairs));
    QCOMPARE(accountPairs, quint64(2));
    QString accountId;
    QString accountName;
    QVERIFY(cursor.readUnsigned(&key) && key == 0 && cursor.readText(&accountId));
    QVERIFY(cursor.readUnsigned(&key) && key == 1 && cursor.readOptionalText(&accountName));
    QCOMPARE(accountId, QStringLiteral("acme"));
    QCOMPARE(accountName, QStringLiteral("Acme Corp"));
    QVERIFY(cursor.atEnd());
}

void TestCborCursor::readsTextAsItsBytes()
{
    const QByteArray encoded = bytes(QCborArray{QStringLiteral("2026-12-07T10:00:00Z"),
                                                QCborValue(QCborValue::Null), QStringLiteral("Zürich"), 5});
    CborCursor cursor(encoded.constData() + 1, encoded.size() - 1);
    QByteArrayView utf8;
    QVERIFY(cursor.readOptionalUtf8(&utf8));
    QCOMPARE(utf8, QByteArrayView("2026-12-07T10:00:00Z"));
    // The bytes are the encoded ones, not a copy.
    QVERIFY(utf8.data() > encoded.constData() && utf8.data() < encoded.constData() + encoded.size());
    QVERIFY(cursor.readOptionalUtf8(&utf8));
    QVERIFY(utf8.isEmpty()); // null
    QVERIFY(cursor.readOptionalUtf8(&utf8));
    QCOMPARE(QString::fromUtf8(utf8), QStringLiteral("Zürich"));
    QVERIFY(!cursor.readOptionalUtf8(&utf8)); // a number is no text
    QVERIFY(cursor.failed());
}

void TestCborCursor::skipsEveryKindOfItemWhole()
{
    // Each item followed by 99: skip() must land exactly on it.
    const QList<QCborValue> items{
        QCborValue(-1),
        QCborValue(-100000),
        QCborValue(std::numeric_limits<qint64>::max()),
        QCborValue(1.5),
        QCborValue(QCborValue::Null),
        QCborValue(QCborValue::Undefined),
        QCborValue(true),
        QCborValue(QByteArray("raw bytes")),
        QCborValue(QString(500, QLatin1Char('w'))),
        QCborValue(QCborArray{1, QStringLiteral("two"), QCborArray{3, QCborMap{{4, 5}}}}),
        QCborValue(QCborMap{{QStringLiteral("unknown_field"), QCborArray{}}, {0, QCborMap{}}}),
        QCborValue(QCborKnownTags::DateTimeString, QStringLiteral("2026-12-07T10:00:00Z")),
        QCborValue(QCborSimpleType(100)),
    };
    for (const QCborValue &item : items) {
        const QByteArray encoded = bytes(QCborArray{item, 99});
        CborCursor cursor(encoded.constData(), encoded.size());
        quint64 count = 0;
        QVERIFY(!cursor.readMap(&count));                              // an array is not a map
        CborCursor again(encoded.constData() + 1, encoded.size() - 1); // past the array's head
        QVERIFY2(again.skip(), qPrintable(item.toDiagnosticNotation()));
        quint64 after = 0;
        QVERIFY2(again.readUnsigned(&after), qPrintable(item.toDiagnosticNotation()));
        QCOMPARE(after, quint64(99));
        QVERIFY(again.atEnd());
    }
}

void TestCborCursor::failsOnWhatTheCodecNeverWrites_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("indefinite array") << hex("9f01ff");
    QTest::newRow("indefinite map") << hex("bf0001ff");
    QTest::newRow("indefinite text") << hex("7f6161ff");
    QTest::newRow("break alone") << hex("ff");
    QTest::newRow("reserved head") << hex("1c");
    QTest::newRow("argument cut short") << hex("1a0001");
    QTest::newRow("text longer than the bytes") << hex("6a616263");
    QTest::newRow("text of 2^64-1 bytes") << hex("7bffffffffffffffff61");
    QTest::newRow("array of more items than bytes") << hex("9a0000ffff0102");
    QTest::newRow("map of more pairs than bytes") << hex("a3000102");
    QTest::newRow("map of 2^64-1 pairs") << hex("bbffffffffffffffff");
    QTest::newRow("tag with nothing tagged") << hex("c0");
    // Not well-formed, as QCborStreamReader refuses them too: text that is
    // not UTF-8, and a simple value below 32 written with an extra byte.
    QTest::newRow("text not UTF-8") << hex("62c328");
    QTest::newRow("simple value with a needless byte") << hex("f810");
    // Deeper than any record: arrays inside arrays, 40 levels.
    QTest::newRow("too deep") << QByteArray(40, char(0x81)) + hex("01");
}

void TestCborCursor::failsOnWhatTheCodecNeverWrites()
{
    QFETCH(QByteArray, encoded);
    CborCursor skipping(encoded.constData(), encoded.size());
    QVERIFY(!skipping.skip());
    QVERIFY(skipping.failed());
    QVERIFY(!skipping.atEnd());
    // Read as what it claims to be, it fails as well.
    CborCursor reading(encoded.constData(), encoded.size());
    quint64 count = 0;
    QString text;
    QVERIFY(!reading.readMap(&count) || !reading.skip());
    CborCursor asText(encoded.constData(), encoded.size());
    QVERIFY(!asText.readText(&text));
}

void TestCborCursor::staysFailed()
{
    const QByteArray encoded = bytes(QCborArray{QStringLiteral("text"), 7});
    CborCursor cursor(encoded.constData() + 1, encoded.size() - 1);
    quint64 number = 0;
    QVERIFY(!cursor.readUnsigned(&number)); // the next item is text
    QVERIFY(cursor.failed());
    QString text;
    QVERIFY(!cursor.readText(&text)); // it would have been, had it not failed
    QVERIFY(!cursor.skip());
    QVERIFY(!cursor.nextIsNull());
    bool flag = false;
    QVERIFY(!cursor.readBool(&flag));
    QVERIFY(!cursor.readNull());
}

void TestCborCursor::neverReadsPastAnyTruncation()
{
    // Every prefix of a record-like map: skipping it fails (the map is cut)
    // and reads no byte beyond the prefix. The prefix is copied into a
    // buffer of its own size, so the sanitizer of CI's build sees a read
    // past it.
    const QCborMap record{{0, 77},
                          {3, QStringLiteral("2021-04-13T04:19:49-05:00")},
                          {9, QCborArray{QCborMap{{0, QStringLiteral("tier")}, {16, 1.25}}}},
                          {10, QCborMap{{0, QStringLiteral("acme")}, {1, QString(300, QLatin1Char('n'))}}},
                          {QStringLiteral("unknown"), QByteArray(40, 'b')}};
    const QByteArray whole = bytes(record);
    for (qsizetype size = 0; size < whole.size(); ++size) {
        const std::unique_ptr<char[]> prefix(new char[size_t(std::max<qsizetype>(size, 1))]);
        memcpy(prefix.get(), whole.constData(), size_t(size));
        CborCursor cursor(prefix.get(), size);
        QVERIFY2(!cursor.skip(), qPrintable(QString::number(size)));
    }
    CborCursor cursor(whole.constData(), whole.size());
    QVERIFY(cursor.skip());
    QVERIFY(cursor.atEnd());
}

QTEST_APPLESS_MAIN(TestCborCursor)
#include "tst_cborcursor.moc"
