#include "tests/support/windowtour.h"

#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/windowaudit.h"
#include "ui/actions/instanceactiondialog.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/tokendialog.h"
#include "ui/editing/referencepicker.h"
#include "ui/journal/journalview.h"
#include "ui/keyboard/commandpalette.h"
#include "ui/keyboard/keyhelpoverlay.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/recordview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace testsupport {

namespace {

// How a stop is reached: the tour and the stop's name in, the widget out.
using Opener = std::function<QWidget *(WindowTour *)>;

constexpr int Waited = 10000;

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, Waited);
}

// Selects `count` loaded instances that are (or are not) in the state that
// `action` changes, so the dialog has something to do.
QList<int> rowsFor(pc::InstancesModel *model, pc::InstanceBatch::Action action, int count)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount() && rows.size() < count; ++row) {
        const pc::AppInstance &instance = model->instance(row);
        const bool done = action == pc::InstanceBatch::Action::Suspend   ? instance.suspended
                          : action == pc::InstanceBatch::Action::Resume  ? !instance.suspended
                          : action == pc::InstanceBatch::Action::Disable ? instance.disabled
                                                                         : !instance.disabled;
        if (!done)
            rows.append(row);
    }
    return rows;
}

// The main window in an area, after `method` of the area's view (a bar or a
// pane it opens).
Opener inArea(int area, void (pc::RecordView::*method)())
{
    return [area, method](WindowTour *tour) -> QWidget * {
        pc::MainWindow *window = tour->mainWindow();
        window->showArea(area);
        window->currentView()->table()->setFocus();
        (window->currentView()->*method)();
        return window;
    };
}

} // namespace

void forgetEarlierSessions()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFile::remove(pc::ActionJournal::defaultPath());
    QDir(pc::DraftStore::defaultDirectory()).removeRecursively();
    pc::OfferingForm::setReviewBeforeSaving(false);
}

QStringList clashingMnemonicsAt(const QString &stop)
{
    WindowTour tour;
    QWidget *root = tour.open(stop);
    if (!root)
        return {tour.error()};
    return duplicateMnemonics(root->window());
}

void WindowTour::addStopsAsTestData()
{
    QTest::addColumn<QString>("stop");
    for (const QString &stop : stops())
        QTest::newRow(qPrintable(stop)) << stop;
}

WindowTour::WindowTour()
{
    forgetEarlierSessions();
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
    m_profiles = std::make_unique<pc::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<pc::MemorySecretStore>();
}

WindowTour::~WindowTour()
{
    m_controller.reset();
    m_loose.reset();
    m_window.reset();
}

pc::MainWindow *WindowTour::mainWindow()
{
    if (!m_window) {
        m_window = std::make_unique<pc::MainWindow>(m_client.get(), QStringLiteral("test"));
        m_window->resize(1200, 700);
        m_window->show();
        waitFor([this] {
            return m_window->offeringsModel()->rowCount() > 0 &&
                   m_window->instancesModel()->rowCount() >= 100;
        });
    }
    return m_window.get();
}

QStringList WindowTour::stops()
{
    return {QStringLiteral("offerings"),
            QStringLiteral("instances"),
            QStringLiteral("journal"),
            QStringLiteral("overview"),
            QStringLiteral("overview tables"),
            QStringLiteral("offerings server filter"),
            QStringLiteral("instances server filter"),
            QStringLiteral("offering detail pane"),
            QStringLiteral("instance detail pane"),
            QStringLiteral("drafts bar"),
            QStringLiteral("command palette"),
            QStringLiteral("key help"),
            QStringLiteral("column chooser"),
            QStringLiteral("journal entry"),
            QStringLiteral("token dialog"),
            QStringLiteral("suspend one"),
            QStringLiteral("suspend several"),
            QStringLiteral("resume one"),
            QStringLiteral("resume several"),
            QStringLiteral("disable one"),
            QStringLiteral("disable several"),
            QStringLiteral("enable one"),
            QStringLiteral("enable several"),
            QStringLiteral("empty-comment question"),
            QStringLiteral("new offering"),
            QStringLiteral("existing offering"),
            QStringLiteral("save review"),
            QStringLiteral("conflict"),
            QStringLiteral("reference picker"),
            QStringLiteral("unsaved form question"),
            QStringLiteral("quit question"),
            QStringLiteral("welcome"),
            QStringLiteral("connect dialog"),
            QStringLiteral("connect dialog custom URL and proxy"),
            QStringLiteral("connect dialog keychain problem"),
            QStringLiteral("keychain unavailable question"),
            QStringLiteral("session token")};
}

