#include "app/models/tableexport.h"

#include "app/models/backgroundsavefile.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordexportrun.h"

#include <QAbstractItemModel>
#include <QTimer>
#include <limits>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::TableExport).
class TableExport { Q_OBJECT };
#endif

namespace {

// About 10 ms of formatting per turn of the event loop: the window repaints
// and takes keys between two slices.
constexpr qint64 kSliceMs = 10;
constexpr int kRowsPerStep = 100;
// After this many starts over a changing table, the rest is written at once.
constexpr int kMaxRestarts = 3;
// Formatting waits while more than this is handed over and not yet written.
constexpr qint64 kMaxQueuedBytes = qint64(8) << 20;
constexpr int kQueueWaitMs = 5;
// The bytes are handed to the file about a megabyte at a time.
constexpr qsizetype kBytesPerAppend = qsizetype(1) << 20;

} // namespace

TableExport::TableExport(const QString &path, RecordExporter::Format format, const QAbstractItemModel *model,
                         const QList<RecordExporter::Column> &columns, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_format(format)
    , m_model(model)
    , m_columns(columns)
    , m_sliceMs(kSliceMs)
    , m_maxQueuedBytes(kMaxQueuedBytes)
{
    const auto changed = [this] { modelChanged(); };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, &TableExport::cellsChanged);
}

TableExport::~TableExport() = default;

void TableExport::start()
{
    begin();
    QTimer::singleShot(0, this, &TableExport::formatSlice);
}

void TableExport::begin()
{
    m_changed = false;
    m_lastProgress.invalidate(); // a new run tells its first slice's progress
    m_file = std::make_unique<BackgroundSaveFile>(m_path);
    connect(m_file.get(), &BackgroundSaveFile::finished, this,
            [this](bool ok, const QString &error) { end(ok, error); });
    m_run = std::make_unique<RecordExportRun>(m_format, m_model, m_columns);
}

void TableExport::modelChanged()
{
    if (!m_formatted)
        m_changed = true;
}

// Only cells the file holds, in a role it reads, change the file.
void TableExport::cellsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole) && !roles.contains(PagedTableModel::ExportRole))
        return;
    for (const RecordExporter::Column &column : std::as_const(m_columns)) {
        if (column.column >= topLeft.column() && column.column <= bottomRight.column()) {
            modelChanged();
            return;
        }
    }
}

void TableExport::formatSlice()
{
    if (m_formatted || m_ended)
        return;
    if (!m_model) {
        end(false, tr("The table was closed before the export ended."));
        return;
    }
    if (!startAgainIfChanged())
        return;
    if (m_file->queuedBytes() > m_maxQueuedBytes && m_restarts < kMaxRestarts) {
        QTimer::singleShot(kQueueWaitMs, this, &TableExport::formatSlice);
        return;
    }
    formatRows(m_restarts >= kMaxRestarts ? std::numeric_limits<qint64>::max() : m_sliceMs);
    if (!m_formatted)
        QTimer::singleShot(0, this, &TableExport::formatSlice);
}

void TableExport::finishNow()
{
    if (m_formatted || m_ended || !m_run || !m_model)
        return;
    if (startAgainIfChanged())
        formatRows(std::numeric_limits<qint64>::max());
}

bool TableExport::startAgainIfChanged()
{
    if (!m_changed)
        return true;
    if (m_complete && !m_complete()) {
        m_ended = true;
        m_file.reset(); // discarded
        Q_EMIT interrupted();
        return false;
    }
    ++m_restarts;
    begin(); // the old file is discarded
    return true;
}

void TableExport::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_file)
        m_file->abandon();
    m_file.reset();
}

void TableExport::formatRows(qint64 budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray bytes;
    do { // at least a step per slice, however short the slice
        bytes += m_run->take(kRowsPerStep);
        if (bytes.size() >= kBytesPerAppend) {
            m_file->append(std::move(bytes));
            bytes = QByteArray();
        }
    } while (!m_run->atEnd() && clock.elapsed() < budgetMs && !m_file->failed());
    m_file->append(std::move(bytes));
    if (m_run->atEnd() || m_file->failed()) {
        m_formatted = true;
        m_file->commit(); // a failed file says why in finished()
    }
    if (!m_lastProgress.isValid() || m_lastProgress.elapsed() >= 100 || m_formatted) {
        m_lastProgress.start();
        Q_EMIT progressed(m_run->rowsDone(), m_run->rowCount());
    }
}

void TableExport::end(bool ok, const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(ok, error, m_run ? m_run->rowCount() : 0);
}

} // namespace pc
