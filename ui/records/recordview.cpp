#include "ui/records/recordview.h"

#include "app/net/apiclient.h"
#include "ui/records/detailpane.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordexporter.h"
#include "app/models/recordfilterproxy.h"
#include "app/models/instancesmodel.h"
#include "ui/records/recordtable.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pc {

namespace {

// The fields each collection can filter on at the server (4me-api.md §3, §7).
QStringList serverFilterFields(RecordView::Kind kind)
{
    if (kind == RecordView::Kind::Offerings)
        return {QStringLiteral("name"),       QStringLiteral("reference"),  QStringLiteral("disabled"),
                QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("id"),
                QStringLiteral("source"),     QStringLiteral("sourceID")};
    return {QStringLiteral("disabled"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("id")};
}

QWidget *makeBanner(QWidget *parent, const QColor &background, const QColor &text, const QString &name)
{
    auto *banner = new QWidget(parent);
    banner->setObjectName(name);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    banner->setPalette(palette);
    banner->hide();
    return banner;
}

} // namespace

RecordView::RecordView(Kind kind, PagedTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_proxy(new RecordFilterProxy(this))
    , m_predefined(new QComboBox(this))
    , m_quickFilter(new QLineEdit(this))
    , m_matchCount(new QLabel(this))
    , m_loadAllButton(new QPushButton(tr("Load &all"), this))
    , m_filterBar(new QWidget(this))
    , m_conditionField(new QComboBox(m_filterBar))
    , m_conditionOperator(new QComboBox(m_filterBar))
    , m_conditionValue(new QLineEdit(m_filterBar))
    , m_conditionsLabel(new QLabel(m_filterBar))
    , m_banner(makeBanner(this, QColor(0xfd, 0xec, 0xea), QColor(0x8a, 0x1c, 0x12), QStringLiteral("errorBanner")))
    , m_bannerText(new QLabel(m_banner))
    , m_retryButton(new QPushButton(tr("Re&try"), m_banner))
    , m_notice(makeBanner(this, QColor(0xfd, 0xf6, 0xe3), QColor(0x5c, 0x45, 0x00), QStringLiteral("noticeBanner")))
    , m_noticeText(new QLabel(m_notice))
    , m_noticeLoadAll(new QPushButton(tr("Load all"), m_notice))
    , m_noticeClose(new QPushButton(tr("Show all"), m_notice))
    , m_progress(new QWidget(this))
    , m_progressBar(new QProgressBar(m_progress))
    , m_progressText(new QLabel(m_progress))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new RecordTable(m_splitter))
    , m_emptyLabel(new QLabel(m_table->viewport()))
    , m_detail(new DetailPane(m_splitter))
{
    m_proxy->setSourceModel(model);
    setObjectName(kind == Kind::Offerings ? QStringLiteral("offeringsView") : QStringLiteral("instancesView"));

    // The table: rows selected whole, many at once, keyboard first.
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in any form
    m_table->setSortingEnabled(false);   // sorting is decided per column, see onHeaderClicked
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(160);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(kind == Kind::Offerings ? tr("Offerings") : tr("Instances"));
    m_table->installEventFilter(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_table->viewport()->installEventFilter(this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_detail->hide();

    auto *toolbar = new QWidget(this);
    buildToolbar(toolbar);
    buildFilterBar();

    // Error banner: the message and Retry; rows already loaded stay.
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retryButton);
    // Notice: what is only partly loaded (local sort, chips, drill-down, a capped collection).
    m_noticeText->setWordWrap(true);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(10, 5, 10, 5);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeLoadAll);
    noticeLayout->addWidget(m_noticeClose);
    // Load all progress, with Cancel that keeps what arrived.
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(10, 4, 10, 4);
    auto *cancel = new QPushButton(tr("Cancel"), m_progress);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(cancel);
    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_progress);
    layout->addWidget(m_splitter, 1);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_model->retry();
    });
    connect(m_noticeLoadAll, &QPushButton::clicked, this, &RecordView::loadAll);
    connect(m_noticeClose, &QPushButton::clicked, this, [this] {
        // Back to what the server sends: no local sort, no drill-down.
        m_localSortColumn = -1;
        m_proxy->sortLocally(-1, Qt::AscendingOrder);
        if (auto *instances = qobject_cast<InstancesModel *>(m_model); instances && instances->offeringScope().id != 0)
            instances->setOfferingScope({});
        updateSortIndicator();
        updateBanners();
    });
    connect(cancel, &QPushButton::clicked, this, &RecordView::cancelLoadAll);
    connect(header, &QHeaderView::sectionClicked, this, &RecordView::onHeaderClicked);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordView::onHeaderMenu);
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

    connect(model, &PagedTableModel::errorOccurred, this, &RecordView::updateBanners);
    connect(model, &PagedTableModel::statusChanged, this, [this] {
        updateBanners();
        updateEmptyState();
        Q_EMIT statusChanged();
    });
    connect(model, &PagedTableModel::modelReset, this, [this] {
        // A new query: the place a refresh would return to and the record in
        // the pane belong to the old one. A refresh keeps both.
        if (m_refreshing)
            return;
        m_restoringPlace = false;
        if (m_detail->isVisible())
            closeDetail();
        updateBanners();
        updateEmptyState();
    });
    connect(model, &PagedTableModel::errorOccurred, this, [this] { m_restoringPlace = false; });
    connect(model, &PagedTableModel::pageLoaded, this, [this] {
        if (m_restoringPlace)
            restorePlace();
    });
    connect(model, &PagedTableModel::loadAllFinished, this, [this] {
        m_progress->hide();
        updateBanners();
        Q_EMIT statusChanged();
    });
    connect(model, &PagedTableModel::waiting, this, [this](int seconds, ApiCall::WaitReason reason) {
        if (m_progress->isVisible() && reason == ApiCall::WaitReason::RateLimit) {
            m_progressText->setText(tr("Waiting %n s for the API rate limit…", nullptr, seconds));
            m_progressWaitUntil = QDateTime::currentMSecsSinceEpoch() + seconds * 1000;
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordView::updateEmptyState);
    if (auto *instances = qobject_cast<InstancesModel *>(model))
        connect(instances, &InstancesModel::scopeChanged, this, &RecordView::updateBanners);

    // Tab follows the screen: the toolbar left to right, the filter bar, the
    // table, the pane.
    QList<QWidget *> chain = {m_predefined, m_quickFilter};
    if (m_suspendedChip)
        chain += {m_suspendedChip, m_enabledChip};
    chain += {m_filterButton, m_loadAllButton, m_conditionField, m_conditionOperator, m_conditionValue, m_table, m_detail};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    applyVisibleColumns();
    updateBanners();
    updateEmptyState();
}

RecordView::~RecordView()
{
    if (m_detailCall)
        m_detailCall->cancel();
}

void RecordView::buildToolbar(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);

    // Predefined filters, as the API names them.
    m_predefined->setObjectName(QStringLiteral("predefinedFilter"));
    if (m_kind == Kind::Offerings) {
        m_predefined->addItem(tr("All offerings"), QString());
        m_predefined->addItem(tr("Drafts"), QStringLiteral("latest_internal"));
        m_predefined->addItem(tr("Published"), QStringLiteral("latest_published"));
        m_predefined->addItem(tr("Published, incl. trusted accounts"), QStringLiteral("all_latest_published"));
        m_predefined->addItem(tr("Installed here"), QStringLiteral("consumed"));
    } else {
        m_predefined->addItem(tr("All instances"), QString());
        m_predefined->addItem(tr("Enabled"), QStringLiteral("enabled"));
        m_predefined->addItem(tr("Disabled"), QStringLiteral("disabled"));
    }
    m_predefined->setToolTip(tr("Predefined filter, applied by the server"));
    connect(m_predefined, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setPredefinedFilter(m_predefined->currentData().toString());
    });
    layout->addWidget(m_predefined);

    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Filter loaded rows (Ctrl+F or /)"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->installEventFilter(this);
    m_quickFilter->setMinimumWidth(260);
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuickFilter(text);
        updateBanners();
        updateEmptyState();
        Q_EMIT statusChanged();
    });
    layout->addWidget(m_quickFilter, 1);
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    m_matchCount->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_matchCount);

    if (m_kind == Kind::Instances) {
        // States the API cannot filter on: chips over the loaded rows.
        auto makeChip = [this, layout](const QString &name, const QString &label, int column) {
            auto *chip = new QComboBox(this);
            chip->setObjectName(name);
            chip->addItem(label.arg(tr("any")));
            chip->addItem(label.arg(tr("yes")), true);
            chip->addItem(label.arg(tr("no")), false);
            chip->setToolTip(tr("Filters the loaded rows; the API cannot filter on this"));
            connect(chip, &QComboBox::currentIndexChanged, this, [this, chip, column] {
                const QVariant value = chip->currentData();
                m_proxy->setStateFilter(column, value.isValid() ? std::optional<bool>(value.toBool()) : std::nullopt);
                updateBanners();
                updateEmptyState();
                Q_EMIT statusChanged();
            });
            layout->addWidget(chip);
            return chip;
        };
        m_suspendedChip = makeChip(QStringLiteral("suspendedChip"), tr("Suspended: %1"), InstancesModel::Suspended);
        m_enabledChip =
            makeChip(QStringLiteral("enabledChip"), tr("Enabled by customer: %1"), InstancesModel::EnabledByCustomer);
    }

    auto *filterButton = new QPushButton(tr("S&erver filter…"), this);
    filterButton->setToolTip(tr("Conditions the server applies (Ctrl+Shift+F)"));
    connect(filterButton, &QPushButton::clicked, this, &RecordView::showServerFilterBar);
    layout->addWidget(filterButton);
    m_loadAllButton->setObjectName(QStringLiteral("loadAllButton"));
    m_loadAllButton->setToolTip(tr("Load every page (Ctrl+Shift+A)"));
    connect(m_loadAllButton, &QPushButton::clicked, this, &RecordView::loadAll);
    layout->addWidget(m_loadAllButton);
    m_filterButton = filterButton;
}

