// The main window's areas: their tabs, and each area built when it is first
// shown or asked for. The area the window opens on is built as it is shown;
// the others after its first paint (paintEvent()), so the rows shown first
// do not wait for tables no one sees yet.

#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "ui/journal/journalview.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QSettings>
#include <QShowEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pc {

namespace {

// Moves the widgets of `area` that take the keyboard to right after `after`
// in the window's Tab chain, keeping their order among themselves. (Qt 6.4's
// setTabOrder() moves the one widget it is given, not its children.)
void placeInTabChainAfter(QWidget *after, QWidget *area)
{
    QList<QWidget *> inOrder;
    QWidget *window = area->window();
    for (QWidget *widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if (area->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            inOrder.append(widget);
    }
    for (QWidget *widget : std::as_const(inOrder)) {
        QWidget::setTabOrder(after, widget);
        after = widget;
    }
}

} // namespace

void MainWindow::setupAreas()
{
    m_tabs->setDocumentMode(true);
    // The overview (charts, tables, its last visit read) is built after the
    // first paint too (buildOverview()).
    m_overviewSlot->setObjectName(QStringLiteral("overviewSlot"));
    QList<QWidget *> pages{m_overviewSlot};
    for (int area : {OfferingsAreaIndex, InstancesAreaIndex, JournalAreaIndex}) {
        auto *slot = new QWidget(m_tabs);
        slot->setObjectName(area == OfferingsAreaIndex   ? QStringLiteral("offeringsSlot")
                            : area == InstancesAreaIndex ? QStringLiteral("instancesSlot")
                                                         : QStringLiteral("journalSlot"));
        m_areaSlots.at(area) = slot;
        pages.append(slot);
    }
    for (QWidget *page : std::as_const(pages)) {
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, QString()); // named by retranslate()
    }
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

RecordView *MainWindow::offeringsView()
{
    buildArea(OfferingsAreaIndex);
    return m_offeringsView;
}

RecordView *MainWindow::instancesView()
{
    buildArea(InstancesAreaIndex);
    return m_instancesView;
}

JournalView *MainWindow::journalView()
{
    buildArea(JournalAreaIndex);
    return m_journalView;
}

RecordView *MainWindow::currentView()
{
    const int area = currentArea();
    if (area != OfferingsAreaIndex && area != InstancesAreaIndex)
        return nullptr;
    buildArea(area);
    return builtView(area);
}

RecordView *MainWindow::builtView(int area) const
{
    return area == OfferingsAreaIndex   ? m_offeringsView
           : area == InstancesAreaIndex ? m_instancesView
                                        : nullptr;
}

bool MainWindow::areaBuilt(int area) const
{
    return area == JournalAreaIndex ? m_journalView != nullptr : builtView(area) != nullptr;
}

void MainWindow::buildArea(int area)
{
    if (area < OfferingsAreaIndex || area > JournalAreaIndex || areaBuilt(area))
        return;
    if (area == JournalAreaIndex)
        buildJournalArea();
    else
        buildRecordArea(area);
    // Tab goes from the tab bar into the area, as the screen has them: not
    // after the bars made while the area waited to be built (the drafts bar,
    // the local copy's banner), which sit above the tabs.
    QWidget *built = area == JournalAreaIndex ? static_cast<QWidget *>(m_journalView) : builtView(area);
    placeInTabChainAfter(m_tabs->tabBar(), built);
    if (area == currentArea())
        updateStatus();
}

void MainWindow::buildRecordArea(int area)
{
    const bool offerings = area == OfferingsAreaIndex;
    QWidget *slot = m_areaSlots.at(area);
    auto *view = offerings ? new RecordView(RecordView::Kind::Offerings, m_offerings, slot)
                           : new RecordView(RecordView::Kind::Instances, m_instances, slot);
    (offerings ? m_offeringsView : m_instancesView) = view;
    QTableView *table = view->table();
    if (offerings) {
        table->setColumnWidth(OfferingsModel::Name, 260);
        table->setColumnWidth(OfferingsModel::Reference, 220);
        table->setColumnWidth(OfferingsModel::WebhookUriTemplate, 260);
        table->setColumnWidth(OfferingsModel::Disabled, 120);
    } else {
        table->setColumnWidth(InstancesModel::Id, 80);
        table->setColumnWidth(InstancesModel::CustomerAccount, 240);
        table->setColumnWidth(InstancesModel::AppOfferingColumn, 240);
        for (int column :
             {InstancesModel::EnabledByCustomer, InstancesModel::Suspended, InstancesModel::Disabled})
            table->setColumnWidth(column, 150);
        table->setColumnWidth(InstancesModel::State, 240);
    }
    restoreViewState(view);
    table->addActions(m_tableActions);
    slot->layout()->addWidget(view);
    view->show();
    connect(view, &RecordView::statusChanged, this, &MainWindow::updateStatus);
    // Back from a drill-down the overview opened: to the overview.
    connect(view, &RecordView::returnRequested, this, [this] { showArea(OverviewAreaIndex); });
    if (offerings) {
        // Drill-down: an offering's instances in the instances area.
        connect(view, &RecordView::showInstancesRequested, this, [this](qint64 id, const QString &name) {
            instancesView(); // built over the model as it is, before the scope changes
            m_instances->setOfferingScope({id, name, QString()});
            showArea(InstancesAreaIndex);
        });
    }
}

void MainWindow::buildJournalArea()
{
    QWidget *slot = m_areaSlots.at(JournalAreaIndex);
    m_journalView = new JournalView(m_journalModel, slot);
    slot->layout()->addWidget(m_journalView);
    m_journalView->show();
    connect(m_journalView, &JournalView::statusChanged, this, &MainWindow::updateStatus);
}

// The columns, filters and sort the area had when the window last closed.
// The model was started with the same query already (TableStart), so it
// loads nothing again.
void MainWindow::restoreViewState(RecordView *view) const
{
    QSettings settings;
    if (!m_settingsGroup.isEmpty())
        settings.beginGroup(m_settingsGroup);
    settings.beginGroup(view->kind() == RecordView::Kind::Offerings ? QStringLiteral("views/offerings")
                                                                    : QStringLiteral("views/instances"));
    view->restoreState(settings);
}

void MainWindow::buildHiddenAreas()
{
    for (int area : {OfferingsAreaIndex, InstancesAreaIndex, JournalAreaIndex}) {
        if (areaBuilt(area))
            continue;
        buildArea(area);
        // The rest at the next turn: a key pressed meanwhile is not kept waiting.
        QTimer::singleShot(0, this, &MainWindow::buildHiddenAreas);
        return;
    }
}

// The area shown is built as the window is shown, before its first paint.
void MainWindow::showEvent(QShowEvent *event)
{
    if (!event->spontaneous() && !m_shownOnce) {
        m_shownOnce = true;
        focusCurrentArea();
    }
    QMainWindow::showEvent(event);
}

// The keys a person presses first (arrows, Home, Enter, F2) go to the table
// of the area shown, not to the filter selector above it: as the window is
// shown, and each time an area is chosen (showArea()).
void MainWindow::focusCurrentArea()
{
    const int area = currentArea();
    if (area == OverviewAreaIndex)
        overviewArea()->focusFirst();
    else if (area == JournalAreaIndex)
        journalView()->table()->setFocus(Qt::OtherFocusReason);
    else
        currentView()->table()->setFocus(Qt::OtherFocusReason);
}

} // namespace pc
