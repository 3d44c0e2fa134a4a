#include "app/records/domain.h"

#include "app/records/timestamp.h"

#include <QJsonArray>

#include <limits>

namespace pc {

Q_LOGGING_CATEGORY(lcDecode, "pc.decode")

namespace {

void warnShape(const QString &line, QStringList *warnings)
{
    qCWarning(lcDecode).noquote() << line;
    if (warnings)
        warnings->append(line);
}

// Reads the fields of one record, each once, and collects what it did not
// recognise into `extra`.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QStringList *warnings, const char *kind)
        : m_object(object)
        , m_warnings(warnings)
        , m_kind(kind)
    {
    }

    void warn(const QString &field, const QJsonValue &value, const char *expected)
    {
        static const char *const typeNames[] = {"null", "boolean", "number", "string", "array", "object"};
        const int type = value.type();
        const QString line = QStringLiteral("%1 #%2: field \"%3\" is %4, expected %5; using a blank value")
                                 .arg(QLatin1String(m_kind))
                                 .arg(m_object.value(QLatin1String("id")).toVariant().toString(), field,
                                      QLatin1String(type >= 0 && type < 6 ? typeNames[type] : "undefined"),
                                      QLatin1String(expected));
        warnShape(line, m_warnings);
    }

    QJsonValue take(const char *field)
    {
        const QLatin1String key(field);
        m_known.append(key);
        return m_object.value(key);
    }

    QString string(const char *field)
    {
        const QJsonValue value = take(field);
        if (value.isString())
            return value.toString();
        if (value.isNull() || value.isUndefined())
            return {};
        // A number where a string belongs (an id-like sourceID) is still usable.
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        warn(QLatin1String(field), value, "a string");
        return {};
    }

    qint64 integer(const char *field, qint64 fallback = 0)
    {
        const QJsonValue value = take(field);
        if (value.isDouble()) {
            // toInteger() refuses fractions and values beyond qint64 (1e300),
            // which a plain cast would turn into undefined behaviour.
            const qint64 sentinel = std::numeric_limits<qint64>::min();
            const qint64 exact = value.toInteger(sentinel);
            if (exact != sentinel)
                return exact;
            warn(QLatin1String(field), value, "a whole number");
            return fallback;
        }
        if (value.isNull() || value.isUndefined())
            return fallback;
        if (value.isString()) {
            bool ok = false;
            const qint64 parsed = value.toString().toLongLong(&ok);
            if (ok)
                return parsed;
        }
        warn(QLatin1String(field), value, "a number");
        return fallback;
    }

    bool boolean(const char *field)
    {
        const QJsonValue value = take(field);
        if (value.isBool())
            return value.toBool();
        if (value.isNull() || value.isUndefined())
            return false;
        warn(QLatin1String(field), value, "true or false");
        return false;
    }

    QDateTime timestamp(const char *field)
    {
        const QJsonValue value = take(field);
        if (value.isNull() || value.isUndefined())
            return {};
        const QDateTime parsed = value.isString() ? parseApiTimestamp(value.toString()) : QDateTime();
        if (!parsed.isValid())
            warn(QLatin1String(field), value, "a timestamp");
        return parsed;
    }

    Reference reference(const char *field)
    {
        return decodeReference(take(field), m_warnings, QLatin1String(field));
    }

    AccountRef account(const char *field) { return decodeAccount(take(field), m_warnings, QLatin1String(field)); }

    QJsonObject unknownFields() const
    {
        QJsonObject extra;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        return extra;
    }

private:
    const QJsonObject &m_object;
    QStringList *m_warnings;
    const char *m_kind;
    QList<QLatin1String> m_known;
};

} // namespace

QString Reference::displayText() const
{
    const QString label = !name.isEmpty() ? name : reference;
    if (id == 0)
        return label;
    if (label.isEmpty())
        return QStringLiteral("#%1").arg(id);
    return QStringLiteral("%1 (#%2)").arg(label).arg(id);
}

QString AccountRef::displayText() const
{
    if (name.isEmpty())
        return id;
    if (id.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, id);
}