void RecordView::buildFilterBar()
{
    m_filterBar->setObjectName(QStringLiteral("serverFilterBar"));
    auto *layout = new QHBoxLayout(m_filterBar);
    layout->setContentsMargins(8, 0, 8, 6);
    auto *label = new QLabel(tr("Server filter:"), m_filterBar);
    layout->addWidget(label);
    for (const QString &field : serverFilterFields(m_kind)) {
        const int column = m_model->columnForField(field);
        m_conditionField->addItem(column >= 0 ? m_model->columns().at(column).title
                                  : field == QLatin1String("source") ? tr("Source") : field,
                                  field);
    }
    // The API's operators (4me-api.md §3), in words.
    m_conditionOperator->addItem(tr("is"), QString());
    m_conditionOperator->addItem(tr("is not"), QStringLiteral("!"));
    m_conditionOperator->addItem(tr("after / above"), QStringLiteral(">"));
    m_conditionOperator->addItem(tr("before / below"), QStringLiteral("<"));
    m_conditionOperator->addItem(tr("is empty"), QStringLiteral("empty"));
    m_conditionOperator->addItem(tr("is present"), QStringLiteral("present"));
    m_conditionValue->setPlaceholderText(tr("value, e.g. 2024-01-31 or true"));
    auto *add = new QPushButton(tr("Add"), m_filterBar);
    auto *clear = new QPushButton(tr("Clear"), m_filterBar);
    m_conditionsLabel->setObjectName(QStringLiteral("serverConditions"));
    layout->addWidget(m_conditionField);
    layout->addWidget(m_conditionOperator);
    layout->addWidget(m_conditionValue, 1);
    layout->addWidget(add);
    layout->addWidget(m_conditionsLabel, 1);
    layout->addWidget(clear);
    connect(add, &QPushButton::clicked, this, &RecordView::addServerCondition);
    connect(m_conditionValue, &QLineEdit::returnPressed, this, &RecordView::addServerCondition);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->setServerConditions({});
        updateConditionsLabel();
    });
    connect(m_conditionOperator, &QComboBox::currentIndexChanged, this, [this] {
        const QString op = m_conditionOperator->currentData().toString();
        m_conditionValue->setEnabled(op != QLatin1String("empty") && op != QLatin1String("present"));
    });
    m_conditionValue->installEventFilter(this);
    m_filterBar->hide();
}

