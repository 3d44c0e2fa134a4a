#include "app/index/indexstore.h"
#include "app/index/localindex.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/overview/overview.h"
#include "tests/support/index.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "ui/overview/chartcursor.h"
#include "ui/overview/figuretile.h"
#include "ui/overview/overviewarea.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace testsupport;
using pc::InstanceState;
using pc::MainWindow;

namespace {

// The sandbox's own count of instances in a state (of one offering; 0: all).
qint64 countOnServer(const sandbox::SandboxServer &server, qint64 offeringId,
                     std::optional<InstanceState> state)
{
    qint64 count = 0;
    for (qint64 id : server.instanceIds()) {
        const QJsonObject instance = server.instance(id);
        if (offeringId && offeringOf(server, id) != offeringId)
            continue;
        const InstanceState is =
            pc::instanceState(instance.value(QStringLiteral("disabled")).toBool(),
                              instance.value(QStringLiteral("enabled_by_customer")).toBool(),
                              instance.value(QStringLiteral("suspended")).toBool());
        count += !state || *state == is;
    }
    return count;
}

// The sandbox's own count of an offering's instances created in `month`
// (local time, as the chart counts).
qint64 createdOnServer(const sandbox::SandboxServer &server, qint64 offeringId, const QDate &month)
{
    const QDateTime start(QDate(month.year(), month.month(), 1), QTime(0, 0));
    const QDateTime end = start.addMonths(1);
    qint64 count = 0;
    for (qint64 id : server.instanceIds()) {
        const QDateTime created = QDateTime::fromString(
            server.instance(id).value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        count += offeringOf(server, id) == offeringId && created >= start && created < end;
    }
    return count;
}

} // namespace

// The Overview area in the window, offscreen, against the sandbox over
// HTTP: what the numbers are based on and completing them, the figures
// against the sandbox's own counts, drill-down from a bar and a figure to
// exactly its rows and back, the charts by keyboard, the table view, the
// exports, and "since your last visit" across two runs with changes,
// creations and deletions made on the sandbox in between.
class TestOverviewArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void basedOnTheLoadedRowsUntilCompleted();
    void figuresAgreeWithTheSandbox();
    void aBarOpensExactlyItsRowsAndBackReturns();
    void theOtherBarOpensTheTailsRows();
    void aFigureOpensExactlyItsRows();
    void aMonthOpensTheInstancesCreatedInIt_data();
    void aMonthOpensTheInstancesCreatedInIt();
    void chartsByKeyboard();
    void tKeyTogglesTheTables();
    void exportsPictureAndNumbers();
    void sinceTheLastVisitAcrossTwoRuns();
    void anAreaAskedForBeforeTheCopyIsReadStays();

private:
    // A window without a local copy, on the overview, every row loaded.
    MainWindow *openCompleted();
    MainWindow *openOnIndex(const QString &path);
    // The offerings chart with the keyboard's focus (nullptr if it did not take it).
    static pc::ChartCursor *focusedOfferingChart(MainWindow *window);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestOverviewArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false\npc.*.debug=false"));
}

void TestOverviewArea::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    sandbox::SandboxOptions options;
    options.offeringCount = 24;
    options.instanceCount = 450;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
}

void TestOverviewArea::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
}

MainWindow *TestOverviewArea::openCompleted()
{
    m_window = std::make_unique<MainWindow>(m_client.get(), QStringLiteral("test"));
    m_window->show();
    m_window->showArea(MainWindow::OverviewAreaIndex);
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    pc::OverviewArea *area = m_window->overviewArea();
    auto *complete = area->findChild<QPushButton *>(QStringLiteral("overviewComplete"));
    if (!waitUntil([complete] { return complete->isVisible(); }, 10000))
        return nullptr;
    complete->click();
    const bool done = waitUntil(
        [this, area] {
            return area->overview()->isComplete() &&
                   area->overview()->figures().instances.total() == m_server->instanceCount() &&
                   m_window->offeringsModel()->offering(0).id != 0 && area->overview()->draftsKnown();
        },
        30000);
    return done ? m_window.get() : nullptr;
}

