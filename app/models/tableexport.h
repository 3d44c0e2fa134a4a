#pragma once

#include "app/models/recordexporter.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QAbstractItemModel;
class QModelIndex;

namespace pc {

class BackgroundSaveFile;
class RecordExportRun;

// Exports a table's rows to a file while the window stays responsive: the
// rows are formatted a slice at a time on the model's thread, between the
// window's events (a slice takes about 10 ms), and the bytes written on a
// thread of their own (BackgroundSaveFile). The file is one moment of the
// table: when its rows change during the export (a sync applied in place),
// the export starts again, and after a few such starts writes the rest in
// one go, so it always ends. A table that is no longer whole when it changed
// (a reload: its pages come back one by one) ends the export with
// interrupted() instead: its caller loads the table again first. The bytes
// not yet written are kept under a few megabytes: a slow disk slows the
// formatting, not the memory.
class TableExport : public QObject
{
    Q_OBJECT

public:
    TableExport(const QString &path, RecordExporter::Format format, const QAbstractItemModel *model,
                const QList<RecordExporter::Column> &columns, QObject *parent = nullptr);
    ~TableExport() override;

    // How long a slice formats before the window gets its turn (10 ms; 0:
    // a hundred rows per slice, as tests want to see several).
    void setSliceMs(qint64 ms) { m_sliceMs = ms; }
    // How much may wait for the disk before the formatting waits (8 MB).
    void setMaxQueuedBytes(qint64 bytes) { m_maxQueuedBytes = bytes; }
    // Whether the table holds every row it should (a paged model: every page,
    // nothing loading); asked when the table changed. Without it, always.
    void setCompleteness(std::function<bool()> complete) { m_complete = std::move(complete); }
    void start();
    // Formats what is left at once (a window closing): the file is still
    // written whole, and finished() still comes.
    void finishNow();
    // Stops at once: no file, no finished(), nothing waited for.
    void cancel();
    int restarts() const { return m_restarts; }

Q_SIGNALS:
    void progressed(int rowsDone, int rowCount);
    // `rows`: how many rows the file holds.
    void finished(bool ok, const QString &error, int rows);
    // The table changed and is not whole: nothing was written.
    void interrupted();

private:
    void begin();
    void formatSlice();
    void formatRows(qint64 budgetMs);
    // False when the table changed and is not whole: interrupted() is said.
    bool startAgainIfChanged();
    void modelChanged();
    void cellsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void end(bool ok, const QString &error);

    QString m_path;
    RecordExporter::Format m_format;
    QPointer<const QAbstractItemModel> m_model;
    QList<RecordExporter::Column> m_columns;
    std::function<bool()> m_complete;
    std::unique_ptr<RecordExportRun> m_run;
    std::unique_ptr<BackgroundSaveFile> m_file;
    QElapsedTimer m_lastProgress;
    qint64 m_sliceMs;
    qint64 m_maxQueuedBytes;
    int m_restarts = 0;
    bool m_changed = false;
    bool m_formatted = false;
    bool m_ended = false;
};

} // namespace pc
