#include "app/editing/offeringedit.h"

#include "app/editing/offeringrules.h"

#include <QJsonArray>

namespace pc {

bool OfferingEdit::isReference(const QString &field)
{
    const OfferingRules::Field *rule = OfferingRules::field(field);
    return rule && rule->kind == OfferingRules::Kind::Reference;
}

bool OfferingEdit::isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}

bool OfferingEdit::sameValue(const QJsonValue &a, const QJsonValue &b)
{
    // Absent and null are the same blank; an empty text is blank too.
    return (isBlank(a) && isBlank(b)) || a == b;
}

void OfferingEdit::readRecord(const QJsonObject &record, QJsonObject *values, QMap<QString, QString> *names)
{
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        const QJsonValue value = record.value(rule.field);
        if (value.isUndefined())
            continue;
        if (isReference(rule.field)) {
            const QJsonObject reference = value.toObject();
            if (!reference.isEmpty()) {
                values->insert(rule.field, reference.value(QStringLiteral("id")).toInteger());
                names->insert(rule.field, reference.value(QStringLiteral("name")).toString());
            } else {
                values->insert(rule.field, QJsonValue::Null);
            }
        } else {
            values->insert(rule.field, value);
        }
    }
}

OfferingEdit::OfferingEdit(const QJsonObject &original, const QString &account)
    : m_account(account)
{
    m_id = original.value(QStringLiteral("id")).toInteger();
    m_openedVersion = original.value(QStringLiteral("updated_at")).toString();
    readRecord(original, &m_original, &m_originalNames);
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
        if (!sameValue(m_original.value(rule.field), m_current.value(rule.field)))
            fields.append(rule.field);
    }
    return fields;
}

QString OfferingEdit::display(const QString &field, const QJsonValue &value, const QMap<QString, QString> &names) const
{
    if (isBlank(value))
        return tr("(empty)");
    if (isReference(field)) {
        const QString name = names.value(field);
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
        list.append({field, display(field, m_original.value(field), m_originalNames),
                     display(field, m_current.value(field), m_currentNames)});
    return list;
}

QList<OfferingEdit::ConflictField> OfferingEdit::conflictsWith(const QJsonObject &server) const
{
    QJsonObject theirs;
    QMap<QString, QString> theirNames;
    readRecord(server, &theirs, &theirNames);
    QList<ConflictField> list;
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        const QJsonValue original = m_original.value(rule.field);
        const QJsonValue yours = m_current.value(rule.field);
        // A field the server did not send is one it did not change.
        const QJsonValue their = server.contains(rule.field) ? theirs.value(rule.field) : original;
        ConflictField conflict;
        conflict.field = rule.field;
        conflict.changedByYou = !sameValue(original, yours);
        conflict.changedByThem = !sameValue(original, their);
        if (!conflict.changedByYou && !conflict.changedByThem)
            continue;
        if (conflict.changedByYou && conflict.changedByThem && sameValue(yours, their))
            conflict.changedByYou = conflict.changedByThem = false; // both made the same change
        conflict.original = display(rule.field, original, m_originalNames);
        conflict.yours = display(rule.field, yours, m_currentNames);
        conflict.theirs = display(rule.field, their, server.contains(rule.field) ? theirNames : m_originalNames);
        list.append(conflict);
    }
    return list;
}

void OfferingEdit::rebase(const QJsonObject &server, const QMap<QString, Pick> &picks)
{
    QJsonObject theirs;
    QMap<QString, QString> theirNames;
    readRecord(server, &theirs, &theirNames);
    QJsonObject current;
    QMap<QString, QString> currentNames;
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        const QJsonValue original = m_original.value(rule.field);
        const QJsonValue yours = m_current.value(rule.field);
        const bool serverHasIt = server.contains(rule.field);
        const QJsonValue their = serverHasIt ? theirs.value(rule.field) : original;
        const bool changedByYou = !sameValue(original, yours);
        const bool keepYours = changedByYou && picks.value(rule.field, Pick::Yours) == Pick::Yours;
        if (keepYours) {
            current.insert(rule.field, yours);
            if (m_currentNames.contains(rule.field))
                currentNames.insert(rule.field, m_currentNames.value(rule.field));
        } else {
            if (!their.isUndefined())
                current.insert(rule.field, their);
            const QString name = serverHasIt ? theirNames.value(rule.field) : m_originalNames.value(rule.field);
            if (!name.isEmpty())
                currentNames.insert(rule.field, name);
        }
        if (!serverHasIt && !original.isUndefined())
            theirs.insert(rule.field, original);
        if (!serverHasIt && m_originalNames.contains(rule.field))
            theirNames.insert(rule.field, m_originalNames.value(rule.field));
    }
    m_original = theirs;
    m_originalNames = theirNames;
    m_current = current;
    m_currentNames = currentNames;
    m_openedVersion = server.value(QStringLiteral("updated_at")).toString();
}

QMap<QString, QString> OfferingEdit::problems() const
{
    return OfferingRules::validateAll(m_current);
}

QMap<QString, QString> OfferingEdit::warnings() const
{
    QMap<QString, QString> warnings;
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        const QString warning = OfferingRules::warning(rule.field, m_current.value(rule.field));
        if (!warning.isEmpty())
            warnings.insert(rule.field, warning);
    }
    return warnings;
}

QMap<QString, QString> OfferingEdit::warningsToAccept() const
{
    QMap<QString, QString> open = warnings();
    const QStringList sent = isNew() ? open.keys() : changedFields();
    for (auto it = open.begin(); it != open.end();) {
        const bool accepted = m_acceptedWarnings.value(it.key()) == m_current.value(it.key());
        it = !sent.contains(it.key()) || accepted ? open.erase(it) : std::next(it);
    }
    return open;
}

void OfferingEdit::acceptWarnings()
{
    const QMap<QString, QString> now = warnings();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        m_acceptedWarnings.insert(it.key(), m_current.value(it.key()));
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
            if (isBlank(value))
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
