#include "ui/editing/referencepicker.h"

#include "app/models/recordfilterproxy.h"
#include "app/models/referencemodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ReferencePicker).
class ReferencePicker { Q_OBJECT };
#endif

namespace {

constexpr int ChooserMinimumWidth = 420;
constexpr int VisibleRows = 10;

Qt::KeyboardModifiers plainModifiers(const QKeyEvent *event)
{
    // Keypad Enter and the keypad arrows count as the plain keys.
    return event->modifiers() & ~Qt::KeypadModifier;
}

// The keys the display line acts on. They are claimed in ShortcutOverride too,
// so a window shortcut on Delete ("delete offering") or Space cannot fire
// while the keyboard is in the field.
bool isDisplayKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = plainModifiers(event);
    switch (event->key()) {
    case Qt::Key_F4:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return modifiers == Qt::NoModifier;
    case Qt::Key_Down:
        return modifiers == Qt::AltModifier;
    default:
        return false;
    }
}

bool isFilterKey(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_F4:
    case Qt::Key_F5:
        return true;
    default:
        return false;
    }
}

// Red that stays readable on the palette's background (dark themes too).
QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0x8a, 0x1c, 0x12);
}

} // namespace

ReferencePicker::ReferencePicker(ApiClient *client, const QString &collection, bool optional, QWidget *parent)
    : QWidget(parent)
    , m_collection(collection)
    , m_optional(optional)
    , m_display(new QLineEdit(this))
    , m_chooseButton(new QToolButton(this))
    , m_model(new ReferenceModel(client, collection, this))
    , m_proxy(new RecordFilterProxy(this))
{
    setObjectName(QStringLiteral("referencePicker"));

    m_display->setObjectName(QStringLiteral("referencePickerDisplay"));
    m_display->setReadOnly(true);
    m_display->installEventFilter(this);

    m_chooseButton->setObjectName(QStringLiteral("referencePickerChoose"));
    m_chooseButton->setArrowType(Qt::DownArrow);
    // One tab stop for the whole field: the keys on the line do what the buttons do.
    m_chooseButton->setFocusPolicy(Qt::NoFocus);
    connect(m_chooseButton, &QToolButton::clicked, this, &ReferencePicker::openChooser);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_display, 1);
    layout->addWidget(m_chooseButton);
    if (optional) {
        m_clearButton = new QToolButton(this);
        m_clearButton->setObjectName(QStringLiteral("referencePickerClear"));
        m_clearButton->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        m_clearButton->setFocusPolicy(Qt::NoFocus);
        connect(m_clearButton, &QToolButton::clicked, this, &ReferencePicker::clearByUser);
        layout->addWidget(m_clearButton);
    }
    // A QLabel buddy (or the form's setFocus) lands in the display line. The
    // picker needs a focus policy of its own for that: a label's mnemonic
    // skips a NoFocus buddy. The tab chain skips widgets with a proxy, so this
    // adds no second tab stop.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_display);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSearchColumns({ReferenceModel::Name, ReferenceModel::Version, ReferenceModel::Id});

    connect(m_model, &PagedTableModel::statusChanged, this, &ReferencePicker::updateStatus);
    connect(m_model, &PagedTableModel::pageLoaded, this, &ReferencePicker::onRowsArrived);
    connect(m_model, &PagedTableModel::errorOccurred, this, [this] {
        m_waitSeconds = -1;
        settlePendingPick();
        updateStatus();
    });
    connect(m_model, &PagedTableModel::waiting, this, [this](int seconds) {
        m_waitSeconds = seconds;
        updateStatus();
    });
    retranslate();
}

