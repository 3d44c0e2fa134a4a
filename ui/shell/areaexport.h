#pragma once

#include "app/models/recordexporter.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QMainWindow;

namespace pc {

class JournalView;
class PagedTableModel;
class TableExport;
class RecordView;

// Writes what an area of the window shows to a CSV or JSON file: a record
// area's matching rows, every page (the remaining pages are loaded first),
// with its visible columns; or the journal, which is all local. The outcome
// is shown in the window's status bar and reported by finished().
class AreaExport : public QObject
{
    Q_OBJECT

public:
    // `journal` gives the journal's view when the journal is exported (the
    // window builds it when it is first asked for).
    AreaExport(std::function<JournalView *()> journal, QMainWindow *window);

    // Exports `view`, or the journal when `view` is nullptr. Returns false at
    // once when the export cannot start.
    bool start(RecordView *view, const QString &path, RecordExporter::Format format);
    // Asks for the file first, proposing `suggestedName` (a .csv name); the
    // chosen format decides the name's extension.
    void askAndStart(RecordView *view, const QString &suggestedName);
    // The window is closing: an export being formatted is finished at once,
    // so its file is still written whole.
    void finishPending();
    // Stops the export being written: no file, "Export cancelled".
    void cancel();

Q_SIGNALS:
    void finished(bool ok, const QString &message);
    void runningChanged(bool running);

private:
    void write(RecordView *view, const QString &path, RecordExporter::Format format);
    void report(bool ok, const QString &message, int timeout);
    void refuseSecondExport();
    void ended(); // the running export is done with
    // Every page loaded, no error: what an export may write.
    static bool isWhole(const PagedTableModel *model);

    std::function<JournalView *()> m_journal;
    QMainWindow *m_window;
    QPointer<TableExport> m_running;
    bool m_closing = false;
};

} // namespace pc