void RecordView::showServerFilterBar()
{
    m_filterBar->show();
    m_conditionField->setFocus();
}

void RecordView::addServerCondition()
{
    const QString field = m_conditionField->currentData().toString();
    const QString op = m_conditionOperator->currentData().toString();
    const QString value = m_conditionValue->text().trimmed();
    QString condition;
    if (op == QLatin1String("empty"))
        condition = QString();
    else if (op == QLatin1String("present"))
        condition = QStringLiteral("!");
    else if (value.isEmpty())
        return;
    else
        condition = op + value;
    auto conditions = m_model->serverConditions();
    conditions.append({field, condition});
    m_conditionValue->clear();
    m_model->setServerConditions(conditions);
    updateConditionsLabel();
}

void RecordView::updateConditionsLabel()
{
    QStringList parts;
    for (const auto &[field, value] : m_model->serverConditions()) {
        const int column = m_model->columnForField(field);
        const QString title = column >= 0 ? m_model->columns().at(column).title : field;
        QString condition;
        if (value.isEmpty())
            condition = tr("%1 is empty").arg(title);
        else if (value == QLatin1String("!"))
            condition = tr("%1 is present").arg(title);
        else if (value.startsWith(QLatin1Char('!')))
            condition = tr("%1 is not %2").arg(title, value.mid(1));
        else if (value.startsWith(QLatin1Char('>')))
            condition = tr("%1 after %2").arg(title, value.mid(1));
        else if (value.startsWith(QLatin1Char('<')))
            condition = tr("%1 before %2").arg(title, value.mid(1));
        else
            condition = tr("%1 is %2").arg(title, value);
        parts.append(condition);
    }
    m_conditionsLabel->setText(parts.isEmpty() ? tr("no conditions") : parts.join(tr(" and ")));
}

