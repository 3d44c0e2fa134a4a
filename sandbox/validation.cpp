#include "sandbox/validation.h"

#include "sandbox/store.h"
#include "sandbox/util.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace sandbox {

namespace {

QString blank(const QString &field)
{
    return humanize(field) + QLatin1String(" can't be blank");
}

QString tooLong(const QString &field, int max, bool bytes = false)
{
    return QStringLiteral("%1 is too long (maximum is %2 %3)")
        .arg(humanize(field))
        .arg(max)
        .arg(bytes ? QStringLiteral("bytes") : QStringLiteral("characters"));
}

// The source documents' "max 64KB" / "max 2KB" limits are the stored UTF-8
// bytes; the others are characters.
qsizetype lengthOf(const QString &text, bool bytes)
{
    return bytes ? text.toUtf8().size() : characterCount(text);
}

QString invalid(const QString &field)
{
    return humanize(field) + QLatin1String(" is invalid");
}

// Boolean input: JSON booleans, 0/1, or the documented true strings (anything else is false).
bool toBoolean(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    if (v.isString())
        return isTrueInput(v.toString());
    *ok = false;
    return false;
}

// An integer id given as a JSON number or a numeric string; 0 when absent/invalid.
qint64 toId(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return v.toInteger();
    if (v.isString()) {
        const qint64 id = v.toString().toLongLong(ok);
        if (*ok)
            return id;
    }
    *ok = false;
    return 0;
}

struct TextRule
{
    const char *name;
    int max;
    bool required;
    bool bytes = false; // max counts UTF-8 bytes ("max 64KB"), not characters
};

// The offering's text fields, in the order their errors are reported.
constexpr TextRule kTextRules[] = {
    {"name", 128, true},
    {"reference", 161, true},
    {"webhook_uri_template", 255, true},
    {"policy_jwt_audience", 2048, false, true},
    {"configuration_uri_template", 255, false},
    {"card_description", 255, false},
    {"description", kMaxTextBytes, false, true},
    {"features", kMaxTextBytes, false, true},
    {"compliance", kMaxTextBytes, false, true},
    {"picture_uri", 2 * 1024 * 1024, false}, // data URLs under 2 MB are accepted
    {"source", 30, false},
    {"sourceID", 128, false},
};

// The existing attributes with the writable changes laid over them; read-only
// and unknown fields are reported instead.
QJsonObject mergeOfferingChanges(const QJsonObject &changes, const Offering *existing,
                                 ValidationErrors *errors)
{
    static const QSet<QString> readonly{QStringLiteral("id"),         QStringLiteral("created_at"),
                                        QStringLiteral("updated_at"), QStringLiteral("attachments"),
                                        QStringLiteral("nodeID"),     QStringLiteral("account"),
                                        QStringLiteral("service_instance"), QStringLiteral("ui_extension_version")};
    // Write-only attachment lists of the text fields: accepted, not stored.
    static const QSet<QString> writeOnly{QStringLiteral("compliance_attachments"),
                                         QStringLiteral("description_attachments"),
                                         QStringLiteral("features_attachments")};
    QSet<QString> known{QStringLiteral("service_instance_id"), QStringLiteral("ui_extension_version_id"),
                        QStringLiteral("policy_jwt_alg"), QStringLiteral("policy_jwt_claim_expires_in"),
                        QStringLiteral("disabled")};
    for (const TextRule &rule : kTextRules)
        known.insert(QString::fromLatin1(rule.name));

    QJsonObject merged = existing ? existing->attributes : QJsonObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (readonly.contains(it.key()))
            errors->append({it.key(), humanize(it.key()) + QLatin1String(" is read-only")});
        else if (writeOnly.contains(it.key()))
            continue;
        else if (!known.contains(it.key()))
            errors->append({it.key(), it.key() + QLatin1String(" is not a known field")});
        else
            merged.insert(it.key(), it.value());
    }
    return merged;
}

// reference defaults to <account>_<name in lower case, spaces as underscores>
void defaultReference(const QJsonObject &changes, const Offering *existing, const QString &accountId,
                      QJsonObject *merged)
{
    if (existing || changes.contains(QLatin1String("reference")) ||
        !merged->value(QLatin1String("name")).isString())
        return;
    const QString name = merged->value(QLatin1String("name")).toString().trimmed();
    if (!name.isEmpty())
        merged->insert(QStringLiteral("reference"),
                       QString(accountId + QLatin1Char('_') +
                               name.toLower().replace(QLatin1Char(' '), QLatin1Char('_'))));
}

