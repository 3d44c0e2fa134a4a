#include "app/models/referencemodel.h"

#include "app/models/celltext.h"
#include "app/records/timestamp.h"

#include <QJsonObject>
#include <algorithm>
#include <string_view>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ReferenceModel).
class ReferenceModel { Q_OBJECT };
#endif

ReferenceModel::ReferenceModel(ApiClient *client, const QString &collection, QObject *parent)
    : PagedTableModel(client, parent)
    , m_collection(collection)
{
    setColumns(columnSpecs());
}

QList<ColumnSpec> ReferenceModel::columnSpecs() const
{
    QList<ColumnSpec> columns{{QStringLiteral("name"), tr("Name"), false}};
    // Versions have a version; service instances do not (the column stays, empty,
    // so the column numbers are the same for both).
    columns.append(
        {m_collection == QLatin1String("ui_extension_versions") ? QStringLiteral("version") : QString(),
         tr("Version"), false});
    columns.append({QStringLiteral("id"), tr("ID"), false});
    return columns;
}

QString ReferenceModel::collectionPath() const
{
    return m_collection;
}

int ReferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == RecordIdRole)
        return row.id;
    switch (static_cast<Column>(index.column())) {
    case Name:
        return textCell(row.name, role);
    case Version:
        return textCell(row.version, role);
    case Id:
        return idCell(row.id, role);
    case ColumnCount:
        break;
    }
    return {};
}

QString ReferenceModel::displayName(int row) const
{
    const Row &record = m_rows.at(row);
    const QString name = record.name.isEmpty() ? tr("#%1").arg(record.id) : record.name;
    return record.version.isEmpty() ? name : tr("%1 (version %2)").arg(name, record.version);
}

namespace {

ReferenceModel::Row decodeRow(const QJsonObject &object)
{
    ReferenceModel::Row row;
    row.id = object.value(QStringLiteral("id")).toInteger();
    row.name = object.value(QStringLiteral("name")).toString();
    const QJsonValue version = object.value(QStringLiteral("version"));
    row.version = version.isDouble() ? QString::number(version.toDouble()) : version.toString();
    return row;
}

} // namespace

void ReferenceModel::appendRecords(const QJsonArray &records)
{
    appendDecoded(m_rows, records, decodeRow);
}

int ReferenceModel::rowOfId(qint64 id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const Row &row) { return row.id == id; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

void ReferenceModel::replaceRecord(int row, const QJsonObject &record)
{
    m_rows[row] = decodeRow(record);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ReferenceModel::removeRecordRow(int row)
{
    m_rows.remove(row);
}

void ReferenceModel::clearRows()
{
    m_rows.clear();
}

} // namespace pc
