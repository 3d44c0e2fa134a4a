#include "app/models/localquery.h"

#include "app/records/timestamp.h"

#include <QJsonValue>
#include <QStringList>
#include <algorithm>

namespace pc {

namespace {

enum class FieldType { Text, Integer, Boolean, Time };

// The filterable and sortable fields' types, as the API documents them.
FieldType fieldType(const QString &field)
{
    if (field == QLatin1String("created_at") || field == QLatin1String("updated_at"))
        return FieldType::Time;
    if (field == QLatin1String("id"))
        return FieldType::Integer;
    if (field == QLatin1String("disabled") || field == QLatin1String("suspended") ||
        field == QLatin1String("enabled_by_customer"))
        return FieldType::Boolean;
    return FieldType::Text;
}

bool isTrueText(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    return t == QLatin1String("1") || t == QLatin1String("T") || t == QLatin1String("Y") ||
           t == QLatin1String("TRUE") || t == QLatin1String("YES") || t == QLatin1String("ON");
}

// A value typed into a condition, in comparableValue()'s form; undefined
// when it cannot be read as the field's type.
QJsonValue conditionValue(const QString &field, const QString &text)
{
    switch (fieldType(field)) {
    case FieldType::Integer: {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        return ok ? QJsonValue(value) : QJsonValue(QJsonValue::Undefined);
    }
    case FieldType::Boolean:
        return QJsonValue(isTrueText(text) ? 1 : 0);
    case FieldType::Time: {
        QDateTime time = parseApiTimestamp(text.trimmed());
        if (!time.isValid())
            return QJsonValue(QJsonValue::Undefined);
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC); // no zone given: see LocalQuery
        return QJsonValue(time.toSecsSinceEpoch());
    }
    case FieldType::Text:
        return QJsonValue(text);
    }
    return {};
}

// Nulls first, then numbers, then text; text by code unit (as the API's
// emulator does: the real server's collation is not documented).
int compare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || b.isNull())
        return int(!a.isNull()) - int(!b.isNull());
    if (a.isDouble() && b.isDouble()) {
        const qint64 x = a.toInteger();
        const qint64 y = b.toInteger();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString());
    return int(a.isString()) - int(b.isString());
}

} // namespace

QJsonValue comparableValue(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QJsonValue(QJsonValue::Null);
    switch (fieldType(field)) {
    case FieldType::Time: {
        const QDateTime time = parseApiTimestamp(value.toString());
        return time.isValid() ? QJsonValue(time.toSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
    }
    case FieldType::Boolean:
        return QJsonValue(value.toBool() ? 1 : 0);
    case FieldType::Integer:
        return QJsonValue(value.toInteger());
    case FieldType::Text:
        return value.isString() ? value : QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Null);
}

LocalQuery::LocalQuery(const ListQuery &query, RecordPredicate extra)
    : m_extra(std::move(extra))
    , m_sortField(query.sortField)
    , m_descending(query.sortOrder == Qt::DescendingOrder)
{
    for (const auto &[field, value] : query.conditions) {
        Condition condition;
        if (!parse(field, value, &condition)) {
            m_valid = false;
            continue;
        }
        m_conditions.append(condition);
    }
}

// The grammar of the API's filters (4me-api.md §3), as ListQuery holds them.
bool LocalQuery::parse(const QString &field, QString text, Condition *condition) const
{
    condition->field = field;
    if (text.isEmpty()) {
        condition->op = Condition::Op::Empty;
        return true;
    }
    if (text == QLatin1String("!")) {
        condition->op = Condition::Op::Present;
        return true;
    }
    if (text.startsWith(QLatin1Char('!'))) {
        condition->negate = true;
        text.remove(0, 1);
    }
    const FieldType type = fieldType(field);
    const bool ordered = type == FieldType::Integer || type == FieldType::Time;
    if (text.startsWith(QLatin1Char('>')) || text.startsWith(QLatin1Char('<'))) {
        if (!ordered || condition->negate)
            return false; // the API refuses these
        condition->op = Condition::Op::Range;
        const auto bound = [&field](QString part, Bound *out) {
            out->set = true;
            out->inclusive = part.startsWith(QLatin1Char('='));
            if (out->inclusive)
                part.remove(0, 1);
            out->value = conditionValue(field, part);
            return !out->value.isUndefined();
        };
        if (text.startsWith(QLatin1Char('<')))
            return bound(text.mid(1), &condition->high);
        const QString rest = text.mid(1);
        const qsizetype upper = rest.indexOf(QLatin1Char('<'));
        if (upper < 0)
            return bound(rest, &condition->low);
        return bound(rest.left(upper), &condition->low) && bound(rest.mid(upper + 1), &condition->high);
    }
    if (type != FieldType::Text && text.contains(QLatin1Char(','))) {
        if (type != FieldType::Integer)
            return false;
        condition->op = Condition::Op::In;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            condition->values.append(conditionValue(field, part));
            if (condition->values.last().isUndefined())
                return false;
        }
        return true;
    }
    condition->op = Condition::Op::Equal;
    condition->values = {conditionValue(field, text)};
    return !condition->values.first().isUndefined();
}

