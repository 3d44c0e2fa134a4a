#pragma once

#include "app/models/listquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace pc {

// Whether a record belongs to a list for what ListQuery's conditions cannot
// say: a predefined filter, an offering's drill-down.
using RecordPredicate = std::function<bool(const QJsonObject &)>;

// A ListQuery answered over records kept here (the local index) the way the
// API answers it, so a table over the whole collection filters and sorts
// without a request. The conditions take the API's operators as
// ListQuery holds them (`value`, `a,b` for integers, `!value`, `>`, `>=`,
// `<`, `<=`, `>a<b`, empty for "is empty", `!` for "is present"); times are
// compared as instants (a date without a zone is read as UTC: the account's
// zone, which the API would use, is not known here). The order follows the
// API's: nulls first, text by code unit, ties by id.
class LocalQuery
{
public:
    // `extra` (optional) narrows further: a predefined filter, a drill-down.
    LocalQuery(const ListQuery &query, RecordPredicate extra = {});

    // False when a condition cannot be read (an unknown operator, a value
    // that is not a number or time where one is needed): the server would
    // answer such a request with 400, so the list is left to it.
    bool isValid() const { return m_valid; }

    bool matches(const QJsonObject &record) const;
    // Keeps the records that match, in the query's order (id order when it
    // names no sort: the index's own).
    QList<QJsonObject> apply(QList<QJsonObject> records) const;
    // Whether `left` comes before `right` in the query's order.
    bool lessThan(const QJsonObject &left, const QJsonObject &right) const;
    bool isSorted() const { return !m_sortField.isEmpty(); }

private:
    struct Bound
    {
        bool set = false;
        bool inclusive = false;
        QJsonValue value;
    };
    struct Condition
    {
        enum class Op { Equal, In, Empty, Present, Range };
        QString field;
        Op op = Op::Equal;
        bool negate = false;
        QList<QJsonValue> values;
        Bound low;
        Bound high;
    };

    bool parse(const QString &field, QString text, Condition *condition) const;
    bool matches(const Condition &condition, const QJsonObject &record) const;

    QList<Condition> m_conditions;
    RecordPredicate m_extra;
    QString m_sortField;
    bool m_descending = false;
    bool m_valid = true;
};

// A field's value in a form that compares the way the API's filters and
// sorts do: times as epoch seconds, booleans as 0 or 1, numbers as numbers,
// text as text; null for a missing or empty value. Exposed for the tests.
QJsonValue comparableValue(const QString &field, const QJsonValue &value);

} // namespace pc