Reference decodeReference(const QJsonValue &value, QStringList *warnings, const QString &field)
{
    Reference reference;
    if (value.isNull() || value.isUndefined())
        return reference;
    if (value.isDouble()) { // a bare id
        reference.id = value.toInteger();
        return reference;
    }
    if (!value.isObject()) {
        warnShape(QStringLiteral("reference \"%1\" is not an object; using a blank value").arg(field), warnings);
        return reference;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isDouble())
        reference.id = id.toInteger();
    else if (id.isString())
        reference.id = id.toString().toLongLong();
    const QJsonValue name = object.value(QLatin1String("name"));
    if (name.isString())
        reference.name = name.toString();
    const QJsonValue ref = object.value(QLatin1String("reference"));
    if (ref.isString())
        reference.reference = ref.toString();
    return reference;
}

AccountRef decodeAccount(const QJsonValue &value, QStringList *warnings, const QString &field)
{
    AccountRef account;
    if (value.isNull() || value.isUndefined())
        return account;
    if (value.isString()) {
        account.id = value.toString();
        return account;
    }
    if (!value.isObject()) {
        warnShape(QStringLiteral("account \"%1\" is not an object; using a blank value").arg(field), warnings);
        return account;
    }
    const QJsonObject object = value.toObject();
    account.id = object.value(QLatin1String("id")).toVariant().toString();
    const QJsonValue name = object.value(QLatin1String("name"));
    if (name.isString())
        account.name = name.toString();
    return account;
}

AppOffering decodeOffering(const QJsonObject &object, QStringList *warnings)
{
    FieldReader read(object, warnings, "app offering");
    AppOffering offering;
    offering.id = read.integer("id");
    offering.nodeId = read.string("nodeID");
    offering.name = read.string("name");
    offering.reference = read.string("reference");
    offering.source = read.string("source");
    offering.sourceId = read.string("sourceID");
    offering.serviceInstance = read.reference("service_instance");
    offering.uiExtensionVersion = read.reference("ui_extension_version");
    offering.account = read.account("account");
    offering.policyJwtAlg = read.string("policy_jwt_alg");
    offering.policyJwtAudience = read.string("policy_jwt_audience");
    offering.policyJwtClaimExpiresIn = static_cast<int>(read.integer("policy_jwt_claim_expires_in", -1));
    offering.webhookUriTemplate = read.string("webhook_uri_template");
    offering.configurationUriTemplate = read.string("configuration_uri_template");
    offering.cardDescription = read.string("card_description");
    offering.description = read.string("description");
    offering.features = read.string("features");
    offering.compliance = read.string("compliance");
    offering.pictureUri = read.string("picture_uri");
    offering.disabled = read.boolean("disabled");
    offering.createdAt = read.timestamp("created_at");
    offering.updatedAt = read.timestamp("updated_at");
    offering.extra = read.unknownFields();
    return offering;
}

AppInstance decodeInstance(const QJsonObject &object, QStringList *warnings)
{
    FieldReader read(object, warnings, "app instance");
    AppInstance instance;
    instance.id = read.integer("id");
    instance.nodeId = read.string("nodeID");
    instance.appOffering = read.reference("app_offering");
    // The legacy integration_instances API names the same reference `integration`.
    const Reference legacy = read.reference("integration");
    if (instance.appOffering.isNull())
        instance.appOffering = legacy;
    instance.customerAccount = read.account("customer_account");
    instance.customerRepresentative = read.reference("customer_representative");
    instance.webhook = read.reference("webhook");
    instance.webhookPolicy = read.reference("webhook_policy");
    instance.disabled = read.boolean("disabled");
    instance.enabledByCustomer = read.boolean("enabled_by_customer");
    instance.suspended = read.boolean("suspended");
    instance.suspensionComment = read.string("suspension_comment");
    instance.customFields = read.take("custom_fields");
    if (instance.customFields.isUndefined())
        instance.customFields = QJsonValue(QJsonValue::Null);
    instance.createdAt = read.timestamp("created_at");
    instance.updatedAt = read.timestamp("updated_at");
    instance.extra = read.unknownFields();
    return instance;
}

} // namespace pc
