#include "sandbox/collections.h"

#include "sandbox/store.h"
#include "sandbox/util.h"

#include <QJsonArray>
#include <QJsonValue>

namespace sandbox {

namespace {

bool want(const QSet<QString> *fields, const QString &name)
{
    return !fields || fields->contains(name);
}

QJsonValue reference(qint64 id, const QString &name)
{
    if (id <= 0)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QJsonValue accountReference(const Store &store, int account)
{
    const Account &a = store.accounts.at(account);
    return QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}};
}

QJsonValue orNull(const QString &text)
{
    return text.isNull() ? QJsonValue() : QJsonValue(text);
}

} // namespace

Value Value::nullable(const QJsonValue &v)
{
    if (v.isString())
        return string(v.toString());
    if (v.isDouble())
        return integer(v.toInteger());
    if (v.isBool())
        return integer(v.toBool() ? 1 : 0);
    return {};
}

int compareValues(const Value &a, const Value &b)
{
    if (a.kind != b.kind)
        return a.kind == Value::Null ? -1 : (b.kind == Value::Null ? 1 : int(a.kind) - int(b.kind));
    switch (a.kind) {
    case Value::Null:
        return 0;
    case Value::Int:
        return a.i < b.i ? -1 : (a.i > b.i ? 1 : 0);
    case Value::Str:
        // Code-unit order; the real server's collation is unknown.
        return a.s.compare(b.s);
    }
    return 0;
}

int ResourceSpec::keyIndex(const QString &name) const
{
    for (int i = 0; i < keys.size(); ++i) {
        if (keys.at(i).name == name)
            return i;
    }
    return -1;
}

// ---- app offerings ----------------------------------------------------------

namespace {
enum OfferingKey { OId, OSourceId, OName, OCreated, OUpdated, OSource, OReference, ODisabled };
}

const ResourceSpec &OfferingCollection::resourceSpec(bool generation2021)
{
    // The keys keep their order (OfferingKey); only what may be sorted on,
    // and the default order, differ between the generations.
    auto make = [](bool v2021) {
        return ResourceSpec{
            QStringLiteral("app_offerings"),
            {{QStringLiteral("id"), FieldType::Integer, true, true},
             {QStringLiteral("sourceID"), FieldType::String, true, true},
             {QStringLiteral("name"), FieldType::String, !v2021, true},
             {QStringLiteral("created_at"), FieldType::Timestamp, true, true},
             {QStringLiteral("updated_at"), FieldType::Timestamp, true, true},
             {QStringLiteral("source"), FieldType::String, false, true},
             {QStringLiteral("reference"), FieldType::String, v2021, true},
             {QStringLiteral("disabled"), FieldType::Boolean, false, true}},
            QStringLiteral("created_at id name nodeID policy_jwt_alg policy_jwt_audience "
                           "policy_jwt_claim_expires_in reference service_instance sourceID updated_at "
                           "webhook_uri_template")
                .split(QLatin1Char(' ')),
            v2021 ? QStringLiteral("reference") : QStringLiteral("name"),
            {QStringLiteral("latest_internal"), QStringLiteral("latest_published"),
             QStringLiteral("all_latest_published"), QStringLiteral("consumed")}};
    };
    static const ResourceSpec current = make(false);
    static const ResourceSpec v2021 = make(true);
    return generation2021 ? v2021 : current;
}

int OfferingCollection::size() const
{
    return int(m_store.offerings.size());
}

qint64 OfferingCollection::idAt(int row) const
{
    return m_store.offerings.at(row).id;
}

int OfferingCollection::rowOf(qint64 id) const
{
    return m_store.offeringRow(id);
}

Value OfferingCollection::value(int row, int key) const
{
    const Offering &o = m_store.offerings.at(row);
    switch (OfferingKey(key)) {
    case OId:
        return Value::integer(o.id);
    case OCreated:
        return Value::integer(o.createdAt);
    case OUpdated:
        return Value::integer(o.updatedAt);
    case OSourceId:
        return Value::nullable(o.attributes.value(QLatin1String("sourceID")));
    case OName:
        return Value::nullable(o.attributes.value(QLatin1String("name")));
    case OSource:
        return Value::nullable(o.attributes.value(QLatin1String("source")));
    case OReference:
        return Value::nullable(o.attributes.value(QLatin1String("reference")));
    case ODisabled:
        return Value::integer(o.attributes.value(QLatin1String("disabled")).toBool() ? 1 : 0);
    }
    return {};
}