pc::ChartCursor *TestOverviewArea::focusedOfferingChart(MainWindow *window)
{
    pc::ChartCursor *chart = window->overviewArea()->offeringChart();
    chart->setFocus();
    return waitUntil([chart] { return chart->hasFocus(); }, 5000) ? chart : nullptr;
}

void TestOverviewArea::basedOnTheLoadedRowsUntilCompleted()
{
    m_window = std::make_unique<MainWindow>(m_client.get(), QStringLiteral("test"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentArea(), MainWindow::OfferingsAreaIndex); // no complete copy: where it was
    m_window->activateWindow();
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::OverviewAreaIndex);
    pc::OverviewArea *area = m_window->overviewArea();
    auto *basis = area->findChild<QLabel *>(QStringLiteral("overviewBasis"));
    QTRY_VERIFY2(basis->text().contains(QStringLiteral("100 of 450 instances loaded")),
                 qPrintable(basis->text()));
    auto *complete = area->findChild<QPushButton *>(QStringLiteral("overviewComplete"));
    QTRY_VERIFY(complete->isVisible());
    complete->click();
    QTRY_VERIFY_WITH_TIMEOUT(basis->text().contains(QStringLiteral("Based on every one of")), 30000);
    QVERIFY(basis->text().contains(QStringLiteral("450 instances")));
    QVERIFY(!complete->isVisible());
    QCOMPARE(area->overview()->figures().instances.total(), 450);
}

void TestOverviewArea::figuresAgreeWithTheSandbox()
{
    MainWindow *window = openCompleted();
    QVERIFY(window);
    const pc::OverviewFigures figures = window->overviewArea()->overview()->figures();
    for (int state = 0; state < pc::InstanceStateCount; ++state)
        QCOMPARE(figures.instances.byState[size_t(state)], countOnServer(*m_server, 0, InstanceState(state)));
    QCOMPARE(figures.offerings, ownOfferingCount(*m_server));
    QVERIFY(figures.drafts > 0); // the sandbox has drafts, read from latest_internal
    QCOMPARE(figures.published + figures.drafts + figures.disabledOfferings, figures.offerings);
    // The tiles show the same.
    const QList<pc::FigureTile *> tiles = window->overviewArea()->tiles();
    QCOMPARE(tiles.at(pc::FiguresModel::Instances)->number(), QLocale().toString(450));
    QCOMPARE(tiles.at(pc::FiguresModel::Suspended)->number(),
             QLocale().toString(figures.instances[InstanceState::Suspended]));
}

void TestOverviewArea::aBarOpensExactlyItsRowsAndBackReturns()
{
    MainWindow *window = openCompleted();
    QVERIFY(window);
    pc::ChartCursor *chart = focusedOfferingChart(window);
    QVERIFY(chart);
    // The second bar's suspended part, or its first part that has rows.
    const QList<pc::OfferingBar> bars = window->overviewArea()->overview()->chartBars(8);
    QTest::keyClick(chart, Qt::Key_Down);
    int column = 0;
    while (bars.at(1).counts.byState[size_t(column)] == 0)
        ++column;
    for (int step = 0; step < column; ++step)
        QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->cursor(), QPoint(column, 1));
    const qint64 expected = bars.at(1).counts.byState[size_t(column)];
    QCOMPARE(expected, countOnServer(*m_server, bars.at(1).offeringId, InstanceState(column)));
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    QCOMPARE(window->instancesModel()->offeringScope().id, bars.at(1).offeringId);
    pc::RecordView *view = window->instancesView();
    QTRY_VERIFY_WITH_TIMEOUT(!window->instancesModel()->isLoading() && window->instancesModel()->atEnd(),
                             20000);
    QTRY_COMPARE(view->proxy()->rowCount(), int(expected));
    QCOMPARE(view->proxy()->kindFilter(pc::InstancesModel::State), std::optional<int>(column));
    // Back: the overview again, the instances as they were.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window->currentArea(), MainWindow::OverviewAreaIndex);
    QCOMPARE(window->instancesModel()->offeringScope().id, 0);
    QCOMPARE(view->proxy()->kindFilter(pc::InstancesModel::State), std::nullopt);
    // A click on the same part does the same.
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->chart()->series().constFirst());
    QVERIFY(series);
    Q_EMIT series->clicked(int(bars.size()) - 1 - 1, series->barSets().at(column));
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    QCOMPARE(window->instancesModel()->offeringScope().id, bars.at(1).offeringId);
    QCOMPARE(view->proxy()->kindFilter(pc::InstancesModel::State), std::optional<int>(column));
}

