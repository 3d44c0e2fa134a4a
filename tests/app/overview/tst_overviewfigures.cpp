#include "app/models/instancetable.h"
#include "app/overview/overviewfigures.h"

#include <QTest>

using pc::InstanceState;
using pc::InstanceTable;
using pc::OfferingBar;
using pc::OfferingFact;
using pc::OverviewData;

namespace {

pc::AppInstance instance(qint64 id, qint64 offering, bool disabled, bool enabled, bool suspended,
                         const QDateTime &created = {})
{
    pc::AppInstance made;
    made.id = id;
    made.appOffering = {offering, QStringLiteral("Offering %1").arg(offering), QString()};
    made.customerAccount = {QStringLiteral("c%1").arg(id % 7), QStringLiteral("Customer %1").arg(id % 7)};
    made.disabled = disabled;
    made.enabledByCustomer = enabled;
    made.suspended = suspended;
    made.createdAt = created;
    return made;
}

QDateTime localTime(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0));
}

} // namespace

// The overview's numbers against sets worked out by hand: empty, one
// record, all suspended, every combination of the flags, 100,000 rows;
// installs per offering with "other"; adoption per month and running total.
class TestOverviewFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySet();
    void oneRecord();
    void allSuspended();
    void everyCombinationHasOneState();
    void offeringFigures();
    void draftsNotKnown();
    void barsLargestFirstWithOther();
    void aRenamedOfferingIsOneBar();
    void hundredThousandRows();
    void adoptionLastTwelveMonths();
    void adoptionAllTimeAndOneOffering();
    void adoptionOfNothing();
};

void TestOverviewFigures::emptySet()
{
    const InstanceTable table;
    const pc::OverviewFigures figures = OverviewData::figures({}, {}, true, table);
    QCOMPARE(figures.offerings, 0);
    QCOMPARE(figures.published, 0);
    QCOMPARE(figures.drafts, 0);
    QCOMPARE(figures.instances.total(), 0);
    QVERIFY(OverviewData::offeringBars({}, table).isEmpty());
    QVERIFY(OverviewData::topWithOther({}, 8).isEmpty());
}

void TestOverviewFigures::oneRecord()
{
    InstanceTable table;
    table.append(instance(1, 10, false, true, false));
    const pc::OverviewFigures figures =
        OverviewData::figures({{10, QStringLiteral("Slack"), false, 0}}, {}, true, table);
    QCOMPARE(figures.offerings, 1);
    QCOMPARE(figures.published, 1);
    QCOMPARE(figures.instances.total(), 1);
    QCOMPARE(figures.instances[InstanceState::Active], 1);
    const QList<OfferingBar> bars =
        OverviewData::offeringBars({{10, QStringLiteral("Slack"), false, 0}}, table);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first().name, QStringLiteral("Slack")); // the offering's own name, not the reference's
    QCOMPARE(bars.first().counts[InstanceState::Active], 1);
    QCOMPARE(bars.first().counts.total(), 1);
}

void TestOverviewFigures::allSuspended()
{
    InstanceTable table;
    for (qint64 id = 1; id <= 50; ++id)
        table.append(instance(id, 1 + id % 3, false, id % 2 == 0, true));
    const pc::OverviewFigures figures = OverviewData::figures({}, {}, true, table);
    QCOMPARE(figures.instances[InstanceState::Suspended], 50);
    QCOMPARE(figures.instances[InstanceState::Active], 0);
    QCOMPARE(figures.instances[InstanceState::NotEnabled], 0); // suspended is the stronger state
    QCOMPARE(figures.instances.total(), 50);
    qint64 sum = 0;
    for (const OfferingBar &bar : OverviewData::offeringBars({}, table)) {
        QCOMPARE(bar.counts[InstanceState::Suspended], bar.counts.total());
        sum += bar.counts.total();
    }
    QCOMPARE(sum, 50);
}

