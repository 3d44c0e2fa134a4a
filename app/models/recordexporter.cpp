#include "app/models/recordexporter.h"

#include "app/models/indentedjson.h"
#include "app/models/pagedtablemodel.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <algorithm>

namespace pc {

QString RecordExporter::csvField(const QString &text)
{
    QString field;
    appendCsvField(field, text);
    return field;
}

void RecordExporter::appendCsvField(QString &line, QStringView text)
{
    // A leading = + - @ tab or CR would make a spreadsheet run the cell.
    const bool formula =
        !text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' ||
                            text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r');
    bool quoted = !text.isEmpty() && (text.front() == u' ' || text.back() == u' ');
    for (qsizetype i = 0; !quoted && i < text.size(); ++i) {
        const QChar c = text.at(i);
        quoted = c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (quoted)
        line += QLatin1Char('"');
    if (formula)
        line += QLatin1Char('\'');
    if (quoted && text.contains(u'"')) {
        for (const QChar c : text) {
            if (c == u'"')
                line += QLatin1Char('"');
            line += c;
        }
    } else {
        line += text;
    }
    if (quoted)
        line += QLatin1Char('"');
}

namespace {

// A cell as the CSV holds it: the exported value as text, a boolean as
// true or false, a reference as the table shows it ("Name (#83)").
QString csvText(const QAbstractItemModel *model, const QModelIndex &index)
{
    const QVariant exported = model->data(index, PagedTableModel::ExportRole);
    switch (exported.typeId()) {
    case QMetaType::Bool: return exported.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QVariantMap:
        return model->data(index).toString();
    default: return exported.toString();
    }
}

// About a megabyte of text is handed to the device at a time.
constexpr qsizetype kChunkBytes = qsizetype(1) << 20;

bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (device->write(bytes) == bytes.size())
        return true;
    if (error)
        *error = RecordExporter::tr("The file could not be written: %1").arg(device->errorString());
    return false;
}

} // namespace

bool RecordExporter::write(QIODevice *device, Format format, const QAbstractItemModel *model,
                           const QList<Column> &columns, QString *error)
{
    return format == Format::Json ? writeJson(device, model, columns, error)
                                  : writeCsv(device, model, columns, error);
}

// Written as it goes, a megabyte at a time: 100,000 rows need not sit in
// memory twice, nor as a JSON document.
bool RecordExporter::writeJson(QIODevice *device, const QAbstractItemModel *model,
                               const QList<Column> &columns, QString *error)
{
    // As a QJsonObject holds them: keys in order, the last column of a field
    // standing for it.
    QList<Column> fields = columns;
    std::stable_sort(fields.begin(), fields.end(),
                     [](const Column &a, const Column &b) { return a.field < b.field; });
    for (qsizetype i = fields.size() - 1; i > 0; --i) {
        if (fields.at(i - 1).field == fields.at(i).field)
            fields.removeAt(i - 1);
    }
    QList<QByteArray> keys;
    for (const Column &column : std::as_const(fields)) {
        QByteArray key;
        indentedjson::appendIndent(key, 2);
        indentedjson::appendString(key, column.field);
        keys.append(key + ": ");
    }

    const int rows = model->rowCount();
    QByteArray json = "[\n";
    for (int row = 0; row < rows; ++row) {
        json += row == 0 ? "    {\n" : ",\n    {\n";
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                json += ",\n";
            json += keys.at(i);
            const QVariant value =
                model->data(model->index(row, fields.at(i).column), PagedTableModel::ExportRole);
            indentedjson::appendVariant(json, value, 2);
        }
        json += fields.isEmpty() ? "    }" : "\n    }";
        if (json.size() > kChunkBytes) {
            if (!writeAll(device, json, error))
                return false;
            json.clear();
        }
    }
    json += rows > 0 ? "\n]\n" : "]\n";
    return writeAll(device, json, error);
}

bool RecordExporter::writeCsv(QIODevice *device, const QAbstractItemModel *model,
                              const QList<Column> &columns, QString *error)
{
    QString text;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        appendCsvField(text, columns.at(i).title);
    }
    text += QLatin1String("\r\n");
    QByteArray bytes = "\xEF\xBB\xBF";
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            const QModelIndex index = model->index(row, columns.at(i).column);
            appendCsvField(text, csvText(model, index));
        }
        text += QLatin1String("\r\n");
        if (text.size() > kChunkBytes / 2) { // UTF-16 units: at least as many bytes once in UTF-8
            bytes += text.toUtf8();
            text.clear();
            if (!writeAll(device, bytes, error))
                return false;
            bytes.clear();
        }
    }
    bytes += text.toUtf8();
    return writeAll(device, bytes, error);
}

} // namespace pc
