#include "ui/shell/mainwindow.h"

#include "app/index/indexfeed.h"
#include "app/index/localindex.h"
#include "app/journal/journalmodel.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/net/apiclient.h"
#include "ui/actions/instanceactiondialog.h"
#include "ui/editing/offeringform.h"
#include "ui/journal/journalview.h"
#include "ui/keyboard/commandpalette.h"
#include "ui/keyboard/keyhelpoverlay.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/detailpane.h"
#include "ui/records/recordview.h"
#include "ui/shell/areaexport.h"
#include "ui/shell/elidedlabel.h"
#include "ui/shell/offeringforms.h"
#include "ui/shell/syncstatus.h"
#include "ui/shell/tablestart.h"
#include "ui/shell/tokenrecovery.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::MainWindow).
class MainWindow { Q_OBJECT };
#endif

namespace {

TableStart *startedTables(ApiClient *client, LocalIndex *index, const QString &settingsGroup)
{
    auto *tables = new TableStart(client, index, settingsGroup);
    tables->start();
    return tables;
}

} // namespace

MainWindow::MainWindow(ApiClient *client, const QString &connectionLabel, QWidget *parent,
                       const QString &settingsGroup, LocalIndex *index)
    : MainWindow(client, connectionLabel, startedTables(client, index, settingsGroup), parent)
{}

MainWindow::MainWindow(ApiClient *client, const QString &connectionLabel, TableStart *tables, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_tables(tables)
    , m_offerings(tables->offerings())
    , m_instances(tables->instances())
    , m_tabs(new QTabWidget(this))
    , m_statusLabel(new ElidedLabel(this))
    , m_busy(new QProgressBar(this))
    , m_exportCancel(new QPushButton(this))
    , m_rateLabel(new QLabel(this))
    , m_palette(new CommandPalette(this))
    , m_keyHelp(new KeyHelpOverlay(this))
    , m_journalModel(new JournalModel(&m_journal, this))
    , m_overviewSlot(new QWidget(m_tabs))
    , m_forms(new OfferingForms(client, &m_journal, m_offerings, m_journalModel, this))
    , m_export(new AreaExport([this] { return journalView(); }, this))
    , m_settingsGroup(tables->settingsGroup())
    , m_connectionLabel(connectionLabel)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/provider-console.svg")));
    resize(1180, 720);
    // The window owns its models (a language change reaches them as its
    // children), the index and what started them.
    m_tables->setParent(this);
    m_offerings->setParent(this);
    m_instances->setParent(this);
    m_index = m_tables->index();
    if (m_index)
        m_index->setParent(this);

    setupAreas();
    setupStatusBar();
    createActions();
    retranslate();
    connect(m_forms, &OfferingForms::closeDeclined, this, &MainWindow::closeDeclined);
    connect(m_export, &AreaExport::finished, this, &MainWindow::exportFinished);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    // A tab clicked is an area chosen, as a key pressed is (showArea).
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this] { m_areaChosen = true; });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        const int area = areaOfTab(tab);
        if (area == OverviewAreaIndex)
            buildOverview(); // chosen before the first paint's build came round
        else if (isVisible())
            buildArea(area); // a hidden window builds the area it shows as it is shown
        if (area == JournalAreaIndex)
            m_journalModel->reload(); // the writes since it was last shown
        action(QStringLiteral("showInstancesOfOffering"))->setEnabled(area == OfferingsAreaIndex);
        // Instance actions act on the instances area's rows only.
        for (QAction *instanceAction : std::as_const(m_instanceActions))
            instanceAction->setEnabled(area == InstancesAreaIndex && !m_readOnly);
    });
    // A refused token: what stopped because of it resumes with a new one.
    m_tokens = new TokenRecovery(
        client, connectionLabel, {m_offerings, m_instances},
        [this](const PagedTableModel *model) {
            return model == m_offerings ? offeringsView() : instancesView();
        },
        this);
    connect(m_tokens, &TokenRecovery::tokenReplaced, this, &MainWindow::tokenReplaced);

    restoreSettings();
    setupLocalIndex();
    if (m_tables->isStarted())
        // Once the event loop comes round: an area asked for as the window
        // opens (--view) is then set, and a complete copy's overview is not
        // built for a window that shows another area.
        QMetaObject::invokeMethod(this, &MainWindow::tablesStarted, Qt::QueuedConnection);
    else
        connect(m_tables, &TableStart::started, this, &MainWindow::tablesStarted);
    updateStatus();
    // Forms that were open when the console last stopped without saving them.
    m_forms->offerEarlierDrafts();
}