void RecordView::focusQuickFilter()
{
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    m_quickFilter->selectAll();
}

bool RecordView::backOut()
{
    if (m_detail->isVisible() && m_detail->isAncestorOf(QApplication::focusWidget())) {
        closeDetail();
        return true;
    }
    if (!m_quickFilter->text().isEmpty()) {
        m_quickFilter->clear();
        m_table->setFocus();
        return true;
    }
    if (m_quickFilter->hasFocus() || m_filterBar->isAncestorOf(focusWidget())) {
        m_table->setFocus();
        return true;
    }
    if (m_detail->isVisible()) {
        closeDetail();
        return true;
    }
    if (m_filterBar->isVisible() && m_model->serverConditions().isEmpty()) {
        m_filterBar->hide();
        return true;
    }
    if (auto *instances = qobject_cast<InstancesModel *>(m_model); instances && instances->offeringScope().id != 0) {
        instances->setOfferingScope({});
        return true;
    }
    return false;
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
    const QString path = (m_kind == Kind::Offerings ? QStringLiteral("app_offerings/%1")
                                                    : QStringLiteral("app_instances/%1")).arg(id);
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
    m_detail->showRecord(m_kind == Kind::Offerings ? DetailPane::RecordKind::Offering : DetailPane::RecordKind::Instance,
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
    m_banner->hide();
    m_progress->show();
    m_progressText->setText(tr("Loading all…"));
    m_model->loadAll(); // also retries a failed page
    updateBanners();
}

void RecordView::cancelLoadAll()
{
    m_model->cancelLoadAll();
    m_progress->hide();
}

// F5: the same request again, back to as many rows as were loaded, with the
// selection and the scroll position kept where those records still exist.
void RecordView::refresh()
{
    m_placeSelection = selectedIds();
    const QModelIndex current = m_table->currentIndex();
    m_placeCurrent = current.isValid() ? current.data(PagedTableModel::RecordIdRole).toLongLong() : 0;
    const QModelIndex top = m_table->indexAt(QPoint(1, 1));
    m_placeTop = top.isValid() ? top.data(PagedTableModel::RecordIdRole).toLongLong() : 0;
    m_placeRows = m_model->rowCount();
    m_refreshing = true;
    m_model->reload(m_placeRows);
    m_refreshing = false;
    m_restoringPlace = true; // after the reset: any other reset drops it
    if (m_detail->isVisible() && m_detailId != 0)
        fetchDetail(m_detailId, true);
}

void RecordView::restorePlace()
{
    // Wait for the rows the view had, unless the collection ended or failed first.
    if (m_model->rowCount() < m_placeRows && !m_model->atEnd() && !m_model->lastError().isError())
        return;
    m_restoringPlace = false;
    QItemSelection selection;
    QModelIndex currentIndex;
    QModelIndex topIndex;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const qint64 id = index.data(PagedTableModel::RecordIdRole).toLongLong();
        if (m_placeSelection.contains(id))
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
        if (id == m_placeCurrent)
            currentIndex = index;
        if (id == m_placeTop)
            topIndex = index;
    }
    if (currentIndex.isValid())
        m_table->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (topIndex.isValid())
        m_table->scrollTo(topIndex, QAbstractItemView::PositionAtTop);
}

