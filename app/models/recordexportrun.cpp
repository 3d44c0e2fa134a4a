#include "app/models/recordexportrun.h"

#include "app/models/indentedjson.h"
#include "app/models/pagedtablemodel.h"

#include <QAbstractItemModel>
#include <algorithm>

namespace pc {

namespace {

// A cell as the CSV holds it: the exported value as text, a boolean as
// true or false, a reference as the table shows it ("Name (#83)").
QString csvText(const QAbstractItemModel *model, const QModelIndex &index)
{
    const QVariant exported = model->data(index, PagedTableModel::ExportRole);
    switch (exported.typeId()) {
    case QMetaType::Bool:
        return exported.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QVariantMap:
        return model->data(index).toString();
    default:
        return exported.toString();
    }
}

} // namespace

RecordExportRun::RecordExportRun(RecordExporter::Format format, const QAbstractItemModel *model,
                                 const QList<RecordExporter::Column> &columns)
    : m_format(format)
    , m_model(model)
    , m_columns(columns)
    , m_rows(model->rowCount())
{
    if (m_format != RecordExporter::Format::Json)
        return;
    // As a QJsonObject holds them: keys in order, the last column of a field
    // standing for it.
    std::stable_sort(m_columns.begin(), m_columns.end(),
                     [](const auto &a, const auto &b) { return a.field < b.field; });
    for (qsizetype i = m_columns.size() - 1; i > 0; --i) {
        if (m_columns.at(i - 1).field == m_columns.at(i).field)
            m_columns.removeAt(i - 1);
    }
    for (const RecordExporter::Column &column : std::as_const(m_columns)) {
        QByteArray key;
        indentedjson::appendIndent(key, 2);
        indentedjson::appendString(key, column.field);
        m_keys.append(key + ": ");
    }
}

QByteArray RecordExportRun::take(int rows)
{
    if (m_closed)
        return {};
    const int last = std::min(m_rows, m_next + std::max(1, rows));
    if (m_format == RecordExporter::Format::Json) {
        QByteArray bytes;
        if (!m_opened)
            bytes = "[\n";
        for (; m_next < last; ++m_next)
            appendJsonRow(bytes, m_next);
        m_opened = true;
        if (m_next == m_rows) {
            bytes += m_rows > 0 ? "\n]\n" : "]\n";
            m_closed = true;
        }
        return bytes;
    }
    QString text;
    QByteArray bytes;
    if (!m_opened) {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            RecordExporter::appendCsvField(text, m_columns.at(i).title);
        }
        text += QLatin1String("\r\n");
        bytes = "\xEF\xBB\xBF"; // a byte order mark, so spreadsheets read UTF-8
        m_opened = true;
    }
    for (; m_next < last; ++m_next)
        appendCsvRow(text, m_next);
    m_closed = m_next == m_rows;
    return bytes + text.toUtf8();
}

void RecordExportRun::appendJsonRow(QByteArray &bytes, int row) const
{
    bytes += row == 0 ? "    {\n" : ",\n    {\n";
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            bytes += ",\n";
        bytes += m_keys.at(i);
        const QVariant value =
            m_model->data(m_model->index(row, m_columns.at(i).column), PagedTableModel::ExportRole);
        indentedjson::appendVariant(bytes, value, 2);
    }
    bytes += m_columns.isEmpty() ? "    }" : "\n    }";
}

void RecordExportRun::appendCsvRow(QString &text, int row) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        RecordExporter::appendCsvField(text, csvText(m_model, m_model->index(row, m_columns.at(i).column)));
    }
    text += QLatin1String("\r\n");
}

} // namespace pc