void TestOverviewFigures::everyCombinationHasOneState()
{
    InstanceTable table;
    for (int flags = 0; flags < 8; ++flags)
        table.append(instance(flags + 1, 1, flags & 1, flags & 2, flags & 4));
    const pc::OverviewFigures figures = OverviewData::figures({}, {}, true, table);
    // disabled: 4 of 8 (bit 1); of the rest suspended: 2; of the rest not enabled: 1; active: 1.
    QCOMPARE(figures.instances[InstanceState::Disabled], 4);
    QCOMPARE(figures.instances[InstanceState::Suspended], 2);
    QCOMPARE(figures.instances[InstanceState::NotEnabled], 1);
    QCOMPARE(figures.instances[InstanceState::Active], 1);
}

void TestOverviewFigures::offeringFigures()
{
    const QList<OfferingFact> offerings = {{1, QStringLiteral("A"), false, 0},
                                           {2, QStringLiteral("B"), false, 0},
                                           {3, QStringLiteral("C"), true, 0},
                                           {4, QStringLiteral("D"), false, 0}};
    const pc::OverviewFigures figures = OverviewData::figures(offerings, {2, 3}, true, InstanceTable());
    QCOMPARE(figures.offerings, 4);
    QCOMPARE(figures.disabledOfferings, 1); // a disabled draft counts as disabled
    QCOMPARE(figures.drafts, 1);
    QCOMPARE(figures.published, 2);
}

void TestOverviewFigures::draftsNotKnown()
{
    const pc::OverviewFigures figures = OverviewData::figures(
        {{1, QStringLiteral("A"), true, 0}, {2, QStringLiteral("B"), false, 0}}, {}, false, InstanceTable());
    QCOMPARE(figures.published, -1);
    QCOMPARE(figures.drafts, -1);
    QCOMPARE(figures.disabledOfferings, 1);
}

void TestOverviewFigures::barsLargestFirstWithOther()
{
    InstanceTable table;
    qint64 id = 0;
    // Offering n has n instances; offering 3's include one disabled.
    for (qint64 offering = 1; offering <= 12; ++offering) {
        for (qint64 n = 0; n < offering; ++n)
            table.append(instance(++id, offering, offering == 3 && n == 0, true, false));
    }
    const QList<OfferingBar> bars = OverviewData::offeringBars({}, table);
    QCOMPARE(bars.size(), 12);
    QCOMPARE(bars.first().offeringId, 12);
    QCOMPARE(bars.last().offeringId, 1);
    const QList<OfferingBar> shown = OverviewData::topWithOther(bars, 8);
    QCOMPARE(shown.size(), 9);
    QVERIFY(shown.last().isOther());
    QCOMPARE(shown.last().offeringsInOther(), 4);
    QCOMPARE(shown.last().counts.total(), 1 + 2 + 3 + 4);
    QCOMPARE(shown.last().counts[InstanceState::Disabled], 1);
    QCOMPARE(shown.last().name, OverviewData::otherName(4));
    // One offering past the top is shown as itself, not as "other (1)".
    QCOMPARE(OverviewData::topWithOther(bars.mid(0, 9), 8).size(), 9);
    QVERIFY(!OverviewData::topWithOther(bars.mid(0, 9), 8).last().isOther());
}

void TestOverviewFigures::aRenamedOfferingIsOneBar()
{
    InstanceTable table;
    pc::AppInstance old = instance(1, 5, false, true, false);
    old.appOffering.name = QStringLiteral("Old name");
    table.append(old);
    table.append(instance(2, 5, false, false, false));
    const QList<OfferingBar> bars =
        OverviewData::offeringBars({{5, QStringLiteral("New name"), false, 0}}, table);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first().name, QStringLiteral("New name"));
    QCOMPARE(bars.first().counts.total(), 2);
    QCOMPARE(bars.first().counts[InstanceState::NotEnabled], 1);
}

