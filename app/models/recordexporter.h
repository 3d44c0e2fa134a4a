#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QAbstractItemModel;
class QIODevice;

namespace pc {

// Writes the rows a table shows (after its filter and sort) to CSV or JSON,
// with the given columns in the given order.
class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    enum class Format { Csv, Json };

    struct Column
    {
        int column;      // in `model`
        QString field;   // the API field: the JSON key
        QString title;   // the CSV header
    };

    // CSV: RFC 4180 quoting, UTF-8 with a byte order mark (so spreadsheets
    // read accents and CJK right), CRLF line ends. A text cell starting with
    // = + - @ tab or CR is prefixed with ' so a spreadsheet never runs it as a
    // formula.
    // JSON: an array of objects keyed by API field, values typed (numbers,
    // booleans, {"id","name"} references, timestamps as the API writes them).
    // Returns false and sets *error when the device fails.
    static bool write(QIODevice *device, Format format, const QAbstractItemModel *model,
                      const QList<Column> &columns, QString *error);
    static QString csvField(const QString &text);
    // The same field appended to a line being built.
    static void appendCsvField(QString &line, QStringView text);
};

} // namespace pc
