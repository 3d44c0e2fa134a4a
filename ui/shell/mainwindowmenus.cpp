// The main window's menus and actions: each in a menu with its shortcut, in
// the command palette by its name, and said again in another language when
// View → Language changes it.

#include "app/index/localindex.h"
#include "app/journal/journalmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/recordfilterproxy.h"
#include "ui/journal/journalview.h"
#include "ui/keyboard/commandpalette.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/recordview.h"
#include "ui/shell/areaexport.h"
#include "ui/shell/languages.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/syncstatus.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::MainWindow).
class MainWindow { Q_OBJECT };
#endif

void MainWindow::createIndexActions(QMenu *menu, const char *category)
{
    menu->addSeparator();
    QAction *sync =
        addAction(menu, QStringLiteral("syncNow"), QT_TR_NOOP("S&ync now"), category, QKeySequence(), [this] {
            if (m_syncStatus)
                m_syncStatus->syncNow();
        });
    setToolTipSource(sync, QT_TR_NOOP("Brings the local copy up to date with what changed on the server"));
    QAction *reconcile = addAction(menu, QStringLiteral("fullReconcile"), QT_TR_NOOP("Full &reconcile"),
                                   category, QKeySequence(), [this] {
                                       if (m_syncStatus)
                                           m_syncStatus->fullReconcile();
                                   });
    setToolTipSource(reconcile, QT_TR_NOOP("Lists every id on the server to drop the records deleted there"));
    createSyncIntervalMenu(menu);
    // Without a local copy (the demo, or a profile that keeps none) they mean nothing.
    for (QAction *action : {sync, reconcile}) {
        action->setVisible(m_index != nullptr);
        action->setEnabled(m_index != nullptr);
    }
}

void MainWindow::createSyncIntervalMenu(QMenu *fileMenu)
{
    const char *category = QT_TR_NOOP("Sync automatically"); // how the palette groups the choices
    QMenu *menu = addMenu(QT_TR_NOOP("Sync a&utomatically"), fileMenu);
    menu->setObjectName(QStringLiteral("syncIntervalMenu"));
    menu->menuAction()->setObjectName(QStringLiteral("syncIntervalMenu"));
    menu->menuAction()->setVisible(m_index != nullptr);
    struct Choice
    {
        int minutes;
        const char *text;
    };
    static const Choice choices[] = {{0, QT_TR_NOOP("&Only when asked (Sync now)")},
                                     {5, QT_TR_NOOP("Every &5 minutes")},
                                     {15, QT_TR_NOOP("Every &15 minutes")},
                                     {30, QT_TR_NOOP("Every &30 minutes")},
                                     {60, QT_TR_NOOP("Every &hour")}};
    const int current = m_index ? m_index->syncMinutes() : LocalIndex::DefaultSyncMinutes;
    auto *group = new QActionGroup(this);
    for (const Choice &choice : choices) {
        const int minutes = choice.minutes;
        QAction *action = addAction(menu, QStringLiteral("syncEvery%1").arg(minutes), choice.text, category,
                                    QKeySequence(), [this, minutes] { chooseSyncMinutes(minutes); });
        action->setCheckable(true);
        action->setChecked(minutes == current);
        action->setData(minutes);
        action->setEnabled(m_index != nullptr);
        group->addAction(action);
    }
}

void MainWindow::chooseSyncMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("localIndex/syncMinutes"), minutes);
    if (m_index)
        m_index->setSyncMinutes(minutes);
}

// Each text is kept as its source (QT_TR_NOOP) in a property of its action, so
// retranslateMenus() can say it again in another language.
namespace {

constexpr char SourceText[] = "pcSourceText";
constexpr char SourceToolTip[] = "pcSourceToolTip";
constexpr char SourceCategory[] = "pcSourceCategory";

} // namespace

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const char *text, const char *category,
                               const QKeySequence &shortcut, const std::function<void()> &handler)
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    if (text)
        action->setProperty(SourceText, QByteArray(text));
    action->setProperty(SourceCategory, QByteArray(category));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, handler);
    menu->addAction(action);
    QWidget::addAction(action); // works while the menu bar is hidden too
    m_actions.append(action);
    return action;
}

QMenu *MainWindow::addMenu(const char *title, QMenu *parentMenu)
{
    QMenu *menu = parentMenu ? parentMenu->addMenu(QString()) : menuBar()->addMenu(QString());
    menu->menuAction()->setProperty(SourceText, QByteArray(title));
    m_menus.append(menu);
    return menu;
}

void MainWindow::setToolTipSource(QAction *action, const char *toolTip)
{
    action->setProperty(SourceToolTip, QByteArray(toolTip));
}

