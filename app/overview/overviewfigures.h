#pragma once

#include "app/models/recordstate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <array>

namespace pc {

class InstanceTable;

// What the overview needs of an offering (from the offerings table).
struct OfferingFact
{
    qint64 id = 0;
    QString name;
    bool disabled = false;
    qint64 updatedMs = 0;
};

// Instances counted by state (see instanceState(): each in one state only).
struct StateCounts
{
    std::array<qint64, InstanceStateCount> byState{};
    qint64 &operator[](InstanceState state) { return byState[size_t(state)]; }
    qint64 operator[](InstanceState state) const { return byState[size_t(state)]; }
    qint64 total() const;
    bool operator==(const StateCounts &) const = default;
};

// The figures across the top of the overview.
struct OverviewFigures
{
    // No offering and no instance yet; drafts and published 0, or -1 when not known.
    explicit OverviewFigures(bool draftsKnown = true);
    // Counts one offering in.
    void addOffering(bool disabled, bool draft);

    qint64 offerings = 0;
    qint64 published = 0; // -1: not known (which offerings are drafts was not read)
    qint64 drafts = 0;    // -1: not known
    qint64 disabledOfferings = 0;
    StateCounts instances;
    bool operator==(const OverviewFigures &) const = default;

private:
    bool m_draftsKnown = true;
};

// One bar of "installs per offering": an offering's instances by state, or
// "other": the offerings past the top ones, together.
struct OfferingBar
{
    qint64 offeringId = 0; // 0 for "other"
    QString name;
    StateCounts counts;
    QList<qint64> otherIds; // the offerings "other" holds (none for an offering's own bar)
    int offeringsInOther() const { return int(otherIds.size()); }
    bool isOther() const { return !otherIds.isEmpty(); }
};

// One month of "adoption over time".
struct MonthPoint
{
    QDate month; // its first day
    qint64 installs = 0;
    qint64 runningTotal = 0; // instances created up to the month's end (and still there)
};

enum class AdoptionRange { LastTwelveMonths, All };

// When an instance was installed, and of which offering: what adoption is
// counted from, kept apart so a change of offering or range needs no rows.
struct InstallFact
{
    qint64 offeringId = 0;
    qint64 createdMs = 0; // InstanceTable::NoTime when not known
};

// The overview's numbers, computed here from the rows without a request:
// the figures, the installs per offering and adoption over time.
class OverviewData
{
    Q_DECLARE_TR_FUNCTIONS(OverviewData)

public:
    // `drafts`: the ids of the offerings that are drafts; `draftsKnown`
    // false when that could not be read (the figures say "not known").
    static OverviewFigures figures(const QList<OfferingFact> &offerings, const QSet<qint64> &drafts,
                                   bool draftsKnown, const InstanceTable &instances);
    // Every offering with instances, largest first (ties by name); offerings
    // without instances are left out.
    static QList<OfferingBar> offeringBars(const QList<OfferingFact> &offerings,
                                           const InstanceTable &instances);
    // The first `top` bars, the rest as one "other" bar.
    static QList<OfferingBar> topWithOther(const QList<OfferingBar> &bars, int top);
    // Installs per month of one offering (0: all), from the first month with
    // an install (or the last twelve months ending with `today`'s) to
    // `today`'s month, in the local time zone.
    static QList<MonthPoint> adoption(const QList<InstallFact> &installs, qint64 offeringId,
                                      AdoptionRange range, const QDate &today);
    static QList<InstallFact> installs(const InstanceTable &instances);
    static QString otherName(int offerings);
};

} // namespace pc