// The picker's texts (and its chooser's, once built) in the language
// installed now; the reference chosen and the filter typed stay.
void ReferencePicker::retranslate()
{
    const bool versions = m_collection == QLatin1String("ui_extension_versions");
    updatePlaceholder();
    // The form's label normally names the field; this is what a screen reader
    // says when there is no label (or the form sets a better name).
    m_display->setAccessibleName(versions ? tr("UI extension version") : tr("Service instance"));
    m_display->setAccessibleDescription(m_optional
                                            ? tr("F4, Space or Enter opens the list; Delete clears the field")
                                            : tr("F4, Space or Enter opens the list"));
    m_chooseButton->setToolTip(tr("Choose from the list (F4)"));
    m_chooseButton->setAccessibleName(tr("Choose"));
    if (m_clearButton) {
        m_clearButton->setText(tr("Clear"));
        m_clearButton->setToolTip(tr("Clear the field (Delete)"));
        m_clearButton->setAccessibleName(tr("Clear"));
    }
    if (m_chooser) {
        const QString chooserName =
            versions ? tr("Choose a UI extension version") : tr("Choose a service instance");
        m_chooser->setAccessibleName(chooserName);
        // A popup has no title bar; the title names the window to the window
        // system, so assistive tools (and the end-to-end tests) can find it.
        m_chooser->setWindowTitle(chooserName);
        m_filter->setPlaceholderText(versions ? tr("Filter by name, version or ID (#123)")
                                              : tr("Filter by name or ID (#123)"));
        m_filter->setAccessibleName(versions ? tr("Filter UI extension versions")
                                             : tr("Filter service instances"));
        m_table->setAccessibleName(versions ? tr("UI extension versions") : tr("Service instances"));
        m_status->setAccessibleName(tr("Status"));
        m_retry->setText(tr("&Retry"));
        m_retry->setToolTip(tr("Ask again for the page that failed (F5)"));
        updateStatus();
    }
    updateDisplay();
}

void ReferencePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ReferencePicker::~ReferencePicker()
{
    // The chooser goes first and without our filters: left to ~QObject it
    // would be deleted after the model, and its hide and focus events would
    // reach eventFilter() of a half-destroyed picker.
    m_display->removeEventFilter(this);
    if (m_chooser) {
        m_chooser->removeEventFilter(this);
        m_filter->removeEventFilter(this);
        delete m_chooser;
    }
}

void ReferencePicker::setCurrent(qint64 id, const QString &name)
{
    m_id = id;
    m_name = name;
    updateDisplay();
}

QWidget *ReferencePicker::chooser() const
{
    return m_chooser;
}

void ReferencePicker::updateDisplay()
{
    QString text;
    if (m_id == 0)
        text = m_name;
    else if (m_name.isEmpty())
        text = tr("#%1").arg(m_id);
    else
        text = tr("%1 (#%2)").arg(m_name, QString::number(m_id));
    m_display->setText(text);
    // Long names: show their start, not wherever setText left the cursor.
    m_display->setCursorPosition(0);
    m_display->setToolTip(text);
    if (m_clearButton)
        m_clearButton->setEnabled(!text.isEmpty());
}

