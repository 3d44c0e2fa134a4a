#include "ui/records/recordview.h"

#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/models/savedview.h"
#include "app/net/apiclient.h"
#include "ui/records/columnchooser.h"
#include "ui/records/detailpane.h"
#include "ui/records/recordbanners.h"
#include "ui/records/recordfilterbar.h"
#include "ui/records/recordtable.h"
#include "ui/records/recordtablewiring.h"
#include "ui/records/statebadge.h"
#include "ui/records/textcelldelegate.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::RecordView).
class RecordView { Q_OBJECT };
#endif

RecordView::RecordView(Kind kind, PagedTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_proxy(new RecordFilterProxy(this))
    , m_filterBar(new RecordFilterBar(kind, model, m_proxy, this))
    , m_banners(new RecordBanners(model, m_proxy, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new RecordTable(m_splitter))
    , m_detail(new DetailPane(m_splitter))
{
    m_proxy->setSourceModel(model);
    setObjectName(kind == Kind::Offerings ? QStringLiteral("offeringsView")
                                          : QStringLiteral("instancesView"));
    setupTable();
    setupLayout();
    connectParts();
    connectModel();
    setupTabOrder();
    // A model started before this view was built (TableStart) asks for the
    // fields of some columns: those are the columns shown.
    if (!m_model->visibleFields().isEmpty())
        showColumnsOf(m_model->visibleFields());
    applyVisibleColumns();
    updateBanners();
    retranslate();
}

void RecordView::retranslate()
{
    m_table->setAccessibleName(m_kind == Kind::Offerings ? tr("Offerings") : tr("Instances"));
    updateEmptyState();
    Q_EMIT statusChanged();
}

void RecordView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

RecordView::~RecordView()
{
    if (m_detailCall)
        m_detailCall->cancel();
}

// The table beside the detail pane, which stays closed until asked for.
void RecordView::setupTable()
{
    m_tableWiring = new RecordTableWiring(m_table, m_model, m_proxy, this);
    m_columns = new ColumnChooser(m_table, m_model, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_detail->hide();
    // Text cells laid out once and kept between paints; states as badges:
    // an icon and a word in the state's colour.
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    if (m_kind == Kind::Instances)
        m_table->setItemDelegateForColumn(
            InstancesModel::State, new StateBadgeDelegate(StateBadgeDelegate::Kind::Instance, m_table));
    else
        m_table->setItemDelegateForColumn(
            OfferingsModel::Disabled, new StateBadgeDelegate(StateBadgeDelegate::Kind::Offering, m_table));
    // Columns offered but not shown at first (an instance's three booleans
    // beside its State); a saved header overrides this.
    for (int column = 0; column < m_model->columns().size(); ++column) {
        if (m_model->columns().at(column).hiddenByDefault)
            m_table->horizontalHeader()->setSectionHidden(column, true);
    }
}

void RecordView::setupLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    // Before the splitter: findChild("errorBanner") on the view finds the
    // table's banner, not the detail pane's.
    layout->addWidget(m_banners);
    layout->addWidget(m_splitter, 1);
}

void RecordView::connectParts()
{
    connect(m_filterBar, &RecordFilterBar::localFilterChanged, this, [this] {
        updateBanners();
        updateEmptyState();
        Q_EMIT statusChanged();
    });
    connect(m_filterBar, &RecordFilterBar::loadAllRequested, this, &RecordView::loadAll);
    connect(m_filterBar, &RecordFilterBar::backOutRequested, this, &RecordView::backOut);
    connect(m_filterBar, &RecordFilterBar::tableRequested, m_tableWiring,
            &RecordTableWiring::focusFirstMatch);
    connect(m_banners, &RecordBanners::loadAllRequested, this, &RecordView::loadAll);
    connect(m_banners, &RecordBanners::showAllRequested, this, &RecordView::showAll);
    connect(m_banners, &RecordBanners::cancelLoadAllRequested, this, &RecordView::cancelLoadAll);
    connect(m_tableWiring, &RecordTableWiring::sortChanged, this, &RecordView::updateBanners);
    connect(m_columns, &ColumnChooser::columnsChanged, this, &RecordView::applyVisibleColumns);

    connect(m_table, &QTableView::doubleClicked, this, &RecordView::openDetail);
    // While the pane is open it follows the current row; a short pause first,
    // so holding an arrow key does not send a request per row.
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(250);
    connect(&m_followTimer, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (m_detail->isVisible() && current.isValid())
            fetchDetail(current.data(PagedTableModel::RecordIdRole).toLongLong(), false);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_detail->isVisible())
            m_followTimer.start();
    });
    connect(m_detail, &DetailPane::closeRequested, this, &RecordView::closeDetail);
}

