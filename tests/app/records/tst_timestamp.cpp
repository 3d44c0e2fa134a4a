#include "app/records/timestamp.h"

#include <QTest>
#include <cstdlib>
#include <limits>

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void formatsLikeTheApi_data();
    void formatsLikeTheApi();
    void formatsAsQDateTimeWould();
};

void TestTimestamp::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("utc");      // expected instant, ISO in UTC
    QTest::addColumn<int>("offset");       // expected kept offset in seconds

    QTest::newRow("offset with seconds") << "2021-04-13T04:19:49-05:00" << true << "2021-04-13T09:19:49Z" << -18000;
    QTest::newRow("Z") << "2021-04-13T04:19:49Z" << true << "2021-04-13T04:19:49Z" << 0;
    QTest::newRow("lower z") << "2021-04-13t04:19:49z" << true << "2021-04-13T04:19:49Z" << 0;
    QTest::newRow("no seconds") << "2021-04-13T04:19" << true << "2021-04-13T04:19:00Z" << 0;
    QTest::newRow("no seconds with offset") << "2021-04-13T04:19+02:00" << true << "2021-04-13T02:19:00Z" << 7200;
    QTest::newRow("fraction") << "2021-04-13T04:19:49.123+01:00" << true << "2021-04-13T03:19:49Z" << 3600;
    QTest::newRow("offset without colon") << "2021-04-13T04:19:49+0530" << true << "2021-04-12T22:49:49Z" << 19800;
    QTest::newRow("hour-only offset") << "2021-04-13T04:19:49+09" << true << "2021-04-12T19:19:49Z" << 32400;
    QTest::newRow("date only") << "2021-04-13" << true << "2021-04-13T00:00:00Z" << 0;
    QTest::newRow("space separator") << "2021-04-13 04:19:49Z" << true << "2021-04-13T04:19:49Z" << 0;
    QTest::newRow("surrounding blanks") << "  2021-04-13T04:19:49Z " << true << "2021-04-13T04:19:49Z" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
    QTest::newRow("words") << "yesterday" << false << "" << 0;
    QTest::newRow("bad month") << "2021-13-01T00:00:00Z" << false << "" << 0;
    QTest::newRow("bad day") << "2021-02-30T00:00:00Z" << false << "" << 0;
    QTest::newRow("bad hour") << "2021-04-13T25:00:00Z" << false << "" << 0;
    QTest::newRow("trailing junk") << "2021-04-13T04:19:49Zjunk" << false << "" << 0;
    QTest::newRow("bad offset") << "2021-04-13T04:19:49+99:00" << false << "" << 0;
    QTest::newRow("truncated") << "2021-04-13T04" << false << "" << 0;
    QTest::newRow("epoch number text") << "1618305589" << false << "" << 0;
    QTest::newRow("non-ASCII digits") << "２０２１-04-13T04:19:49Z" << false << "" << 0;
    QTest::newRow("Latin-1 letter in the offset") << "2021-04-13T04:19:49+0é:00" << false << "" << 0;
}

void TestTimestamp::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, utc);
    QFETCH(int, offset);
    const QDateTime parsed = pc::parseApiTimestamp(text);
    // The same text as Latin-1 bytes (as the local index reads stored times)
    // gives the same time, kept offset included.
    const QByteArray latin1 = text.toLatin1();
    QCOMPARE(pc::parseApiTimestamp(QLatin1StringView(latin1)), parsed);
    QCOMPARE(pc::parseApiTimestamp(QLatin1StringView(latin1)).offsetFromUtc(), parsed.offsetFromUtc());
    QCOMPARE(parsed.isValid(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed.toUTC().toString(Qt::ISODate), utc);
    QCOMPARE(parsed.offsetFromUtc(), offset);
}

void TestTimestamp::formatsLikeTheApi_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("negative offset") << "2021-04-13T04:19:49-05:00";
    QTest::newRow("positive offset") << "2021-04-13T04:19:49+05:30";
    QTest::newRow("utc") << "2021-04-13T04:19:49Z";
}

void TestTimestamp::formatsLikeTheApi()
{
    QFETCH(QString, text);
    QCOMPARE(pc::formatApiTimestamp(pc::parseApiTimestamp(text)), text);
}

// formatApiTimestamp() writes the text itself; QDateTime's own formatting
// of the same instant at the same offset is what it must equal.
void TestTimestamp::formatsAsQDateTimeWould()
{
    const auto expected = [](const QDateTime &value) -> QString {
        const int offset = value.offsetFromUtc();
        QString text = value.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (offset == 0)
            return text + QLatin1Char('Z');
        const int absolute = std::abs(offset);
        return text + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
               QStringLiteral("%1:%2")
                   .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
                   .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
    };
    const QList<int> offsets{0, 3600, -18000, 19800, -34200, 50400, -43200, 45, -61};
    QList<QDateTime> values{
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 30, 15, 500), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(0, 0, 1), Qt::UTC),
        QDateTime(QDate(2100, 3, 1), QTime(23, 0), Qt::UTC),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
        // Outside the years written quickly: Qt's own way.
        QDateTime(QDate(999, 12, 31), QTime(23, 59, 59), Qt::UTC),
        QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(12000, 6, 1), QTime(6, 0), Qt::UTC),
        QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::LocalTime),
    };
    // And a spread of instants from 1800 to 2300.
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 2000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        const qint64 ms = qint64(state % 15'778'800'000'000ULL) - 5'364'662'400'000LL;
        values.append(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    }
    for (const QDateTime &value : std::as_const(values)) {
        for (int offset : offsets) {
            const QDateTime shifted =
                value.timeSpec() == Qt::LocalTime ? value : value.toOffsetFromUtc(offset);
            QCOMPARE(pc::formatApiTimestamp(shifted), expected(shifted));
        }
    }
    QCOMPARE(pc::formatApiTimestamp(QDateTime()), QString());
    // The farthest instants a QDateTime holds: Qt's own way, with no overflow
    // on the way (CI's build runs this under UBSan).
    for (const qint64 far : {std::numeric_limits<qint64>::min() + 1, std::numeric_limits<qint64>::max()}) {
        const QDateTime value = QDateTime::fromMSecsSinceEpoch(far, Qt::UTC);
        QCOMPARE(pc::formatApiTimestamp(value), value.isValid() ? expected(value) : QString());
    }
}

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
