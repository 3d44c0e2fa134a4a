#include "ui/overview/overviewarea.h"

#include "app/index/localindex.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/overview/draftlookup.h"
#include "app/overview/overview.h"
#include "ui/overview/chartcursor.h"
#include "ui/overview/figuretile.h"
#include "ui/overview/overviewcharts.h"
#include "ui/records/statebadge.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::OverviewArea).
class OverviewArea { Q_OBJECT };
#endif

namespace {

// How many offerings the chart shows before "other".
constexpr int ChartOfferings = 8;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

OverviewArea::OverviewArea(ApiClient *client, OfferingsModel *offerings, InstancesModel *instances,
                           LocalIndex *index, const QString &profileKey, QWidget *parent)
    : QWidget(parent)
    , m_offerings(offerings)
    , m_instances(instances)
    , m_index(index)
    , m_overview(new Overview(profileKey.isNull() ? QString() : VisitSnapshot::pathFor(profileKey), this))
    , m_drafts(new DraftLookup(client, this))
    , m_offeringChart(new OfferingChart)
    , m_adoptionChart(new AdoptionChart)
{
    setObjectName(QStringLiteral("overviewArea"));
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(8, 6, 8, 6);
    contentLayout->addWidget(buildHeader());
    contentLayout->addWidget(buildFigures());
    auto *split = new QSplitter(Qt::Horizontal, m_content);
    m_stack = new QStackedWidget(split);
    m_stack->addWidget(buildCharts());
    m_stack->addWidget(buildTables());
    split->addWidget(m_stack);
    split->addWidget(buildChanges());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    contentLayout->addWidget(split, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content);
    applyPalette();
    applyDirection();
    retranslate();

    // The rows change in bursts (a page, a sync's batch): counted once it settles.
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(150);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &OverviewArea::recompute);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(offerings), static_cast<QAbstractItemModel *>(instances)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &OverviewArea::scheduleRecompute);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OverviewArea::scheduleRecompute);
        connect(model, &QAbstractItemModel::modelReset, this, &OverviewArea::scheduleRecompute);
        connect(model, &QAbstractItemModel::dataChanged, this, &OverviewArea::scheduleRecompute);
    }
    connect(offerings, &PagedTableModel::statusChanged, this, &OverviewArea::scheduleRecompute);
    connect(instances, &PagedTableModel::statusChanged, this, &OverviewArea::scheduleRecompute);
    if (m_index)
        connect(m_index, &LocalIndex::stateChanged, this, &OverviewArea::scheduleRecompute);
    connect(m_overview, &Overview::updated, this, [this] {
        showNumbers();
        showChanges();
    });
    connect(m_drafts, &DraftLookup::finished, this, [this](bool ok) {
        if (!ok)
            return;
        m_offerings->setDrafts(m_drafts->drafts());
        m_overview->setDrafts(m_drafts->drafts());
        scheduleRecompute();
    });
    scheduleRecompute();
}

OverviewArea::~OverviewArea()
{
    delete m_offeringChart;
    delete m_adoptionChart;
}

QWidget *OverviewArea::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_basis = new QLabel(header);
    m_basis->setObjectName(QStringLiteral("overviewBasis"));
    m_basis->setWordWrap(true);
    layout->addWidget(m_basis, 1);
    m_complete = new QPushButton(header);
    m_complete->setObjectName(QStringLiteral("overviewComplete"));
    connect(m_complete, &QPushButton::clicked, this, &OverviewArea::completeRequested);
    layout->addWidget(m_complete);
    m_tablesButton = new QPushButton(header);
    m_tablesButton->setObjectName(QStringLiteral("overviewTables"));
    m_tablesButton->setCheckable(true);
    connect(m_tablesButton, &QPushButton::clicked, this, [this] { toggleTables(); });
    layout->addWidget(m_tablesButton);
    m_exportButton = new QPushButton(header);
    connect(m_exportButton, &QPushButton::clicked, this, &OverviewArea::exportWithDialog);
    layout->addWidget(m_exportButton);
    return header;
}

QWidget *OverviewArea::buildFigures()
{
    auto *figures = new QWidget(this);
    auto *layout = new QHBoxLayout(figures);
    layout->setContentsMargins(0, 4, 0, 4);
    for (int row = 0; row < FiguresModel::RowCount; ++row) {
        auto *tile = new FigureTile(QString(), figures); // named by retranslate()
        tile->setObjectName(QStringLiteral("figure%1").arg(row));
        connect(tile, &FigureTile::clicked, this, [this, row] { openTile(row); });
        if (row == FiguresModel::Instances)
            layout->addSpacing(12); // the offerings' figures apart from the instances'
        layout->addWidget(tile, 1);
        m_tiles.append(tile);
    }
    return figures;
}

