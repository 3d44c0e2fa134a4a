#pragma once

#include <QCoreApplication>
#include <QString>

namespace pc {

// The state of an instance as a person reads it, from its three booleans.
// Every instance has exactly one: the strongest that applies (the provider
// disabled it, else the customer suspended it, else the customer has not
// enabled it, else it is active), so the states split a set of instances
// into parts that add up to the whole (the overview's bars and figures, the
// State chip). The combinations are kept apart by instanceStateText().
enum class InstanceState { Active = 0, NotEnabled = 1, Suspended = 2, Disabled = 3 };
inline constexpr int InstanceStateCount = 4;

// The offering's state in the offerings table and the overview.
enum class OfferingState { Published = 0, Draft = 1, Disabled = 2, Unknown = 3 };

InstanceState instanceState(bool disabled, bool enabledByCustomer, bool suspended);

class RecordStateText
{
    Q_DECLARE_TR_FUNCTIONS(RecordStateText)

public:
    // "Active", "Not enabled", "Suspended", "Disabled".
    static QString word(InstanceState state);
    // The state of one instance in words, combinations included: "Suspended",
    // "Disabled · Suspended · Not enabled"; the strongest first.
    static QString instanceText(bool disabled, bool enabledByCustomer, bool suspended);
    // The same spelled out for a screen reader: "Suspended, not enabled by the customer".
    static QString instanceDescription(bool disabled, bool enabledByCustomer, bool suspended);
    static QString word(OfferingState state);
};

} // namespace pc