void RecordView::sortByColumn(int column)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    const ColumnSpec &spec = m_model->columns().at(column);
    const bool sameColumn = spec.serverSortable ? m_model->sortField() == spec.field : m_localSortColumn == column;
    const Qt::SortOrder currentOrder = spec.serverSortable ? m_model->sortOrder() : m_localSortOrder;
    const Qt::SortOrder order =
        sameColumn && currentOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (spec.serverSortable) {
        // The server sorts the whole collection: reload in that order.
        m_localSortColumn = -1;
        m_proxy->sortLocally(-1, Qt::AscendingOrder);
        m_model->setServerSort(spec.field, order);
    } else {
        // Only the loaded rows can be sorted; say so.
        m_localSortColumn = column;
        m_localSortOrder = order;
        m_proxy->sortLocally(column, order);
    }
    updateSortIndicator();
    updateBanners();
}

void RecordView::onHeaderClicked(int logicalIndex)
{
    sortByColumn(logicalIndex);
}

void RecordView::updateSortIndicator()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_localSortColumn >= 0)
        header->setSortIndicator(m_localSortColumn, m_localSortOrder);
    else
        header->setSortIndicator(m_model->columnForField(m_model->sortField()), m_model->sortOrder());
}

QList<int> RecordView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void RecordView::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (column < 0 || column >= header->count() || header->isSectionHidden(column) == !visible)
        return;
    if (!visible && visibleColumns().size() <= 1)
        return; // a table with no column shows nothing useful
    header->setSectionHidden(column, !visible);
    applyVisibleColumns();
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

void RecordView::onHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->columns().at(column).title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool checked) { setColumnVisible(column, checked); });
    }
    menu.addSeparator();
    menu.addAction(tr("Choose and order columns…"), this, &RecordView::chooseColumns);
    menu.exec(header->mapToGlobal(position));
}

// A keyboard-friendly column chooser: Space toggles, Alt+Up/Down moves. It is
// opened, not exec()'d: pages keep arriving while it is up.
void RecordView::chooseColumns()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("columnsDialog"));
    dialog->setWindowTitle(tr("Columns"));
    // The list takes Alt+Up/Down itself (a list view would otherwise use them
    // to move the cursor, and a button's shortcut would never see them).
    class ColumnList : public QListWidget
    {
    public:
        using QListWidget::QListWidget;
        void moveCurrent(int delta)
        {
            const int row = currentRow();
            const int target = row + delta;
            if (row < 0 || target < 0 || target >= count())
                return;
            QListWidgetItem *item = takeItem(row);
            insertItem(target, item);
            setCurrentRow(target);
        }

    protected:
        void keyPressEvent(QKeyEvent *event) override
        {
            if (event->modifiers() == Qt::AltModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
                moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
                return;
            }
            QListWidget::keyPressEvent(event);
        }
    };
    auto *list = new ColumnList(dialog);
    list->setObjectName(QStringLiteral("columnList"));
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        auto *item = new QListWidgetItem(m_model->columns().at(logical).title, list);
        item->setData(Qt::UserRole, logical);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(header->isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
    }
    list->setCurrentRow(0);
    auto *up = new QPushButton(tr("Move &up"), dialog);
    auto *down = new QPushButton(tr("Move &down"), dialog);
    connect(up, &QPushButton::clicked, dialog, [list] { list->moveCurrent(-1); });
    connect(down, &QPushButton::clicked, dialog, [list] { list->moveCurrent(1); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Space shows or hides a column; Alt+Up and Alt+Down move it."), dialog));
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, list] {
        bool anyChecked = false;
        for (int i = 0; i < list->count(); ++i)
            anyChecked |= list->item(i)->checkState() == Qt::Checked;
        if (!anyChecked)
            return; // a table with no column shows nothing useful
        QHeaderView *header = m_table->horizontalHeader();
        for (int i = 0; i < list->count(); ++i) {
            const int logical = list->item(i)->data(Qt::UserRole).toInt();
            header->moveSection(header->visualIndex(logical), i);
            header->setSectionHidden(logical, list->item(i)->checkState() != Qt::Checked);
        }
        applyVisibleColumns();
    });
    dialog->open();
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
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> order;
    for (const QModelIndex &index : rows)
        order.append(index.row());
    std::sort(order.begin(), order.end());
    for (int row : std::as_const(order))
        ids.append(m_proxy->index(row, 0).data(PagedTableModel::RecordIdRole).toLongLong());
    return ids;
}

