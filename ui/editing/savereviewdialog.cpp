#include "ui/editing/savereviewdialog.h"

#include "app/editing/offeringrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::SaveReviewDialog).
class SaveReviewDialog { Q_OBJECT };
#endif

SaveReviewDialog::SaveReviewDialog(const OfferingEdit &edit, bool reviewing, QWidget *parent)
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
    m_again->setChecked(reviewing);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    addWarnings(edit.warningsToAccept(), edit, m_confirm);
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
    if (m_accept)
        m_accept->setText(tr("Send it over plain &http anyway"));
}

void SaveReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

// Each warning under the table, and the box without which Save does nothing:
// the user says, once, that the value goes as it is.
void SaveReviewDialog::addWarnings(const QMap<QString, QString> &warnings, const OfferingEdit &edit,
                                   QPushButton *confirm)
{
    if (warnings.isEmpty())
        return;
    QStringList lines;
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it)
        lines.append(tr("⚠ %1: %2\n%3")
                         .arg(OfferingRules::label(it.key()), edit.value(it.key()).toString(), it.value()));
    m_warnings = new QLabel(lines.join(QStringLiteral("\n\n")), this);
    m_warnings->setObjectName(QStringLiteral("reviewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; color: #5d4300; border: 1px solid "
                       "#f0d48a; border-radius: 4px; padding: 6px; }"));
    m_accept = new QCheckBox(this); // its words: retranslate()
    m_accept->setObjectName(QStringLiteral("acceptWarnings"));
    m_accept->setAccessibleDescription(m_warnings->text());
    confirm->setEnabled(false);
    connect(m_accept, &QCheckBox::toggled, confirm, &QPushButton::setEnabled);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_warnings);
    layout->addWidget(m_accept);
    // Where the work is: the box to tick (Space), then Enter saves.
    m_accept->setFocus();
}

bool SaveReviewDialog::reviewAgain() const
{
    return m_again->isChecked();
}

} // namespace pc