// A complete local copy: the window opens on the overview of it.
void MainWindow::tablesStarted()
{
    if (m_index && m_index->isComplete(IndexCollection::Instances) && !m_areaChosen)
        showArea(OverviewAreaIndex);
}

void MainWindow::setupLocalIndex()
{
    if (!m_index)
        return;
    m_syncStatus = new SyncStatus(m_index, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    // Over the areas: what happened to the file is a sentence, not a status.
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_syncStatus->banner());
    connect(m_index, &LocalIndex::completeChanged, this,
            [this](IndexCollection collection, bool complete) { followIndex(int(collection), complete); });
    // The console's own writes are in the index at once, from the server's answer.
    connect(m_forms, &OfferingForms::saved, m_index, [this](const QJsonObject &record) {
        m_index->applyServerRecord(IndexCollection::Offerings, record);
    });
    // A refused token stops the sync as it stops a page: asked for once,
    // and the sync goes on with the new one.
    connect(m_index, &LocalIndex::syncFinished, this, [this](const SyncResult &result) {
        if (result.apiError.kind == ApiError::Kind::Unauthorized)
            askForNewToken(result.apiError.message);
    });
    connect(m_tokens, &TokenRecovery::tokenReplaced, m_index, [this] {
        if (m_index->lastResult().apiError.kind == ApiError::Kind::Unauthorized)
            m_index->syncNow();
    });
}

// A collection's copy became complete (the first sync ended) or went (Forget):
// its table switches, keeping the selection and the scroll position.
void MainWindow::followIndex(int collection, bool complete)
{
    if (!m_tables->isStarted())
        return; // TableStart decides
    const bool offerings = collection == int(IndexCollection::Offerings);
    PagedTableModel *model = offerings ? static_cast<PagedTableModel *>(m_offerings) : m_instances;
    LocalRecordSource *source = complete ? m_index->feed(IndexCollection(collection)) : nullptr;
    if (model->localSource() == source)
        return;
    if (RecordView *view = builtView(offerings ? OfferingsAreaIndex : InstancesAreaIndex))
        view->setLocalSource(source);
    else
        model->setLocalSource(source); // no selection or scroll position to keep yet
}

// The status bar: what the current area shows, a busy bar, the API quota.
void MainWindow::setupStatusBar()
{
    // A thin busy bar while a page is on its way: the window never looks frozen.
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->hide();
    // Cancel, while an export is being written (also File → Cancel export).
    m_exportCancel->setObjectName(QStringLiteral("exportCancel"));
    m_exportCancel->setFlat(true);
    m_exportCancel->setFocusPolicy(Qt::NoFocus); // the status bar is not a Tab stop
    m_exportCancel->hide();
    connect(m_exportCancel, &QPushButton::clicked, m_export, &AreaExport::cancel);
    connect(m_export, &AreaExport::runningChanged, this, [this](bool running) {
        m_exportCancel->setVisible(running);
        action(QStringLiteral("cancelExport"))->setEnabled(running);
    });
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_exportCancel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_rateLabel);
    connect(m_client, &ApiClient::rateLimitChanged, this, &MainWindow::updateRateLabel);
    connect(m_client, &ApiClient::rateLimitWait, this, &MainWindow::showRateLimitWait);
    for (PagedTableModel *model :
         {static_cast<PagedTableModel *>(m_offerings), static_cast<PagedTableModel *>(m_instances)}) {
        connect(model, &PagedTableModel::waiting, this,
                [this, model](int seconds, ApiCall::WaitReason reason) {
                    if (reason != ApiCall::WaitReason::Retry)
                        return;
                    m_retryMessage =
                        tr("The server did not answer properly; trying again in %n s", nullptr, seconds);
                    m_retryingModel = model;
                    statusBar()->showMessage(m_retryMessage, seconds * 1000 + 500);
                });
        // The retry has been answered (a page, or the error the area now
        // shows with its Retry): its "trying again" does not stand beside it.
        const auto retryAnswered = [this, model] {
            if (m_retryingModel == model && statusBar()->currentMessage() == m_retryMessage)
                statusBar()->clearMessage();
        };
        connect(model, &PagedTableModel::pageLoaded, this, retryAnswered);
        connect(model, &PagedTableModel::errorOccurred, this, retryAnswered);
    }
}

