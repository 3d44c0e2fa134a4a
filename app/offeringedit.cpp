#include "offeringedit.h"

#include "offeringrules.h"

#include <QJsonArray>

namespace pc {

bool OfferingEdit::isReference(const QString &field)
{
    const OfferingRules::Field *rule = OfferingRules::field(field);
    return rule && rule->kind == OfferingRules::Kind::Reference;
}

OfferingEdit::OfferingEdit(const QJsonObject &original, const QString &account)
    : m_account(account)
{
    m_id = original.value(QStringLiteral("id")).toInteger();
    m_openedVersion = original.value(QStringLiteral("updated_at")).toString();
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        const QJsonValue value = original.value(rule.field);
        if (value.isUndefined())
            continue;
        if (isReference(rule.field)) {
            const QJsonObject reference = value.toObject();
            if (!reference.isEmpty()) {
                m_original.insert(rule.field, reference.value(QStringLiteral("id")).toInteger());
                m_originalNames.insert(rule.field, reference.value(QStringLiteral("name")).toString());
            } else {
                m_original.insert(rule.field, QJsonValue::Null);
            }
        } else {
            m_original.insert(rule.field, value);
        }
    }
    m_current = m_original;
    m_currentNames = m_originalNames;
    // An existing offering's reference is its own; a new one's follows the name.
    m_referenceEdited = !isNew();
}

QJsonValue OfferingEdit::value(const QString &field) const
{
    return m_current.value(field);
}

QString OfferingEdit::referenceName(const QString &field) const
{
    return m_currentNames.value(field);
}

void OfferingEdit::setValue(const QString &field, const QJsonValue &value)
{
    m_current.insert(field, value);
    if (field == QLatin1String("reference"))
        m_referenceEdited = true;
    if (field == QLatin1String("name") && !m_referenceEdited)
        m_current.insert(QStringLiteral("reference"), OfferingRules::defaultReference(m_account, value.toString()));
}

void OfferingEdit::setReference(const QString &field, qint64 id, const QString &name)
{
    m_current.insert(field, id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
    m_currentNames.insert(field, name);
}

QStringList OfferingEdit::changedFields() const
{
    QStringList fields;
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        QJsonValue before = m_original.value(rule.field);
        QJsonValue after = m_current.value(rule.field);
        // Absent and null are the same blank; an empty text is blank too.
        auto blank = [](const QJsonValue &v) {
            return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
        };
        if (blank(before) && blank(after))
            continue;
        if (before != after)
            fields.append(rule.field);
    }
    return fields;
}

QString OfferingEdit::display(const QString &field, const QJsonValue &value, bool current) const
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    if (isReference(field)) {
        const QString name = (current ? m_currentNames : m_originalNames).value(field);
        return name.isEmpty() ? QStringLiteral("#%1").arg(value.toInteger()) : QStringLiteral("%1 (#%2)").arg(name).arg(value.toInteger());
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    return text.size() > 80 ? text.left(80) + QChar(0x2026) : text;
}

QList<OfferingEdit::Change> OfferingEdit::changes() const
{
    QList<Change> list;
    for (const QString &field : changedFields())
        list.append({field, display(field, m_original.value(field), false), display(field, m_current.value(field), true)});
    return list;
}

QMap<QString, QString> OfferingEdit::problems() const
{
    return OfferingRules::validateAll(m_current);
}

QString OfferingEdit::requestPath() const
{
    return isNew() ? QStringLiteral("app_offerings") : QStringLiteral("app_offerings/%1").arg(m_id);
}

QJsonObject OfferingEdit::requestBody() const
{
    QJsonObject body;
    const QStringList fields = isNew() ? QStringList() : changedFields();
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        const QJsonValue value = m_current.value(rule.field);
        if (isNew()) {
            if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
                continue; // a new offering sends what is set
        } else if (!fields.contains(rule.field)) {
            continue; // an update sends only what changed
        }
        QJsonValue sent = value;
        if (value.isString() && value.toString().isEmpty())
            sent = QJsonValue(QJsonValue::Null); // clearing a field
        body.insert(isReference(rule.field) ? rule.field + QStringLiteral("_id") : rule.field, sent);
    }
    return body;
}

QMap<QString, QString> OfferingEdit::fieldMessages(const ApiError &error)
{
    QMap<QString, QString> messages;
    for (const FieldError &fieldError : error.fieldErrors) {
        const QString field = OfferingRules::fieldForApiError(fieldError.field);
        const QString key = OfferingRules::field(field) ? field : QString();
        const QString text = key.isEmpty() && !fieldError.field.isEmpty()
            ? tr("%1: %2").arg(fieldError.field, fieldError.message)
            : fieldError.message;
        messages[key] = messages.value(key).isEmpty() ? text : messages.value(key) + QLatin1Char('\n') + text;
    }
    if (messages.isEmpty() && error.isError())
        messages.insert(QString(), error.message);
    return messages;
}

QJsonObject OfferingEdit::toDraft() const
{
    QJsonObject names;
    for (auto it = m_currentNames.begin(); it != m_currentNames.end(); ++it)
        names.insert(it.key(), it.value());
    QJsonObject originalNames;
    for (auto it = m_originalNames.begin(); it != m_originalNames.end(); ++it)
        originalNames.insert(it.key(), it.value());
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("account"), m_account},
            {QStringLiteral("opened_version"), m_openedVersion},
            {QStringLiteral("original"), m_original},
            {QStringLiteral("current"), m_current},
            {QStringLiteral("original_names"), originalNames},
            {QStringLiteral("names"), names},
            {QStringLiteral("reference_edited"), m_referenceEdited}};
}

OfferingEdit OfferingEdit::fromDraft(const QJsonObject &draft)
{
    OfferingEdit edit;
    edit.m_id = draft.value(QStringLiteral("id")).toInteger();
    edit.m_account = draft.value(QStringLiteral("account")).toString();
    edit.m_openedVersion = draft.value(QStringLiteral("opened_version")).toString();
    edit.m_original = draft.value(QStringLiteral("original")).toObject();
    edit.m_current = draft.value(QStringLiteral("current")).toObject();
    const QJsonObject originalNames = draft.value(QStringLiteral("original_names")).toObject();
    for (auto it = originalNames.begin(); it != originalNames.end(); ++it)
        edit.m_originalNames.insert(it.key(), it.value().toString());
    const QJsonObject names = draft.value(QStringLiteral("names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        edit.m_currentNames.insert(it.key(), it.value().toString());
    edit.m_referenceEdited = draft.value(QStringLiteral("reference_edited")).toBool();
    return edit;
}

} // namespace pc
