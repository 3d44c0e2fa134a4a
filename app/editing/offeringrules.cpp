#include "app/editing/offeringrules.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace pc {

const QList<OfferingRules::Field> &OfferingRules::fields()
{
    static const QList<Field> list = {
        {QStringLiteral("name"), Kind::Text, true, TextLimit::characters(128),
         QT_TR_NOOP("Required, at most 128 characters.")},
        {QStringLiteral("reference"), Kind::Text, true, TextLimit::characters(161),
         QT_TR_NOOP(
             "Required, at most 161 characters, unique across all accounts. It can no longer change once the "
             "offering is published.")},
        {QStringLiteral("service_instance"), Kind::Reference, true, TextLimit(),
         QT_TR_NOOP("Required: the service instance requests about this app are registered for.")},
        {QStringLiteral("policy_jwt_alg"), Kind::Enum, true, TextLimit(),
         QT_TR_NOOP("Required: how the webhook's JWT is signed.")},
        {QStringLiteral("webhook_uri_template"), Kind::HttpsTemplate, true, TextLimit::characters(255),
         QT_TR_NOOP("Required, a URL of at most 255 characters: https (plain http only after a warning); "
                    "{account} becomes the customer's account id."),
         true},
        {QStringLiteral("policy_jwt_audience"), Kind::LongText, false, TextLimit::bytes(2048),
         QT_TR_NOOP("At most 2 KB: 2,048 bytes in UTF-8.")},
        {QStringLiteral("policy_jwt_claim_expires_in"), Kind::Duration, false, TextLimit(),
         QT_TR_NOOP("In minutes (or hhh:mm).")},
        {QStringLiteral("ui_extension_version"), Kind::Reference, false, TextLimit(),
         QT_TR_NOOP("Optional.")},
        {QStringLiteral("configuration_uri_template"), Kind::HttpsTemplate, false, TextLimit::characters(255),
         QT_TR_NOOP("An https URL of at most 255 characters; {account} becomes the customer's account id.")},
        {QStringLiteral("card_description"), Kind::Text, false, TextLimit::characters(255),
         QT_TR_NOOP("At most 255 characters.")},
        {QStringLiteral("description"), Kind::LongText, false, TextLimit::bytes(65535),
         QT_TR_NOOP("Plain text, at most 64 KB: 65,535 bytes in UTF-8.")},
        {QStringLiteral("features"), Kind::LongText, false, TextLimit::bytes(65535),
         QT_TR_NOOP("Plain text, at most 64 KB: 65,535 bytes in UTF-8.")},
        {QStringLiteral("compliance"), Kind::LongText, false, TextLimit::bytes(65535),
         QT_TR_NOOP("Plain text, at most 64 KB: 65,535 bytes in UTF-8.")},
        {QStringLiteral("picture_uri"), Kind::Url, false, TextLimit::characters(2 * 1024 * 1024),
         QT_TR_NOOP("A link to the picture, or a data URL under 2 MB.")},
        {QStringLiteral("disabled"), Kind::Boolean, false, TextLimit(),
         QT_TR_NOOP("New customers can no longer install it; customers who have it can still update.")},
        {QStringLiteral("source"), Kind::Text, false, TextLimit::characters(30),
         QT_TR_NOOP("At most 30 characters.")},
        {QStringLiteral("sourceID"), Kind::Text, false, TextLimit::characters(128),
         QT_TR_NOOP("At most 128 characters.")},
    };
    return list;
}

const OfferingRules::Field *OfferingRules::field(const QString &name)
{
    for (const Field &candidate : fields()) {
        if (candidate.field == name)
            return &candidate;
    }
    return nullptr;
}

