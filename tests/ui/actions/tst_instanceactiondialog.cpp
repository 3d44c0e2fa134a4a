#include "app/journal/journalmodel.h"
#include "app/models/instancesmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordfilterproxy.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "tests/support/walk.h"
#include "ui/actions/instanceactiondialog.h"
#include "ui/journal/journalview.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

// Instance actions from the window, offscreen, against the sandbox.
class TestInstanceActionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void suspendTheSelectedRows();
    void dryRunListsSkips();
    void aTooLongCommentCannotBeSent();
    void closingWhileRunningCancels();
    void onlyInTheInstancesArea();
    // Keyboard first: what a person types as the dialog opens.
    void theTypedCommentGoesWithCtrlEnter();
    void anEmptyCommentIsAskedAboutOnce();
    void otherActionsRunOnEnter();

private:
    void selectRows(const QList<int> &rows);
    pc::InstanceActionDialog *openByKeyboard(int key, Qt::KeyboardModifiers modifiers);
    qint64 standOnFirstRow(bool suspended);
    QList<sandbox::RecordedRequest> patches() const;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
};

void TestInstanceActionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestInstanceActionDialog::init()
{
    QSettings().clear();
    QFile::remove(pc::ActionJournal::defaultPath());
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
    m_window = std::make_unique<pc::MainWindow>(m_client.get(), QStringLiteral("test"));
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showArea(1);
    QTRY_VERIFY(m_window->instancesModel()->rowCount() >= 100);
}

void TestInstanceActionDialog::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
}

void TestInstanceActionDialog::selectRows(const QList<int> &rows)
{
    QTableView *table = m_window->instancesView()->table();
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestInstanceActionDialog::suspendTheSelectedRows()
{
    QList<int> rows;
    for (int row = 0; row < m_window->instancesModel()->rowCount() && rows.size() < 10; ++row) {
        if (!m_window->instancesModel()->instance(row).suspended)
            rows.append(row);
    }
    selectRows(rows);
    m_window->action(QStringLiteral("suspendInstances"))->trigger();
    auto *dialog = m_window->findChild<pc::InstanceActionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("intro"))
                ->text()
                .contains(QStringLiteral("Instances: 10")));
    QTest::keyClicks(dialog->commentEdit(), QStringLiteral("Invoice overdue: suspended until paid."));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("rows"));
    QCOMPARE(list->count(), 10);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("suspended: false → true")));
    QVERIFY(testsupport::saveScreenshot(dialog, QStringLiteral("suspend-dialog.png")));
    QSignalSpy finished(dialog->batch(), &pc::InstanceBatch::finished);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog->summaryText(), QStringLiteral("10 suspended"));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("planLabel"))
                 ->text()
                 .contains(QStringLiteral("nothing has been sent")));
    QVERIFY(testsupport::saveScreenshot(dialog, QStringLiteral("suspend-done.png")));
    // The table shows the server's rows.
    for (int row : rows) {
        const pc::AppInstance &shown = m_window->instancesModel()->instance(row);
        QVERIFY(shown.suspended);
        QCOMPARE(shown.suspensionComment,
                 m_server->instance(shown.id).value(QStringLiteral("suspension_comment")).toString());
        QCOMPARE(shown.suspensionComment, QStringLiteral("Invoice overdue: suspended until paid."));
    }
    QCOMPARE(m_window->journal()->readAll().size(), 10);

    // The Journal area (Ctrl+3) lists them, filters them and exports them.
    dialog->reject(); // Close: the dialog is window-modal while open
    QTRY_VERIFY(!m_window->findChild<pc::InstanceActionDialog *>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), 2);
    pc::JournalView *journal = m_window->journalView();
    QTRY_COMPARE(journal->table()->model()->rowCount(), 10);
    const qint64 firstId = m_window->instancesModel()->instance(rows.first()).id;
    journal->filterEdit()->setText(QStringLiteral("#%1").arg(firstId));
    QVERIFY(journal->table()->model()->rowCount() >= 1);
    QVERIFY(journal->table()
                ->model()
                ->index(0, pc::JournalModel::Change)
                .data()
                .toString()
                .contains(QStringLiteral("suspended: false → true")));
    QVERIFY(journal->statusText().contains(QStringLiteral("Journal: 10 writes")));
    QVERIFY2(journal->findChildren<QLabel *>().last()->text().contains(QStringLiteral("matches: ")),
             qPrintable(journal->findChildren<QLabel *>().last()->text()));
    QTemporaryDir dir;
    QVERIFY(m_window->exportCurrentView(dir.filePath(QStringLiteral("journal.json")),
                                        pc::RecordExporter::Format::Json));
    QFile exported(dir.filePath(QStringLiteral("journal.json")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(exported.readAll()).array().size(),
             journal->table()->model()->rowCount());
    QVERIFY(testsupport::saveScreenshot(m_window.get(), QStringLiteral("journal.png")));
}