void ReferencePicker::openChooser()
{
    if (std::exchange(m_pickWhenLoaded, false))
        updatePlaceholder(); // chosen by hand after all
    if (!m_chooser)
        buildChooser();
    if (m_chooser->isVisible()) {
        m_filter->setFocus(Qt::PopupFocusReason);
        return;
    }
    {
        // One filter update below, also when the text was already empty.
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    onFilterChanged();
    // The first page is asked for here, not at construction: a form shows
    // several pickers and most of them are never opened. After a failed page
    // canFetchMore() is false and the status line offers Retry instead.
    if (m_model->rowCount() == 0 && !m_model->isLoading() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateStatus();
    placeChooser();
    m_chooser->show();
    m_chooser->raise();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void ReferencePicker::buildChooser()
{
    const bool versions = m_collection == QLatin1String("ui_extension_versions");
    // A popup window rather than an overlay inside the form: the list needs
    // more room than a form row has, and a popup closes on a click elsewhere.
    m_chooser = new QFrame(this, Qt::Popup);
    m_chooser->setObjectName(QStringLiteral("referenceChooser"));
    m_chooser->setFrameShape(QFrame::StyledPanel);
    m_chooser->installEventFilter(this);

    m_filter = new QLineEdit(m_chooser);
    m_filter->setObjectName(QStringLiteral("referenceChooserFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_table = new QTableView(m_chooser);
    m_table->setObjectName(QStringLiteral("referenceChooserTable"));
    m_table->setModel(m_proxy);
    // The keyboard stays in the filter; the table shows the current row and
    // takes the arrow keys the filter passes on.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(false);
    // Fixed widths rather than ResizeToContents: the latter re-measures the
    // rows each time a page arrives.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->horizontalHeader()->setSectionResizeMode(ReferenceModel::Name, QHeaderView::Stretch);
    m_table->setColumnWidth(ReferenceModel::Version,
                            metrics.horizontalAdvance(tr("Version")) + 3 * metrics.height());
    m_table->setColumnWidth(ReferenceModel::Id,
                            metrics.horizontalAdvance(QStringLiteral("00000000")) + 2 * metrics.height());
    // Service instances have no version: the column would only ever be empty.
    m_table->setColumnHidden(ReferenceModel::Version, !versions);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + VisibleRows * rowHeight +
                              2 * m_table->frameWidth());
    connect(m_table, &QTableView::doubleClicked, this, &ReferencePicker::pick);
    connect(m_table, &QTableView::clicked, this, [this] { m_userMovedSelection = true; });

    m_status = new QLabel(m_chooser);
    m_status->setObjectName(QStringLiteral("referenceChooserStatus"));
    // Error messages quote the server: never rendered as rich text.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_retry = new QPushButton(m_chooser);
    m_retry->setObjectName(QStringLiteral("referenceChooserRetry"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ReferencePicker::retry);

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);

    auto *layout = new QVBoxLayout(m_chooser);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusRow);

    connect(m_filter, &QLineEdit::textChanged, this, &ReferencePicker::onFilterChanged);
    retranslate();
}

void ReferencePicker::placeChooser()
{
    m_chooser->layout()->activate();
    const QSize hint = m_chooser->sizeHint();
    int width = std::max({this->width(), hint.width(), ChooserMinimumWidth});
    int height = hint.height();
    const QPoint topLeft = m_display->mapToGlobal(QPoint(0, 0));
    const int left = layoutDirection() == Qt::RightToLeft
                         ? m_display->mapToGlobal(QPoint(m_display->width(), 0)).x() - width
                         : topLeft.x();
    QRect geometry(QPoint(left, topLeft.y() + m_display->height()), QSize(width, height));
    if (const QScreen *screen = m_display->screen()) {
        const QRect available = screen->availableGeometry();
        width = std::min(width, available.width());
        height = std::min(height, available.height());
        geometry.setSize({width, height});
        // Below the field when it fits, else above it, else as low as it goes.
        if (geometry.bottom() > available.bottom()) {
            if (topLeft.y() - height >= available.top())
                geometry.moveBottom(topLeft.y() - 1);
            else
                geometry.moveBottom(available.bottom());
        }
        geometry.moveLeft(std::clamp(geometry.left(), available.left(), available.right() - width + 1));
    }
    m_chooser->setGeometry(geometry);
}

void ReferencePicker::closeChooser(bool restoreFocus)
{
    if (m_chooser)
        m_chooser->hide();
    if (restoreFocus)
        m_display->setFocus(Qt::PopupFocusReason);
}

void ReferencePicker::clearByUser()
{
    if (std::exchange(m_pickWhenLoaded, false))
        updatePlaceholder();
    if (m_id == 0 && m_name.isEmpty())
        return;
    setCurrent(0, QString());
    Q_EMIT referenceChosen(0, QString());
}

bool ReferencePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_display) {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
            if (isDisplayKey(static_cast<QKeyEvent *>(event))) {
                event->accept();
                return true;
            }
            break;
        case QEvent::KeyPress:
            if (handleDisplayKey(static_cast<QKeyEvent *>(event)))
                return true;
            break;
        case QEvent::MouseButtonDblClick:
            openChooser();
            return true;
        default:
            break;
        }
    } else if (m_filter && watched == m_filter) {
        if (event->type() == QEvent::ShortcutOverride && isFilterKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && handleFilterKey(static_cast<QKeyEvent *>(event)))
            return true;
    } else if (m_chooser && watched == m_chooser && event->type() == QEvent::Hide) {
        // Nobody looks at the list any more: a search through every page
        // stops (what arrived stays loaded for the next time).
        m_model->cancelLoadAll();
    }
    return QWidget::eventFilter(watched, event);
}