QString OfferingRules::label(const QString &field)
{
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("reference"), QT_TR_NOOP("Reference")},
        {QStringLiteral("service_instance"), QT_TR_NOOP("Service instance")},
        {QStringLiteral("policy_jwt_alg"), QT_TR_NOOP("JWT algorithm")},
        {QStringLiteral("webhook_uri_template"), QT_TR_NOOP("Webhook URI template")},
        {QStringLiteral("policy_jwt_audience"), QT_TR_NOOP("JWT audience")},
        {QStringLiteral("policy_jwt_claim_expires_in"), QT_TR_NOOP("Claim expires in")},
        {QStringLiteral("ui_extension_version"), QT_TR_NOOP("UI extension version")},
        {QStringLiteral("configuration_uri_template"), QT_TR_NOOP("Configuration URI template")},
        {QStringLiteral("card_description"), QT_TR_NOOP("Card description")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("features"), QT_TR_NOOP("Features")},
        {QStringLiteral("compliance"), QT_TR_NOOP("Compliance")},
        {QStringLiteral("picture_uri"), QT_TR_NOOP("Picture URI")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("sourceID"), QT_TR_NOOP("Source ID")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

const QStringList &OfferingRules::jwtAlgorithms()
{
    static const QStringList list = {QStringLiteral("rs256"), QStringLiteral("rs384"),
                                     QStringLiteral("rs512"), QStringLiteral("es256"),
                                     QStringLiteral("es384"), QStringLiteral("es512")};
    return list;
}

QString OfferingRules::jwtAlgorithmDescription(const QString &algorithm)
{
    if (algorithm == QLatin1String("rs256"))
        return tr("RSA using SHA-256");
    if (algorithm == QLatin1String("rs384"))
        return tr("RSA using SHA-384");
    if (algorithm == QLatin1String("rs512"))
        return tr("RSA using SHA-512");
    if (algorithm == QLatin1String("es256"))
        return tr("ECDSA using P-256 and SHA-256");
    if (algorithm == QLatin1String("es384"))
        return tr("ECDSA using P-384 and SHA-384");
    if (algorithm == QLatin1String("es512"))
        return tr("ECDSA using P-521 and SHA-512");
    return {};
}

QString OfferingRules::defaultReference(const QString &account, const QString &name)
{
    QString tail = name.trimmed().toLower();
    tail.replace(QLatin1Char(' '), QLatin1Char('_'));
    return account + QLatin1Char('_') + tail;
}

QString OfferingRules::previewTemplate(const QString &uriTemplate, const QString &account)
{
    QString preview = uriTemplate;
    preview.replace(QLatin1String("{account}"), account);
    return preview;
}

QString OfferingRules::fieldForApiError(const QString &apiField)
{
    if (apiField.endsWith(QLatin1String("_id")) && field(apiField.chopped(3)))
        return apiField.chopped(3);
    return apiField;
}

QString OfferingRules::validate(const QString &name, const QJsonValue &value)
{
    const Field *rule = field(name);
    if (!rule)
        return tr("%1 is not a field of an app offering.").arg(name);
    const QString label = OfferingRules::label(name);
    const bool blank = value.isNull() || value.isUndefined() ||
                       (value.isString() && value.toString().trimmed().isEmpty()) ||
                       (rule->kind == Kind::Reference && value.isDouble() && value.toInteger() <= 0);
    if (blank)
        return rule->required ? tr("%1 can't be blank.").arg(label) : QString();

    switch (rule->kind) {
    case Kind::Boolean:
        return value.isBool() ? QString() : tr("%1 must be yes or no.").arg(label);
    case Kind::Reference:
        return value.isDouble() && value.toInteger() > 0 ? QString()
                                                         : tr("%1: choose one from the list.").arg(label);
    case Kind::Duration: {
        if (value.isDouble())
            return value.toInteger(-1) >= 0 ? QString()
                                            : tr("%1 must be a whole number of minutes.").arg(label);
        static const QRegularExpression hoursMinutes(QStringLiteral("^\\d{1,3}:[0-5]\\d$"));
        if (value.isString() && hoursMinutes.match(value.toString().trimmed()).hasMatch())
            return {};
        return tr("%1 must be a number of minutes, or hours:minutes like 1:30.").arg(label);
    }
    case Kind::Enum:
        return jwtAlgorithms().contains(value.toString())
                   ? QString()
                   : tr("%1 must be one of %2.").arg(label, jwtAlgorithms().join(QStringLiteral(", ")));
    default:
        break;
    }
    if (!value.isString())
        return tr("%1 must be text.").arg(label);
    const QString text = value.toString();
    if (const QString tooLong = rule->limit.problem(label, text); !tooLong.isEmpty())
        return tooLong;
    if (rule->kind == Kind::HttpsTemplate) {
        const QUrl url(previewTemplate(text.trimmed(), QStringLiteral("account")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return tr("%1 must be a full URL, like https://example.com/hook?account={account}.").arg(label);
        if (url.scheme() == QLatin1String("http") && rule->plainHttpWarns)
            return {}; // a warning to accept (warning()), not an error
        if (url.scheme() != QLatin1String("https"))
            return rule->plainHttpWarns ? tr("%1 must start with https:// (or http://).").arg(label)
                                        : tr("%1 must start with https://.").arg(label);
    }
    if (rule->kind == Kind::Url && !text.startsWith(QLatin1String("data:"))) {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("%1 must be a link starting with https:// (or a data URL).").arg(label);
    }
    return {};
}

QString OfferingRules::warning(const QString &name, const QJsonValue &value)
{
    const Field *rule = field(name);
    if (!rule || !rule->plainHttpWarns || !value.isString() || !validate(name, value).isEmpty())
        return {};
    const QUrl url(previewTemplate(value.toString().trimmed(), QStringLiteral("account")), QUrl::StrictMode);
    if (url.scheme() != QLatin1String("http"))
        return {};
    return tr("Plain http sends the webhook's payload and JWT unencrypted; 4me may refuse it.");
}

QMap<QString, QString> OfferingRules::validateAll(const QJsonObject &offering)
{
    QMap<QString, QString> problems;
    for (const Field &rule : fields()) {
        const QString message = validate(rule.field, offering.value(rule.field));
        if (!message.isEmpty())
            problems.insert(rule.field, message);
    }
    return problems;
}

} // namespace pc
