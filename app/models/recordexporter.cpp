#include "app/models/recordexporter.h"

#include "app/models/pagedtablemodel.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace pc {

QString RecordExporter::csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '))) {
        value.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

namespace {

QString csvText(const QVariant &exported, const QVariant &display)
{
    switch (exported.typeId()) {
    case QMetaType::Bool: return exported.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QVariantMap: return display.toString(); // a reference: "Name (#83)"
    default: return exported.toString();
    }
}

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
    const int rows = model->rowCount();
    if (format == Format::Json) {
        QJsonArray array;
        for (int row = 0; row < rows; ++row) {
            QJsonObject object;
            for (const Column &column : columns) {
                const QVariant value = model->data(model->index(row, column.column), PagedTableModel::ExportRole);
                object.insert(column.field, value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue());
            }
            array.append(object);
        }
        return writeAll(device, QJsonDocument(array).toJson(QJsonDocument::Indented), error);
    }

    QByteArray bytes = "\xEF\xBB\xBF";
    QStringList line;
    for (const Column &column : columns)
        line.append(csvField(column.title));
    bytes += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int row = 0; row < rows; ++row) {
        line.clear();
        for (const Column &column : columns) {
            const QModelIndex index = model->index(row, column.column);
            line.append(csvField(csvText(model->data(index, PagedTableModel::ExportRole), model->data(index))));
        }
        bytes += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (bytes.size() > (1 << 20)) { // write as it goes: 100,000 rows need not sit in memory twice
            if (!writeAll(device, bytes, error))
                return false;
            bytes.clear();
        }
    }
    return writeAll(device, bytes, error);
}

} // namespace pc