void RecordView::connectModel()
{
    connect(m_model, &PagedTableModel::errorOccurred, this, &RecordView::updateBanners);
    connect(m_model, &PagedTableModel::statusChanged, this, [this] {
        updateBanners();
        updateEmptyState();
        Q_EMIT statusChanged();
    });
    connect(m_model, &PagedTableModel::modelReset, this, [this] {
        // A new query: the place a refresh would return to and the record in
        // the pane belong to the old one. A refresh keeps both.
        if (m_refreshing)
            return;
        m_tableWiring->forgetPlace();
        if (m_detail->isVisible())
            closeDetail();
        updateBanners();
        updateEmptyState();
    });
    connect(m_model, &PagedTableModel::loadAllFinished, this, [this] {
        m_banners->hideLoadAllProgress();
        updateBanners();
        Q_EMIT statusChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordView::updateEmptyState);
    if (auto *instances = qobject_cast<InstancesModel *>(m_model))
        connect(instances, &InstancesModel::scopeChanged, this, &RecordView::updateBanners);
}

// Tab follows the screen: the toolbar left to right, the filter bar, the
// table, the pane.
void RecordView::setupTabOrder()
{
    QList<QWidget *> chain = m_filterBar->tabChain();
    chain += {m_table, m_detail};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QLineEdit *RecordView::quickFilterEdit() const
{
    return m_filterBar->quickFilterEdit();
}

QComboBox *RecordView::predefinedFilterBox() const
{
    return m_filterBar->predefinedBox();
}

void RecordView::showServerFilterBar()
{
    m_filterBar->showServerFilter();
}

void RecordView::showDrillDown(qint64 offeringId, const QString &offeringName,
                               std::optional<InstanceState> state,
                               const QList<QPair<QString, QString>> &conditions)
{
    m_filterBar->clearQuickFilter();
    m_filterBar->setStateChip(state);
    if (auto *instances = qobject_cast<InstancesModel *>(m_model))
        instances->setOfferingScope({offeringId, offeringName, QString()});
    // Exactly the rows counted: a server filter left from before would show fewer.
    if (!m_model->predefinedFilter().isEmpty() || m_model->serverConditions() != conditions) {
        if (!m_restoreQuery)
            m_restoreQuery = qMakePair(m_model->predefinedFilter(), m_model->serverConditions());
        applyQuery(QString(), conditions);
    }
    m_drillDownFromElsewhere = true;
}

void RecordView::showOfferingsDrillDown(const QList<qint64> &offeringIds, const QString &label,
                                        std::optional<InstanceState> state)
{
    showDrillDown(0, QString(), state);
    m_proxy->setReferenceFilter(InstancesModel::AppOfferingColumn,
                                QSet<qint64>(offeringIds.begin(), offeringIds.end()), label);
    updateBanners();
}

void RecordView::showQueryDrillDown(const QString &predefinedFilter,
                                    const QList<QPair<QString, QString>> &conditions)
{
    m_filterBar->clearQuickFilter();
    if (!m_restoreQuery)
        m_restoreQuery = qMakePair(m_model->predefinedFilter(), m_model->serverConditions());
    applyQuery(predefinedFilter, conditions);
    m_drillDownFromElsewhere = true;
}

void RecordView::applyQuery(const QString &predefinedFilter, const QList<QPair<QString, QString>> &conditions)
{
    m_filterBar->selectPredefinedFilter(predefinedFilter);
    m_model->setQuery(m_filterBar->predefinedFilter(), m_model->sortField(), m_model->sortOrder(),
                      conditions);
    m_filterBar->showServerConditions();
}

bool RecordView::showRecord(qint64 id)
{
    const auto rowOf = [this, id] {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(PagedTableModel::RecordIdRole).toLongLong() == id)
                return index;
        }
        return QModelIndex();
    };
    QModelIndex index = rowOf();
    if (!index.isValid() && m_proxy->hasLocalFilter()) {
        // Hidden by a chip or the quick filter: shown without them.
        m_filterBar->clearQuickFilter();
        m_filterBar->setStateChip(std::nullopt);
        m_proxy->clearStateFilters();
        m_proxy->setReferenceFilter(-1, {});
        index = rowOf();
    }
    m_drillDownFromElsewhere = true;
    if (!index.isValid())
        return false;
    const int column = visibleColumns().value(0);
    m_table->setCurrentIndex(index.siblingAtColumn(column));
    m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
    fetchDetail(id, true);
    return true;
}

