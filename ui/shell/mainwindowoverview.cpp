// The main window's overview: its drill-downs into the record areas and
// back, the records its "since your last visit" lines open, and completing
// the rows it counts.

#include "app/index/localindex.h"
#include "app/models/instancesmodel.h"
#include "app/records/timestamp.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/syncstatus.h"

#include <QDate>
#include <QDateTime>
#include <QLayout>
#include <QStatusBar>
#include <QTimer>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::MainWindow).
class MainWindow { Q_OBJECT };
#endif

namespace {

// The server filter of the instances created in `month`: from its first
// local midnight to the next month's, as the adoption chart counts them.
QPair<QString, QString> createdInMonth(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    const auto start = [](const QDate &day) { return formatApiTimestamp(QDateTime(day, QTime(0, 0))); };
    return {QStringLiteral("created_at"),
            QStringLiteral(">=%1<%2").arg(start(first), start(first.addMonths(1)))};
}

} // namespace

OverviewArea *MainWindow::overviewArea()
{
    buildOverview();
    return m_overviewArea;
}

// After the window's first paint (not before: its charts, tables and last
// visit cost the first rows about 8 ms), or at once when it is asked for;
// so are the record areas and the journal the window does not show.
void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_overviewArea)
        QTimer::singleShot(0, this, &MainWindow::buildOverview);
    if (!m_offeringsView || !m_instancesView || !m_journalView)
        QTimer::singleShot(0, this, &MainWindow::buildHiddenAreas);
}

void MainWindow::buildOverview()
{
    if (m_overviewArea)
        return;
    m_overviewArea = new OverviewArea(m_client, m_offerings, m_instances, m_index,
                                      m_settingsGroup.isEmpty() ? QStringLiteral("default") : m_settingsGroup,
                                      m_overviewSlot);
    m_overviewSlot->layout()->addWidget(m_overviewArea);
    if (m_overviewTablesAction)
        m_overviewArea->addAction(m_overviewTablesAction);
    m_overviewArea->show();
    connect(m_overviewArea, &OverviewArea::statusChanged, this, &MainWindow::updateStatus);
    connect(m_overviewArea, &OverviewArea::instancesRequested, this,
            [this](qint64 offeringId, const QString &name, std::optional<InstanceState> state) {
                instancesView()->showDrillDown(offeringId, name, state);
                showArea(InstancesAreaIndex);
            });
    connect(
        m_overviewArea, &OverviewArea::instancesOfOfferingsRequested, this,
        [this](const QList<qint64> &offeringIds, const QString &label, std::optional<InstanceState> state) {
            instancesView()->showOfferingsDrillDown(offeringIds, label, state);
            showArea(InstancesAreaIndex);
        });
    connect(m_overviewArea, &OverviewArea::instancesCreatedRequested, this,
            [this](qint64 offeringId, const QString &name, const QDate &month) {
                instancesView()->showDrillDown(offeringId, name, std::nullopt, {createdInMonth(month)});
                showArea(InstancesAreaIndex);
            });
    connect(m_overviewArea, &OverviewArea::offeringsRequested, this,
            [this](const QString &predefinedFilter, bool disabledOnly) {
                QList<QPair<QString, QString>> conditions;
                if (disabledOnly)
                    conditions.append({QStringLiteral("disabled"), QStringLiteral("true")});
                offeringsView()->showQueryDrillDown(predefinedFilter, conditions);
                showArea(OfferingsAreaIndex);
            });
    connect(m_overviewArea, &OverviewArea::instanceRecordRequested, this, [this](qint64 id) {
        instancesView();                   // built over the model as it is, before the scope changes
        m_instances->setOfferingScope({}); // the record may be of any offering
        showArea(InstancesAreaIndex);
        if (!instancesView()->showRecord(id))
            statusBar()->showMessage(tr("Instance #%1 is not among the rows loaded.").arg(id), 8000);
    });
    connect(m_overviewArea, &OverviewArea::offeringRecordRequested, this, [this](qint64 id) {
        showArea(OfferingsAreaIndex);
        if (!offeringsView()->showRecord(id))
            statusBar()->showMessage(tr("Offering #%1 is not among the rows loaded.").arg(id), 8000);
    });
    connect(m_overviewArea, &OverviewArea::completeRequested, this, &MainWindow::completeOverview);
    connect(m_overviewArea, &OverviewArea::exportFinished, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(message, 10000);
        Q_EMIT exportFinished(ok, message);
    });
    if (currentArea() == OverviewAreaIndex)
        updateStatus();
}

// The overview lacks rows: the local copy's sync brings them where there is
// one (it is still on its first walk), else Load all in both tables.
void MainWindow::completeOverview()
{
    if (m_index && m_index->store() && !m_index->isComplete(IndexCollection::Instances)) {
        if (m_syncStatus)
            m_syncStatus->syncNow();
        return;
    }
    offeringsView()->loadAll();
    instancesView()->loadAll();
}

} // namespace pc