void MainWindow::retranslateMenus()
{
    const auto translated = [](const QAction *action, const char *property) {
        return tr(action->property(property).toByteArray().constData());
    };
    for (const QMenu *menu : std::as_const(m_menus))
        menu->menuAction()->setText(translated(menu->menuAction(), SourceText));
    for (QAction *action : std::as_const(m_actions)) {
        if (action->property(SourceText).isValid())
            action->setText(translated(action, SourceText));
        if (action->property(SourceToolTip).isValid())
            action->setToolTip(translated(action, SourceToolTip));
        // The palette lists an action under its category ("View: Refresh").
        action->setProperty("pcCategory", translated(action, SourceCategory));
    }
    for (QAction *language : std::as_const(m_languageActions))
        language->setChecked(language->data().toString() == Languages::current());
    // An open palette lists the actions by their new names.
    m_palette->setActions(m_actions);
}

// View → Language: the system's language or one of the console's, each
// named in its own language; a choice is stored and in effect at once.
void MainWindow::createLanguageMenu(QMenu *viewMenu)
{
    const char *language = QT_TR_NOOP("Language");
    QMenu *menu = addMenu(QT_TR_NOOP("La&nguage"), viewMenu);
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->menuAction()->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const auto addLanguage = [&](const QString &code, QAction *action) {
        action->setCheckable(true);
        action->setData(code);
        group->addAction(action);
        m_languageActions.append(action);
    };
    addLanguage(QString(), addAction(menu, QStringLiteral("languageSystem"), QT_TR_NOOP("&System"), language,
                                     QKeySequence(), [this] { chooseLanguage(QString()); }));
    menu->addSeparator();
    for (const Languages::Language &available : Languages::available()) {
        const QString code = available.code;
        QAction *action = addAction(menu, QStringLiteral("language_%1").arg(code), nullptr, language,
                                    QKeySequence(), [this, code] { chooseLanguage(code); });
        // Never translated: a person who cannot read the current language
        // still finds their own.
        action->setText(QLatin1Char('&') + available.nativeName);
        addLanguage(code, action);
    }
}

void MainWindow::chooseLanguage(const QString &code)
{
    Languages::store(code);
    if (code != Languages::current())
        Languages::apply(code); // every window says its texts again on QEvent::LanguageChange
}

QAction *MainWindow::action(const QString &objectName) const
{
    for (QAction *candidate : m_actions) {
        if (candidate->objectName() == objectName)
            return candidate;
    }
    return nullptr;
}

QAction *MainWindow::tableOnly(QAction *created)
{
    // Keys that only mean something in a table act only there (Enter and
    // Space must keep working in the filter fields and dialogs).
    created->setShortcutContext(Qt::WidgetShortcut);
    m_tableActions.append(created);
    for (RecordView *view : {m_offeringsView, m_instancesView}) {
        if (view)
            view->table()->addAction(created);
    }
    return created;
}

void MainWindow::createActions()
{
    createFileMenu();
    createViewMenu();
    createRecordMenu();
    createInstanceMenu();
    createHelpMenu();
    retranslateMenus(); // the texts, and the actions into the palette
}

void MainWindow::createFileMenu()
{
    const char *file = QT_TR_NOOP("File");
    QMenu *fileMenu = addMenu(QT_TR_NOOP("&File"));
    addAction(fileMenu, QStringLiteral("switchProfile"), QT_TR_NOOP("S&witch profile…"), file,
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { Q_EMIT switchProfileRequested(); });
    addAction(fileMenu, QStringLiteral("connect"), QT_TR_NOOP("&Connect to another account…"), file,
              QKeySequence(), [this] { Q_EMIT connectRequested(); });
    addAction(fileMenu, QStringLiteral("editProfile"), QT_TR_NOOP("Edit this &profile…"), file,
              QKeySequence(), [this] { Q_EMIT editProfileRequested(); });
    addAction(fileMenu, QStringLiteral("replaceToken"), QT_TR_NOOP("Enter a new API &token…"), file,
              QKeySequence(), [this] { askForNewToken(); });
    createIndexActions(fileMenu, file);
    fileMenu->addSeparator();
    addAction(fileMenu, QStringLiteral("export"), QT_TR_NOOP("&Export…"), file,
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportWithDialog(); });
    addAction(fileMenu, QStringLiteral("cancelExport"), QT_TR_NOOP("Cancel e&xport"), file, QKeySequence(),
              [this] { m_export->cancel(); })
        ->setEnabled(false); // while an export is being written
    fileMenu->addSeparator();
    // Spelled out: QKeySequence::Quit is empty on some platforms (Windows, offscreen).
    addAction(fileMenu, QStringLiteral("quit"), QT_TR_NOOP("&Quit"), file, QKeySequence(Qt::CTRL | Qt::Key_Q),
              [this] { close(); });
}

