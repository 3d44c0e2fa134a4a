#include "app/models/instancesmodel.h"
#include "app/models/recordexporter.h"
#include "app/models/recordexportrun.h"
#include "app/models/recordfilterproxy.h"
#include "app/models/tableexport.h"
#include "tests/support/loadedinstances.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <utility>

using namespace testsupport;
using pc::RecordExporter;
using pc::TableExport;

// The window's export: a slice of rows per turn of the event loop, written
// on a thread, one moment of the table even when it changes meanwhile.
class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aRunInSlicesWritesWhatWriteWrites_data();
    void aRunInSlicesWritesWhatWriteWrites();
    void writesTheWholeTableInSlices_data();
    void writesTheWholeTableInSlices();
    void startsAgainWhenTheTableChanges();
    void onlyChangesToWhatTheFileHoldsCount();
    void aSlowDiskHoldsTheFormattingBack();
    void aTableThatKeepsChangingIsWrittenAtOnce();
    void finishNowWritesTheFileWhole();
    void abandonedLeavesNoFile();
    void cancelledLeavesNoFile();
    void aFileThatCannotBeOpenedIsReported();
    void aFailedWriteLeavesNoFile();
    void aClosedTableEndsTheExport();
    void aReloadedTableInterruptsTheExport();

private:
    QByteArray written(const QAbstractItemModel *model, RecordExporter::Format format) const;
    // A filter that keeps some rows, not all: the first row's customer account.
    QString someRows() const
    {
        return m_proxy->index(0, pc::InstancesModel::CustomerAccount).data().toString();
    }
    QStringList filesIn() const { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden); }

    std::unique_ptr<LoadedInstances> m_loaded;
    pc::InstancesModel *m_model = nullptr;
    pc::RecordFilterProxy *m_proxy = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    const QList<RecordExporter::Column> m_columns = {
        {pc::InstancesModel::Id, QStringLiteral("id"), QStringLiteral("ID")},
        {pc::InstancesModel::CustomerAccount, QStringLiteral("customer_account"), QStringLiteral("Customer")},
        {pc::InstancesModel::Suspended, QStringLiteral("suspended"), QStringLiteral("Suspended")},
        {pc::InstancesModel::SuspensionComment, QStringLiteral("suspension_comment"), QStringLiteral("Why")},
        {pc::InstancesModel::UpdatedAt, QStringLiteral("updated_at"), QStringLiteral("Updated")},
    };
};

void TestTableExport::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false"));
    m_loaded = loadInstances(450);
    QVERIFY(m_loaded);
    m_model = m_loaded->model.get();
    m_proxy = m_loaded->proxy.get();
}

void TestTableExport::init()
{
    m_proxy->setQuickFilter(QString());
    m_proxy->setStateFilter(pc::InstancesModel::Suspended, std::nullopt);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// What RecordExporter::write() makes of the table as it is now.
QByteArray TestTableExport::written(const QAbstractItemModel *model, RecordExporter::Format format) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!RecordExporter::write(&buffer, format, model, m_columns, &error))
        qWarning() << error;
    return buffer.data();
}

void TestTableExport::aRunInSlicesWritesWhatWriteWrites_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("rows");
    for (const int rows : {1, 3, 99, 450, 1000}) {
        QTest::addRow("csv, %d rows a take", rows) << false << rows;
        QTest::addRow("json, %d rows a take", rows) << true << rows;
    }
    // Fewer than one row a take still moves on.
    QTest::addRow("json, 0 rows a take") << true << 0;
}

void TestTableExport::aRunInSlicesWritesWhatWriteWrites()
{
    QFETCH(bool, json);
    QFETCH(int, rows);
    const auto format = json ? RecordExporter::Format::Json : RecordExporter::Format::Csv;
    pc::RecordExportRun run(format, m_proxy, m_columns);
    QCOMPARE(run.rowCount(), 450);
    QByteArray bytes;
    int takes = 0;
    while (!run.atEnd()) {
        const int before = run.rowsDone();
        bytes += run.take(rows);
        QVERIFY(run.rowsDone() - before <= std::max(1, rows));
        ++takes;
    }
    QCOMPARE(takes, (450 + std::max(1, rows) - 1) / std::max(1, rows));
    QVERIFY(run.take(rows).isEmpty()); // nothing after the end
    QCOMPARE(bytes, written(m_proxy, format));

    // An empty table: the header alone, or an empty array.
    m_proxy->setQuickFilter(QStringLiteral("no row holds this text"));
    QCOMPARE(m_proxy->rowCount(), 0);
    pc::RecordExportRun empty(format, m_proxy, m_columns);
    QCOMPARE(empty.take(rows), written(m_proxy, format));
    QVERIFY(empty.atEnd());
}

void TestTableExport::writesTheWholeTableInSlices_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("filter");
    QTest::newRow("csv") << false << QString();
    QTest::newRow("json") << true << QString();
    // Filtered and sorted, as a table usually is: reading it changes nothing.
    QTest::newRow("json, filtered and sorted") << true << QStringLiteral("not suspended");
}

