#include "ui/journal/journalview.h"

#include "app/journal/journalmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordexporter.h"
#include "app/models/recordfilterproxy.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::JournalView).
class JournalView { Q_OBJECT };
#endif

namespace {

// Failed writes stand out in red.
class JournalColors : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            const auto *journal = static_cast<const JournalModel *>(sourceModel());
            if (!journal->entry(mapToSource(index).row()).ok)
                return QColor(0x8a, 0x1c, 0x12);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

JournalView::JournalView(JournalModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RecordFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("journalView"));
    auto *colors = new JournalColors(this);
    colors->setSourceModel(model);
    m_proxy->setSourceModel(colors);
    m_filter->setObjectName(QStringLiteral("journalFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(JournalModel::Time, 140);
    m_table->setColumnWidth(JournalModel::Action, 90);
    m_table->setColumnWidth(JournalModel::Record, 150);
    m_table->setColumnWidth(JournalModel::Change, 420);
    m_table->setColumnWidth(JournalModel::Result, 200);
    m_table->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuickFilter(text);
        Q_EMIT statusChanged();
    });
    connect(m_table, &QTableView::doubleClicked, this, &JournalView::openEntry);
    connect(model, &QAbstractItemModel::modelReset, this, &JournalView::statusChanged);
    connect(this, &JournalView::statusChanged, this, [this] { m_count->setText(statusText()); });
    retranslate();
}

void JournalView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter the journal (Ctrl+F or /)"));
    m_filter->setAccessibleName(tr("Filter the journal"));
    m_table->setAccessibleName(tr("Journal"));
    m_count->setText(statusText());
}

void JournalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString JournalView::statusText() const
{
    const QLocale locale;
    QString text = tr("Journal: %Ln write(s)", nullptr, m_model->rowCount());
    if (m_proxy->hasLocalFilter())
        text += QStringLiteral(" · ") + tr("matches: %1").arg(locale.toString(m_proxy->rowCount()));
    if (m_model->skippedLines() > 0)
        text += QStringLiteral(" · ") + tr("%n damaged line(s) skipped", nullptr, m_model->skippedLines());
    return text;
}

void JournalView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool JournalView::backOut()
{
    if (m_filter->text().isEmpty() && !m_filter->hasFocus())
        return false;
    m_filter->clear();
    m_table->setFocus();
    return true;
}

void JournalView::reload()
{
    m_model->reload();
}

// The whole entry, as written: time, connection, record, old and new values, result.
void JournalView::openEntry()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto *colors = static_cast<const QIdentityProxyModel *>(m_proxy->sourceModel());
    const JournalEntry &entry = m_model->entry(colors->mapToSource(m_proxy->mapToSource(current)).row());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("journalEntryDialog"));
    dialog->setWindowTitle(tr("Journal entry"));
    auto *text = new QPlainTextEdit(QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented)), dialog);
    text->setObjectName(QStringLiteral("entryText"));
    text->setAccessibleName(tr("Journal entry"));
    text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(560, 420);
    dialog->open(); // not exec(): no nested event loop
}

QString JournalView::exportTo(const QString &path, bool json)
{
    QList<RecordExporter::Column> columns;
    for (int column = 0; column < JournalModel::ColumnCount; ++column)
        columns.append({column, JournalModel::fieldName(column),
                        m_model->headerData(column, Qt::Horizontal).toString()});
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        return tr("The file could not be opened: %1").arg(file.errorString());
    if (!RecordExporter::write(&file, json ? RecordExporter::Format::Json : RecordExporter::Format::Csv, m_proxy,
                               columns, &error))
        return error;
    if (!file.commit())
        return tr("The file could not be written: %1").arg(file.errorString());
    return {};
}

bool JournalView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openEntry();
            return true;
        }
        if (watched == m_table && key->key() == Qt::Key_Slash) {
            focusFilter();
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Escape) {
            backOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pc