void MainWindow::createViewMenu()
{
    const char *view = QT_TR_NOOP("View");
    QMenu *viewMenu = addMenu(QT_TR_NOOP("&View"));
    addAction(viewMenu, QStringLiteral("showOverview"), QT_TR_NOOP("O&verview"), view,
              QKeySequence(Qt::CTRL | Qt::Key_0), [this] { showArea(OverviewAreaIndex); });
    addAction(viewMenu, QStringLiteral("showOfferings"), QT_TR_NOOP("&Offerings"), view,
              QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showArea(0); });
    addAction(viewMenu, QStringLiteral("showInstances"), QT_TR_NOOP("&Instances"), view,
              QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showArea(1); });
    addAction(viewMenu, QStringLiteral("showJournal"), QT_TR_NOOP("&Journal"), view,
              QKeySequence(Qt::CTRL | Qt::Key_3), [this] { showArea(2); });
    QAction *tables = addAction(viewMenu, QStringLiteral("overviewTables"), QT_TR_NOOP("Overview as &tables"),
                                view, QKeySequence(Qt::Key_T), [this] {
                                    // From the palette, anywhere: the overview first.
                                    if (currentArea() != OverviewAreaIndex)
                                        showArea(OverviewAreaIndex);
                                    overviewArea()->toggleTables();
                                });
    setToolTipSource(tables, QT_TR_NOOP("The overview's numbers as tables, for a screen reader or to copy"));
    // A bare letter: only while the overview has the keyboard (typed
    // anywhere else, it is a T).
    tables->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::removeAction(tables);
    m_overviewTablesAction = tables; // on the overview once it is built
    viewMenu->addSeparator();
    addAction(viewMenu, QStringLiteral("quickFilter"), QT_TR_NOOP("&Quick filter"), view, QKeySequence::Find,
              [this] {
                  if (RecordView *current = currentView())
                      current->focusQuickFilter();
                  else if (currentArea() == JournalAreaIndex)
                      journalView()->focusFilter();
                  else
                      tellActionNeedsTable(action(QStringLiteral("quickFilter")));
              });
    // `/` starts the quick filter from a table (in a text field it is just a character).
    auto *slash = new QAction(this);
    slash->setShortcut(QKeySequence(Qt::Key_Slash));
    connect(slash, &QAction::triggered, this, onView(&RecordView::focusQuickFilter));
    tableOnly(slash);
    addAction(viewMenu, QStringLiteral("serverFilter"), QT_TR_NOOP("&Server filter…"), view,
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), onView(&RecordView::showServerFilterBar));
    addAction(viewMenu, QStringLiteral("refresh"), QT_TR_NOOP("&Refresh"), view, QKeySequence::Refresh,
              [this] {
                  if (RecordView *current = currentView())
                      current->refresh();
                  else if (currentArea() == OverviewAreaIndex)
                      overviewArea()->refreshDrafts(); // the rest is counted from the tables as they change
                  else
                      journalView()->reload();
              });
    addAction(viewMenu, QStringLiteral("loadAll"), QT_TR_NOOP("&Load all"), view,
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), onView(&RecordView::loadAll));
    addAction(viewMenu, QStringLiteral("cancelLoadAll"), QT_TR_NOOP("&Cancel loading"), view, QKeySequence(),
              onView(&RecordView::cancelLoadAll));
    QAction *sort = addAction(
        viewMenu, QStringLiteral("sortByColumn"), QT_TR_NOOP("&Sort by the current column"), view,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] {
            RecordView *view = currentView();
            if (!view) {
                tellActionNeedsTable(action(QStringLiteral("sortByColumn")));
                return;
            }
            const QModelIndex current = view->table()->currentIndex();
            view->sortByColumn(current.isValid() ? current.column() : view->visibleColumns().value(0));
        });
    setToolTipSource(sort, QT_TR_NOOP("Again reverses the order"));
    addAction(viewMenu, QStringLiteral("columns"), QT_TR_NOOP("C&olumns…"), view,
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), onView(&RecordView::chooseColumns));
    viewMenu->addSeparator();
    addAction(viewMenu, QStringLiteral("commandPalette"), QT_TR_NOOP("Command &palette…"), view,
              QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_palette->popup(); });
    viewMenu->addSeparator();
    createLanguageMenu(viewMenu);
}