// "Other" holds the offerings past the chart's top ones: Enter on its part
// opens the instances of exactly those offerings in that state, and says so.
void TestOverviewArea::theOtherBarOpensTheTailsRows()
{
    MainWindow *window = openCompleted();
    QVERIFY(window);
    pc::ChartCursor *chart = focusedOfferingChart(window);
    QVERIFY(chart);
    const QList<pc::OfferingBar> bars = window->overviewArea()->overview()->chartBars(8);
    const pc::OfferingBar other = bars.last();
    QVERIFY(other.isOther());
    // The offerings past the top eight, every one of them.
    QCOMPARE(other.offeringsInOther(),
             int(window->overviewArea()->overview()->barsModel()->bars().size()) - 8);
    QTest::keyClick(chart, Qt::Key_End);
    const int column = int(InstanceState::Active);
    QVERIFY(other.counts[InstanceState::Active] > 0);
    qint64 expected = 0;
    for (qint64 offeringId : other.otherIds)
        expected += countOnServer(*m_server, offeringId, InstanceState::Active);
    QCOMPARE(other.counts[InstanceState::Active], expected);
    QCOMPARE(chart->cursor(), QPoint(column, int(bars.size()) - 1));
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    pc::RecordView *view = window->instancesView();
    QTRY_COMPARE(view->proxy()->rowCount(), int(expected));
    for (int row = 0; row < view->proxy()->rowCount(); ++row) {
        const QModelIndex offering = view->proxy()->index(row, pc::InstancesModel::AppOfferingColumn);
        QVERIFY(other.otherIds.contains(offering.data(pc::PagedTableModel::ReferenceIdRole).toLongLong()));
    }
    QVERIFY2(view->noticeText().contains(
                 QStringLiteral("Instances of the %1 other offerings.").arg(other.offeringsInOther())),
             qPrintable(view->noticeText()));
    QVERIFY(testsupport::saveScreenshot(window, QStringLiteral("overview-other-offerings.png")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window->currentArea(), MainWindow::OverviewAreaIndex);
    QVERIFY(!view->proxy()->hasLocalFilter());
    QCOMPARE(view->proxy()->rowCount(), m_server->instanceCount());
}

void TestOverviewArea::aFigureOpensExactlyItsRows()
{
    MainWindow *window = openCompleted();
    QVERIFY(window);
    pc::FigureTile *tile = window->overviewArea()->tiles().at(pc::FiguresModel::NotEnabled);
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_Space);
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    QTRY_COMPARE(window->instancesView()->proxy()->rowCount(),
                 int(countOnServer(*m_server, 0, InstanceState::NotEnabled)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window->currentArea(), MainWindow::OverviewAreaIndex);
    // An offering figure: the offerings area with the drafts' filter.
    window->overviewArea()->tiles().at(pc::FiguresModel::Drafts)->click();
    QCOMPARE(window->currentArea(), MainWindow::OfferingsAreaIndex);
    QCOMPARE(window->offeringsModel()->predefinedFilter(), QStringLiteral("latest_internal"));
    QTRY_COMPARE(window->offeringsModel()->rowCount(),
                 int(window->overviewArea()->overview()->figures().drafts));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window->currentArea(), MainWindow::OverviewAreaIndex);
    QCOMPARE(window->offeringsModel()->predefinedFilter(), QString());
}