bool OfferingCollection::inScope(int row, const QString &predefined) const
{
    const Offering &o = m_store.offerings.at(row);
    const bool own = o.account == 0;
    const bool published = o.state == OfferingState::Published;
    if (predefined.isEmpty())
        return own; // the provider's own offerings, drafts and published
    if (predefined == QLatin1String("latest_internal"))
        return own && !published;
    if (predefined == QLatin1String("latest_published"))
        return own && published;
    if (predefined == QLatin1String("all_latest_published"))
        return published; // own plus the trusted accounts'
    if (predefined == QLatin1String("consumed"))
        return o.installedHere;
    return false;
}

QJsonObject OfferingCollection::render(int row, const QSet<QString> *fields) const
{
    const Offering &o = m_store.offerings.at(row);
    const QJsonObject &a = o.attributes;
    QJsonObject out;
    out.insert(QStringLiteral("id"), o.id);
    if (want(fields, QStringLiteral("nodeID")))
        out.insert(QStringLiteral("nodeID"), nodeId(QStringLiteral("AppOffering"), o.id));
    if (want(fields, QStringLiteral("created_at")))
        out.insert(QStringLiteral("created_at"), formatTimestamp(o.createdAt));
    if (want(fields, QStringLiteral("updated_at")))
        out.insert(QStringLiteral("updated_at"), formatTimestamp(o.updatedAt));
    static const char *const plain[] = {"name", "reference", "source", "sourceID", "policy_jwt_alg",
                                        "policy_jwt_audience", "policy_jwt_claim_expires_in",
                                        "webhook_uri_template", "configuration_uri_template",
                                        "card_description", "description", "features", "compliance",
                                        "picture_uri"};
    for (const char *name : plain) {
        const QString key = QString::fromLatin1(name);
        if (want(fields, key))
            out.insert(key, a.contains(key) ? a.value(key) : QJsonValue()); // blank values are null, never omitted
    }
    if (want(fields, QStringLiteral("disabled")))
        out.insert(QStringLiteral("disabled"), a.value(QLatin1String("disabled")).toBool());
    if (want(fields, QStringLiteral("service_instance"))) {
        const auto *s = m_store.serviceInstance(a.value(QLatin1String("service_instance_id")).toInteger());
        out.insert(QStringLiteral("service_instance"), s ? reference(s->id, s->name) : QJsonValue());
    }
    if (want(fields, QStringLiteral("ui_extension_version"))) {
        const auto *u = m_store.uiExtensionVersion(a.value(QLatin1String("ui_extension_version_id")).toInteger());
        out.insert(QStringLiteral("ui_extension_version"), u ? reference(u->id, u->name) : QJsonValue());
    }
    if (want(fields, QStringLiteral("attachments")))
        out.insert(QStringLiteral("attachments"), QJsonArray());
    // A record from another (trusted) account says whose it is.
    if (o.account != 0 && want(fields, QStringLiteral("account")))
        out.insert(QStringLiteral("account"), accountReference(m_store, o.account));
    return out;
}

// ---- app instances ----------------------------------------------------------

namespace {
enum InstanceKey { IId, ICreated, IUpdated, IDisabled };
}

const ResourceSpec &InstanceCollection::resourceSpec(bool legacy)
{
    auto make = [](const QString &path, const QString &offeringField) {
        return ResourceSpec{path,
                            {{QStringLiteral("id"), FieldType::Integer, true, true},
                             {QStringLiteral("created_at"), FieldType::Timestamp, true, true},
                             {QStringLiteral("updated_at"), FieldType::Timestamp, true, true},
                             {QStringLiteral("disabled"), FieldType::Boolean, false, true}},
                            {QStringLiteral("created_at"), QStringLiteral("id"), QStringLiteral("nodeID"),
                             QStringLiteral("updated_at"), QStringLiteral("disabled"),
                             QStringLiteral("customer_account"), offeringField,
                             QStringLiteral("enabled_by_customer")},
                            QStringLiteral("id"),
                            {QStringLiteral("enabled"), QStringLiteral("disabled")}};
    };
    static const ResourceSpec current = make(QStringLiteral("app_instances"), QStringLiteral("app_offering"));
    static const ResourceSpec old = make(QStringLiteral("integration_instances"), QStringLiteral("integration"));
    return legacy ? old : current;
}

QString InstanceCollection::cacheKey() const
{
    return spec().path + QLatin1Char('@') + QString::number(m_offeringId);
}

int InstanceCollection::size() const
{
    return int(m_store.instances.size());
}

qint64 InstanceCollection::idAt(int row) const
{
    return m_store.instances[size_t(row)].id;
}

int InstanceCollection::rowOf(qint64 id) const
{
    return m_store.instanceRow(id);
}

