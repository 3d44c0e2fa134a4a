#include "app/models/recordstate.h"

#include <QStringList>

namespace pc {

InstanceState instanceState(bool disabled, bool enabledByCustomer, bool suspended)
{
    if (disabled)
        return InstanceState::Disabled;
    if (suspended)
        return InstanceState::Suspended;
    if (!enabledByCustomer)
        return InstanceState::NotEnabled;
    return InstanceState::Active;
}

QString RecordStateText::word(InstanceState state)
{
    switch (state) {
    case InstanceState::Active:
        return tr("Active");
    case InstanceState::NotEnabled:
        return tr("Not enabled");
    case InstanceState::Suspended:
        return tr("Suspended");
    case InstanceState::Disabled:
        return tr("Disabled");
    }
    return {};
}

QString RecordStateText::instanceText(bool disabled, bool enabledByCustomer, bool suspended)
{
    QStringList words;
    if (disabled)
        words.append(word(InstanceState::Disabled));
    if (suspended)
        words.append(word(InstanceState::Suspended));
    if (!enabledByCustomer)
        words.append(word(InstanceState::NotEnabled));
    return words.isEmpty() ? word(InstanceState::Active) : words.join(QStringLiteral(" · "));
}

QString RecordStateText::instanceDescription(bool disabled, bool enabledByCustomer, bool suspended)
{
    QStringList words;
    if (disabled)
        words.append(tr("Disabled by the provider"));
    if (suspended)
        words.append(tr("Suspended by the customer"));
    if (!enabledByCustomer)
        words.append(tr("Not enabled by the customer"));
    return words.isEmpty() ? tr("Active") : words.join(QStringLiteral(", "));
}

QString RecordStateText::word(OfferingState state)
{
    switch (state) {
    case OfferingState::Published:
        return tr("Published");
    case OfferingState::Draft:
        return tr("Draft");
    case OfferingState::Disabled:
        return tr("Disabled");
    case OfferingState::Unknown:
        return tr("Enabled");
    }
    return {};
}

} // namespace pc