// Enter on a month of the adoption chart opens the instances created in it
// (of the offering chosen), as many as its bar; the server filter says which.
// Without a local copy it reached the API; with one, no request was made.
// The same from the table view's row. Back returns, the instances' query as
// it was.
void TestOverviewArea::aMonthOpensTheInstancesCreatedInIt_data()
{
    QTest::addColumn<bool>("localCopy");
    QTest::newRow("pages") << false;
    QTest::newRow("local copy") << true;
}

void TestOverviewArea::aMonthOpensTheInstancesCreatedInIt()
{
    QFETCH(bool, localCopy);
    MainWindow *window = nullptr;
    if (localCopy) {
        const QString path = m_dir.filePath(QStringLiteral("month.sqlite"));
        fillIndex(*m_server, path);
        window = openOnIndex(path);
        QVERIFY(window);
        window->showArea(MainWindow::OverviewAreaIndex);
        QTRY_VERIFY(window->overviewArea()->overview()->isComplete());
    } else {
        window = openCompleted();
    }
    QVERIFY(window);
    pc::OverviewArea *area = window->overviewArea();
    QComboBox *offering = area->adoptionOfferingBox();
    offering->setCurrentIndex(1);
    Q_EMIT offering->activated(1);
    const qint64 offeringId = offering->currentData().toLongLong();
    const QList<pc::MonthPoint> points = area->overview()->adoptionModel()->points();
    const auto busiest = std::max_element(
        points.begin(), points.end(), [](const auto &a, const auto &b) { return a.installs < b.installs; });
    const int month = int(busiest - points.begin());
    QVERIFY(busiest->installs > 0);
    QCOMPARE(busiest->installs, createdOnServer(*m_server, offeringId, busiest->month));
    pc::ChartCursor *adoption = area->adoptionChart();
    adoption->setFocus();
    QTRY_VERIFY(adoption->hasFocus());
    QTest::keyClick(adoption, Qt::Key_Home);
    for (int step = 0; step < month; ++step)
        QTest::keyClick(adoption, Qt::Key_Right);
    QTest::keyClick(adoption, Qt::Key_Return);
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    pc::InstancesModel *instances = window->instancesModel();
    QCOMPARE(instances->offeringScope().id, offeringId);
    QCOMPARE(instances->serverConditions().size(), 1);
    QCOMPARE(instances->serverConditions().first().first, QStringLiteral("created_at"));
    // Said in words, the month's first day to the next month's.
    const QLocale locale;
    QCOMPARE(window->instancesView()->findChild<QLabel *>(QStringLiteral("serverConditions"))->text(),
             QStringLiteral("Created between %1 and %2")
                 .arg(locale.toString(busiest->month, QLocale::ShortFormat),
                      locale.toString(busiest->month.addMonths(1), QLocale::ShortFormat)));
    QTRY_VERIFY_WITH_TIMEOUT(!instances->isLoading() && instances->atEnd(), 20000);
    QTRY_COMPARE(window->instancesView()->proxy()->rowCount(), int(busiest->installs));
    QVERIFY(testsupport::saveScreenshot(window, QStringLiteral("overview-month-%1.png").arg(localCopy)));
    const auto asked = requestsTo(*m_server, QStringLiteral("/v1/app_offerings/%1/").arg(offeringId), "GET");
    QCOMPARE(
        std::any_of(asked.begin(), asked.end(),
                    [](const sandbox::RecordedRequest &request) {
                        return request.url.query(QUrl::FullyDecoded).contains(QLatin1String("created_at=>="));
                    }),
        !localCopy);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window->currentArea(), MainWindow::OverviewAreaIndex);
    QCOMPARE(instances->offeringScope().id, 0);
    QVERIFY(instances->serverConditions().isEmpty());
    // The table view: the same month's row, Enter.
    area->adoptionChart()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T);
    QVERIFY(area->showsTables());
    QTableView *table = nullptr;
    for (QTableView *candidate : area->findChildren<QTableView *>())
        table = candidate->model() == area->overview()->adoptionModel() ? candidate : table;
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(month, pc::AdoptionModel::Installs));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!instances->isLoading() && instances->atEnd(), 20000);
    QTRY_COMPARE(window->instancesView()->proxy()->rowCount(), int(busiest->installs));
}