void TestInstanceActionDialog::dryRunListsSkips()
{
    int suspendedRow = -1;
    int activeRow = -1;
    for (int row = 0; row < m_window->instancesModel()->rowCount(); ++row) {
        const pc::AppInstance &instance = m_window->instancesModel()->instance(row);
        if (instance.suspended && suspendedRow < 0)
            suspendedRow = row;
        if (!instance.suspended && activeRow < 0)
            activeRow = row;
    }
    QVERIFY(suspendedRow >= 0 && activeRow >= 0);
    selectRows({suspendedRow, activeRow});
    auto *dialog = m_window->startInstanceAction(pc::InstanceBatch::Action::Resume);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("rows"));
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("not suspended: skipped")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("1 skipped")));
    QCOMPARE(m_server->requests().last().method, QByteArray("GET")); // a dry run sends nothing
}

void TestInstanceActionDialog::aTooLongCommentCannotBeSent()
{
    selectRows({0});
    auto *dialog = m_window->startInstanceAction(pc::InstanceBatch::Action::Suspend);
    QVERIFY(dialog);
    dialog->commentEdit()->setPlainText(QString(65536, QLatin1Char('x')));
    QVERIFY(!dialog->runButton()->isEnabled());
    dialog->commentEdit()->setPlainText(QString(65535, QLatin1Char('x')));
    QVERIFY(dialog->runButton()->isEnabled());
    // The limit is 64 KB of UTF-8: 21,846 Japanese characters are 65,538 bytes.
    dialog->commentEdit()->setPlainText(QString(21846, QChar(0x6771)));
    QVERIFY(!dialog->runButton()->isEnabled());
    dialog->commentEdit()->setPlainText(QString(21845, QChar(0x6771)));
    QVERIFY(dialog->runButton()->isEnabled());
}

void TestInstanceActionDialog::closingWhileRunningCancels()
{
    sandbox::Fault slow;
    slow.kind = sandbox::Fault::Kind::Latency;
    slow.method = "PATCH";
    slow.latencyMs = 200;
    slow.times = -1;
    m_server->addFault(slow);
    QList<int> rows;
    for (int row = 0; row < 20; ++row) {
        if (!m_window->instancesModel()->instance(row).disabled)
            rows.append(row);
    }
    selectRows(rows);
    auto *dialog = m_window->startInstanceAction(pc::InstanceBatch::Action::Disable);
    QSignalSpy finished(dialog->batch(), &pc::InstanceBatch::finished);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog->batch()->count(pc::InstanceBatch::Outcome::Done), 1);
    dialog->reject(); // Esc or Close while running: cancels after the request in flight
    QVERIFY(finished.wait(5000));
    QVERIFY(dialog->isVisible()); // the results stay in view
    QVERIFY(dialog->summaryText().contains(QStringLiteral("cancelled")));
    QVERIFY(dialog->retryButton()->isVisible());
    int patches = 0;
    for (const auto &request : m_server->requests())
        patches += request.method == "PATCH";
    QCOMPARE(patches, dialog->batch()->count(pc::InstanceBatch::Outcome::Done));
}

