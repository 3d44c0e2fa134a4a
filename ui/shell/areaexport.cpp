#include "ui/shell/areaexport.h"

#include "app/models/pagedtablemodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/models/tableexport.h"
#include "ui/journal/journalview.h"
#include "ui/records/recordview.h"

#include <QFileDialog>
#include <QLocale>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <memory>
#include <utility>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::AreaExport).
class AreaExport { Q_OBJECT };
#endif

AreaExport::AreaExport(std::function<JournalView *()> journal, QMainWindow *window)
    : QObject(window)
    , m_journal(std::move(journal))
    , m_window(window)
{}

void AreaExport::askAndStart(RecordView *view, const QString &suggestedName)
{
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    // Opened, not exec()'d: pages and answers keep arriving while it is up.
    auto *dialog = new QFileDialog(m_window, tr("Export"), QString(), csv + QStringLiteral(";;") + json);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(suggestedName);
    const QPointer<RecordView> area(view);
    const bool journal = view == nullptr;
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, area, journal, json](QString path) {
        if (path.isEmpty() || (!journal && !area))
            return; // the area went away (the window closed) while the dialog was up
        const bool asJson = dialog->selectedNameFilter() == json ||
                            path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        // The name follows the chosen format (the dialog proposed .csv).
        if (asJson && path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            path = path.chopped(4) + QStringLiteral(".json");
        else if (!asJson && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            path += QStringLiteral(".csv");
        start(area, path, asJson ? RecordExporter::Format::Json : RecordExporter::Format::Csv);
    });
    dialog->open();
}

void AreaExport::report(bool ok, const QString &message, int timeout)
{
    m_window->statusBar()->showMessage(message, timeout);
    Q_EMIT finished(ok, message);
}

bool AreaExport::start(RecordView *view, const QString &path, RecordExporter::Format format)
{
    if (!view) { // the journal: everything is local, written at once
        const QString error = m_journal()->exportTo(path, format == RecordExporter::Format::Json);
        report(error.isEmpty(),
               error.isEmpty() ? tr("Exported the journal to %1").arg(path)
                               : tr("Export failed: %1").arg(error),
               10000);
        return error.isEmpty();
    }
    if (m_running) {
        refuseSecondExport();
        return false;
    }
    PagedTableModel *model = view->model();
    if (isWhole(model)) {
        write(view, path, format);
        return true;
    }
    // Every matching row means every page: load them first, then write.
    m_window->statusBar()->showMessage(tr("Loading every page before the export…"));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(model, &PagedTableModel::loadAllFinished, this,
                [this, view, path, format, connection](bool complete) {
                    disconnect(*connection);
                    if (!complete) {
                        report(false, tr("Export cancelled: not every page could be loaded."), 8000);
                        return;
                    }
                    write(view, path, format);
                });
    view->loadAll();
    return true;
}

void AreaExport::write(RecordView *view, const QString &path, RecordExporter::Format format)
{
    if (m_running) { // started while this one's pages were loading
        refuseSecondExport();
        return;
    }
    QList<RecordExporter::Column> columns;
    for (int column : view->visibleColumns()) {
        const ColumnSpec &spec = view->model()->columns().at(column);
        columns.append({column, spec.field, spec.title});
    }
    const bool throttled = view->model()->isThrottled();
    // Formatted a slice at a time and written on a thread of its own: the
    // window keeps working through 100,000 rows and a slow disk.
    m_running = new TableExport(path, format, view->proxy(), columns, this);
    m_running->setCompleteness(
        [model = QPointer<PagedTableModel>(view->model())] { return model && isWhole(model); });
    connect(m_running, &TableExport::progressed, this, [this](int done, int total) {
        if (done < total)
            m_window->statusBar()->showMessage(tr("Exporting: %L1 of %Ln row(s)…", nullptr, total).arg(done));
    });
    connect(m_running, &TableExport::finished, this,
            [this, path, throttled](bool ok, const QString &error, int rows) {
                ended();
                QString message = ok ? tr("Exported %Ln row(s) to %1", nullptr, rows).arg(path)
                                     : tr("Export failed: %1").arg(error);
                if (ok && throttled)
                    message += QLatin1Char(' ') +
                               tr("The server caps this collection at 100,000 records, so the export may "
                                  "not hold every record; narrow it with a filter.");
                report(ok, message, 10000);
            });
    // The table was reloaded meanwhile (a server sort, another query): its
    // pages are loaded again, then the export starts over.
    connect(m_running, &TableExport::interrupted, this,
            [this, area = QPointer<RecordView>(view), path, format] {
                ended();
                if (area && !m_closing)
                    start(area, path, format);
            });
    m_running->start();
    Q_EMIT runningChanged(true);
}

void AreaExport::ended()
{
    m_running->deleteLater();
    m_running = nullptr;
    Q_EMIT runningChanged(false);
}

void AreaExport::cancel()
{
    if (!m_running)
        return;
    m_running->cancel();
    ended();
    report(false, tr("Export cancelled: no file was written."), 8000);
}

bool AreaExport::isWhole(const PagedTableModel *model)
{
    return model->atEnd() && !model->lastError().isError();
}

void AreaExport::refuseSecondExport()
{
    report(false, tr("Export failed: another export is still being written. Try again once it has ended."),
           10000);
}

void AreaExport::finishPending()
{
    m_closing = true;
    if (m_running)
        m_running->finishNow();
}

} // namespace pc