void checkTextFields(const QJsonObject &merged, ValidationErrors *errors)
{
    for (const TextRule &rule : kTextRules) {
        const QString field = QString::fromLatin1(rule.name);
        const QJsonValue v = merged.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (rule.required)
                errors->append({field, blank(field)});
            continue;
        }
        if (!v.isString()) {
            errors->append({field, invalid(field)});
            continue;
        }
        if (lengthOf(v.toString(), rule.bytes) > rule.max)
            errors->append({field, tooLong(field, rule.max, rule.bytes)});
    }
}

void checkReference(const Store &store, const QJsonObject &merged, const Offering *existing,
                    ValidationErrors *errors)
{
    const QString reference = merged.value(QLatin1String("reference")).toString();
    if (reference.isEmpty())
        return;
    if (existing && existing->publishedOnce && reference != existing->reference())
        errors->append(
            {QStringLiteral("reference"),
             QStringLiteral("Reference can't be changed once the app offering has been published")});
    else if (store.referenceTaken(reference, existing ? existing->id : 0))
        errors->append({QStringLiteral("reference"), QStringLiteral("Reference has already been taken")});
}

// The service instance (required) and UI extension version (optional) must
// exist; their ids are stored as numbers, whichever form they came in.
void checkLinkedRecords(const Store &store, QJsonObject *merged, ValidationErrors *errors)
{
    bool ok = false;
    const QJsonValue service = merged->value(QLatin1String("service_instance_id"));
    if (service.isUndefined() || service.isNull()) {
        errors->append({QStringLiteral("service_instance"), blank(QStringLiteral("service_instance"))});
    } else {
        const qint64 id = toId(service, &ok);
        if (!ok || !store.serviceInstance(id))
            errors->append(
                {QStringLiteral("service_instance"), QStringLiteral("Service instance must exist")});
        else
            merged->insert(QStringLiteral("service_instance_id"), id);
    }

    const QJsonValue ui = merged->value(QLatin1String("ui_extension_version_id"));
    if (!ui.isUndefined() && !ui.isNull()) {
        const qint64 id = toId(ui, &ok);
        if (!ok || !store.uiExtensionVersion(id))
            errors->append(
                {QStringLiteral("ui_extension_version"), QStringLiteral("Ui extension version must exist")});
        else
            merged->insert(QStringLiteral("ui_extension_version_id"), id);
    }
}

void checkAlgorithm(const QJsonObject &merged, ValidationErrors *errors)
{
    static const QStringList algorithms{QStringLiteral("rs256"), QStringLiteral("rs384"), QStringLiteral("rs512"),
                                        QStringLiteral("es256"), QStringLiteral("es384"), QStringLiteral("es512")};
    const QJsonValue alg = merged.value(QLatin1String("policy_jwt_alg"));
    if (alg.isUndefined() || alg.isNull() || (alg.isString() && alg.toString().isEmpty()))
        errors->append({QStringLiteral("policy_jwt_alg"), blank(QStringLiteral("policy_jwt_alg"))});
    else if (!alg.isString() || !algorithms.contains(alg.toString()))
        errors->append(
            {QStringLiteral("policy_jwt_alg"), QStringLiteral("Policy jwt alg is not included in the list")});
}

// A duration: integer minutes, or "hhh:mm" on input. -1 when it is neither.
qint64 toMinutes(const QJsonValue &v)
{
    static const QRegularExpression hhmm(QStringLiteral("^(\\d{1,3}):([0-5]\\d)$"));
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return v.toInteger();
    if (!v.isString())
        return -1;
    const QRegularExpressionMatch m = hhmm.match(v.toString().trimmed());
    bool numeric = false;
    const qint64 plain = v.toString().trimmed().toLongLong(&numeric);
    if (m.hasMatch())
        return m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    return numeric ? plain : -1;
}