QWidget *OverviewArea::buildCharts()
{
    auto *charts = new QWidget(this);
    auto *layout = new QVBoxLayout(charts);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offeringView = new ChartCursor(m_offeringChart->chart(), ChartCursor::RowKeys::UpDown, charts);
    m_offeringView->setObjectName(QStringLiteral("offeringChart"));
    m_offeringView->setHighlighter([this](int row, int column) { m_offeringChart->highlight(row, column); });
    connect(m_offeringView, &ChartCursor::activated, this, &OverviewArea::openBar);
    m_offeringChart->onClicked([this](int row, int column) {
        m_offeringView->setFocus(Qt::MouseFocusReason);
        m_offeringView->setCursor(row, column);
        openBar(row, column);
    });
    m_offeringView->setMinimumHeight(240);
    layout->addWidget(m_offeringView, 3);
    layout->addWidget(m_offeringView->caption());

    auto *choice = new QHBoxLayout;
    m_adoptionOffering = new QComboBox(charts);
    m_adoptionOffering->setObjectName(QStringLiteral("adoptionOffering"));
    m_adoptionRange = new QComboBox(charts);
    m_adoptionRange->setObjectName(QStringLiteral("adoptionRange"));
    m_adoptionRange->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its words change with the language
    m_adoptionRange->addItem(QString(), int(AdoptionRange::LastTwelveMonths));
    m_adoptionRange->addItem(QString(), int(AdoptionRange::All));
    m_adoptionRange->setCurrentIndex(m_adoptionRange->findData(int(m_overview->adoptionRange())));
    m_adoptionLabel = new QLabel(charts);
    m_adoptionLabel->setBuddy(m_adoptionOffering);
    choice->addWidget(m_adoptionLabel);
    choice->addWidget(m_adoptionOffering, 1);
    choice->addWidget(m_adoptionRange);
    layout->addLayout(choice);
    const auto adoptionChanged = [this] {
        m_overview->setAdoption(m_adoptionOffering->currentData().toLongLong(),
                                AdoptionRange(m_adoptionRange->currentData().toInt()));
    };
    connect(m_adoptionOffering, &QComboBox::activated, this, adoptionChanged);
    connect(m_adoptionRange, &QComboBox::activated, this, adoptionChanged);

    m_adoptionView = new ChartCursor(m_adoptionChart->chart(), ChartCursor::RowKeys::LeftRight, charts);
    m_adoptionView->setObjectName(QStringLiteral("adoptionChart"));
    m_adoptionView->setHighlighter([this](int row, int) { m_adoptionChart->highlight(row); });
    connect(m_adoptionView, &ChartCursor::activated, this, [this](int row, int) { openMonth(row); });
    m_adoptionChart->onClicked([this](int row) {
        m_adoptionView->setFocus(Qt::MouseFocusReason);
        m_adoptionView->setCursor(row, 0);
        openMonth(row);
    });
    m_adoptionView->setMinimumHeight(160);
    layout->addWidget(m_adoptionView, 2);
    layout->addWidget(m_adoptionView->caption());
    return charts;
}

QWidget *OverviewArea::buildTables()
{
    auto *tables = new QWidget(this);
    auto *layout = new QHBoxLayout(tables);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_overview->figuresModel(), m_overview->barsModel(), m_overview->adoptionModel()}) {
        auto *column = new QVBoxLayout;
        auto *label = heading(QString(), tables); // named by retranslate(), the table too
        auto *table = new QTableView(tables);
        table->setModel(model);
        table->setSelectionMode(QAbstractItemView::ContiguousSelection); // Ctrl+C copies a block
        table->setTabKeyNavigation(false); // Tab goes on to the next table; the arrows walk the cells
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        label->setBuddy(table);
        column->addWidget(label);
        column->addWidget(table, 1);
        layout->addLayout(column, model == m_overview->barsModel() ? 2 : 1);
        m_tables.append(table);
        m_tableHeadings.append(label);
    }
    // Enter on a row of the offerings' table opens that offering's instances
    // (in the state of the cell's column, any on the name or the total).
    connect(m_tables.at(1), &QTableView::activated, this, [this](const QModelIndex &index) {
        const OfferingBar &bar = m_overview->barsModel()->bars().at(index.row());
        const int column = index.column();
        const bool stateColumn = column > OfferingBarsModel::Offering && column < OfferingBarsModel::Total;
        Q_EMIT instancesRequested(bar.offeringId, bar.name,
                                  stateColumn ? std::optional<InstanceState>(InstanceState(column - 1))
                                              : std::nullopt);
    });
    connect(m_tables.at(0), &QTableView::activated, this,
            [this](const QModelIndex &index) { openTile(index.row()); });
    connect(m_tables.at(2), &QTableView::activated, this,
            [this](const QModelIndex &index) { openMonth(index.row()); });
    return tables;
}

