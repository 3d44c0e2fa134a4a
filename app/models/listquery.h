#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// What a record table asks the API for, as a plain value: no client, no
// model, no network. The paged model keeps one and builds its requests from
// it; tests check the requests without a server.
namespace pc {

// A column of a record table: the API field it shows (what ?fields= asks for
// and ?sort= names) and whether the current API sorts by it (servers differ:
// PagedTableModel::sortsOnServer() says what this one does).
struct ColumnSpec
{
    QString field;
    QString title;
    bool serverSortable = false;
    // Worked out here from other fields (an instance's state): never asked
    // of the API; `field` is then only its key in an export.
    bool derived = false;
    // Offered in the column chooser, not shown until chosen.
    bool hiddenByDefault = false;
};

// A field and the value part of a condition with its operator
// ("updated_at", ">2024-01-01").
using Condition = QPair<QString, QString>;

struct ListQuery
{
    // Predefined filter ("latest_internal", "enabled", …), empty for all.
    QString predefinedFilter;
    // Server-side sort by an API field ("" for the API's default order).
    QString sortField;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // Conditions the server applies (`name=Slack`, `updated_at=>2024-01-01`).
    QList<Condition> conditions;

    // The path of the first page: the collection, or its predefined filter
    // ("app_offerings/latest_internal").
    QString path(const QString &collectionPath) const;
    // The query of the first page: per_page, the fields, the sort (or
    // `implicitSortField` when none is chosen: "" leaves the API's default
    // order), the conditions with their operators percent-encoded, as the
    // SDKs send them.
    QUrlQuery urlQuery(const QStringList &fields, const QString &implicitSortField, int perPage) const;

    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

// The API fields a list request asks for (?fields=): those of the visible
// columns (every column's when `visible` is empty), plus the essential ones
// the view depends on whatever is shown. Never "id" (always sent) nor a
// column without a field of its own.
QStringList requestedFields(const QList<ColumnSpec> &columns, const QStringList &visible,
                            const QStringList &essential);

// `query` continued after the record with id `lastId`: the same list from
// the next id on (a cancelled parallel walk goes on with one cursor).
QUrlQuery continuedAfterId(QUrlQuery query, qint64 lastId);

// A condition's value as the API expects it in a URL: operators such as > and
// < percent-encoded, commas and ! (lists, negation) as they are.
QString encodedConditionValue(const QString &value);

} // namespace pc
