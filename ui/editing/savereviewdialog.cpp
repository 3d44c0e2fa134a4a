#include "ui/editing/savereviewdialog.h"

#include "app/editing/offeringrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::SaveReviewDialog).
class SaveReviewDialog { Q_OBJECT };
#endif

SaveReviewDialog::SaveReviewDialog(const OfferingEdit &edit, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_again(new QCheckBox(tr("Review the changes before every save"), this))
{
    setObjectName(QStringLiteral("saveReview"));
    setWindowTitle(edit.isNew() ? tr("Create this offering?") : tr("Save these changes?"));
    resize(720, 360);
    const auto changes = edit.changes();
    auto *intro = new QLabel(edit.isNew() ? tr("A new offering is created with these values (POST):")
                                          : tr("Only these fields are sent (PATCH); everything else stays as "
                                               "the server has it:"),
                             this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setAccessibleDescription(intro->text());
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows walk the cells
    m_table->setRowCount(static_cast<int>(changes.size()));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Now"), tr("After saving")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(1, 240);
    for (int row = 0; row < changes.size(); ++row) {
        const OfferingEdit::Change &change = changes.at(row);
        const QStringList cells{OfferingRules::label(change.field), change.before, change.after};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_again->setChecked(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *confirm =
        buttons->addButton(edit.isNew() ? tr("&Create") : tr("&Save"), QDialogButtonBox::AcceptRole);
    confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_again);
    layout->addWidget(buttons);
}

bool SaveReviewDialog::reviewAgain() const
{
    return m_again->isChecked();
}

} // namespace pc
