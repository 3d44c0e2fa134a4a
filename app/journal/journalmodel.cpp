#include "app/journal/journalmodel.h"

#include "app/models/celltext.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/retranslation.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::JournalModel).
class JournalModel { Q_OBJECT };
#endif

JournalModel::JournalModel(ActionJournal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    reload();
}

bool JournalModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        announceRetranslated(this);
    return QAbstractTableModel::event(event);
}

void JournalModel::reload()
{
    beginResetModel();
    m_entries = m_journal->readAll(&m_skipped);
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::fieldName(int column)
{
    switch (column) {
    case Time: return QStringLiteral("time");
    case Action: return QStringLiteral("action");
    case Record: return QStringLiteral("record");
    case Change: return QStringLiteral("change");
    case Result: return QStringLiteral("result");
    case Connection: return QStringLiteral("connection");
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Action: return tr("Action");
    case Record: return tr("Record");
    case Change: return tr("Change");
    case Result: return tr("Result");
    case Connection: return tr("Connection");
    }
    return {};
}

QString JournalModel::changeText(const JournalEntry &entry)
{
    QStringList parts;
    for (auto it = entry.after.begin(); it != entry.after.end(); ++it) {
        auto shown = [](const QJsonValue &value) {
            if (value.isBool())
                return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (value.isString())
                return value.toString().isEmpty() ? tr("(empty)") : value.toString().left(60);
            if (value.isNull() || value.isUndefined())
                return QStringLiteral("—");
            return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        };
        parts.append(tr("%1: %2 → %3").arg(it.key(), shown(entry.before.value(it.key())), shown(it.value())));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    if (role == PagedTableModel::RecordIdRole)
        return entry.recordId;
    const bool text = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == PagedTableModel::SearchTextRole
        || role == PagedTableModel::ExportRole;
    switch (static_cast<Column>(index.column())) {
    case Time:
        if (role == PagedTableModel::SortRole)
            return entry.time;
        if (role == PagedTableModel::ExportRole || role == Qt::ToolTipRole)
            return entry.time.toUTC().toString(Qt::ISODateWithMs);
        if (text)
            return displayTimestamp(entry.time);
        break;
    case Action:
        if (text || role == PagedTableModel::SortRole)
            return entry.action;
        break;
    case Record:
        if (text || role == PagedTableModel::SortRole)
            return tr("%1 #%2").arg(entry.recordType).arg(entry.recordId);
        break;
    case Change:
        if (text || role == PagedTableModel::SortRole)
            return changeText(entry);
        break;
    case Result:
        if (text || role == PagedTableModel::SortRole)
            return entry.ok ? tr("done (%1)").arg(entry.httpStatus) : tr("failed: %1").arg(entry.message);
        break;
    case Connection:
        if (text || role == PagedTableModel::SortRole)
            return tr("%1 @ %2").arg(entry.account, entry.host);
        break;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pc
