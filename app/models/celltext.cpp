#include "app/models/celltext.h"

#include "app/records/timestamp.h"

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::PagedTableModel).
class PagedTableModel { Q_OBJECT };
#endif

QString displayTimestamp(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    return localMinuteText(value.toMSecsSinceEpoch());
}

QString displayBoolean(bool value)
{
    return value ? PagedTableModel::tr("Yes") : PagedTableModel::tr("No");
}

QString firstLine(const QString &text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    QString line = newline < 0 ? text : text.left(newline);
    if (line.size() > 200)
        line = line.left(200) + QChar(0x2026);
    else if (newline >= 0)
        line += QChar(0x2026);
    return line;
}

QString longTooltip(const QString &text)
{
    return text.size() > 2000 ? text.left(2000) + QChar(0x2026) : text;
}

QVariant idCell(qint64 id, int role)
{
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == PagedTableModel::SortRole || role == PagedTableModel::ExportRole)
        return id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::SearchTextRole)
        return QString::number(id);
    return {};
}

QVariant textCell(const QString &text, int role)
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::SortRole ||
        role == PagedTableModel::SearchTextRole || role == PagedTableModel::ExportRole)
        return text;
    return {};
}

QVariant longTextCell(const QString &text, int role)
{
    if (role == Qt::DisplayRole)
        return firstLine(text);
    if (role == Qt::ToolTipRole)
        return longTooltip(text);
    if (role == PagedTableModel::SortRole || role == PagedTableModel::SearchTextRole ||
        role == PagedTableModel::ExportRole)
        return text;
    return {};
}

QVariant booleanCell(bool value, int role)
{
    if (role == PagedTableModel::SortRole || role == PagedTableModel::ExportRole)
        return value;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return displayBoolean(value);
    return {};
}

QVariant timestampCell(const QDateTime &value, int role)
{
    if (role == PagedTableModel::SortRole)
        return value;
    if (role == Qt::DisplayRole || role == PagedTableModel::SearchTextRole)
        return displayTimestamp(value);
    if (role == Qt::ToolTipRole || role == PagedTableModel::ExportRole)
        return formatApiTimestamp(value);
    return {};
}

} // namespace pc