bool ReferencePicker::handleDisplayKey(const QKeyEvent *event)
{
    if (!isDisplayKey(event))
        return false;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        // A required field keeps its value; the key is still taken so it does
        // not travel on to the form.
        if (m_optional)
            clearByUser();
        return true;
    default:
        openChooser();
        return true;
    }
}

bool ReferencePicker::handleFilterKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = plainModifiers(event);
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F4:
        closeChooser(true);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        pickCurrent();
        return true;
    case Qt::Key_F5:
        retry();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (modifiers == Qt::AltModifier) {
            // Alt+Down opened it; Alt+Up (or Alt+Down again) closes it, as in a combo box.
            closeChooser(true);
            return true;
        }
        Q_FALLTHROUGH();
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        m_userMovedSelection = true;
        // The table moves its current row itself (page size, scrolling and,
        // at the bottom, the next page through fetchMore).
        QCoreApplication::sendEvent(m_table, event);
        return true;
    default:
        return false;
    }
}

QString ReferencePicker::filterNeedle() const
{
    const QString text = m_filter ? m_filter->text().trimmed() : QString();
    return text.startsWith(QLatin1Char('#')) ? text.mid(1).trimmed() : text;
}

bool ReferencePicker::filterIsIdOnly() const
{
    return m_filter && m_filter->text().trimmed().startsWith(QLatin1Char('#'));
}

void ReferencePicker::onFilterChanged()
{
    const QString needle = filterNeedle();
    // "#123" looks at the ID only; plain text at every column at once.
    m_proxy->setSearchColumns(
        filterIsIdOnly() ? QList<int>{ReferenceModel::Id}
                         : QList<int>{ReferenceModel::Name, ReferenceModel::Version, ReferenceModel::Id});
    m_proxy->setQuickFilter(needle);
    m_userMovedSelection = false;
    // The filter sees only loaded rows, and the proxy stops paging while it is
    // on: the rest of the collection has to come in for matches on later
    // pages. Not after a failed page: Retry is the user's call.
    if (!needle.isEmpty() && !m_model->atEnd() && !m_model->isLoadingAll() && !m_model->lastError().isError())
        m_model->loadAll();
    QModelIndex target = preferredIndex(needle.isEmpty());
    if (!target.isValid())
        target = m_proxy->index(0, ReferenceModel::Name);
    selectRow(target);
    updateStatus();
}

void ReferencePicker::onRowsArrived()
{
    m_waitSeconds = -1;
    settlePendingPick();
    if (!m_chooser || !m_chooser->isVisible())
        return;
    // While a filter is typed every page is wanted; after a Retry of a failed
    // page this resumes the search where it stopped.
    if (!filterNeedle().isEmpty() && !m_model->atEnd() && !m_model->isLoadingAll())
        m_model->loadAll();
    const QModelIndex current = m_table->currentIndex();
    // The current record is looked for only while nothing is selected yet
    // (the first page): later it would pull the view away from the user.
    const QModelIndex preferred = preferredIndex(!current.isValid());
    if (!m_userMovedSelection && preferred.isValid() && preferred.row() != current.row())
        selectRow(preferred);
    else if (!current.isValid() && m_proxy->rowCount() > 0)
        selectRow(m_proxy->index(0, ReferenceModel::Name));
}

// The row to start on: the record whose ID the filter names exactly ("123"
// also matches 1234 and names with 123 in them), else, with no filter and
// `includeCurrent`, the field's current record. Invalid when not loaded.
QModelIndex ReferencePicker::preferredIndex(bool includeCurrent) const
{
    const QString needle = filterNeedle();
    bool isNumber = false;
    const qint64 typed = needle.toLongLong(&isNumber);
    qint64 wanted = 0;
    if (isNumber && typed > 0)
        wanted = typed;
    else if (includeCurrent && needle.isEmpty())
        wanted = m_id;
    if (wanted <= 0)
        return {};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->record(row).id == wanted)
            return m_proxy->mapFromSource(m_model->index(row, ReferenceModel::Name));
    }
    return {};
}

