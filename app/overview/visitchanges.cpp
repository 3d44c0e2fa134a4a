#include "app/models/instancetable.h"
#include "app/overview/visitsnapshot.h"

#include <algorithm>

namespace pc {

namespace {

using Kind = VisitChange::Kind;

VisitChange instanceChange(Kind kind, const VisitSnapshot &snapshot, const VisitSnapshot::Instance &instance)
{
    VisitChange change;
    change.kind = kind;
    change.id = instance.id;
    change.account = snapshot.accountOf(instance);
    change.offering = snapshot.offeringName(instance.offeringId);
    if (change.offering.isEmpty() && instance.offeringId)
        change.offering = VisitChanges::tr("Offering #%1").arg(instance.offeringId);
    if (kind == Kind::Suspended)
        change.comment = snapshot.comments.value(instance.comment);
    return change;
}

// One line per flag that changed, named for where it went.
void flagChanges(const VisitSnapshot &now, const VisitSnapshot::Instance &before,
                 const VisitSnapshot::Instance &after, QList<VisitChange> *changes)
{
    const quint8 changed = before.flags ^ after.flags;
    if (changed & InstanceTable::Suspended)
        changes->append(instanceChange(
            after.flags & InstanceTable::Suspended ? Kind::Suspended : Kind::Resumed, now, after));
    if (changed & InstanceTable::Disabled)
        changes->append(instanceChange(after.flags & InstanceTable::Disabled ? Kind::Disabled : Kind::Enabled,
                                       now, after));
    if (changed & InstanceTable::EnabledByCustomer)
        changes->append(instanceChange(after.flags & InstanceTable::EnabledByCustomer
                                           ? Kind::EnabledByCustomer
                                           : Kind::NotEnabledByCustomer,
                                       now, after));
}

VisitChange offeringChange(Kind kind, const VisitSnapshot::Offering &offering)
{
    VisitChange change;
    change.kind = kind;
    change.id = offering.id;
    change.offering = offering.name;
    return change;
}

// Walks two lists ordered by id side by side: `onBoth`, `onlyBefore`, `onlyNow`.
template<typename Item, typename Both, typename Before, typename Now>
void mergeById(const QList<Item> &before, const QList<Item> &now, Both onBoth, Before onlyBefore, Now onlyNow)
{
    auto b = before.cbegin();
    auto n = now.cbegin();
    while (b != before.cend() || n != now.cend()) {
        if (n == now.cend() || (b != before.cend() && b->id < n->id))
            onlyBefore(*b++);
        else if (b == before.cend() || n->id < b->id)
            onlyNow(*n++);
        else
            onBoth(*b++, *n++);
    }
}

} // namespace

QList<VisitChange> VisitChanges::between(const VisitSnapshot &before, const VisitSnapshot &now)
{
    QList<VisitChange> changes;
    const bool bothComplete = before.complete && now.complete;
    mergeById(
        before.instances, now.instances,
        [&](const VisitSnapshot::Instance &was, const VisitSnapshot::Instance &is) {
            flagChanges(now, was, is, &changes);
        },
        [&](const VisitSnapshot::Instance &was) {
            if (bothComplete)
                changes.append(instanceChange(Kind::Uninstalled, before, was));
        },
        [&](const VisitSnapshot::Instance &is) {
            // A row beyond what an incomplete snapshot had loaded is not new.
            if (before.complete)
                changes.append(instanceChange(Kind::Installed, now, is));
        });
    mergeById(
        before.offerings, now.offerings,
        [&](const VisitSnapshot::Offering &was, const VisitSnapshot::Offering &is) {
            if (was.updatedMs != is.updatedMs || was.disabled != is.disabled || was.name != is.name)
                changes.append(offeringChange(Kind::OfferingChanged, is));
        },
        [&](const VisitSnapshot::Offering &was) {
            if (bothComplete)
                changes.append(offeringChange(Kind::OfferingRemoved, was));
        },
        [&](const VisitSnapshot::Offering &is) { changes.append(offeringChange(Kind::OfferingAdded, is)); });
    std::stable_sort(changes.begin(), changes.end(), [](const VisitChange &left, const VisitChange &right) {
        return left.kind < right.kind;
    });
    return changes;
}

QString VisitChanges::kindText(VisitChange::Kind kind)
{
    switch (kind) {
    case Kind::Installed:
        return tr("Installed");
    case Kind::Uninstalled:
        return tr("Uninstalled");
    case Kind::Suspended:
        return tr("Suspended");
    case Kind::Resumed:
        return tr("Resumed");
    case Kind::Disabled:
        return tr("Disabled");
    case Kind::Enabled:
        return tr("Enabled again");
    case Kind::EnabledByCustomer:
        return tr("Enabled by the customer");
    case Kind::NotEnabledByCustomer:
        return tr("No longer enabled by the customer");
    case Kind::OfferingAdded:
        return tr("New offering");
    case Kind::OfferingChanged:
        return tr("Offering changed");
    case Kind::OfferingRemoved:
        return tr("Offering removed");
    }
    return {};
}

QString VisitChanges::text(const VisitChange &change)
{
    if (change.isOffering())
        return tr("%1: %2 (#%3)").arg(kindText(change.kind), change.offering).arg(change.id);
    QString line = tr("%1: %2 — %3 (#%4)")
                       .arg(kindText(change.kind),
                            change.account.isEmpty() ? tr("no customer") : change.account, change.offering)
                       .arg(change.id);
    if (!change.comment.isEmpty())
        line += tr(" (“%1”)").arg(change.comment.simplified().left(120));
    return line;
}

} // namespace pc