void RecordView::copySelectionAsJson()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 currentId = current.isValid() ? current.data(PagedTableModel::RecordIdRole).toLongLong() : 0;
    const bool paneIsCurrent = m_detail->isVisible() && !m_detailCall
        && m_detail->record().value(QStringLiteral("id")).toInteger() == currentId
        && m_table->selectionModel()->selectedRows().size() <= 1;
    if (paneIsCurrent && currentId != 0) {
        m_detail->copyAsJson(); // the whole record, as the server sent it
        return;
    }
    // The selected rows with the visible columns, as the JSON export writes them.
    QList<RecordExporter::Column> columns;
    for (int column : visibleColumns())
        columns.append({column, m_model->columns().at(column).field, m_model->columns().at(column).title});
    QSet<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.isEmpty())
        return;
    // A small proxy over the view's rows that keeps only the selected ones.
    class SelectionProxy : public QSortFilterProxyModel
    {
    public:
        explicit SelectionProxy(QSet<int> rows)
            : m_rows(std::move(rows))
        {
        }

    protected:
        bool filterAcceptsRow(int row, const QModelIndex &) const override { return m_rows.contains(row); }

    private:
        QSet<int> m_rows;
    } proxy(rows);
    proxy.setSourceModel(m_proxy);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (RecordExporter::write(&buffer, RecordExporter::Format::Json, &proxy, columns, &error))
        QApplication::clipboard()->setText(QString::fromUtf8(buffer.data()));
}

