#include "app/net/requestpacer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>

// The pacer's arithmetic, on a fake clock (the pacer takes the time as an
// argument): no sleeps, no timing.
//
// What the server needs (sandbox/ratelimiter.cpp, like the API): it refuses a
// request when 20 it counted arrived within the 2 s before it. Arrivals are
// the send times shifted by the latency, which differs from request to
// request (and by timer lateness and millisecond rounding on the client). So
// the property that matters is that any 21 sends span more than 2 s by a
// margin: with N = 19 that is rule 2 of requestpacer.h, a margin of W/N.
namespace {

constexpr int kLimit = 19;
constexpr int kWindow = 2000;
constexpr int kServerLimit = 20;

// The most sends that fall in one half-open window [t, t + windowMs), for
// every t (the sends are ascending; a window starting at a send is the worst).
int mostInAnyWindow(const QList<qint64> &sends, qint64 windowMs)
{
    int most = 0;
    qsizetype end = 0;
    for (qsizetype begin = 0; begin < sends.size(); ++begin) {
        while (end < sends.size() && sends.at(end) < sends.at(begin) + windowMs)
            ++end;
        most = std::max(most, int(end - begin));
    }
    return most;
}

// The server's sliding window fed with arrivals: counts what it would refuse
// (a refused request is not counted, as in the sandbox).
int refusedByServer(QList<qint64> arrivals)
{
    std::sort(arrivals.begin(), arrivals.end());
    QList<qint64> counted;
    int refused = 0;
    for (qint64 arrival : std::as_const(arrivals)) {
        qsizetype inWindow = 0;
        for (qint64 c : std::as_const(counted))
            inWindow += c > arrival - kWindow ? 1 : 0;
        if (inWindow >= kServerLimit)
            ++refused;
        else
            counted.append(arrival);
    }
    return refused;
}

QString describe(const QList<qint64> &sends, qsizetype at)
{
    QStringList around;
    for (qsizetype i = std::max<qsizetype>(0, at - 21); i < std::min(sends.size(), at + 22); ++i)
        around.append(QString::number(sends.at(i)));
    return QStringLiteral("at send %1: %2").arg(at).arg(around.join(QLatin1Char(' ')));
}

} // namespace

class TestRequestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowsABurstThenSpreads();
    void saturatedPacerHandsOutAnEvenGrid();
    void anyTwentyOneSendsSpanTheWindowAndAMargin_data();
    void anyTwentyOneSendsSpanTheWindowAndAMargin();
    void aFreeSlotDoesNotMakeAGroupAtTheEdge();
    void latencyWithinTheMarginIsNeverRefused();
    void blockAfter429();
    void disabledPassesThrough();
    void releasedSlotsDelayNobody();
};

void TestRequestPacer::allowsABurstThenSpreads()
{
    pc::RequestPacer pacer(3, 1000);
    QCOMPARE(pacer.spacingMs(), 333);
    QCOMPARE(pacer.reserve(0), 0);
    QCOMPARE(pacer.reserve(0), 0);
    QCOMPARE(pacer.reserve(0), 0);
    QCOMPARE(pacer.reserve(0), 1000); // the 4th waits for the first to leave the window
    // The window is full: the others follow a third of the window apart
    // instead of all going at 1000 with the 4th (what rule 1 alone gives).
    QCOMPARE(pacer.reserve(10), 1333);
    QCOMPARE(pacer.reserve(10), 1666);
    QCOMPARE(pacer.reserve(10), 2000); // rule 1: the 4th leaves the window at 2000
    QCOMPARE(pacer.reserve(10), 2333);
    // Once the queue has drained and the window is empty, a burst is allowed again.
    QCOMPARE(pacer.reserve(5000), 5000);
    QCOMPARE(pacer.reserve(5000), 5000);
    QCOMPARE(pacer.reserve(5000), 5000);
}

// A Load all that asks for far more than the limit at once: after the first
// burst, one send every W/N, never a group, at the full rate of N per W.
void TestRequestPacer::saturatedPacerHandsOutAnEvenGrid()
{
    pc::RequestPacer pacer(kLimit, kWindow);
    QCOMPARE(pacer.spacingMs(), 105);
    QList<qint64> sends;
    for (int i = 0; i < 400; ++i)
        sends.append(pacer.reserve(0));
    for (qsizetype i = 0; i < kLimit; ++i)
        QCOMPARE(sends.at(i), 0); // the burst the limit allows
    QCOMPARE(sends.at(kLimit), kWindow);
    for (qsizetype i = kLimit + 1; i < sends.size(); ++i) {
        const qint64 gap = sends.at(i) - sends.at(i - 1);
        // 2000/19 ms on a millisecond clock: 105 ms, and every 19th 110 ms
        // (18 x 105 + 110 = 2000).
        const bool onGrid = gap == pacer.spacingMs() || gap == kWindow - (kLimit - 1) * pacer.spacingMs();
        QVERIFY2(onGrid, qPrintable(describe(sends, i)));
    }
    QCOMPARE(mostInAnyWindow(sends, kWindow), kLimit);
    // The full rate: every further 19 sends take exactly one window.
    for (qsizetype i = kLimit; i + kLimit < sends.size(); i += kLimit)
        QCOMPARE(sends.at(i + kLimit) - sends.at(i), kWindow);
}