QWidget *OverviewArea::buildChanges()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    m_changesTitle = heading(QString(), panel); // showChanges() names it
    m_changesTitle->setWordWrap(true);
    layout->addWidget(m_changesTitle);
    m_changes = new QListView(panel);
    m_changes->setObjectName(QStringLiteral("visitChanges"));
    m_changes->setModel(m_overview->changesModel());
    m_changes->setUniformItemSizes(true);
    m_changes->setWordWrap(false);
    m_changesTitle->setBuddy(m_changes);
    connect(m_changes, &QListView::activated, this, &OverviewArea::openChange);
    layout->addWidget(m_changes, 1);
    m_markSeen = new QPushButton(panel);
    m_markSeen->setObjectName(QStringLiteral("markSeen"));
    connect(m_markSeen, &QPushButton::clicked, this, [this] { m_overview->markSeen(); });
    layout->addWidget(m_markSeen);
    panel->setMinimumWidth(280);
    return panel;
}

// Every text of the area in the language installed now; the numbers, the
// charts' state and what is chosen stay.
void OverviewArea::retranslate()
{
    m_complete->setText(tr("&Complete it"));
    m_complete->setToolTip(tr("Loads the rows the overview lacks (Load all), or syncs the local copy"));
    m_tablesButton->setText(tr("As &tables (T)"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("The overview as PNG or SVG, the numbers as CSV"));
    const QStringList titles = {
        tr("Offerings"),   tr("Published"), tr("Drafts"),
        tr("Disabled"),    tr("Instances"), RecordStateText::word(InstanceState::Active),
        tr("Not enabled"), tr("Suspended"), tr("Disabled")};
    for (int tile = 0; tile < m_tiles.size(); ++tile)
        m_tiles[tile]->setTitle(titles.at(tile));
    m_offeringView->setAccessibleName(tr("Installs per offering, by state"));
    m_adoptionOffering->setAccessibleName(tr("Adoption of"));
    m_adoptionRange->setAccessibleName(tr("Adoption over"));
    m_adoptionRange->setItemText(0, tr("Last 12 months"));
    m_adoptionRange->setItemText(1, tr("All time"));
    m_adoptionLabel->setText(tr("Ado&ption of"));
    m_adoptionView->setAccessibleName(tr("Adoption over time: installs per month and the running total"));
    const QStringList tables = {tr("Figures"), tr("Installs per offering, by state"),
                                tr("Adoption over time")};
    for (int table = 0; table < m_tables.size(); ++table) {
        m_tableHeadings[table]->setText(tables.at(table));
        m_tables[table]->setAccessibleName(tables.at(table));
    }
    m_changes->setAccessibleName(tr("Since your last visit"));
    m_markSeen->setText(tr("&Mark as seen"));
    m_markSeen->setToolTip(tr("What is shown now becomes your last visit"));
    m_offeringChart->retranslate();
    m_adoptionChart->retranslate();
    showNumbers();
    showChanges();
}

void OverviewArea::scheduleRecompute()
{
    m_recomputeTimer.start();
}

// Whether the tables hold whole collections, not a narrowed list (a
// drill-down, a predefined filter, server conditions): only those are counted.
bool OverviewArea::rowsAreWhole() const
{
    return m_instances->offeringScope().id == 0 && m_instances->predefinedFilter().isEmpty() &&
           m_instances->serverConditions().isEmpty() && m_offerings->predefinedFilter().isEmpty() &&
           m_offerings->serverConditions().isEmpty();
}

bool OverviewArea::rowsAreComplete() const
{
    return m_instances->atEnd() && !m_instances->lastError().isError() && m_offerings->atEnd() &&
           !m_offerings->lastError().isError();
}

void OverviewArea::recompute()
{
    m_recomputeTimer.stop();
    askForDraftsOnce();
    if (!rowsAreWhole()) {
        showNumbers(); // the basis says the numbers are those of the last whole rows
        return;
    }
    QList<OfferingFact> facts;
    facts.reserve(m_offerings->rowCount());
    for (int row = 0; row < m_offerings->rowCount(); ++row) {
        const AppOffering &offering = m_offerings->offering(row);
        facts.append({offering.id, offering.name, offering.disabled,
                      offering.updatedAt.isValid() ? offering.updatedAt.toMSecsSinceEpoch() : 0});
    }
    m_overview->update(facts, m_instances->table(), rowsAreComplete());
}

void OverviewArea::refreshDrafts()
{
    m_draftsAsked = true;
    m_drafts->start();
}

void OverviewArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    askForDraftsOnce();
}

