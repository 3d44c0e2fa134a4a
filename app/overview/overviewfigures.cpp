#include "app/overview/overviewfigures.h"

#include "app/models/instancetable.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <limits>

namespace pc {

qint64 StateCounts::total() const
{
    qint64 sum = 0;
    for (qint64 count : byState)
        sum += count;
    return sum;
}

OverviewFigures::OverviewFigures(bool draftsKnown)
    : published(draftsKnown ? 0 : -1)
    , drafts(draftsKnown ? 0 : -1)
    , m_draftsKnown(draftsKnown)
{}

void OverviewFigures::addOffering(bool disabled, bool draft)
{
    ++offerings;
    if (disabled)
        ++disabledOfferings; // a disabled draft is disabled first
    else if (m_draftsKnown)
        ++(draft ? drafts : published);
}

namespace {

InstanceState stateOfRow(const InstanceTable &instances, qsizetype row)
{
    return instanceState(instances.isDisabled(row), instances.isEnabledByCustomer(row),
                         instances.isSuspended(row));
}

} // namespace

OverviewFigures OverviewData::figures(const QList<OfferingFact> &offerings, const QSet<qint64> &drafts,
                                      bool draftsKnown, const InstanceTable &instances)
{
    OverviewFigures figures(draftsKnown);
    for (const OfferingFact &offering : offerings)
        figures.addOffering(offering.disabled, drafts.contains(offering.id));
    for (qsizetype row = 0; row < instances.size(); ++row)
        ++figures.instances[stateOfRow(instances, row)];
    return figures;
}

QList<OfferingBar> OverviewData::offeringBars(const QList<OfferingFact> &offerings,
                                              const InstanceTable &instances)
{
    // Counted by the table's distinct offerings first (an index per row, no
    // hashing per row), then merged by id: a renamed offering may be there
    // twice, under its old and new name.
    const QList<Reference> &distinct = instances.distinctOfferings();
    QList<StateCounts> byIndex(distinct.size());
    for (qsizetype row = 0; row < instances.size(); ++row)
        ++byIndex[instances.appOfferingIndex(row)][stateOfRow(instances, row)];
    QHash<qint64, QString> names;
    for (const OfferingFact &offering : offerings)
        names.insert(offering.id, offering.name);
    QHash<qint64, qsizetype> barOfId;
    QList<OfferingBar> bars;
    for (qsizetype index = 0; index < distinct.size(); ++index) {
        if (byIndex.at(index).total() == 0)
            continue;
        const Reference &reference = distinct.at(index);
        auto it = barOfId.find(reference.id);
        if (it == barOfId.end()) {
            OfferingBar bar;
            bar.offeringId = reference.id;
            bar.name = names.value(reference.id, reference.name);
            if (bar.name.isEmpty())
                bar.name = reference.id ? tr("Offering #%1").arg(reference.id) : tr("No offering");
            it = barOfId.insert(reference.id, bars.size());
            bars.append(bar);
        }
        for (int state = 0; state < InstanceStateCount; ++state)
            bars[*it].counts.byState[state] += byIndex.at(index).byState[state];
    }
    std::sort(bars.begin(), bars.end(), [](const OfferingBar &left, const OfferingBar &right) {
        const qint64 l = left.counts.total();
        const qint64 r = right.counts.total();
        if (l != r)
            return l > r;
        const int byName = left.name.localeAwareCompare(right.name);
        return byName != 0 ? byName < 0 : left.offeringId < right.offeringId;
    });
    return bars;
}

QList<OfferingBar> OverviewData::topWithOther(const QList<OfferingBar> &bars, int top)
{
    if (bars.size() <= top + 1) // one offering alone is shown as itself, not as "other"
        return bars;
    QList<OfferingBar> shown = bars.mid(0, top);
    OfferingBar other;
    for (qsizetype index = top; index < bars.size(); ++index) {
        for (int state = 0; state < InstanceStateCount; ++state)
            other.counts.byState[state] += bars.at(index).counts.byState[state];
        other.otherIds.append(bars.at(index).offeringId);
    }
    other.name = otherName(other.offeringsInOther());
    shown.append(other);
    return shown;
}

QString OverviewData::otherName(int offerings)
{
    return tr("Other (%n offering(s))", "", offerings);
}

QList<InstallFact> OverviewData::installs(const InstanceTable &instances)
{
    QList<InstallFact> installs;
    installs.reserve(instances.size());
    const QList<Reference> &distinct = instances.distinctOfferings();
    for (qsizetype row = 0; row < instances.size(); ++row)
        installs.append({distinct.at(instances.appOfferingIndex(row)).id, instances.createdAtMs(row)});
    return installs;
}

QList<MonthPoint> OverviewData::adoption(const QList<InstallFact> &installs, qint64 offeringId,
                                         AdoptionRange range, const QDate &today)
{
    // Months numbered year * 12 + month - 1. A row's month is found among
    // the months' first instants (local time) by binary search: converting
    // each of 100,000 times to a local date would take most of a frame.
    const auto monthNumber = [](const QDate &date) { return date.year() * 12 + date.month() - 1; };
    const auto monthStartMs = [](int month) {
        return QDateTime(QDate(month / 12, month % 12 + 1, 1), QTime(0, 0)).toMSecsSinceEpoch();
    };
    const int last = monthNumber(today);
    QList<qint64> created;
    created.reserve(installs.size());
    qint64 undated = 0;
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const InstallFact &install : installs) {
        if (offeringId != 0 && install.offeringId != offeringId)
            continue;
        const qint64 ms = install.createdMs;
        if (ms == InstanceTable::NoTime) {
            ++undated; // in the total from the start, in no month
            continue;
        }
        created.append(ms);
        earliest = std::min(earliest, ms);
    }
    const int firstInstall =
        created.isEmpty() ? last
                          : std::min(last, monthNumber(QDateTime::fromMSecsSinceEpoch(earliest).date()));
    const int first = range == AdoptionRange::LastTwelveMonths ? last - 11 : firstInstall;
    // starts[i]: the first instant of month first + i; one more for the end.
    QList<qint64> starts;
    starts.reserve(last - first + 2);
    for (int month = first; month <= last + 1; ++month)
        starts.append(monthStartMs(month));
    QList<qint64> perMonth(last - first + 1, 0);
    qint64 before = undated;
    for (qint64 ms : std::as_const(created)) {
        if (ms < starts.first()) {
            ++before;
            continue;
        }
        // Later than today's month (a clock ahead): counted in the last one.
        const qsizetype slot = std::upper_bound(starts.cbegin(), starts.cend(), ms) - starts.cbegin() - 1;
        ++perMonth[std::min(slot, perMonth.size() - 1)];
    }
    QList<MonthPoint> points;
    points.reserve(perMonth.size());
    qint64 running = before;
    for (int month = first; month <= last; ++month) {
        MonthPoint point;
        point.month = QDate(month / 12, month % 12 + 1, 1);
        point.installs = perMonth.at(month - first);
        running += point.installs;
        point.runningTotal = running;
        points.append(point);
    }
    return points;
}

} // namespace pc
