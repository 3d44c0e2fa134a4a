#pragma once

#include "app/models/pagedtablemodel.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantMap>

// What a record table's cell holds for each role, by the kind of value in it
// (PagedTableModel's roles: display, tooltip, sort, search, export). Shared by
// the offerings, instances and reference models; the display helpers also
// by the UI's detail views.
namespace pc {

QString displayTimestamp(const QDateTime &value);
QString displayBoolean(bool value);

// One line of a long text for a table cell; the full text is in the tooltip
// and the detail pane.
QString firstLine(const QString &text);
QString longTooltip(const QString &text);

QVariant idCell(qint64 id, int role);
QVariant textCell(const QString &text, int role);
// Long free text: one line in the cell, the start of it in the tooltip.
QVariant longTextCell(const QString &text, int role);
// Booleans are not searched as text: "no" would match half the table.
QVariant booleanCell(bool value, int role);
// Local time in the cell, the API's own value in the tooltip.
QVariant timestampCell(const QDateTime &value, int role);

// A reference (an offering, an account, a service instance): its name to
// sort by, its display text to show and search, {id, name} to export.
template<typename Ref> QVariant referenceCell(const Ref &reference, int role)
{
    if (role == PagedTableModel::SortRole)
        return reference.name;
    if (role == PagedTableModel::ReferenceIdRole)
        return QVariant::fromValue(reference.id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::SearchTextRole)
        return reference.displayText();
    if (role == PagedTableModel::ExportRole) {
        if (reference.isNull())
            return {};
        QVariantMap object;
        object.insert(QStringLiteral("id"), QVariant::fromValue(reference.id));
        object.insert(QStringLiteral("name"), reference.name);
        return object;
    }
    return {};
}

} // namespace pc