void RecordView::moveToEdge(bool end, bool extendSelection)
{
    QAbstractItemModel *shown = m_table->model();
    if (shown->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int column = current.isValid() ? current.column() : visibleColumns().value(0);
    const QModelIndex target = shown->index(end ? shown->rowCount() - 1 : 0, column);
    QItemSelectionModel *selection = m_table->selectionModel();
    if (extendSelection && current.isValid()) {
        selection->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
        selection->select(QItemSelection(current, target), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    } else {
        selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(target);
    if (end && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void RecordView::toggleMarkCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_table->selectionModel()->select(current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
}

bool RecordView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    } else if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Home and End move through rows, as in a list (the table's default
        // moves along the columns); End also brings the next page in.
        if ((key->key() == Qt::Key_End || key->key() == Qt::Key_Home)
            && (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier) {
            moveToEdge(key->key() == Qt::Key_End, key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    } else if ((watched == m_quickFilter || watched == m_conditionValue) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            backOut();
            return true;
        }
        if (watched == m_quickFilter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                                         || key->key() == Qt::Key_Enter)) {
            // From the filter straight into the matches.
            m_table->setFocus();
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_table->setCurrentIndex(m_proxy->index(0, visibleColumns().value(0)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString RecordView::statusText() const
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalEntries();
    const bool offerings = m_kind == Kind::Offerings;
    QString text;
    auto *instances = qobject_cast<InstancesModel *>(m_model);
    if (instances && instances->isScopeFilteredLocally() && total >= 0)
        text = tr("%1 instances of %2 found in %3 of %4 scanned")
                   .arg(locale.toString(loaded), instances->offeringScope().name,
                        locale.toString(m_model->recordsScanned()), locale.toString(total));
    else if (total >= 0)
        text = offerings ? tr("%1 of %2 offerings loaded").arg(locale.toString(loaded), locale.toString(total))
                         : tr("%1 of %2 instances loaded").arg(locale.toString(loaded), locale.toString(total));
    else if (m_model->isLoading())
        text = offerings ? tr("Loading offerings…") : tr("Loading instances…");
    else
        text = offerings ? tr("%1 offerings loaded").arg(locale.toString(loaded))
                         : tr("%1 instances loaded").arg(locale.toString(loaded));
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
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

void RecordView::updateEmptyState()
{
    const QString text = emptyText();
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
    m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    m_matchCount->setText(m_proxy->hasLocalFilter() ? tr("Matches: %1").arg(QLocale().toString(m_proxy->rowCount()))
                                                    : QString());
}

void RecordView::updateBanners()
{
    const ApiError error = m_model->lastError();
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled) {
        m_banner->hide();
    } else {
        m_bannerText->setText(error.message);
        // A refused link or a loop will not go away by asking again.
        m_retryButton->setVisible(error.kind != ApiError::Kind::Unsafe && !m_model->atEnd());
        m_banner->show();
    }

    // What is shown from only part of the collection, with the way out.
    const bool complete = m_model->atEnd() && !error.isError();
    const QLocale locale;
    QStringList notes;
    bool offerLoadAll = false;
    bool offerShowAll = false;
    if (m_model->isThrottled())
        notes.append(tr("The server caps this collection at 100,000 records; narrow it with a filter to see the rest."));
    if (auto *instances = qobject_cast<InstancesModel *>(m_model); instances && instances->offeringScope().id != 0) {
        const QString name = instances->offeringScope().name;
        if (instances->isScopeFilteredLocally() && !complete) {
            notes.append(tr("Instances of %1: the server cannot list them directly, so they are picked from the "
                            "loaded instances.").arg(name));
            offerLoadAll = true;
        } else {
            notes.append(tr("Instances of %1.").arg(name));
        }
        offerShowAll = true;
    }
    if (m_localSortColumn >= 0 && m_model->rowCount() > 0) {
        notes.append(complete ? tr("Sorted locally by %1.").arg(m_model->columns().at(m_localSortColumn).title)
                              : tr("Sorted locally: %1 loaded rows.").arg(locale.toString(m_model->rowCount())));
        offerLoadAll |= !complete;
        offerShowAll = true;
    }
    if (m_proxy->hasLocalFilter() && !complete) {
        notes.append(tr("The filter looks only at the %1 loaded rows.").arg(locale.toString(m_model->rowCount())));
        offerLoadAll = true;
    }
    m_noticeText->setText(notes.join(QLatin1Char(' ')));
    m_noticeLoadAll->setVisible(offerLoadAll && !m_model->isLoadingAll());
    m_noticeClose->setVisible(offerShowAll);
    m_notice->setVisible(!notes.isEmpty());

    m_loadAllButton->setEnabled(!complete && !m_model->isLoadingAll());
    if (m_model->isLoadingAll()) {
        m_progress->show();
        const qint64 total = m_model->totalEntries();
        // Progress counts the records received: in a local drill-down most are not kept.
        m_progressBar->setRange(0, total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
        m_progressBar->setValue(static_cast<int>(m_model->recordsScanned()));
        if (QDateTime::currentMSecsSinceEpoch() >= m_progressWaitUntil || !m_model->isLoading())
            m_progressText->setText(
                tr("Loading all: %1 of %2, paced to the API's limit of %3 requests per %4 s")
                    .arg(locale.toString(m_model->recordsScanned()), total >= 0 ? locale.toString(total) : tr("?"))
                    .arg(m_model->client()->settings().burstRequests)
                    .arg(locale.toString(m_model->client()->settings().burstWindowMs / 1000.0)));
    }
}

void RecordView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("headerFields"), columnFields());
    settings.setValue(QStringLiteral("predefined"), m_model->predefinedFilter());
    settings.setValue(QStringLiteral("sortField"), m_model->sortField());
    settings.setValue(QStringLiteral("sortDescending"), m_model->sortOrder() == Qt::DescendingOrder);
    QStringList conditions;
    for (const auto &[field, value] : m_model->serverConditions())
        conditions.append(field + QLatin1Char('\t') + value);
    settings.setValue(QStringLiteral("conditions"), conditions);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

// Restores the columns, filters and sort a view had (before its first load).
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
    const int predefined = m_predefined->findData(settings.value(QStringLiteral("predefined")).toString());
    QSignalBlocker block(m_predefined);
    m_predefined->setCurrentIndex(std::max(predefined, 0));
    QList<QPair<QString, QString>> conditions;
    for (const QString &line : settings.value(QStringLiteral("conditions")).toStringList()) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0 && serverFilterFields(m_kind).contains(line.left(tab)))
            conditions.append({line.left(tab), line.mid(tab + 1)});
    }
    const QString sortField = settings.value(QStringLiteral("sortField")).toString();
    const int sortColumn = m_model->columnForField(sortField);
    const bool sortable = sortColumn >= 0 && m_model->columns().at(sortColumn).serverSortable;
    m_model->setQuery(m_predefined->currentData().toString(), sortable ? sortField : QString(),
                      settings.value(QStringLiteral("sortDescending")).toBool() ? Qt::DescendingOrder
                                                                                : Qt::AscendingOrder,
                      conditions);
    if (!conditions.isEmpty())
        m_filterBar->show();
    updateConditionsLabel();
    applyVisibleColumns();
    updateSortIndicator();
}

} // namespace pc