bool LocalQuery::matches(const Condition &condition, const QJsonObject &record) const
{
    const QJsonValue value = comparableValue(condition.field, record.value(condition.field));
    bool result = false;
    switch (condition.op) {
    case Condition::Op::Empty:
        return value.isNull();
    case Condition::Op::Present:
        return !value.isNull();
    case Condition::Op::Equal:
    case Condition::Op::In:
        result = !value.isNull() &&
                 std::any_of(condition.values.cbegin(), condition.values.cend(),
                             [&value](const QJsonValue &wanted) { return compare(value, wanted) == 0; });
        break;
    case Condition::Op::Range: {
        if (value.isNull())
            return false;
        const Bound &low = condition.low;
        const Bound &high = condition.high;
        const int a = low.set ? compare(value, low.value) : 1;
        const int b = high.set ? compare(value, high.value) : -1;
        result = (low.inclusive ? a >= 0 : a > 0) && (high.inclusive ? b <= 0 : b < 0);
        break;
    }
    }
    // A negation includes records without a value: they are not equal to it.
    return condition.negate ? !result : result;
}

bool LocalQuery::matches(const QJsonObject &record) const
{
    for (const Condition &condition : m_conditions) {
        if (!matches(condition, record))
            return false;
    }
    return !m_extra || m_extra(record);
}

bool LocalQuery::lessThan(const QJsonObject &left, const QJsonObject &right) const
{
    const QString id = QStringLiteral("id");
    if (!m_sortField.isEmpty()) {
        const int order = compare(comparableValue(m_sortField, left.value(m_sortField)),
                                  comparableValue(m_sortField, right.value(m_sortField)));
        if (order != 0)
            return m_descending ? order > 0 : order < 0;
        if (m_sortField == id)
            return false;
    }
    return left.value(id).toInteger() < right.value(id).toInteger();
}

QList<QJsonObject> LocalQuery::apply(QList<QJsonObject> records) const
{
    if (!m_conditions.isEmpty() || m_extra) {
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [this](const QJsonObject &record) { return !matches(record); }),
                      records.end());
    }
    if (!isSorted())
        return records;
    // The index hands its records over in id order: nothing to sort for the
    // API's default order of instances.
    const auto idOf = [](const QJsonObject &record) { return record.value(QLatin1String("id")).toInteger(); };
    if (m_sortField == QLatin1String("id") && !m_descending &&
        std::is_sorted(records.cbegin(), records.cend(),
                       [&idOf](const QJsonObject &a, const QJsonObject &b) { return idOf(a) < idOf(b); }))
        return records;
    // Each record's key is made once: parsing a time per comparison would
    // take seconds over 100,000 records.
    struct Key
    {
        QJsonValue value;
        qint64 id;
        qsizetype index;
    };
    QList<Key> keys;
    keys.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject &record = records.at(i);
        keys.append({comparableValue(m_sortField, record.value(m_sortField)),
                     record.value(QLatin1String("id")).toInteger(), i});
    }
    std::sort(keys.begin(), keys.end(), [this](const Key &a, const Key &b) {
        const int order = compare(a.value, b.value);
        if (order != 0)
            return m_descending ? order > 0 : order < 0;
        return a.id < b.id;
    });
    QList<QJsonObject> sorted;
    sorted.reserve(records.size());
    for (const Key &key : std::as_const(keys))
        sorted.append(std::move(records[key.index]));
    return sorted;
}

} // namespace pc