void TestTableExport::writesTheWholeTableInSlices()
{
    QFETCH(bool, json);
    QFETCH(QString, filter);
    const auto format = json ? RecordExporter::Format::Json : RecordExporter::Format::Csv;
    if (!filter.isEmpty()) {
        m_proxy->setStateFilter(pc::InstancesModel::Suspended, false);
        m_proxy->sortLocally(pc::InstancesModel::CustomerAccount, Qt::AscendingOrder);
    }
    const int rows = m_proxy->rowCount();
    QVERIFY2(rows > 200, qPrintable(QString::number(rows))); // several slices
    const QString path = m_dir->filePath(QStringLiteral("all"));
    TableExport job(path, format, m_proxy, m_columns);
    job.setSliceMs(0); // a hundred rows a slice: several slices
    QSignalSpy progressed(&job, &TableExport::progressed);
    QSignalSpy finished(&job, &TableExport::finished);
    job.start();
    QVERIFY(!QFile::exists(path)); // nothing is written before the event loop turns
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(finished.first().at(2).toInt(), rows);
    QCOMPARE(job.restarts(), 0);
    QVERIFY(progressed.size() >= 2); // the first slice, and the end
    QCOMPARE(progressed.first().at(0).toInt(), 100);
    QCOMPARE(progressed.last().at(0).toInt(), rows);
    QCOMPARE(progressed.last().at(1).toInt(), rows);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written(m_proxy, format));
    QCOMPARE(filesIn(), QStringList{QStringLiteral("all")}); // nothing left aside
}

void TestTableExport::startsAgainWhenTheTableChanges()
{
    const QString path = m_dir->filePath(QStringLiteral("changed.csv"));
    TableExport job(path, RecordExporter::Format::Csv, m_proxy, m_columns);
    job.setSliceMs(0);
    QSignalSpy finished(&job, &TableExport::finished);
    // After the first slice, the table changes: one customer's rows only.
    const QString filter = someRows();
    connect(&job, &TableExport::progressed, this, [this, filter](int done) {
        if (done == 100 && m_proxy->quickFilter().isEmpty())
            m_proxy->setQuickFilter(filter);
    });
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(job.restarts(), 1);
    const int rows = m_proxy->rowCount();
    QVERIFY(rows > 0 && rows < 450);
    QCOMPARE(finished.first().at(2).toInt(), rows);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written(m_proxy, RecordExporter::Format::Csv));
}

void TestTableExport::onlyChangesToWhatTheFileHoldsCount()
{
    const QModelIndex notExported = m_proxy->index(3, pc::InstancesModel::CreatedAt);
    const QModelIndex exported = m_proxy->index(3, pc::InstancesModel::CustomerAccount);
    const auto restartsAfter = [&](const std::function<void()> &change) {
        TableExport job(m_dir->filePath(QStringLiteral("cells.csv")), RecordExporter::Format::Csv, m_proxy,
                        m_columns);
        job.setSliceMs(0);
        QSignalSpy finished(&job, &TableExport::finished);
        bool changed = false;
        connect(&job, &TableExport::progressed, this, [&] {
            if (!std::exchange(changed, true))
                change(); // after the first slice
        });
        job.start();
        if (!finished.wait(10000) || !finished.first().at(0).toBool())
            return -1;
        return job.restarts();
    };
    // A column the file does not hold; a role it does not read.
    QCOMPARE(restartsAfter([&] { Q_EMIT m_proxy->dataChanged(notExported, notExported); }), 0);
    QCOMPARE(restartsAfter([&] { Q_EMIT m_proxy->dataChanged(exported, exported, {Qt::ToolTipRole}); }), 0);
    // What it holds, as it reads it.
    QCOMPARE(restartsAfter([&] { Q_EMIT m_proxy->dataChanged(exported, exported, {Qt::DisplayRole}); }), 1);
    QCOMPARE(restartsAfter([&] { Q_EMIT m_proxy->dataChanged(exported, exported); }), 1);
    QCOMPARE(restartsAfter([&] { Q_EMIT m_proxy->dataChanged(exported, notExported); }),
             1); // a range over both
}

// The disk takes the bytes slower than they are made: the formatting waits
// for it (here whenever anything at all is waiting), and the file is the same.
void TestTableExport::aSlowDiskHoldsTheFormattingBack()
{
    const QString path = m_dir->filePath(QStringLiteral("slow.json"));
    TableExport job(path, RecordExporter::Format::Json, m_proxy, m_columns);
    job.setSliceMs(0);
    job.setMaxQueuedBytes(0);
    QSignalSpy finished(&job, &TableExport::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written(m_proxy, RecordExporter::Format::Json));
}