void RecordView::focusQuickFilter()
{
    m_filterBar->focusQuickFilter();
}

bool RecordView::backOut()
{
    if (m_detail->isVisible() && m_detail->isAncestorOf(QApplication::focusWidget())) {
        closeDetail();
        return true;
    }
    if (m_filterBar->clearQuickFilter()) {
        m_table->setFocus();
        return true;
    }
    if (m_filterBar->holdsFocus(focusWidget())) {
        m_table->setFocus();
        return true;
    }
    if (m_detail->isVisible()) {
        closeDetail();
        return true;
    }
    if (m_filterBar->hideUnusedServerFilter())
        return true;
    if (m_drillDownFromElsewhere) {
        // Opened from the overview: Back undoes it and goes back there.
        m_drillDownFromElsewhere = false;
        m_filterBar->setStateChip(std::nullopt);
        m_proxy->setReferenceFilter(-1, {});
        if (auto *instances = qobject_cast<InstancesModel *>(m_model))
            instances->setOfferingScope({});
        if (m_restoreQuery) {
            applyQuery(m_restoreQuery->first, m_restoreQuery->second);
            m_restoreQuery.reset();
        }
        Q_EMIT returnRequested();
        return true;
    }
    if (auto *instances = qobject_cast<InstancesModel *>(m_model);
        instances && instances->offeringScope().id != 0) {
        instances->setOfferingScope({});
        return true;
    }
    return false;
}

// The notice's Show all: back to what the server sends, no local sort, no drill-down.
void RecordView::showAll()
{
    m_tableWiring->clearLocalSort();
    m_proxy->setReferenceFilter(-1, {});
    if (auto *instances = qobject_cast<InstancesModel *>(m_model);
        instances && instances->offeringScope().id != 0)
        instances->setOfferingScope({});
    m_tableWiring->updateSortIndicator();
    updateBanners();
}

void RecordView::openDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        fetchDetail(current.data(PagedTableModel::RecordIdRole).toLongLong(), true);
}

// Shows record `id` in the pane, asking the server for it. Following the
// selection skips a record already shown or on its way; Enter and F5 (force)
// always ask again, which is also how a failed load is retried.
void RecordView::fetchDetail(qint64 id, bool force)
{
    const bool shown = m_detail->record().value(QStringLiteral("id")).toInteger() == id;
    if (!force && m_detail->isVisible() && id == m_detailId && (m_detailCall || shown))
        return;
    if (m_detailCall)
        m_detailCall->cancel();
    m_detailId = id;
    const DetailPane::RecordKind kind =
        m_kind == Kind::Offerings ? DetailPane::RecordKind::Offering : DetailPane::RecordKind::Instance;
    m_detail->showLoading(kind, id);
    m_detail->show();
    ApiClient *client = m_model->client();
    const QString path =
        (m_kind == Kind::Offerings ? QStringLiteral("app_offerings/%1") : QStringLiteral("app_instances/%1"))
            .arg(id);
    m_detailCall = client->get(path);
    connect(m_detailCall, &ApiCall::finished, this, &RecordView::onDetailFinished);
}