QWidget *WindowTour::open(const QString &stop)
{
    QString *error = &m_error;
    using Action = pc::InstanceBatch::Action;
    const QHash<QString, Opener> openers{
        {QStringLiteral("offerings"), [](WindowTour *t) { return t->openMainWindow(0); }},
        {QStringLiteral("instances"), [](WindowTour *t) { return t->openMainWindow(1); }},
        {QStringLiteral("journal"), [](WindowTour *t) { return t->openMainWindow(2); }},
        {QStringLiteral("overview"),
         [](WindowTour *t) { return t->openMainWindow(pc::MainWindow::OverviewAreaIndex); }},
        {QStringLiteral("overview tables"),
         [](WindowTour *t) {
             QWidget *window = t->openMainWindow(pc::MainWindow::OverviewAreaIndex);
             if (!t->mainWindow()->overviewArea()->showsTables())
                 t->mainWindow()->overviewArea()->toggleTables();
             return window;
         }},
        {QStringLiteral("offerings server filter"), inArea(0, &pc::RecordView::showServerFilterBar)},
        {QStringLiteral("instances server filter"), inArea(1, &pc::RecordView::showServerFilterBar)},
        {QStringLiteral("offering detail pane"), inArea(0, &pc::RecordView::openDetail)},
        {QStringLiteral("instance detail pane"), inArea(1, &pc::RecordView::openDetail)},
        {QStringLiteral("drafts bar"), [](WindowTour *t) { return t->openDraftsBar(); }},
        {QStringLiteral("command palette"),
         [](WindowTour *t) -> QWidget * {
             t->openMainWindow(0);
             QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
             return t->m_window->commandPalette()->isVisible() ? t->m_window->commandPalette() : nullptr;
         }},
        {QStringLiteral("key help"),
         [](WindowTour *t) -> QWidget * {
             t->openMainWindow(0);
             QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
             return t->m_window->keyHelp()->isVisible() ? t->m_window->keyHelp() : nullptr;
         }},
        {QStringLiteral("column chooser"),
         [](WindowTour *t) {
             t->openMainWindow(1);
             t->m_window->instancesView()->chooseColumns();
             return t->childDialog(t->m_window->instancesView(), "QDialog", QStringLiteral("columnsDialog"));
         }},
        {QStringLiteral("journal entry"), [](WindowTour *t) { return t->openJournalEntry(); }},
        {QStringLiteral("token dialog"),
         [](WindowTour *t) -> QWidget * {
             t->openMainWindow(0);
             t->m_window->askForNewToken(QStringLiteral("The token was revoked."));
             return static_cast<QWidget *>(t->m_window->tokenDialog());
         }},
        {QStringLiteral("suspend one"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Suspend), 1); }},
        {QStringLiteral("suspend several"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Suspend), 3); }},
        {QStringLiteral("resume one"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Resume), 1); }},
        {QStringLiteral("resume several"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Resume), 3); }},
        {QStringLiteral("disable one"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Disable), 1); }},
        {QStringLiteral("disable several"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Disable), 3); }},
        {QStringLiteral("enable one"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Enable), 1); }},
        {QStringLiteral("enable several"),
         [](WindowTour *t) { return t->openInstanceAction(int(Action::Enable), 3); }},
        {QStringLiteral("empty-comment question"),
         [](WindowTour *t) -> QWidget * {
             QWidget *dialog = t->openInstanceAction(int(Action::Suspend), 1);
             if (!dialog || !activate(dialog))
                 return nullptr;
             QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
             return t->childDialog(dialog, "QMessageBox", QStringLiteral("emptyCommentQuestion"));
         }},
        {QStringLiteral("new offering"), [](WindowTour *t) { return t->openForm(false, false); }},
        {QStringLiteral("existing offering"), [](WindowTour *t) { return t->openForm(true, false); }},
        {QStringLiteral("save review"), [](WindowTour *t) { return t->openFormDialog(false); }},
        {QStringLiteral("conflict"), [](WindowTour *t) { return t->openFormDialog(true); }},
        {QStringLiteral("reference picker"), [](WindowTour *t) { return t->openPickerChooser(); }},
        {QStringLiteral("unsaved form question"),
         [](WindowTour *t) -> QWidget * {
             pc::OfferingForm *form = t->openForm(true, true);
             if (!form)
                 return nullptr;
             form->close();
             return t->childDialog(form, "QMessageBox");
         }},
        {QStringLiteral("quit question"),
         [](WindowTour *t) -> QWidget * {
             if (!t->openForm(true, true))
                 return nullptr;
             t->m_window->close();
             return t->childDialog(t->m_window.get(), "QMessageBox");
         }},
        {QStringLiteral("welcome"), [](WindowTour *t) { return t->openWelcome(); }},
        {QStringLiteral("connect dialog"), [](WindowTour *t) { return t->openConnectDialog(false); }},
        {QStringLiteral("connect dialog custom URL and proxy"),
         [](WindowTour *t) { return t->openConnectDialog(true); }},
        {QStringLiteral("connect dialog keychain problem"),
         [](WindowTour *t) -> QWidget * {
             auto *dialog = qobject_cast<pc::ConnectDialog *>(t->openConnectDialog(true));
             if (!dialog)
                 return nullptr;
             t->m_secrets->simulate(pc::MemorySecretStore::Simulation::NoBackend);
             dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
             auto *panel = dialog->findChild<QWidget *>(QStringLiteral("keychainProblem"));
             return waitFor([panel] { return panel->isVisible(); }) ? dialog : nullptr;
         }},
        {QStringLiteral("keychain unavailable question"),
         [](WindowTour *t) { return t->openController(false); }},
        {QStringLiteral("session token"), [](WindowTour *t) { return t->openController(true); }},
    };
    const Opener opener = openers.value(stop);
    QWidget *widget = opener ? opener(this) : nullptr;
    if (!widget) {
        *error = QStringLiteral("%1 could not be opened").arg(stop);
        return nullptr;
    }
    return activateStop(stop, widget);
}

