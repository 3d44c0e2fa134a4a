#include "requestpacer.h"

#include <QTest>

// The pacer's arithmetic, on a fake clock: no sleeps, no timing.
class TestRequestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowsABurstThenSpreads();
    void neverMoreThanTheLimitInAnyWindow();
    void blockAfter429();
    void disabledPassesThrough();
    void releasedSlotsDelayNobody();
};

void TestRequestPacer::allowsABurstThenSpreads()
{
    pc::RequestPacer pacer(3, 1000);
    QCOMPARE(pacer.reserve(0), 0);
    QCOMPARE(pacer.reserve(0), 0);
    QCOMPARE(pacer.reserve(0), 0);
    QCOMPARE(pacer.reserve(0), 1000); // the 4th waits for the first to leave the window
    QCOMPARE(pacer.reserve(10), 1000);
    QCOMPARE(pacer.reserve(10), 1000);
    QCOMPARE(pacer.reserve(10), 2000);
}

void TestRequestPacer::neverMoreThanTheLimitInAnyWindow()
{
    const int limit = 19;
    const int window = 2000;
    pc::RequestPacer pacer(limit, window);
    QList<qint64> sends;
    qint64 now = 0;
    for (int i = 0; i < 500; ++i) {
        now += (i * 37) % 23; // irregular arrivals
        sends.append(pacer.reserve(now));
    }
    for (qsizetype i = 0; i + limit < sends.size(); ++i)
        QVERIFY2(sends.at(i + limit) - sends.at(i) >= window, qPrintable(QString::number(i)));
    // and it is not slower than it must be: 500 requests take about 500/19 windows
    QVERIFY(sends.last() <= (500 / limit + 1) * window);
}

void TestRequestPacer::blockAfter429()
{
    pc::RequestPacer pacer(20, 2000);
    pacer.blockUntil(5000);
    QCOMPARE(pacer.reserve(100), 5000);
    pacer.blockUntil(3000); // an earlier block never shortens a later one
    QCOMPARE(pacer.blockedUntil(), 5000);
}

void TestRequestPacer::disabledPassesThrough()
{
    pc::RequestPacer pacer(1, 1000);
    pacer.setEnabled(false);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(pacer.reserve(i), i);
    pacer.blockUntil(50); // a 429's retry-after is honoured even without burst pacing
    QCOMPARE(pacer.reserve(20), 50);
}

void TestRequestPacer::releasedSlotsDelayNobody()
{
    pc::RequestPacer pacer(3, 1000);
    QList<qint64> slots;
    for (int i = 0; i < 9; ++i)
        slots.append(pacer.reserve(0));
    QCOMPARE(slots.last(), 2000);
    for (qint64 slot : std::as_const(slots))
        pacer.release(slot);
    QCOMPARE(pacer.reserve(10), 10);
}

QTEST_APPLESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