void TestRequestPacer::anyTwentyOneSendsSpanTheWindowAndAMargin_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addRow("irregular arrivals") << 0;
    QTest::addRow("bursts of 7 every 700 ms") << 1;
    QTest::addRow("pairs, some given back") << 2;
    QTest::addRow("groups rescheduled after a 429") << 3;
}

// Whatever the pattern of asks, the three rules hold on what is handed out:
// at most 19 in any 2 s, at most 20 in any 2 s + 105 ms (so any 21 sends, as
// many as the server needs to refuse one, span more than 2 s by 105 ms).
void TestRequestPacer::anyTwentyOneSendsSpanTheWindowAndAMargin()
{
    QFETCH(int, pattern);
    pc::RequestPacer pacer(kLimit, kWindow);
    const int margin = pacer.spacingMs();
    QList<qint64> sends;
    qint64 now = 0;
    for (int i = 0; i < 600; ++i) {
        switch (pattern) {
        case 0:
            now += (i * 37) % 23;
            sends.append(pacer.reserve(now));
            break;
        case 1:
            if (i % 7 == 0)
                now += 700;
            sends.append(pacer.reserve(now));
            break;
        case 2: {
            now += (i * 53) % 151;
            const qint64 kept = pacer.reserve(now);
            const qint64 givenBack = pacer.reserve(now);
            if (i % 3 == 0) {
                pacer.release(givenBack); // a cancelled request
                sends.append(kept);
            } else {
                sends.append(kept);
                sends.append(givenBack);
            }
            break;
        }
        case 3:
            now += 40;
            if (i % 150 == 149)
                pacer.blockUntil(now + 3000); // a 429's retry-after
            sends.append(pacer.reserve(now));
            break;
        }
    }
    std::sort(sends.begin(), sends.end());
    QVERIFY(sends.size() > 500);
    for (qsizetype i = kServerLimit; i < sends.size(); ++i) {
        QVERIFY2(sends.at(i) - sends.at(i - kLimit) >= kWindow, qPrintable(describe(sends, i)));
        QVERIFY2(sends.at(i) - sends.at(i - kServerLimit) >= kWindow + margin, qPrintable(describe(sends, i)));
    }
    QVERIFY(mostInAnyWindow(sends, kWindow) <= kLimit);
    QVERIFY(mostInAnyWindow(sends, kWindow + margin) <= kServerLimit);
}

// Two sends at 0, 17 at 1000: at 2000 the window (0, 2000] holds 17, so two
// more fit in it by rule 1, and 21 sends would lie within [0, 2000], the
// server's window to the millisecond. Rule 2 sends the second at 2105.
void TestRequestPacer::aFreeSlotDoesNotMakeAGroupAtTheEdge()
{
    pc::RequestPacer pacer(kLimit, kWindow);
    QList<qint64> sends;
    for (int i = 0; i < 2; ++i)
        sends.append(pacer.reserve(0));
    for (int i = 0; i < 17; ++i)
        sends.append(pacer.reserve(1000));
    QCOMPARE(sends.last(), 1000);
    QCOMPARE(pacer.reserve(2000), 2000);
    QCOMPARE(pacer.reserve(2000), 2000 + pacer.spacingMs());
}

// The server model fed with what the pacer hands out, every send's arrival
// delayed by 0 to 100 ms (less than the margin), the earlier sends of each
// window the most: nothing is refused. The same model refuses a request when
// the sends are the old pacer's groups (19 at once, 2 s later again), the
// case this margin is for.
void TestRequestPacer::latencyWithinTheMarginIsNeverRefused()
{
    pc::RequestPacer pacer(kLimit, kWindow);
    const int latency = 100;
    QVERIFY(latency < pacer.spacingMs());
    QList<qint64> arrivals;
    qint64 now = 0;
    for (int i = 0; i < 300; ++i) {
        if (i % 40 == 0)
            now += 2500; // pauses, so the burst after each is in the mix
        const qint64 sendAt = pacer.reserve(now);
        // Worst case: the first half of each window late, the second on time.
        arrivals.append(sendAt + ((sendAt / (kWindow / 2)) % 2 == 0 ? latency : 0));
    }
    QCOMPARE(refusedByServer(arrivals), 0);

    // The model can refuse: groups of 19 sent together every 2 s, the first
    // group delayed by the same 100 ms.
    QList<qint64> groups;
    for (int group = 0; group < 2; ++group) {
        for (int i = 0; i < kLimit; ++i)
            groups.append(qint64(group) * kWindow + (group == 0 ? latency : 0) + i);
    }
    QVERIFY(refusedByServer(groups) > 0);
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
    QCOMPARE(slots.last(), 2666); // 3 at once, then one every 333 ms
    for (qint64 slot : std::as_const(slots))
        pacer.release(slot);
    QCOMPARE(pacer.reserve(10), 10);
}

QTEST_APPLESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