void MainWindow::createRecordMenu()
{
    const char *record = QT_TR_NOOP("Record");
    QMenu *recordMenu = addMenu(QT_TR_NOOP("&Record"));
    tableOnly(addAction(recordMenu, QStringLiteral("openDetail"), QT_TR_NOOP("&Open details"), record,
                        QKeySequence(Qt::Key_Return), onView(&RecordView::openDetail)))
        ->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    tableOnly(addAction(recordMenu, QStringLiteral("markRow"), QT_TR_NOOP("&Mark or unmark the row"), record,
                        QKeySequence(Qt::Key_Space), onView(&RecordView::toggleMarkCurrentRow)));
    addAction(recordMenu, QStringLiteral("copyJson"), QT_TR_NOOP("&Copy as JSON"), record,
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), onView(&RecordView::copySelectionAsJson));
    addAction(recordMenu, QStringLiteral("showInstancesOfOffering"),
              QT_TR_NOOP("Show &instances of this offering"), record, QKeySequence(Qt::CTRL | Qt::Key_I),
              [this] {
                  if (currentArea() != 0)
                      return;
                  RecordView *offerings = offeringsView();
                  const QModelIndex current = offerings->table()->currentIndex();
                  if (!current.isValid())
                      return;
                  // From the record, not the cell: the Name column may be hidden.
                  const int row = offerings->proxy()->mapToSource(current).row();
                  const AppOffering &offering = m_offerings->offering(row);
                  Q_EMIT offerings->showInstancesRequested(offering.id, offering.name);
              });
    recordMenu->addSeparator();
    addAction(recordMenu, QStringLiteral("newOffering"), QT_TR_NOOP("&New offering…"), record,
              QKeySequence::New, [this] { newOffering(); });
    addAction(recordMenu, QStringLiteral("editOffering"), QT_TR_NOOP("&Edit offering…"), record,
              QKeySequence(Qt::Key_F2), [this] { editCurrentOffering(); });
    QAction *review = addAction(recordMenu, QStringLiteral("reviewBeforeSaving"),
                                QT_TR_NOOP("&Review changes before saving"), record, QKeySequence(), [] {});
    review->setCheckable(true);
    review->setChecked(OfferingForm::reviewBeforeSaving());
    // A form's review dialog can turn it off too: the tick follows the setting.
    connect(recordMenu, &QMenu::aboutToShow, review,
            [review] { review->setChecked(OfferingForm::reviewBeforeSaving()); });
    connect(review, &QAction::toggled, this, [](bool on) { OfferingForm::setReviewBeforeSaving(on); });
    recordMenu->addSeparator();
    addAction(recordMenu, QStringLiteral("back"), QT_TR_NOOP("&Back"), record, QKeySequence(Qt::Key_Escape),
              [this] {
                  if (RecordView *view = currentView())
                      view->backOut();
                  else if (currentArea() == JournalAreaIndex)
                      journalView()->backOut();
              });
}

void MainWindow::createInstanceMenu()
{
    // The write actions: never on a bare key, always through a dialog that
    // says what will change before anything is sent.
    const char *instance = QT_TR_NOOP("Instance");
    QMenu *instanceMenu = addMenu(QT_TR_NOOP("I&nstance"));
    m_instanceActions = {
        addAction(instanceMenu, QStringLiteral("suspendInstances"), QT_TR_NOOP("&Suspend…"), instance,
                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                  [this] { startInstanceAction(InstanceBatch::Action::Suspend); }),
        addAction(instanceMenu, QStringLiteral("resumeInstances"), QT_TR_NOOP("&Resume…"), instance,
                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                  [this] { startInstanceAction(InstanceBatch::Action::Resume); }),
        addAction(instanceMenu, QStringLiteral("disableInstances"), QT_TR_NOOP("&Disable…"), instance,
                  QKeySequence(), [this] { startInstanceAction(InstanceBatch::Action::Disable); }),
        addAction(instanceMenu, QStringLiteral("enableInstances"), QT_TR_NOOP("&Enable…"), instance,
                  QKeySequence(), [this] { startInstanceAction(InstanceBatch::Action::Enable); }),
    };
    for (QAction *instanceAction : std::as_const(m_instanceActions))
        instanceAction->setEnabled(currentArea() == 1);
}

void MainWindow::createHelpMenu()
{
    const char *help = QT_TR_NOOP("Help");
    QMenu *helpMenu = addMenu(QT_TR_NOOP("&Help"));
    addAction(helpMenu, QStringLiteral("keyHelp"), QT_TR_NOOP("&Keyboard help"), help,
              QKeySequence::HelpContents, [this] { showKeyHelp(); });
    // `?` opens the help from a table (in a text field it is just a character).
    auto *questionMark = new QAction(this);
    questionMark->setShortcut(QKeySequence(Qt::Key_Question));
    connect(questionMark, &QAction::triggered, this, &MainWindow::showKeyHelp);
    tableOnly(questionMark);
    addAction(helpMenu, QStringLiteral("about"), QT_TR_NOOP("&About Provider Console"), help, QKeySequence(),
              [this] {
                  QMessageBox::about(
                      this, tr("About Provider Console"),
                      tr("<b>Provider Console</b> %1<br>A desktop console for 4me / Xurrent app providers.")
                          .arg(QStringLiteral(PC_VERSION)));
              });
}

} // namespace pc