void ReferencePicker::selectRow(const QModelIndex &index)
{
    if (!m_table)
        return;
    m_table->setCurrentIndex(index);
    if (index.isValid())
        m_table->scrollTo(index);
}

void ReferencePicker::pick(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    const ReferenceModel::Row record = m_model->record(source.row());
    // Closed first, so a slot on referenceChosen finds the focus back in the
    // form and may move it on.
    closeChooser(true);
    setCurrent(record.id, record.name);
    Q_EMIT referenceChosen(record.id, record.name);
}

void ReferencePicker::pickCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        pick(current);
    else if (m_proxy->rowCount() == 1)
        pick(m_proxy->index(0, ReferenceModel::Name));
    else if (m_proxy->rowCount() == 0 && m_model->isLoading())
        pickFirstWhenLoaded();
}

void ReferencePicker::pickFirstWhenLoaded()
{
    m_pickWhenLoaded = true;
    closeChooser(true);
    updatePlaceholder();
}

void ReferencePicker::settlePendingPick()
{
    if (!m_pickWhenLoaded)
        return;
    const bool failed = m_model->lastError().isError() && !m_model->isLoading();
    if (m_proxy->rowCount() == 0 && !failed && !m_model->atEnd()) {
        if (!filterNeedle().isEmpty() && !m_model->isLoadingAll())
            m_model->loadAll(); // the typed filter's first match may be further on
        return;
    }
    m_pickWhenLoaded = false;
    updatePlaceholder();
    if (m_proxy->rowCount() == 0)
        return; // none matches, or the list failed: the field stays as it was, the chooser says why
    const ReferenceModel::Row record = m_model->record(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
    // The focus stays where the user has gone on to.
    setCurrent(record.id, record.name);
    Q_EMIT referenceChosen(record.id, record.name);
}

void ReferencePicker::updatePlaceholder()
{
    m_display->setPlaceholderText(m_pickWhenLoaded ? tr("Loading…") : tr("Choose… (F4)"));
}

void ReferencePicker::retry()
{
    if (!m_model->lastError().isError() || m_model->isLoading())
        return;
    m_model->retry();
    // The button had the focus (it was clicked) and is about to hide.
    if (m_filter)
        m_filter->setFocus(Qt::OtherFocusReason);
    updateStatus();
}

void ReferencePicker::updateStatus()
{
    if (!m_status)
        return;
    const ApiError error = m_model->lastError();
    const bool failed = error.isError() && !m_model->isLoading();
    QPalette palette = m_chooser->palette();
    QString text;
    if (failed) {
        text = error.message;
        palette.setColor(QPalette::WindowText, errorColor(palette));
    } else {
        QStringList parts;
        if (!filterNeedle().isEmpty()) {
            parts.append(
                tr("%Ln match(es)", "reference chooser: rows the filter keeps", m_proxy->rowCount()));
        }
        if (m_model->isLoadingAll())
            parts.append(tr("Searching every page…"));
        if (m_waitSeconds > 0)
            parts.append(
                tr("Waiting %n s for the API", "reference chooser: rate limit or retry", m_waitSeconds));
        const int rows = m_model->rowCount();
        const qint64 total = m_model->totalEntries();
        if (rows == 0 && m_model->atEnd())
            parts.append(tr("Nothing to choose from"));
        else if (rows == 0)
            parts.append(tr("Loading…"));
        else if (total >= 0)
            parts.append(tr("Loaded %1 of %2").arg(rows).arg(total));
        else
            parts.append(tr("Loaded %1").arg(rows));
        parts.append(tr("Esc closes"));
        text = parts.join(tr(" · ", "separator between the parts of the reference chooser's status line"));
    }
    m_status->setText(text);
    m_status->setToolTip(failed ? error.message : QString());
    m_status->setPalette(palette);
    m_retry->setVisible(failed);
}

} // namespace pc