MainWindow::~MainWindow()
{
    // The forms point at the journal and the drafts: they go first.
    qDeleteAll(offeringForms());
}

std::function<void()> MainWindow::onView(void (RecordView::*method)())
{
    return [this, method] {
        if (RecordView *view = currentView())
            (view->*method)();
        else
            tellActionNeedsTable(qobject_cast<const QAction *>(sender()));
    };
}

// A key pressed on the overview or the journal for a table's action: said,
// not silently dropped (the menus and the palette offer these everywhere).
void MainWindow::tellActionNeedsTable(const QAction *needed)
{
    if (!needed)
        return;
    statusBar()->showMessage(
        tr("“%1” works in Offerings (Ctrl+1) and Instances (Ctrl+2): go to one of them first.")
            .arg(needed->iconText()), // the menu's text without its &
        6000);
}

InstanceActionDialog *MainWindow::startInstanceAction(InstanceBatch::Action action)
{
    if (m_readOnly) {
        statusBar()->showMessage(tr("This profile is read-only: nothing can be changed from it."), 6000);
        return nullptr;
    }
    RecordView *view = instancesView();
    QTableView *table = view->table();
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(view->proxy()->mapToSource(index).row());
    if (rows.isEmpty() && table->currentIndex().isValid())
        rows.append(view->proxy()->mapToSource(table->currentIndex()).row());
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("Select the instances first (Space marks rows, Ctrl+A selects all)."),
                                 6000);
        return nullptr;
    }
    std::sort(rows.begin(), rows.end());
    QList<AppInstance> instances;
    for (int row : std::as_const(rows))
        instances.append(m_instances->instance(row));
    auto *dialog = new InstanceActionDialog(m_client, action, instances, &m_journal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Each row takes the server's answer, never a guess; so does the index.
    connect(dialog, &InstanceActionDialog::recordUpdated, m_instances, &InstancesModel::updateFromServer);
    if (m_index) {
        connect(dialog, &InstanceActionDialog::recordUpdated, m_index, [this](const QJsonObject &record) {
            m_index->applyServerRecord(IndexCollection::Instances, record);
        });
    }
    connect(dialog, &InstanceActionDialog::batchFinished, m_journalModel, &JournalModel::reload);
    dialog->open();
    return dialog;
}

TokenDialog *MainWindow::tokenDialog() const
{
    return m_tokens->dialog();
}

void MainWindow::askForNewToken(const QString &serverMessage)
{
    m_tokens->askForNewToken(serverMessage);
}

void MainWindow::setTokenStorage(bool available)
{
    m_tokens->setTokenStorage(available);
}

void MainWindow::setEnvironmentBadge(const QString &kind, const QString &text)
{
    if (!m_badge) {
        m_badge = new QLabel(this);
        m_badge->setObjectName(QStringLiteral("environmentBadge"));
        menuBar()->setCornerWidget(m_badge, Qt::TopRightCorner);
    }
    static const QMap<QString, QString> colours = {
        {QStringLiteral("production"), QStringLiteral("#c62828")},
        {QStringLiteral("qa"), QStringLiteral("#b45309")},
        {QStringLiteral("demo"), QStringLiteral("#2e7d32")},
        {QStringLiteral("sandbox"), QStringLiteral("#2e7d32")},
        {QStringLiteral("custom"), QStringLiteral("#455a64")},
    };
    m_badge->setProperty("kind", kind);
    m_badge->setText(text);
    m_badge->setToolTip(tr("The environment this window works on"));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background:%1; color:white; font-weight:700; padding:2px 10px; "
                       "margin:2px 6px; border-radius:3px; }")
            .arg(colours.value(kind, colours.value(QStringLiteral("custom")))));
    m_badge->show();
}

