#include "ui/editing/savereviewdialog.h"

#include "app/editing/offeringrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
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
    , m_again(new QCheckBox(this))
    , m_intro(new QLabel(this))
    , m_isNew(edit.isNew())
{
    setObjectName(QStringLiteral("saveReview"));
    resize(720, 360);
    const auto changes = edit.changes();
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows walk the cells
    m_table->setRowCount(static_cast<int>(changes.size()));
    m_table->setColumnCount(3);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(1, 240);
    for (int row = 0; row < changes.size(); ++row) {
        const OfferingEdit::Change &change = changes.at(row);
        const QStringList cells{change.field, change.before, change.after}; // the label: retranslate()
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, change.field);
            m_table->setItem(row, column, item);
        }
    }
    m_again->setChecked(true);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_again);
    layout->addWidget(buttons);
    retranslate();
}

// The words in the language installed now; the tick stays.
void SaveReviewDialog::retranslate()
{
    setWindowTitle(m_isNew ? tr("Create this offering?") : tr("Save these changes?"));
    m_intro->setText(m_isNew ? tr("A new offering is created with these values (POST):")
                             : tr("Only these fields are sent (PATCH); everything else stays as "
                                  "the server has it:"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setAccessibleDescription(m_intro->text());
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Now"), tr("After saving")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *field = m_table->item(row, 0);
        const QString label = OfferingRules::label(field->data(Qt::UserRole).toString());
        field->setText(label);
        field->setToolTip(label);
    }
    m_again->setText(tr("Review the changes before every save"));
    m_confirm->setText(m_isNew ? tr("&Create") : tr("&Save"));
}

void SaveReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool SaveReviewDialog::reviewAgain() const
{
    return m_again->isChecked();
}

} // namespace pc