Value InstanceCollection::value(int row, int key) const
{
    const Instance &in = m_store.instances[size_t(row)];
    switch (InstanceKey(key)) {
    case IId:
        return Value::integer(in.id);
    case ICreated:
        return Value::integer(in.createdAt);
    case IUpdated:
        return Value::integer(in.updatedAt);
    case IDisabled:
        return Value::integer(in.disabled ? 1 : 0);
    }
    return {};
}

bool InstanceCollection::inScope(int row, const QString &predefined) const
{
    const Instance &in = m_store.instances[size_t(row)];
    if (m_offeringId > 0 && in.offeringId != m_offeringId)
        return false;
    if (predefined.isEmpty())
        return true;
    // "enabled" = actually operating: any of the three switches turns it off.
    const bool operating = in.enabledByCustomer && !in.suspended && !in.disabled;
    if (predefined == QLatin1String("enabled"))
        return operating;
    if (predefined == QLatin1String("disabled"))
        return !operating;
    return false;
}

QJsonObject InstanceCollection::render(int row, const QSet<QString> *fields) const
{
    const Instance &in = m_store.instances[size_t(row)];
    QJsonObject out;
    out.insert(QStringLiteral("id"), in.id);
    if (want(fields, QStringLiteral("nodeID")))
        out.insert(QStringLiteral("nodeID"), nodeId(m_legacy ? QStringLiteral("IntegrationInstance") : QStringLiteral("AppInstance"), in.id));
    if (want(fields, QStringLiteral("created_at")))
        out.insert(QStringLiteral("created_at"), formatTimestamp(in.createdAt));
    if (want(fields, QStringLiteral("updated_at")))
        out.insert(QStringLiteral("updated_at"), formatTimestamp(in.updatedAt));
    if (want(fields, QStringLiteral("disabled")))
        out.insert(QStringLiteral("disabled"), in.disabled);
    if (want(fields, QStringLiteral("enabled_by_customer")))
        out.insert(QStringLiteral("enabled_by_customer"), in.enabledByCustomer);
    if (want(fields, QStringLiteral("suspended")))
        out.insert(QStringLiteral("suspended"), in.suspended);
    if (want(fields, QStringLiteral("suspension_comment")))
        out.insert(QStringLiteral("suspension_comment"), orNull(in.suspensionComment));
    if (want(fields, QStringLiteral("custom_fields")))
        out.insert(QStringLiteral("custom_fields"), in.customFields);
    if (want(fields, QStringLiteral("customer_account")))
        out.insert(QStringLiteral("customer_account"), accountReference(m_store, in.account));
    if (want(fields, QStringLiteral("customer_representative"))) {
        const Person *p = m_store.person(in.representativeId);
        out.insert(QStringLiteral("customer_representative"), p ? reference(p->id, p->name) : QJsonValue());
    }
    const QString offeringField = m_legacy ? QStringLiteral("integration") : QStringLiteral("app_offering");
    if (want(fields, offeringField)) {
        const int o = m_store.offeringRow(in.offeringId);
        QJsonValue ref;
        if (o >= 0) {
            const Offering &offering = m_store.offerings.at(o);
            QJsonObject r{{QStringLiteral("id"), offering.id}, {QStringLiteral("name"), offering.name()}};
            if (m_legacy) // the old page shows {"reference":…, "id":…}
                r.insert(QStringLiteral("reference"), offering.reference());
            ref = r;
        }
        out.insert(offeringField, ref);
    }
    if (want(fields, QStringLiteral("webhook")))
        out.insert(QStringLiteral("webhook"), reference(in.webhookId, QStringLiteral("App instance webhook %1").arg(in.id)));
    if (want(fields, QStringLiteral("webhook_policy")))
        out.insert(QStringLiteral("webhook_policy"), reference(in.webhookPolicyId, QStringLiteral("App instance policy %1").arg(in.id)));
    return out;
}

// ---- people, service instances, UI extension versions -----------------------

const ResourceSpec &SimpleCollection::spec() const
{
    auto make = [](const QString &path, bool named, const QStringList &fields) {
        QList<KeyField> keys{{QStringLiteral("id"), FieldType::Integer, true, true},
                             {QStringLiteral("created_at"), FieldType::Timestamp, true, true},
                             {QStringLiteral("updated_at"), FieldType::Timestamp, true, true}};
        if (named)
            keys.append({QStringLiteral("name"), FieldType::String, true, true});
        return ResourceSpec{path, keys, fields, QStringLiteral("id"), {}};
    };
    static const ResourceSpec people = make(QStringLiteral("people"), true,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("primary_email"), QStringLiteral("account"),
         QStringLiteral("nodeID"), QStringLiteral("disabled")});
    static const ResourceSpec services = make(QStringLiteral("service_instances"), true,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("nodeID")});
    static const ResourceSpec versions = make(QStringLiteral("ui_extension_versions"), false,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("nodeID")});
    switch (m_kind) {
    case Kind::People:
        return people;
    case Kind::ServiceInstances:
        return services;
    case Kind::UiExtensionVersions:
        break;
    }
    return versions;
}