QWidget *WindowTour::activateStop(const QString &stop, QWidget *widget)
{
    QString *error = &m_error;
    // A popup is not activated: it takes the keyboard while it is up.
    const bool popup = widget->window()->windowType() == Qt::Popup;
    if (!(popup ? waitFor([widget] { return QApplication::activePopupWidget() == widget->window(); })
                : activate(widget->window()))) {
        *error = QStringLiteral("%1 could not be activated").arg(stop);
        return nullptr;
    }
    // An overlay or a bar takes the focus as it opens; wait for it there.
    waitFor([widget] {
        return QApplication::focusWidget() && widget->isAncestorOf(QApplication::focusWidget());
    });
    return widget;
}

QWidget *WindowTour::openMainWindow(int area)
{
    pc::MainWindow *window = mainWindow();
    window->showArea(area);
    if (pc::RecordView *view = window->currentView())
        view->table()->setFocus();
    activate(window);
    return window;
}

// A dialog (or message box) that `parent` opened, once it shows.
QWidget *WindowTour::childDialog(QWidget *parent, const char *className, const QString &objectName)
{
    QWidget *found = nullptr;
    waitFor([&] {
        for (QWidget *child : parent->findChildren<QWidget *>(objectName)) {
            if (child->inherits(className) && child->isWindow() && child->isVisible())
                found = child;
        }
        return found != nullptr;
    });
    return found;
}

QWidget *WindowTour::openInstanceAction(int action, int count)
{
    openMainWindow(1);
    QTableView *table = m_window->instancesView()->table();
    table->clearSelection();
    const QList<int> rows =
        rowsFor(m_window->instancesModel(), static_cast<pc::InstanceBatch::Action>(action), count);
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return m_window->startInstanceAction(static_cast<pc::InstanceBatch::Action>(action));
}

// A form for a new offering, or one for an existing offering once loaded;
// `dirty`: with a changed name.
pc::OfferingForm *WindowTour::openForm(bool existing, bool dirty)
{
    openMainWindow(0);
    pc::OfferingForm *form =
        existing ? m_window->editOffering(ownOfferingIds(*m_server).at(3)) : m_window->newOffering();
    if (!form || !waitFor([form] { return form->isLoaded(); }))
        return nullptr;
    if (dirty) {
        auto *name = qobject_cast<QLineEdit *>(form->control(QStringLiteral("name")));
        name->selectAll();
        name->insert(QStringLiteral("Renamed on the tour"));
    }
    return form;
}

QWidget *WindowTour::openFormDialog(bool conflict)
{
    pc::OfferingForm::setReviewBeforeSaving(!conflict);
    pc::OfferingForm *form = openForm(true, true);
    if (!form)
        return nullptr;
    if (conflict)
        m_server->updateOffering(form->offeringId(), {{QStringLiteral("name"), QStringLiteral("Theirs")}});
    form->save();
    waitFor([form] { return form->openDialog() && form->openDialog()->isVisible(); });
    return form->openDialog();
}