// Once, when the overview is seen and the tables have their first rows:
// the rows come first (from the index without any request, or the first
// pages), the one request of the overview's own after them.
void OverviewArea::askForDraftsOnce()
{
    if (!m_draftsAsked && isVisible() && (m_instances->rowCount() > 0 || m_instances->atEnd()))
        refreshDrafts();
}

QString OverviewArea::basisText() const
{
    if (!m_overview->isComputed())
        return tr("Counting…");
    const QLocale locale;
    const qint64 instances = m_instances->rowCount();
    if (!rowsAreWhole())
        return tr("Based on the rows counted before the instances were narrowed down; back here they are "
                  "counted again.");
    if (!rowsAreComplete()) {
        const qint64 total = m_instances->totalEntries();
        const QString of =
            total >= 0
                ? tr("%1 of %2 instances loaded").arg(locale.toString(instances), locale.toString(total))
                : tr("%1 instances loaded").arg(locale.toString(instances));
        const bool firstSync = m_index && m_index->state() == LocalIndex::State::Syncing;
        return firstSync ? tr("Based on what is loaded so far (%1); the local copy's first sync is running.")
                               .arg(of)
                         : tr("Based on what is loaded so far: %1. Complete it to count them all.").arg(of);
    }
    const QString counts = tr("%Ln offering(s) and %1 instances", "", int(m_offerings->rowCount()))
                               .arg(locale.toString(instances));
    return m_index && m_index->isComplete(IndexCollection::Instances)
               ? tr("Based on the local copy: every one of the %1.").arg(counts)
               : tr("Based on every one of the %1, loaded from the API.").arg(counts);
}

void OverviewArea::showNumbers()
{
    m_basis->setText(basisText());
    m_complete->setVisible(m_overview->isComputed() && rowsAreWhole() && !rowsAreComplete());
    FiguresModel *figures = m_overview->figuresModel();
    const QLocale locale;
    for (int row = 0; row < m_tiles.size(); ++row) {
        const qint64 value = figures->valueAt(FiguresModel::Row(row));
        m_tiles[row]->setFigure(value < 0 ? tr("?") : locale.toString(value),
                                figures->changeText(FiguresModel::Row(row)));
    }
    const QList<OfferingBar> bars = m_overview->chartBars(ChartOfferings);
    m_offeringChart->setBars(bars);
    m_offeringView->setGrid(int(bars.size()), InstanceStateCount, [this](int row, int column) {
        const QList<OfferingBar> &shown = m_offeringChart->bars();
        const OfferingBar &bar = shown.at(row);
        const auto state = InstanceState(column);
        QString text = tr("%1 — %2: %3 of %4")
                           .arg(bar.name, RecordStateText::word(state), QLocale().toString(bar.counts[state]),
                                QLocale().toString(bar.counts.total()));
        if (bar.isOther())
            text += tr(" (the table view, T, lists each offering)");
        return text;
    });
    const QList<MonthPoint> &points = m_overview->adoptionModel()->points();
    m_adoptionChart->setPoints(points);
    m_adoptionView->setGrid(int(points.size()), 1, [this](int row, int) {
        const MonthPoint &point = m_overview->adoptionModel()->points().at(row);
        return tr("%1: %Ln install(s), %2 in all", "", int(point.installs))
            .arg(AdoptionModel::monthText(point.month), QLocale().toString(point.runningTotal));
    });
    fillOfferingBox();
    Q_EMIT statusChanged();
}

void OverviewArea::fillOfferingBox()
{
    const qint64 chosen = m_adoptionOffering->currentData().toLongLong();
    m_adoptionOffering->clear();
    m_adoptionOffering->addItem(tr("All offerings"), qint64(0));
    for (const OfferingBar &bar : m_overview->barsModel()->bars())
        m_adoptionOffering->addItem(bar.name, bar.offeringId);
    const int index = m_adoptionOffering->findData(chosen);
    m_adoptionOffering->setCurrentIndex(std::max(0, index));
}

