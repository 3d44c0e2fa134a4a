#pragma once

#include "app/models/recordexporter.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace pc {

// One export of a table, formatted a few rows at a time, so a window can
// write 100,000 rows between its repaints: take() gives the next rows' bytes
// (the header with the first, the closing with the last), in the format
// RecordExporter describes. The concatenation of every take() is exactly
// what RecordExporter::write() writes. The model must not change between
// two calls: a caller that sees it change starts a new run.
class RecordExportRun
{
public:
    RecordExportRun(RecordExporter::Format format, const QAbstractItemModel *model,
                    const QList<RecordExporter::Column> &columns);

    // At most `rows` rows (at least one while some are left), as UTF-8.
    QByteArray take(int rows);
    bool atEnd() const { return m_closed; }
    int rowsDone() const { return m_next; }
    int rowCount() const { return m_rows; }

private:
    void openJson(QByteArray &bytes);
    void appendJsonRow(QByteArray &bytes, int row) const;
    void appendCsvRow(QString &text, int row) const;

    RecordExporter::Format m_format;
    const QAbstractItemModel *m_model;
    QList<RecordExporter::Column> m_columns; // CSV: as given; JSON: by key, one per field
    QList<QByteArray> m_keys;                // JSON: each field's indented, quoted key
    int m_rows;
    int m_next = 0;
    bool m_opened = false;
    bool m_closed = false;
};

} // namespace pc