void RecordView::onDetailFinished(const ApiResponse &response)
{
    m_detailCall = nullptr;
    if (!response.isOk()) {
        if (response.error.kind != ApiError::Kind::Cancelled)
            m_detail->showError(response.error.message);
        return;
    }
    if (!response.json.isObject()) {
        m_detail->showError(tr("The server's answer was not a record."));
        return;
    }
    m_detail->showRecord(m_kind == Kind::Offerings ? DetailPane::RecordKind::Offering
                                                   : DetailPane::RecordKind::Instance,
                         response.json.object());
}

void RecordView::closeDetail()
{
    if (m_detailCall)
        m_detailCall->cancel();
    m_followTimer.stop();
    m_detail->hide();
    m_detail->clear();
    m_detailId = 0;
    m_table->setFocus();
}

void RecordView::loadAll()
{
    if (m_model->atEnd() && !m_model->lastError().isError())
        return;
    m_banners->showLoadAllStarted();
    m_model->loadAll(); // also retries a failed page
    updateBanners();
}

void RecordView::cancelLoadAll()
{
    m_model->cancelLoadAll();
    m_banners->hideLoadAllProgress();
}

// F5: the same request again, back to as many rows as were loaded, with the
// selection and the scroll position kept where those records still exist.
void RecordView::refresh()
{
    const int rows = m_tableWiring->notePlace();
    m_refreshing = true;
    m_model->reload(rows);
    m_refreshing = false;
    m_tableWiring->returnToPlace(); // after the reset: any other reset drops it
    if (m_detail->isVisible() && m_detailId != 0)
        fetchDetail(m_detailId, true);
}

void RecordView::setLocalSource(LocalRecordSource *source)
{
    m_tableWiring->notePlace();
    m_refreshing = true;
    m_model->setLocalSource(source);
    m_refreshing = false;
    m_tableWiring->returnToPlace();
}

void RecordView::sortByColumn(int column)
{
    m_tableWiring->sortByColumn(column);
}

QList<int> RecordView::visibleColumns() const
{
    return ColumnChooser::visibleColumns(m_table->horizontalHeader());
}

void RecordView::setColumnVisible(int column, bool visible)
{
    m_columns->setColumnVisible(column, visible);
}

void RecordView::chooseColumns()
{
    m_columns->openDialog();
}

// Shows the columns of `fields` only, where the header has them.
void RecordView::showColumnsOf(const QStringList &fields)
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionHidden(column, !fields.contains(m_model->columns().at(column).field));
}

// The quick filter searches what is visible; the list asks the API for
// exactly the visible fields, reloading when a shown column has no data yet.
void RecordView::applyVisibleColumns()
{
    const QList<int> columns = visibleColumns();
    m_proxy->setSearchColumns(columns);
    QStringList fields;
    for (int column : columns)
        fields.append(m_model->columns().at(column).field);
    if (m_model->setVisibleFields(fields))
        refresh(); // fetch the newly shown column's data, keeping the user's place
}

QStringList RecordView::columnFields() const
{
    QStringList fields;
    for (const ColumnSpec &column : m_model->columns())
        fields.append(column.field);
    return fields;
}

QList<qint64> RecordView::selectedIds() const
{
    return m_tableWiring->selectedIds();
}

void RecordView::copySelectionAsJson()
{
    const qint64 currentId = m_tableWiring->currentId();
    const bool paneIsCurrent = m_detail->isVisible() && !m_detailCall &&
                               m_detail->record().value(QStringLiteral("id")).toInteger() == currentId &&
                               m_table->selectionModel()->selectedRows().size() <= 1;
    if (paneIsCurrent && currentId != 0) {
        m_detail->copyAsJson(); // the whole record, as the server sent it
        return;
    }
    m_tableWiring->copySelectedRowsAsJson();
}

void RecordView::toggleMarkCurrentRow()
{
    m_tableWiring->toggleMarkCurrentRow();
}