void TestTableExport::aTableThatKeepsChangingIsWrittenAtOnce()
{
    const QString path = m_dir->filePath(QStringLiteral("busy.json"));
    TableExport job(path, RecordExporter::Format::Json, m_proxy, m_columns);
    job.setSliceMs(0);
    QSignalSpy finished(&job, &TableExport::finished);
    int changes = 0;
    // Every run's first slice sees another order.
    connect(&job, &TableExport::progressed, this, [this, &changes](int done, int count) {
        if (done < count) {
            ++changes;
            m_proxy->sortLocally(pc::InstancesModel::Id,
                                 changes % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(job.restarts(), 3);
    QCOMPARE(changes, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written(m_proxy, RecordExporter::Format::Json));
}

void TestTableExport::finishNowWritesTheFileWhole()
{
    const QString path = m_dir->filePath(QStringLiteral("closing.csv"));
    {
        TableExport job(path, RecordExporter::Format::Csv, m_proxy, m_columns);
        job.setSliceMs(0);
        job.start();
        job.finishNow(); // the window closes before the first slice
    }                    // gone before finished() could come: the file is written all the same
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written(m_proxy, RecordExporter::Format::Csv));
    QCOMPARE(filesIn(), QStringList{QStringLiteral("closing.csv")});
}

void TestTableExport::abandonedLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("abandoned.csv"));
    {
        TableExport job(path, RecordExporter::Format::Csv, m_proxy, m_columns);
        job.setSliceMs(0);
        QSignalSpy progressed(&job, &TableExport::progressed);
        job.start();
        QVERIFY(progressed.wait(10000)); // a slice was written aside
    } // gone without waiting for the disk: what was written aside goes as its thread ends
    QVERIFY(!QFile::exists(path));
    QTRY_COMPARE(filesIn(), QStringList());
}

void TestTableExport::cancelledLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("cancelled.json"));
    TableExport job(path, RecordExporter::Format::Json, m_proxy, m_columns);
    job.setSliceMs(0);
    QSignalSpy finished(&job, &TableExport::finished);
    QSignalSpy progressed(&job, &TableExport::progressed);
    connect(&job, &TableExport::progressed, &job, &TableExport::cancel); // after the first slice
    job.start();
    QVERIFY(progressed.wait(10000));
    QTRY_COMPARE(filesIn(), QStringList()); // what was written aside is gone, while the job still exists
    QCOMPARE(progressed.size(), 1);         // nothing formatted after it
    QCOMPARE(finished.size(), 0);
    job.finishNow(); // a window closing after it: still nothing
    QCOMPARE(filesIn(), QStringList());
}

void TestTableExport::aFileThatCannotBeOpenedIsReported()
{
    const QString path = m_dir->filePath(QStringLiteral("no such folder/x.csv"));
    TableExport job(path, RecordExporter::Format::Csv, m_proxy, m_columns);
    QSignalSpy finished(&job, &TableExport::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().startsWith(QStringLiteral("The file could not be opened: ")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(path));
}

// The disk fills up: the process may not write files past 64 kB (a full
// disk gives ENOSPC, this EFBIG; the export sees a failed write either way).
void TestTableExport::aFailedWriteLeavesNoFile()
{
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
    rlimit limited = before;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto restore = qScopeGuard([&] {
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, oldHandler);
    });
    const QString path = m_dir->filePath(QStringLiteral("full.json"));
    TableExport job(path, RecordExporter::Format::Json, m_proxy, m_columns);
    QSignalSpy finished(&job, &TableExport::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString error = finished.first().at(1).toString();
    QVERIFY2(error.startsWith(QStringLiteral("The file could not be written: ")) ||
                 error.startsWith(QStringLiteral("The file could not be saved: ")),
             qPrintable(error));
    QVERIFY(written(m_proxy, RecordExporter::Format::Json).size() > 64 * 1024); // it had to fail
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(), QStringList());
}

void TestTableExport::aClosedTableEndsTheExport()
{
    auto proxy = std::make_unique<pc::RecordFilterProxy>();
    proxy->setSourceModel(m_model);
    const QString path = m_dir->filePath(QStringLiteral("closed.csv"));
    TableExport job(path, RecordExporter::Format::Csv, proxy.get(), m_columns);
    job.setSliceMs(0);
    QSignalSpy finished(&job, &TableExport::finished);
    connect(&job, &TableExport::progressed, this, [&proxy] { proxy.reset(); });
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(),
             QStringLiteral("The table was closed before the export ended."));
    QVERIFY(!QFile::exists(path));
}

// A reload clears the rows and brings them back a page at a time: the
// export stops, writes nothing, and says so, so its caller can load the
// table again.
void TestTableExport::aReloadedTableInterruptsTheExport()
{
    const QString path = m_dir->filePath(QStringLiteral("reloaded.csv"));
    TableExport job(path, RecordExporter::Format::Csv, m_proxy, m_columns);
    job.setSliceMs(0);
    job.setCompleteness([this] { return m_model->atEnd() && !m_model->isLoading(); });
    QSignalSpy finished(&job, &TableExport::finished);
    QSignalSpy interrupted(&job, &TableExport::interrupted);
    connect(&job, &TableExport::progressed, this, [this](int done) {
        if (done == 100)
            m_model->reload();
    });
    job.start();
    QVERIFY(interrupted.wait(10000));
    QTRY_COMPARE(filesIn(), QStringList()); // nothing written, nothing left aside
    QCOMPARE(finished.size(), 0);
    // The shared table, whole again for whatever runs next.
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->atEnd() && !m_model->isLoading(), 20000);
    QCOMPARE(m_model->rowCount(), 450);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