QList<QAction *> MainWindow::writeActions() const
{
    QList<QAction *> list = m_instanceActions;
    list.append(action(QStringLiteral("newOffering")));
    list.append(action(QStringLiteral("editOffering")));
    return list;
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAction *write : writeActions()) {
        write->setVisible(!readOnly); // out of the menus and the palette
        write->setEnabled(!readOnly && (!m_instanceActions.contains(write) || currentArea() == 1));
    }
    m_forms->setReadOnly(readOnly);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString title = tr("%1 — Provider Console").arg(m_connectionLabel);
    setWindowTitle(m_readOnly ? title + tr(" (read-only)") : title);
}

void MainWindow::updateRateLabel()
{
    const RateLimitStatus status = m_client->rateLimit();
    if (status.limit > 0)
        m_rateLabel->setText(
            tr("API quota: %1 of %2 left")
                .arg(QLocale().toString(status.remaining), QLocale().toString(status.limit)));
}

// The texts set once (the title, the tabs, the menus, the status bar) in the
// language now installed; the areas, bars and dialogs do theirs in their
// own changeEvent(), the models theirs as children of the window.
void MainWindow::retranslate()
{
    updateTitle();
    m_tabs->setTabText(tabOfArea(OverviewAreaIndex), tr("Overvie&w"));
    m_tabs->setTabText(tabOfArea(OfferingsAreaIndex), tr("&Offerings"));
    m_tabs->setTabText(tabOfArea(InstancesAreaIndex), tr("&Instances"));
    m_tabs->setTabText(tabOfArea(JournalAreaIndex), tr("&Journal"));
    retranslateMenus();
    m_exportCancel->setText(tr("Cancel export"));
    m_exportCancel->setAccessibleDescription(tr("Stops the export; no file is written"));
    updateRateLabel();
    if (m_badge)
        m_badge->setToolTip(tr("The environment this window works on"));
    m_forms->retranslate();
    updateStatus();
    if (m_keyHelp->isVisible())
        showKeyHelp(); // its lines come from here
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QString MainWindow::draftScope() const
{
    return m_forms->draftScope();
}

DraftStore *MainWindow::drafts()
{
    return m_forms->drafts();
}

QWidget *MainWindow::draftsBar() const
{
    return m_forms->draftsBar();
}

QList<OfferingForm *> MainWindow::offeringForms() const
{
    return m_forms->forms();
}

OfferingForm *MainWindow::newOffering()
{
    return m_forms->newOffering();
}

OfferingForm *MainWindow::editOffering(qint64 id)
{
    return m_forms->editOffering(id);
}

OfferingForm *MainWindow::editCurrentOffering()
{
    if (currentArea() != 0) {
        statusBar()->showMessage(tr("F2 edits an offering: go to Offerings (Ctrl+1) first."), 6000);
        return nullptr;
    }
    RecordView *view = offeringsView();
    const QModelIndex current = view->table()->currentIndex();
    if (!current.isValid()) {
        statusBar()->showMessage(tr("Choose an offering to edit first."), 6000);
        return nullptr;
    }
    return editOffering(m_offerings->offering(view->proxy()->mapToSource(current).row()).id);
}

void MainWindow::restoreDrafts()
{
    m_forms->restoreDrafts();
}

void MainWindow::discardDrafts()
{
    m_forms->discardDrafts();
}

void MainWindow::showArea(int index)
{
    // Asked for (--view, a key, a drill-down): the overview of a local copy
    // that becomes complete later does not take its place.
    m_areaChosen = true;
    m_tabs->setCurrentIndex(tabOfArea(index));
    focusCurrentArea();
}

int MainWindow::currentArea() const
{
    return areaOfTab(m_tabs->currentIndex());
}

int MainWindow::tabOfArea(int area)
{
    return area == OverviewAreaIndex ? 0 : area + 1;
}

int MainWindow::areaOfTab(int tab)
{
    return tab <= 0 ? OverviewAreaIndex : tab - 1;
}

void MainWindow::updateStatus()
{
    // An area not built yet says nothing: it updates this once it is.
    const int area = currentArea();
    RecordView *view = builtView(area);
    QString text;
    if (view)
        text = view->statusText();
    else if (area == OverviewAreaIndex)
        text = m_overviewArea ? m_overviewArea->statusText() : QString(); // built after the first paint
    else if (area == JournalAreaIndex && m_journalView)
        text = m_journalView->statusText();
    m_statusLabel->setFullText(text);
    m_busy->setVisible(view && view->model()->isLoading());
}

void MainWindow::showRateLimitWait(int seconds)
{
    statusBar()->showMessage(tr("Waiting %n s for the API rate limit", nullptr, seconds), seconds * 1000);
}

void MainWindow::showKeyHelp()
{
    QList<KeyHelpOverlay::KeyHelpEntry> entries = {
        {tr("↑ ↓ PgUp PgDn Home End"), tr("Move through the rows (End loads more)"), tr("Table")},
        {tr("Shift+↑ / Shift+↓, Ctrl+A"), tr("Select rows"), tr("Table")},
        {tr("Click a column header"), tr("Sort by it (by the server where it can)"), tr("Table")},
        {tr("Right-click a column header"), tr("Show, hide or reorder columns"), tr("Table")},
        {QStringLiteral("/"), tr("Quick filter, from the table"), tr("Table")},
        {QStringLiteral("?"), tr("This help, from the table"), tr("Table")},
    };
    entries += KeyHelpOverlay::entriesFromActions(m_actions);
    if (currentArea() == OverviewAreaIndex) {
        entries = {
            {tr("Tab, Shift+Tab"), tr("From figure to chart to list"), tr("Overview")},
            {tr("← → ↑ ↓, Home, End"), tr("Along a chart's bars; the value is shown below it"),
             tr("Overview")},
            {tr("Enter"), tr("Open the rows a figure, bar or line counts (Esc comes back)"), tr("Overview")},
        };
        entries += KeyHelpOverlay::entriesFromActions(m_actions);
    }
    const QString title = currentArea() == 0   ? tr("Keys in Offerings")
                          : currentArea() == 1 ? tr("Keys in Instances")
                          : currentArea() == 2 ? tr("Keys in the Journal")
                                               : tr("Keys in the Overview");
    m_keyHelp->showEntries(title, entries);
}

void MainWindow::exportWithDialog()
{
    if (currentArea() == OverviewAreaIndex) {
        overviewArea()->exportWithDialog();
        return;
    }
    m_export->askAndStart(currentView(), currentArea() == 0   ? QStringLiteral("offerings.csv")
                                         : currentArea() == 1 ? QStringLiteral("instances.csv")
                                                              : QStringLiteral("journal.csv"));
}

bool MainWindow::exportCurrentView(const QString &path, RecordExporter::Format format)
{
    return m_export->start(currentView(), path, format);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    if (!m_settingsGroup.isEmpty())
        settings.beginGroup(m_settingsGroup);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/area"), currentArea());
    // An area never built keeps the state it was saved with.
    for (RecordView *view : {m_offeringsView, m_instancesView}) {
        if (!view)
            continue;
        settings.beginGroup(view == m_offeringsView ? QStringLiteral("views/offerings")
                                                    : QStringLiteral("views/instances"));
        view->saveState(settings);
        settings.endGroup();
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!m_settingsGroup.isEmpty())
        settings.beginGroup(m_settingsGroup);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Each record area's own state is restored as it is built (restoreViewState()).
    m_tabs->setCurrentIndex(tabOfArea(
        std::clamp(settings.value(QStringLiteral("window/area"), 0).toInt(), 0, OverviewAreaIndex)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_forms->mayCloseWindow()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_export->finishPending();
    if (m_overviewArea)
        m_overviewArea->endVisit(); // what was shown becomes the last visit (none if it was never built)
    m_forms->closeWithWindow();
    QMainWindow::closeEvent(event);
}

} // namespace pc