int SimpleCollection::size() const
{
    switch (m_kind) {
    case Kind::People:
        return int(m_store.people.size());
    case Kind::ServiceInstances:
        return int(m_store.serviceInstances.size());
    case Kind::UiExtensionVersions:
        break;
    }
    return int(m_store.uiExtensionVersions.size());
}

Value SimpleCollection::value(int row, int key) const
{
    qint64 created = 0, updated = 0;
    QString name;
    switch (m_kind) {
    case Kind::People:
        created = m_store.people.at(row).createdAt;
        updated = m_store.people.at(row).updatedAt;
        name = m_store.people.at(row).name;
        break;
    case Kind::ServiceInstances:
        created = m_store.serviceInstances.at(row).createdAt;
        updated = m_store.serviceInstances.at(row).updatedAt;
        name = m_store.serviceInstances.at(row).name;
        break;
    case Kind::UiExtensionVersions:
        created = m_store.uiExtensionVersions.at(row).createdAt;
        updated = m_store.uiExtensionVersions.at(row).updatedAt;
        name = m_store.uiExtensionVersions.at(row).name;
        break;
    }
    switch (key) {
    case 0:
        return Value::integer(row + 1);
    case 1:
        return Value::integer(created);
    case 2:
        return Value::integer(updated);
    default:
        return Value::string(name);
    }
}

QJsonObject renderPerson(const Store &store, int row, const QSet<QString> *fields)
{
    const Person &p = store.people.at(row);
    QJsonObject out{{QStringLiteral("id"), p.id}};
    if (want(fields, QStringLiteral("name")))
        out.insert(QStringLiteral("name"), p.name);
    if (want(fields, QStringLiteral("primary_email")))
        out.insert(QStringLiteral("primary_email"), p.email);
    if (want(fields, QStringLiteral("account")))
        out.insert(QStringLiteral("account"), accountReference(store, p.account));
    if (want(fields, QStringLiteral("nodeID")))
        out.insert(QStringLiteral("nodeID"), nodeId(QStringLiteral("Person"), p.id));
    if (want(fields, QStringLiteral("disabled")))
        out.insert(QStringLiteral("disabled"), p.disabled);
    if (want(fields, QStringLiteral("created_at")))
        out.insert(QStringLiteral("created_at"), formatTimestamp(p.createdAt));
    if (want(fields, QStringLiteral("updated_at")))
        out.insert(QStringLiteral("updated_at"), formatTimestamp(p.updatedAt));
    return out;
}

QJsonObject SimpleCollection::render(int row, const QSet<QString> *fields) const
{
    if (m_kind == Kind::People)
        return renderPerson(m_store, row, fields);
    QJsonObject out;
    if (m_kind == Kind::ServiceInstances) {
        const ServiceInstance &s = m_store.serviceInstances.at(row);
        out.insert(QStringLiteral("id"), s.id);
        if (want(fields, QStringLiteral("name")))
            out.insert(QStringLiteral("name"), s.name);
        if (want(fields, QStringLiteral("nodeID")))
            out.insert(QStringLiteral("nodeID"), nodeId(QStringLiteral("ServiceInstance"), s.id));
        if (want(fields, QStringLiteral("created_at")))
            out.insert(QStringLiteral("created_at"), formatTimestamp(s.createdAt));
        if (want(fields, QStringLiteral("updated_at")))
            out.insert(QStringLiteral("updated_at"), formatTimestamp(s.updatedAt));
        return out;
    }
    const UiExtensionVersion &u = m_store.uiExtensionVersions.at(row);
    out.insert(QStringLiteral("id"), u.id);
    if (want(fields, QStringLiteral("name")))
        out.insert(QStringLiteral("name"), u.name);
    if (want(fields, QStringLiteral("version")))
        out.insert(QStringLiteral("version"), u.version);
    if (want(fields, QStringLiteral("nodeID")))
        out.insert(QStringLiteral("nodeID"), nodeId(QStringLiteral("UiExtensionVersion"), u.id));
    if (want(fields, QStringLiteral("created_at")))
        out.insert(QStringLiteral("created_at"), formatTimestamp(u.createdAt));
    if (want(fields, QStringLiteral("updated_at")))
        out.insert(QStringLiteral("updated_at"), formatTimestamp(u.updatedAt));
    return out;
}

} // namespace sandbox