QString RecordView::statusText() const
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalEntries();
    const bool offerings = m_kind == Kind::Offerings;
    QString text;
    auto *instances = qobject_cast<InstancesModel *>(m_model);
    if (m_model->isLocal() && !m_model->isLoading())
        text = offerings ? tr("%Ln offering(s), from the local copy", nullptr, loaded)
                         : tr("%Ln instance(s), from the local copy", nullptr, loaded);
    else if (instances && instances->isScopeFilteredLocally() && total >= 0)
        text = tr("%Ln instance(s) of %1 found in %2 of %3 scanned", nullptr, loaded)
                   .arg(instances->offeringScope().name, locale.toString(m_model->recordsScanned()),
                        locale.toString(total));
    else if (total >= 0)
        text = offerings ? tr("%1 of %Ln offering(s) loaded", nullptr, total).arg(locale.toString(loaded))
                         : tr("%1 of %Ln instance(s) loaded", nullptr, total).arg(locale.toString(loaded));
    else if (m_model->isLoading())
        text = offerings ? tr("Loading offerings…") : tr("Loading instances…");
    else
        text = offerings ? tr("%Ln offering(s) loaded", nullptr, loaded)
                         : tr("%Ln instance(s) loaded", nullptr, loaded);
    if (m_proxy->hasLocalFilter())
        text += QStringLiteral(" · ") + tr("matches: %1").arg(locale.toString(m_proxy->rowCount()));
    if (m_model->isLoading() && total >= 0)
        text += QLatin1Char(' ') + tr("(loading…)");
    return text;
}

QString RecordView::emptyText() const
{
    if (m_proxy->rowCount() > 0)
        return {};
    if (m_model->rowCount() == 0 && m_model->isLoading())
        return m_kind == Kind::Offerings ? tr("Loading offerings…") : tr("Loading instances…");
    if (m_model->lastError().isError())
        return {};
    if (m_model->rowCount() == 0 && !m_model->atEnd())
        return {};
    const bool filtered = m_proxy->hasLocalFilter();
    if (m_kind == Kind::Offerings)
        return filtered ? tr("No loaded offerings match the filter") : tr("No offerings match");
    return filtered ? tr("No loaded instances match the filter") : tr("No instances match");
}

QString RecordView::noticeText() const
{
    return m_banners->noticeText();
}

void RecordView::updateEmptyState()
{
    m_tableWiring->setEmptyText(emptyText());
    m_filterBar->updateMatchCount();
}

void RecordView::updateBanners()
{
    m_banners->showState(m_tableWiring->localSortColumn());
    const bool complete = m_model->atEnd() && !m_model->lastError().isError();
    m_filterBar->setLoadAllEnabled(!complete && !m_model->isLoadingAll());
}

void RecordView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("headerFields"), columnFields());
    SavedView view;
    view.predefinedFilter = m_model->predefinedFilter();
    view.sortField = m_model->sortField();
    view.sortOrder = m_model->sortOrder();
    view.conditions = m_model->serverConditions();
    QStringList visibleFields;
    for (int column : visibleColumns())
        visibleFields.append(m_model->columns().at(column).field);
    view.visibleFields = visibleFields;
    view.write(settings);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

// Restores the columns, filters and sort a view had. The model may have been
// given the same query and fields before this view was built (TableStart),
// and loads nothing again then.
void RecordView::restoreState(QSettings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    // A header saved for another set of columns (an older version) would put
    // sections in the wrong places: then the defaults stay.
    const QByteArray headerState = settings.value(QStringLiteral("header")).toByteArray();
    const bool sameColumns = settings.value(QStringLiteral("headerFields")).toStringList() == columnFields();
    if (sameColumns && !headerState.isEmpty() && header->restoreState(headerState)) {
        header->setSortIndicator(-1, Qt::AscendingOrder);
        if (visibleColumns().isEmpty())
            header->setSectionHidden(0, false);
    }
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_detail->hide();
    const SavedView view = SavedView::read(settings, *m_model);
    // The columns the first request asked for are the ones shown (the header
    // keeps their order and widths): a header lost or from another version
    // then costs no second request.
    if (view.visibleFields)
        showColumnsOf(*view.visibleFields);
    m_filterBar->selectPredefinedFilter(view.predefinedFilter);
    m_model->setQuery(m_filterBar->predefinedFilter(), view.sortField, view.sortOrder, view.conditions);
    m_filterBar->showServerConditions();
    applyVisibleColumns();
    m_tableWiring->updateSortIndicator();
}

} // namespace pc
