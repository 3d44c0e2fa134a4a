#include "ui/records/columnchooser.h"

#include "app/models/pagedtablemodel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ColumnChooser).
class ColumnChooser { Q_OBJECT };
#endif

namespace {

// The dialog's list of columns. It takes Alt+Up/Down itself (a list view
// would otherwise use them to move the cursor, and a button's shortcut would
// never see them).
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
        if (event->modifiers() == Qt::AltModifier &&
            (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
            moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

} // namespace

ColumnChooser::ColumnChooser(QTableView *table, PagedTableModel *model, QWidget *view)
    : QObject(view)
    , m_table(table)
    , m_model(model)
    , m_view(view)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

QList<int> ColumnChooser::visibleColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (column < 0 || column >= header->count() || header->isSectionHidden(column) == !visible)
        return;
    if (!visible && visibleColumns(header).size() <= 1)
        return; // a table with no column shows nothing useful
    header->setSectionHidden(column, !visible);
    Q_EMIT columnsChanged();
}

void ColumnChooser::showMenu(const QPoint &position)
{
    QMenu menu(m_view);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->columns().at(column).title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool checked) { setColumnVisible(column, checked); });
    }
    menu.addSeparator();
    menu.addAction(tr("Choose and order columns…"), this, &ColumnChooser::openDialog);
    menu.exec(header->mapToGlobal(position));
}

// A keyboard-friendly column chooser: Space toggles, Alt+Up/Down moves. It is
// opened, not exec()'d: pages keep arriving while it is up.
void ColumnChooser::openDialog()
{
    auto *dialog = new QDialog(m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("columnsDialog"));
    dialog->setWindowTitle(tr("Columns"));
    auto *list = new ColumnList(dialog);
    list->setObjectName(QStringLiteral("columnList"));
    list->setAccessibleName(tr("Columns"));
    list->setAccessibleDescription(tr("Space shows or hides a column; Alt+Up and Alt+Down move it."));
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
        Q_EMIT columnsChanged();
    });
    dialog->open();
}

} // namespace pc
