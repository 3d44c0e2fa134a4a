#include "app/models/listquery.h"

#include <QUrl>

namespace pc {

QString ListQuery::path(const QString &collectionPath) const
{
    return predefinedFilter.isEmpty() ? collectionPath : collectionPath + QLatin1Char('/') + predefinedFilter;
}

QUrlQuery ListQuery::urlQuery(const QStringList &fields, const QString &implicitSortField, int perPage) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    if (!fields.isEmpty())
        query.addQueryItem(QStringLiteral("fields"), fields.join(QLatin1Char(',')));
    if (!sortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort"),
                           (sortOrder == Qt::DescendingOrder ? QStringLiteral("-") : QString()) + sortField);
    else if (!implicitSortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), implicitSortField);
    for (const auto &[field, value] : conditions)
        query.addQueryItem(field, encodedConditionValue(value));
    return query;
}

QStringList requestedFields(const QList<ColumnSpec> &columns, const QStringList &visible,
                            const QStringList &essential)
{
    QStringList fields;
    for (const ColumnSpec &column : columns) {
        if (column.derived)
            continue;
        if (visible.isEmpty() || visible.contains(column.field) || essential.contains(column.field))
            fields.append(column.field);
    }
    fields.removeAll(QStringLiteral("id")); // always sent
    fields.removeAll(QString());            // a column with no field of its own
    fields.removeDuplicates();
    return fields;
}

QUrlQuery continuedAfterId(QUrlQuery query, qint64 lastId)
{
    if (lastId >= 0)
        query.addQueryItem(QStringLiteral("id"), encodedConditionValue(QStringLiteral(">%1").arg(lastId)));
    return query;
}

QString encodedConditionValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, ",!"));
}

} // namespace pc