void TestOverviewFigures::hundredThousandRows()
{
    // id i: offering 1 + i % 40; disabled every 17th, suspended every 5th,
    // enabled unless every 3rd. Counted here the plain way, row by row.
    InstanceTable table;
    table.reserve(100'000);
    std::array<qint64, 4> expected{};
    QHash<qint64, qint64> perOffering;
    for (qint64 i = 0; i < 100'000; ++i) {
        const bool disabled = i % 17 == 0;
        const bool suspended = i % 5 == 0;
        const bool enabled = i % 3 != 0;
        table.append(instance(i + 1, 1 + i % 40, disabled, enabled, suspended,
                              QDateTime::fromMSecsSinceEpoch(1'600'000'000'000 + i * 600'000, Qt::UTC)));
        const int state = disabled ? 3 : suspended ? 2 : !enabled ? 1 : 0;
        ++expected[size_t(state)];
        ++perOffering[1 + i % 40];
    }
    const pc::OverviewFigures figures = OverviewData::figures({}, {}, true, table);
    for (int state = 0; state < 4; ++state)
        QCOMPARE(figures.instances.byState[size_t(state)], expected[size_t(state)]);
    QCOMPARE(figures.instances.total(), 100'000);
    const QList<OfferingBar> bars = OverviewData::offeringBars({}, table);
    QCOMPARE(bars.size(), 40);
    for (const OfferingBar &bar : bars)
        QCOMPARE(bar.counts.total(), perOffering.value(bar.offeringId));
    const QList<pc::MonthPoint> points =
        OverviewData::adoption(OverviewData::installs(table), 0, pc::AdoptionRange::All, QDate(2021, 12, 31));
    QCOMPARE(points.last().runningTotal, 100'000);
    qint64 sum = 0;
    for (const pc::MonthPoint &point : points)
        sum += point.installs;
    QCOMPARE(sum, 100'000);
}

void TestOverviewFigures::adoptionLastTwelveMonths()
{
    InstanceTable table;
    table.append(instance(1, 1, false, true, false, localTime(2023, 3, 5))); // before the range
    table.append(instance(2, 1, false, true, false, localTime(2024, 7, 1))); // the first month shown
    table.append(instance(3, 1, false, true, false, localTime(2024, 7, 31)));
    table.append(instance(4, 2, false, true, false, localTime(2025, 6, 15))); // the last month
    table.append(instance(5, 2, false, true, false));                         // no date: in the total only
    const QList<pc::MonthPoint> points = OverviewData::adoption(
        OverviewData::installs(table), 0, pc::AdoptionRange::LastTwelveMonths, QDate(2025, 6, 20));
    QCOMPARE(points.size(), 12);
    QCOMPARE(points.first().month, QDate(2024, 7, 1));
    QCOMPARE(points.first().installs, 2);
    QCOMPARE(points.first().runningTotal, 4); // the undated and the 2023 one before it
    QCOMPARE(points.last().month, QDate(2025, 6, 1));
    QCOMPARE(points.last().installs, 1);
    QCOMPARE(points.last().runningTotal, 5);
    QCOMPARE(points.at(5).installs, 0);
    QCOMPARE(points.at(5).runningTotal, 4);
}

void TestOverviewFigures::adoptionAllTimeAndOneOffering()
{
    InstanceTable table;
    table.append(instance(1, 1, false, true, false, localTime(2023, 3, 5)));
    table.append(instance(2, 2, false, true, false, localTime(2023, 4, 1)));
    table.append(instance(3, 1, false, true, false, localTime(2023, 5, 20)));
    const QList<pc::MonthPoint> all =
        OverviewData::adoption(OverviewData::installs(table), 0, pc::AdoptionRange::All, QDate(2023, 5, 21));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).month, QDate(2023, 3, 1));
    QCOMPARE(all.at(1).installs, 1);
    QCOMPARE(all.at(2).runningTotal, 3);
    const QList<pc::MonthPoint> one =
        OverviewData::adoption(OverviewData::installs(table), 1, pc::AdoptionRange::All, QDate(2023, 5, 21));
    QCOMPARE(one.size(), 3);
    QCOMPARE(one.at(1).installs, 0);
    QCOMPARE(one.at(2).installs, 1);
    QCOMPARE(one.at(2).runningTotal, 2);
}

void TestOverviewFigures::adoptionOfNothing()
{
    const QList<pc::MonthPoint> all =
        OverviewData::adoption({}, 0, pc::AdoptionRange::All, QDate(2025, 1, 10));
    QCOMPARE(all.size(), 1); // this month, with nothing in it
    QCOMPARE(all.first().installs, 0);
    QCOMPARE(OverviewData::adoption({}, 0, pc::AdoptionRange::LastTwelveMonths, QDate(2025, 1, 10)).size(),
             12);
}

QTEST_GUILESS_MAIN(TestOverviewFigures)
#include "tst_overviewfigures.moc"