void TestOverviewArea::chartsByKeyboard()
{
    MainWindow *window = openCompleted();
    QVERIFY(window);
    pc::OverviewArea *area = window->overviewArea();
    area->focusFirst();
    // Tab: from figure to figure, then on to the chart.
    for (int tile = 0; tile < area->tiles().size(); ++tile) {
        QCOMPARE(QApplication::focusWidget(), area->tiles().at(tile));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), area->offeringChart());
    pc::ChartCursor *chart = area->offeringChart();
    QCOMPARE(chart->cursor(), QPoint(0, 0));
    const pc::OfferingBar first = area->overview()->chartBars(8).first();
    QVERIFY(chart->currentText().startsWith(first.name + QStringLiteral(" — Active: ")));
    QCOMPARE(chart->caption()->text(), chart->currentText());       // shown
    QCOMPARE(chart->accessibleDescription(), chart->currentText()); // and told
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Right);
    QVERIFY(chart->currentText().contains(QStringLiteral(" — Suspended: ")));
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(chart->cursor().y(), int(area->overview()->chartBars(8).size()) - 1);
    QTest::keyClick(chart, Qt::Key_Down); // stays on the last
    QCOMPARE(chart->cursor().y(), int(area->overview()->chartBars(8).size()) - 1);
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->cursor().y(), 0);
    // On to the adoption chart: months along Left and Right.
    QComboBox *range = area->adoptionRangeBox();
    QCOMPARE(range->currentData().toInt(), int(pc::AdoptionRange::All)); // the whole story first
    range->setCurrentIndex(0);
    Q_EMIT range->activated(0); // the last twelve months
    pc::ChartCursor *adoption = area->adoptionChart();
    adoption->setFocus();
    QTRY_VERIFY(adoption->hasFocus());
    QTest::keyClick(adoption, Qt::Key_End);
    QCOMPARE(adoption->cursor().y(), 11); // the last of twelve months
    QTest::keyClick(adoption, Qt::Key_Left);
    QCOMPARE(adoption->cursor().y(), 10);
    const pc::MonthPoint point = area->overview()->adoptionModel()->points().at(10);
    QVERIFY2(adoption->caption()->text().startsWith(pc::AdoptionModel::monthText(point.month)),
             qPrintable(adoption->caption()->text()));
    QVERIFY(adoption->caption()->text().contains(QLocale().toString(point.runningTotal)));
    // All time, one offering: the line ends at that offering's count.
    range->setCurrentIndex(1);
    Q_EMIT range->activated(1);
    QComboBox *offering = area->adoptionOfferingBox();
    offering->setCurrentIndex(1);
    Q_EMIT offering->activated(1);
    QCOMPARE(area->overview()->adoptionModel()->points().last().runningTotal,
             countOnServer(*m_server, offering->currentData().toLongLong(), std::nullopt));
}