void TestInstanceActionDialog::onlyInTheInstancesArea()
{
    m_window->showArea(0);
    QVERIFY(!m_window->action(QStringLiteral("suspendInstances"))->isEnabled());
    m_window->showArea(1);
    QVERIFY(m_window->action(QStringLiteral("suspendInstances"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("disableInstances"))
                ->shortcut()
                .isEmpty()); // no key for the drastic one
}

// What a window manager does for a window that opens: activate it (the
// offscreen platform leaves that to the program).
static bool activate(QWidget *window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    if (QApplication::activeWindow() != window)
        window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

// The user presses the action's keys in the table, as it has the focus.
pc::InstanceActionDialog *TestInstanceActionDialog::openByKeyboard(int key, Qt::KeyboardModifiers modifiers)
{
    m_window->activateWindow();
    m_window->instancesView()->table()->setFocus();
    if (!QTest::qWaitForWindowActive(m_window.get()) || !QApplication::focusWidget())
        return nullptr;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    auto *dialog = m_window->findChild<pc::InstanceActionDialog *>();
    return dialog && activate(dialog) ? dialog : nullptr;
}

// Selects the first loaded instance that is (or is not) suspended; its id.
qint64 TestInstanceActionDialog::standOnFirstRow(bool suspended)
{
    int row = 0;
    while (m_window->instancesModel()->instance(row).suspended != suspended)
        ++row;
    selectRows({row});
    return m_window->instancesModel()->instance(row).id;
}

QList<sandbox::RecordedRequest> TestInstanceActionDialog::patches() const
{
    return requestsTo(*m_server, instancesPath(QStringLiteral("/")), "PATCH");
}

void TestInstanceActionDialog::theTypedCommentGoesWithCtrlEnter()
{
    const qint64 id = standOnFirstRow(false);
    pc::InstanceActionDialog *dialog = openByKeyboard(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(dialog);
    // The comment has the focus: typing goes there, Enter is a new line and
    // sends nothing.
    QCOMPARE(QApplication::focusWidget(), dialog->commentEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Paused for maintenance"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("until Monday"));
    QVERIFY(patches().isEmpty());
    QVERIFY(dialog->isVisible());
    // Ctrl+Enter sends, wherever the focus is in the dialog.
    QSignalSpy finished(dialog->batch(), &pc::InstanceBatch::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(patches().size(), 1);
    QCOMPARE(m_server->instance(id).value(QStringLiteral("suspension_comment")).toString(),
             QStringLiteral("Paused for maintenance\nuntil Monday"));
    QVERIFY(m_server->instance(id).value(QStringLiteral("suspended")).toBool());
}

void TestInstanceActionDialog::anEmptyCommentIsAskedAboutOnce()
{
    const qint64 id = standOnFirstRow(false);
    pc::InstanceActionDialog *dialog = openByKeyboard(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(dialog);
    // Enter in the empty comment is a new line, Ctrl+Enter asks first.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QPointer<QMessageBox> question;
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("emptyCommentQuestion"))) &&
                question->isVisible());
    QVERIFY(patches().isEmpty());
    // Enter takes the safe answer: back to the comment, nothing sent.
    QVERIFY(activate(question));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!question);
    QVERIFY(activate(dialog));
    QCOMPARE(QApplication::focusWidget(), dialog->commentEdit());
    QCOMPARE(dialog->commentEdit()->toPlainText(), QString());
    QVERIFY(patches().isEmpty());
    // Asked again, "send without a reason" (Alt+S) sends it, once.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("emptyCommentQuestion"))) &&
                question->isVisible());
    QVERIFY(activate(question));
    QSignalSpy finished(dialog->batch(), &pc::InstanceBatch::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(patches().size(), 1);
    QVERIFY(m_server->instance(id).value(QStringLiteral("suspended")).toBool());
    QCOMPARE(dialog->findChildren<QMessageBox *>().size(), 0);
}

void TestInstanceActionDialog::otherActionsRunOnEnter()
{
    const qint64 id = standOnFirstRow(true);
    pc::InstanceActionDialog *dialog = openByKeyboard(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), dialog->runButton());
    QSignalSpy finished(dialog->batch(), &pc::InstanceBatch::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_server->instance(id).value(QStringLiteral("suspended")).toBool());
}

QTEST_MAIN(TestInstanceActionDialog)
#include "tst_instanceactiondialog.moc"