QWidget *WindowTour::openPickerChooser()
{
    pc::OfferingForm *form = openForm(false, false);
    auto *picker =
        form ? qobject_cast<pc::ReferencePicker *>(form->control(QStringLiteral("service_instance")))
             : nullptr;
    if (!picker || !activate(form))
        return nullptr;
    picker->displayEdit()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    QWidget *chooser = picker->chooser();
    if (!chooser || !waitFor([picker] { return picker->chooserTable()->model()->rowCount() > 0; }))
        return nullptr;
    return chooser;
}

// The bar that offers the forms of an earlier session back.
QWidget *WindowTour::openDraftsBar()
{
    pc::OfferingForm *form = openForm(false, true);
    if (!form)
        return nullptr;
    form->writeDraft();
    m_window.reset(); // as after a crash: no question
    openMainWindow(0);
    return m_window->draftsBar() ? m_window.get() : nullptr;
}

QWidget *WindowTour::openJournalEntry()
{
    pc::JournalEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.host = QStringLiteral("127.0.0.1");
    entry.account = QStringLiteral("wdc");
    entry.recordType = QStringLiteral("app_instance");
    entry.recordId = 1;
    entry.action = QStringLiteral("suspend");
    entry.after = {{QStringLiteral("suspended"), true}};
    entry.ok = true;
    entry.httpStatus = 200;
    mainWindow()->journal()->append(entry);
    openMainWindow(2);
    pc::JournalView *journal = m_window->journalView();
    if (!waitFor([journal] { return journal->table()->model()->rowCount() > 0; }))
        return nullptr;
    journal->table()->setCurrentIndex(journal->table()->model()->index(0, 0));
    journal->openEntry();
    return childDialog(journal, "QDialog", QStringLiteral("journalEntryDialog"));
}

QWidget *WindowTour::openWelcome()
{
    m_profiles->save(
        pc::Profile::forSandbox(m_server->baseUrl(), QStringLiteral("wdc"), QStringLiteral("Sandbox")));
    startController();
    return m_controller->welcome();
}

// The connect dialog as it opens, or with every part it can show: the custom
// URL, a manual proxy and a token typed.
QWidget *WindowTour::openConnectDialog(bool everyPart)
{
    auto dialog = std::make_unique<pc::ConnectDialog>(m_profiles.get(), m_secrets.get());
    if (everyPart) {
        dialog->findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("Tour"));
        dialog->findChild<QCheckBox *>(QStringLiteral("customUrlEnabled"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("customUrl"))->setText(m_server->baseUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("account"))->setText(QStringLiteral("wdc"));
        dialog->findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("sandbox-token"));
        auto *proxy = dialog->findChild<QComboBox *>(QStringLiteral("proxyMode"));
        proxy->setCurrentIndex(proxy->findData(int(pc::ProxyMode::Http)));
        dialog->findChild<QLineEdit *>(QStringLiteral("proxyHost"))->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("proxyPort"))->setText(QStringLiteral("3128"));
    }
    dialog->show();
    m_loose = std::move(dialog);
    return m_loose.get();
}

// The controller, showing its welcome screen as at a first start.
void WindowTour::startController()
{
    m_controller = std::make_unique<pc::AppController>(m_profiles.get(), m_secrets.get(), [](QString *) {
        return std::optional<pc::AppController::DemoTarget>();
    });
    m_controller->showWelcome();
}

// Through the controller: a profile whose token the keychain cannot give,
// and (`sessionToken`) the question for a token for this session only.
QWidget *WindowTour::openController(bool sessionToken)
{
    startController();
    const pc::Profile profile =
        pc::Profile::forSandbox(m_server->baseUrl(), QStringLiteral("wdc"), QStringLiteral("Locked"));
    m_profiles->save(profile);
    m_secrets->simulate(pc::MemorySecretStore::Simulation::NoBackend);
    m_controller->openProfile(profile);
    auto *box = qobject_cast<QMessageBox *>(
        childDialog(m_controller->welcome(), "QMessageBox", QStringLiteral("keychainUnavailable")));
    if (!box || !sessionToken)
        return box;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    }
    return childDialog(m_controller->welcome(), "QInputDialog", QStringLiteral("sessionToken"));
}

} // namespace testsupport
