#include "app/models/recordexporter.h"

#include "app/models/recordexportrun.h"

#include <QIODevice>

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

bool RecordExporter::write(QIODevice *device, Format format, const QAbstractItemModel *model,
                           const QList<Column> &columns, QString *error)
{
    // Written as it goes, about a megabyte at a time: 100,000 rows need not
    // sit in memory twice, nor as a JSON document.
    constexpr int kRowsPerWrite = 2000;
    RecordExportRun run(format, model, columns);
    while (!run.atEnd()) {
        const QByteArray bytes = run.take(kRowsPerWrite);
        if (device->write(bytes) != bytes.size()) {
            if (error)
                *error = tr("The file could not be written: %1").arg(device->errorString());
            return false;
        }
    }
    return true;
}

} // namespace pc