void TestOverviewArea::tKeyTogglesTheTables()
{
    MainWindow *window = openCompleted();
    QVERIFY(window);
    pc::OverviewArea *area = window->overviewArea();
    area->offeringChart()->setFocus();
    QTRY_VERIFY(area->offeringChart()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T);
    QVERIFY(area->showsTables());
    auto *table = qobject_cast<QTableView *>(QApplication::focusWidget());
    QVERIFY(table);
    QCOMPARE(table->model(), area->overview()->barsModel());
    // Enter on a row's Suspended cell opens those instances.
    const int column = pc::OfferingBarsModel::columnOf(InstanceState::Suspended);
    table->setCurrentIndex(table->model()->index(0, column));
    const qint64 expected = table->currentIndex().data(Qt::UserRole).toLongLong();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window->currentArea(), MainWindow::InstancesAreaIndex);
    QTRY_VERIFY_WITH_TIMEOUT(window->instancesModel()->atEnd() && !window->instancesModel()->isLoading(),
                             20000);
    QTRY_COMPARE(window->instancesView()->proxy()->rowCount(), int(expected));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window->currentArea(), MainWindow::OverviewAreaIndex);
    area->activateWindow();
    area->findChild<QTableView *>()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T);
    QVERIFY(!area->showsTables());
    // Typed in the instances' quick filter, a T is a T.
    window->showArea(MainWindow::InstancesAreaIndex);
    window->instancesView()->focusQuickFilter();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T);
    QCOMPARE(window->instancesView()->quickFilterEdit()->text(), QStringLiteral("t"));
    QVERIFY(!area->showsTables());
}

void TestOverviewArea::exportsPictureAndNumbers()
{
    MainWindow *window = openCompleted();
    QVERIFY(window);
    pc::OverviewArea *area = window->overviewArea();
    const QString png = m_dir.filePath(QStringLiteral("overview.png"));
    const QString svg = m_dir.filePath(QStringLiteral("overview.svg"));
    const QString csv = m_dir.filePath(QStringLiteral("overview.csv"));
    QVERIFY(area->exportPng(png));
    QVERIFY(area->exportSvg(svg));
    QVERIFY(area->exportCsv(csv));
    const QImage image(png);
    QVERIFY(image.width() > 600);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray drawing = svgFile.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("Provider Console overview"));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString numbers = QString::fromUtf8(csvFile.readAll());
    QVERIFY(numbers.contains(QStringLiteral("Instances,450,")));
    QVERIFY(numbers.contains(QStringLiteral("Offering,Active,Not enabled,Suspended,Disabled,Total")));
    QVERIFY(numbers.contains(QStringLiteral("Month,Installs,Running total")));
    const pc::OfferingBar first = area->overview()->barsModel()->bars().first();
    QVERIFY(numbers.contains(QStringLiteral(",%1\r\n").arg(first.counts.total())));
}

MainWindow *TestOverviewArea::openOnIndex(const QString &path)
{
    auto *index = new pc::LocalIndex(m_client.get());
    index->open(path);
    if (!waitUntil([index] { return index->isReady(); }, 10000))
        return nullptr;
    m_window = std::make_unique<MainWindow>(m_client.get(), QStringLiteral("test"), nullptr,
                                            QStringLiteral("profiles/overview"), index);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    // The sync at start.
    const bool synced = waitUntil(
        [index] { return index->state() == pc::LocalIndex::State::Idle && index->lastSync().isValid(); },
        60000);
    return synced ? m_window.get() : nullptr;
}

