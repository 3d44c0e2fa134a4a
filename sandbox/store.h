#pragma once

// The sandbox's data: plain records in id order, generated from a seed. The
// instance record is kept compact on purpose so that 100,000 of them are
// generated and held cheaply.

#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

namespace sandbox {

struct Account
{
    QString id;
    QString name;
};

struct Person
{
    qint64 id = 0;
    QString name;
    QString email;
    int account = 0; // index into Store::accounts
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool disabled = false;
};

struct ServiceInstance
{
    qint64 id = 0;
    QString name;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct UiExtensionVersion
{
    qint64 id = 0;
    QString name;
    int version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// Drafts are the "latest internal" versions, published ones the "latest
// published" (own account) or, for a trusted account, part of
// "all_latest_published".
enum class OfferingState { Draft, Published };

struct Offering
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    OfferingState state = OfferingState::Draft;
    bool publishedOnce = false; // the reference is frozen from the first publish on
    int account = 0;            // 0 = the provider's own account, else a trusted account
    bool installedHere = false; // the "consumed" predefined filter
    // The writable fields, exactly as the API names them (service_instance_id
    // and ui_extension_version_id hold the references). Absent = null.
    QJsonObject attributes;

    QString name() const { return attributes.value(QLatin1String("name")).toString(); }
    QString reference() const { return attributes.value(QLatin1String("reference")).toString(); }
};

struct Instance
{
    qint64 id = 0;
    qint64 offeringId = 0;
    qint64 representativeId = 0;
    qint64 webhookId = 0; // 0 = null
    qint64 webhookPolicyId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int account = 0; // index into Store::accounts
    bool disabled = false;
    bool suspended = false;
    bool enabledByCustomer = true;
    QString suspensionComment; // null QString renders null
    QJsonValue customFields;   // Null or an array of {id, value}
};

class Store
{
public:
    explicit Store(const SandboxOptions &options);

    QList<Account> accounts;     // [0] is the provider's own account, then trusted ones, then customers
    int trustedAccountCount = 3; // accounts[1..trustedAccountCount]
    QList<Person> people;
    QList<ServiceInstance> serviceInstances;
    QList<UiExtensionVersion> uiExtensionVersions;
    QList<Offering> offerings;     // ascending id
    std::vector<Instance> instances; // ascending id
    qint64 nextOfferingId = 1;
    qint64 nextInstanceId = 1;

    // Bumped on every write; list caches are keyed on it.
    quint64 version = 1;

    // The write clock: the wall clock, but at least one second after the
    // previous write so that updated_at strictly increases.
    qint64 tick();

    int offeringRow(qint64 id) const;
    int instanceRow(qint64 id) const;
    const Person *person(qint64 id) const;
    const ServiceInstance *serviceInstance(qint64 id) const;
    const UiExtensionVersion *uiExtensionVersion(qint64 id) const;
    bool referenceTaken(const QString &reference, qint64 exceptOfferingId) const;

    qint64 createInstance(qint64 offeringId);
    bool deleteInstance(qint64 id);

private:
    void seed(const SandboxOptions &options);
    qint64 m_lastWrite = 0;
};

} // namespace sandbox
