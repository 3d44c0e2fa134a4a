// Browsing: exporting what a table shows (the class: tst_browsing.h).

#include "app/models/instancesmodel.h"
#include "app/models/recordstate.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"
#include "tests/ui/shell/tst_browsing.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

void TestBrowsing::exportWritesEveryMatchingRow()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 500;
    startWindow(options);
    m_window->showArea(1);
    pc::RecordView *view = m_window->instancesView();
    view->findChild<QComboBox *>(QStringLiteral("stateChip"))->setCurrentIndex(3); // State: Suspended
    view->setColumnVisible(pc::InstancesModel::SuspensionComment, false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suspended.json"));
    QSignalSpy finished(m_window.get(), &pc::MainWindow::exportFinished);
    QVERIFY(m_window->exportCurrentView(path, pc::RecordExporter::Format::Json));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    int suspended = 0;
    for (qint64 id : m_server->instanceIds())
        suspended += isSuspendedState(m_server->instance(id));
    QCOMPARE(rows.size(), suspended); // every page, only the matching rows
    QVERIFY(!rows.first().toObject().contains(QStringLiteral("suspension_comment"))); // only visible columns
    for (const QJsonValue &row : rows)
        QVERIFY(
            row.toObject().value(QStringLiteral("state")).toString().startsWith(QStringLiteral("Suspended")));
}

// The instances area of a window over `count` instances, every page loaded.
bool TestBrowsing::showEveryInstance(int count)
{
    sandbox::SandboxOptions options;
    options.instanceCount = count;
    startWindow(options);
    m_window->showArea(1);
    m_window->instancesView()->loadAll();
    return testsupport::waitUntil([this] { return m_window->instancesModel()->atEnd(); }, 30000) &&
           m_window->instancesModel()->rowCount() == count;
}

// The window closes while its export is still being formatted: the file
// is written whole all the same.
void TestBrowsing::anExportOutlivesTheWindowClosing()
{
    QVERIFY(showEveryInstance(500));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    QVERIFY(m_window->exportCurrentView(path, pc::RecordExporter::Format::Csv));
    QVERIFY(!QFile::exists(path)); // formatted between the window's events, not yet
    QVERIFY(m_window->close());
    m_window.reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 501); // the titles and every row
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("all.csv")});
}

void TestBrowsing::oneExportAtATime()
{
    QVERIFY(showEveryInstance(400));
    QTemporaryDir dir;
    QSignalSpy finished(m_window.get(), &pc::MainWindow::exportFinished);
    QVERIFY(m_window->exportCurrentView(dir.filePath(QStringLiteral("first.csv")),
                                        pc::RecordExporter::Format::Csv));
    QVERIFY(!m_window->exportCurrentView(dir.filePath(QStringLiteral("second.csv")),
                                         pc::RecordExporter::Format::Csv));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    // The second is refused at once, saying why; the first is written.
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(
        finished.at(0).at(1).toString().contains(QStringLiteral("another export is still being written")),
        qPrintable(finished.at(0).at(1).toString()));
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("first.csv"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second.csv"))));
    QCOMPARE(m_window->statusBar()->currentMessage(), finished.at(1).at(1).toString());
}

// Cancel in the status bar while the export is written: no file, and the
// window says so.
void TestBrowsing::cancelAnExport()
{
    QVERIFY(showEveryInstance(400));
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("exportCancel"));
    QVERIFY(cancel);
    QAction *cancelAction = m_window->action(QStringLiteral("cancelExport"));
    QVERIFY(!cancel->isVisible());
    QVERIFY(!cancelAction->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.json"));
    QSignalSpy finished(m_window.get(), &pc::MainWindow::exportFinished);
    QVERIFY(m_window->exportCurrentView(path, pc::RecordExporter::Format::Json));
    QVERIFY(cancel->isVisible());
    QVERIFY(cancelAction->isEnabled());
    QCOMPARE(cancel->text(), QStringLiteral("Cancel export"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Export cancelled: no file was written."));
    QCOMPARE(m_window->statusBar()->currentMessage(), finished.first().at(1).toString());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!cancelAction->isEnabled());
    QTRY_COMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    // The next export is not refused, and File → Cancel export stops it too.
    QVERIFY(m_window->exportCurrentView(path, pc::RecordExporter::Format::Json));
    cancelAction->trigger();
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().at(1).toString(), QStringLiteral("Export cancelled: no file was written."));
    QTRY_COMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// The table is reloaded while its export is being formatted (a server sort,
// another query): the export loads every page again, then writes them all.
void TestBrowsing::anExportOverAReloadedTableStartsOver()
{
    QVERIFY(showEveryInstance(500));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    QSignalSpy finished(m_window.get(), &pc::MainWindow::exportFinished);
    QVERIFY(m_window->exportCurrentView(path, pc::RecordExporter::Format::Csv));
    m_window->instancesModel()->reload(); // before the export's first slice
    QCOMPARE(m_window->instancesModel()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
    QCOMPARE(finished.first().last().toString(), QStringLiteral("Exported 500 rows to %1").arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 501);
}

void TestBrowsing::exportAfterAnError()
{
    sandbox::SandboxOptions options;
    options.instanceCount = 300;
    startWindow(options);
    m_window->showArea(1);
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 500; // a 400 on the walk's bounds would mean "no id ranges": a fallback, not an error
    fault.pathPattern = QLatin1Char('^') + instancesPath() + QLatin1Char('$');
    m_server->addFault(fault);
    m_window->instancesView()->loadAll();
    QTRY_VERIFY(m_window->instancesModel()->lastError().isError());
    QTemporaryDir dir;
    QSignalSpy finished(m_window.get(), &pc::MainWindow::exportFinished);
    m_window->exportCurrentView(dir.filePath(QStringLiteral("all.csv")), pc::RecordExporter::Format::Csv);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
    QCOMPARE(m_window->instancesModel()->rowCount(), 300);
}
