#include "sandbox/store.h"

#include <QDateTime>

#include <algorithm>

namespace sandbox {

Store::Store(const SandboxOptions &options)
{
    seed(options);
}

qint64 Store::tick()
{
    m_lastWrite = std::max(QDateTime::currentSecsSinceEpoch(), m_lastWrite + 1);
    ++version;
    return m_lastWrite;
}

int Store::offeringRow(qint64 id) const
{
    const auto it = std::lower_bound(offerings.cbegin(), offerings.cend(), id,
                                     [](const Offering &o, qint64 value) { return o.id < value; });
    return it != offerings.cend() && it->id == id ? int(it - offerings.cbegin()) : -1;
}

int Store::instanceRow(qint64 id) const
{
    const auto it = std::lower_bound(instances.cbegin(), instances.cend(), id,
                                     [](const Instance &i, qint64 value) { return i.id < value; });
    return it != instances.cend() && it->id == id ? int(it - instances.cbegin()) : -1;
}

// The small lists are numbered 1..n without gaps.
const Person *Store::person(qint64 id) const
{
    return id >= 1 && id <= people.size() ? &people.at(id - 1) : nullptr;
}

const ServiceInstance *Store::serviceInstance(qint64 id) const
{
    return id >= 1 && id <= serviceInstances.size() ? &serviceInstances.at(id - 1) : nullptr;
}

const UiExtensionVersion *Store::uiExtensionVersion(qint64 id) const
{
    return id >= 1 && id <= uiExtensionVersions.size() ? &uiExtensionVersions.at(id - 1) : nullptr;
}

bool Store::referenceTaken(const QString &reference, qint64 exceptOfferingId) const
{
    return std::any_of(offerings.cbegin(), offerings.cend(), [&](const Offering &o) {
        return o.id != exceptOfferingId && o.reference() == reference;
    });
}

qint64 Store::createInstance(qint64 offeringId)
{
    Instance instance;
    instance.id = nextInstanceId++;
    instance.offeringId = offeringId;
    const int customers = int(accounts.size()) - 1 - trustedAccountCount;
    instance.account = customers > 0 ? 1 + trustedAccountCount + int(instance.id % customers) : 0;
    instance.representativeId = people.isEmpty() ? 0 : 1;
    instance.createdAt = instance.updatedAt = tick();
    instance.enabledByCustomer = true;
    instance.webhookId = 100000 + instance.id;
    instance.webhookPolicyId = 200000 + instance.id;
    instances.push_back(instance);
    return instance.id;
}

bool Store::deleteInstance(qint64 id)
{
    const int row = instanceRow(id);
    if (row < 0)
        return false;
    instances.erase(instances.begin() + row);
    ++version;
    return true;
}

} // namespace sandbox