void OverviewArea::showChanges()
{
    const QDateTime last = m_overview->lastVisit();
    const qsizetype count = m_overview->changesModel()->rowCount();
    m_changesTitle->setText(
        last.isValid() && !m_overview->isFirstVisit()
            ? tr("Since your last visit (%1): %Ln change(s)", "", int(count))
                  .arg(QLocale().toString(last, QLocale::ShortFormat))
            : tr("Since your last visit: this is the first; changes show from the next one"));
    m_markSeen->setEnabled(m_overview->isComputed() && count > 0);
}

void OverviewArea::openTile(int tile)
{
    switch (FiguresModel::Row(tile)) {
    case FiguresModel::Offerings:
        Q_EMIT offeringsRequested(QString(), false);
        return;
    case FiguresModel::Published:
        Q_EMIT offeringsRequested(QStringLiteral("latest_published"), false);
        return;
    case FiguresModel::Drafts:
        Q_EMIT offeringsRequested(QStringLiteral("latest_internal"), false);
        return;
    case FiguresModel::DisabledOfferings:
        Q_EMIT offeringsRequested(QString(), true);
        return;
    case FiguresModel::Instances:
        Q_EMIT instancesRequested(0, QString(), std::nullopt);
        return;
    case FiguresModel::Active:
    case FiguresModel::NotEnabled:
    case FiguresModel::Suspended:
    case FiguresModel::DisabledInstances:
        Q_EMIT instancesRequested(0, QString(), InstanceState(tile - FiguresModel::Active));
        return;
    case FiguresModel::RowCount:
        break;
    }
}

void OverviewArea::openBar(int row, int column)
{
    const QList<OfferingBar> &bars = m_offeringChart->bars();
    if (row < 0 || row >= bars.size())
        return;
    const OfferingBar &bar = bars.at(row);
    if (bar.isOther()) {
        // Named as the instances view says it: "Instances of the 21 other offerings."
        Q_EMIT instancesOfOfferingsRequested(
            bar.otherIds, tr("the %n other offering(s)", "", bar.offeringsInOther()), InstanceState(column));
        return;
    }
    Q_EMIT instancesRequested(bar.offeringId, bar.name, InstanceState(column));
}

void OverviewArea::openMonth(int row)
{
    const QList<MonthPoint> &points = m_overview->adoptionModel()->points();
    if (row < 0 || row >= points.size())
        return;
    const qint64 offeringId = m_adoptionOffering->currentData().toLongLong();
    Q_EMIT instancesCreatedRequested(
        offeringId, offeringId == 0 ? QString() : m_adoptionOffering->currentText(), points.at(row).month);
}

void OverviewArea::openChange(const QModelIndex &index)
{
    const VisitChange &change = m_overview->changesModel()->changes().at(index.row());
    if (!change.canOpen())
        return;
    if (change.isOffering())
        Q_EMIT offeringRecordRequested(change.id);
    else
        Q_EMIT instanceRecordRequested(change.id);
}

void OverviewArea::toggleTables()
{
    const bool tables = !showsTables();
    m_stack->setCurrentIndex(tables ? 1 : 0);
    m_tablesButton->setChecked(tables);
    // The keyboard follows to what is shown.
    (tables ? static_cast<QWidget *>(m_tables.at(1)) : m_offeringView)->setFocus(Qt::ShortcutFocusReason);
}

bool OverviewArea::showsTables() const
{
    return m_stack->currentIndex() == 1;
}

void OverviewArea::endVisit()
{
    recompute();
    m_overview->endVisit();
}

void OverviewArea::focusFirst()
{
    m_tiles.constFirst()->setFocus(Qt::OtherFocusReason);
}

void OverviewArea::applyPalette()
{
    const QPalette &pal = palette();
    m_offeringChart->applyPalette(pal);
    m_adoptionChart->applyPalette(pal);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QList<QColor> accents = {muted,
                                   StateBadge::colour(OfferingState::Published, pal),
                                   StateBadge::colour(OfferingState::Draft, pal),
                                   StateBadge::colour(OfferingState::Disabled, pal),
                                   muted,
                                   StateBadge::colour(InstanceState::Active, pal),
                                   StateBadge::colour(InstanceState::NotEnabled, pal),
                                   StateBadge::colour(InstanceState::Suspended, pal),
                                   StateBadge::colour(InstanceState::Disabled, pal)};
    for (int tile = 0; tile < m_tiles.size(); ++tile)
        m_tiles[tile]->setAccent(accents.at(tile));
}

void OverviewArea::applyDirection()
{
    m_offeringChart->setDirection(layoutDirection());
}

void OverviewArea::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        applyDirection();
}

} // namespace pc