void TestOverviewArea::sinceTheLastVisitAcrossTwoRuns()
{
    const QString path = m_dir.filePath(QStringLiteral("index.sqlite"));
    fillIndex(*m_server, path);
    MainWindow *first = openOnIndex(path);
    QVERIFY(first);
    QCOMPARE(first->currentArea(), MainWindow::OverviewAreaIndex); // a complete copy: the overview first
    pc::OverviewArea *area = first->overviewArea();
    QTRY_VERIFY(area->overview()->isComplete());
    QVERIFY(area->overview()->lastVisit().isValid()); // the first visit is its own marker
    QCOMPARE(area->changesList()->model()->rowCount(), 0);
    first->close();
    m_window.reset();

    // Meanwhile, on the server: a customer suspends, one installs, one uninstalls, an offering is edited.
    const QList<qint64> ids = m_server->instanceIds();
    qint64 suspended = 0;
    for (qint64 id : ids) {
        const QJsonObject instance = m_server->instance(id);
        if (!instance.value(QStringLiteral("suspended")).toBool() &&
            !instance.value(QStringLiteral("disabled")).toBool()) {
            suspended = id;
            break;
        }
    }
    QVERIFY(m_server->updateInstance(
        suspended, {{QStringLiteral("suspended"), true},
                    {QStringLiteral("suspension_comment"), QStringLiteral("Budget freeze")}}));
    const qint64 offering = ownOfferingIds(*m_server).first();
    const qint64 created = m_server->createInstance(offering);
    QVERIFY(created > 0);
    qint64 removed = ids.last();
    QVERIFY(removed != suspended);
    QVERIFY(m_server->deleteInstance(removed));
    QVERIFY(m_server->updateOffering(offering, {{QStringLiteral("name"), QStringLiteral("Renamed app")}}));

    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
    MainWindow *second = openOnIndex(path);
    QVERIFY(second);
    // A deletion is seen by a reconcile only.
    QSignalSpy synced(second->localIndex(), &pc::LocalIndex::syncFinished);
    second->localIndex()->syncNow({pc::SyncOptions::Reconcile::Now, true});
    QVERIFY(synced.wait(30000));
    area = second->overviewArea();
    QTRY_VERIFY(area->overview()->figures().instances.total() == m_server->instanceCount());
    const auto hasChange = [area](pc::VisitChange::Kind kind, qint64 id) {
        for (const pc::VisitChange &change : area->overview()->changesModel()->changes()) {
            if (change.kind == kind && change.id == id)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hasChange(pc::VisitChange::Kind::Installed, created));
    QVERIFY(hasChange(pc::VisitChange::Kind::Uninstalled, removed));
    QVERIFY(hasChange(pc::VisitChange::Kind::Suspended, suspended));
    QVERIFY(hasChange(pc::VisitChange::Kind::OfferingChanged, offering));
    QCOMPARE(area->overview()->figuresModel()->changeText(pc::FiguresModel::Instances), QStringLiteral("±0"));
    // The line of the suspension says why.
    QListView *list = area->changesList();
    QModelIndex line;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data().toString().contains(QStringLiteral("Budget freeze")))
            line = list->model()->index(row, 0);
    }
    QVERIFY(line.isValid());
    // Enter on it: the instance, selected, in the instances area; Esc Esc: back.
    list->setFocus();
    list->setCurrentIndex(line);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(second->currentArea(), MainWindow::InstancesAreaIndex);
    QCOMPARE(
        second->instancesView()->table()->currentIndex().data(pc::PagedTableModel::RecordIdRole).toLongLong(),
        suspended);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(second->currentArea(), MainWindow::OverviewAreaIndex);
    // Mark as seen: nothing left to show, and so it stays in the next run.
    area->findChild<QPushButton *>(QStringLiteral("markSeen"))->click();
    QCOMPARE(area->overview()->changesModel()->rowCount(), 0);
}

void TestOverviewArea::anAreaAskedForBeforeTheCopyIsReadStays()
{
    // --view instances (AppController calls showArea as the window opens), or
    // Ctrl+2 pressed, while the local copy is still being opened: when it turns
    // out complete, the overview does not take the instances' place.
    const QString path = m_dir.filePath(QStringLiteral("index.sqlite"));
    fillIndex(*m_server, path);
    for (const bool byKey : {false, true}) {
        auto *index = new pc::LocalIndex(m_client.get());
        index->open(path);
        QVERIFY(!index->isReady());
        m_window = std::make_unique<MainWindow>(m_client.get(), QStringLiteral("test"), nullptr,
                                                QStringLiteral("profiles/overview"), index);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (byKey) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        } else {
            m_window->showArea(MainWindow::InstancesAreaIndex);
        }
        QCOMPARE(m_window->currentArea(), MainWindow::InstancesAreaIndex);
        QTRY_VERIFY_WITH_TIMEOUT(index->isReady() && index->isComplete(pc::IndexCollection::Instances),
                                 10000);
        QTRY_VERIFY(m_window->instancesModel()->rowCount() > 0);
        QCOMPARE(m_window->currentArea(), MainWindow::InstancesAreaIndex);
        m_window.reset();
    }
}

QTEST_MAIN(TestOverviewArea)
#include "tst_overviewarea.moc"