void checkExpiresIn(QJsonObject *merged, ValidationErrors *errors)
{
    const QJsonValue expires = merged->value(QLatin1String("policy_jwt_claim_expires_in"));
    if (expires.isUndefined() || expires.isNull())
        return;
    const qint64 minutes = toMinutes(expires);
    if (minutes < 0)
        errors->append({QStringLiteral("policy_jwt_claim_expires_in"),
                        invalid(QStringLiteral("policy_jwt_claim_expires_in"))});
    else
        merged->insert(QStringLiteral("policy_jwt_claim_expires_in"), minutes);
}

void checkDisabled(QJsonObject *merged, ValidationErrors *errors)
{
    const QJsonValue disabled = merged->value(QLatin1String("disabled"));
    if (disabled.isUndefined() || disabled.isNull()) {
        merged->insert(QStringLiteral("disabled"), false);
        return;
    }
    bool ok = false;
    const bool value = toBoolean(disabled, &ok);
    if (!ok)
        errors->append({QStringLiteral("disabled"), invalid(QStringLiteral("disabled"))});
    else
        merged->insert(QStringLiteral("disabled"), value);
}

} // namespace

// The checks run in a fixed order, which is the order of the messages in a
// 422 answer.
ValidationErrors validateOffering(const Store &store, const QJsonObject &changes, const Offering *existing,
                                  const QString &accountId, QJsonObject *result)
{
    ValidationErrors errors;
    QJsonObject merged = mergeOfferingChanges(changes, existing, &errors);
    defaultReference(changes, existing, accountId, &merged);
    checkTextFields(merged, &errors);
    checkReference(store, merged, existing, &errors);
    checkLinkedRecords(store, &merged, &errors);
    checkAlgorithm(merged, &errors);
    checkExpiresIn(&merged, &errors);
    checkDisabled(&merged, &errors);
    if (errors.isEmpty())
        *result = merged;
    return errors;
}

ValidationErrors validateInstancePatch(const Store &store, const QJsonObject &changes, Instance *instance)
{
    ValidationErrors errors;
    static const QSet<QString> readonly{
        QStringLiteral("id"), QStringLiteral("nodeID"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("customer_account"), QStringLiteral("customer_account_id"), QStringLiteral("app_offering"),
        QStringLiteral("app_offering_id"), QStringLiteral("integration"), QStringLiteral("integration_id"),
        QStringLiteral("webhook"), QStringLiteral("webhook_id"), QStringLiteral("webhook_policy"),
        QStringLiteral("webhook_policy_id"), QStringLiteral("customer_representative"), QStringLiteral("attachments")};
    Instance updated = *instance;
    bool ok = false;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &v = it.value();
        if (key == QLatin1String("enabled_by_customer")) {
            // Only the customer switches this; the provider uses disabled or suspended.
            errors.append({key, QStringLiteral("Enabled by customer is controlled by the customer and cannot be changed by the provider")});
        } else if (key == QLatin1String("suspended") || key == QLatin1String("disabled")) {
            const bool value = toBoolean(v, &ok);
            if (!ok)
                errors.append({key, invalid(key)});
            else if (key == QLatin1String("suspended"))
                updated.suspended = value;
            else
                updated.disabled = value;
        } else if (key == QLatin1String("suspension_comment")) {
            if (v.isNull())
                updated.suspensionComment = QString();
            else if (!v.isString())
                errors.append({key, invalid(key)});
            else if (lengthOf(v.toString(), true) > kMaxTextBytes)
                errors.append({key, tooLong(key, kMaxTextBytes, true)});
            else
                updated.suspensionComment = v.toString().isEmpty() ? QString() : v.toString();
        } else if (key == QLatin1String("customer_representative_id")) {
            const qint64 id = toId(v, &ok);
            if (v.isNull())
                errors.append({QStringLiteral("customer_representative"), blank(QStringLiteral("customer_representative"))});
            else if (!ok || !store.person(id))
                errors.append({QStringLiteral("customer_representative"), QStringLiteral("Customer representative must exist")});
            else
                updated.representativeId = id;
        } else if (key == QLatin1String("custom_fields")) {
            if (!v.isNull() && !v.isArray())
                errors.append({key, invalid(key)});
            else
                updated.customFields = v;
        } else if (readonly.contains(key)) {
            errors.append({key, humanize(key) + QLatin1String(" is read-only")});
        } else {
            errors.append({key, key + QLatin1String(" is not a known field")});
        }
    }
    if (errors.isEmpty())
        *instance = updated;
    return errors;
}

} // namespace sandbox
