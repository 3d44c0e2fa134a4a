#include "ui/editing/conflictdialog.h"

#include "app/editing/offeringrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConflictDialog).
class ConflictDialog { Q_OBJECT };
#endif

namespace {
enum ConflictColumn { FieldColumn, OriginalColumn, TheirsColumn, YoursColumn, PickColumn, ColumnCount };
}

ConflictDialog::ConflictDialog(const QString &offeringName, const QList<OfferingEdit::ConflictField> &fields,
                               QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_table(new QTableWidget(static_cast<int>(fields.size()), ColumnCount, this))
    , m_keepMine(new QPushButton(this))
    , m_takeServers(new QPushButton(this))
    , m_merge(new QPushButton(this))
    , m_offeringName(offeringName)
    , m_intro(new QLabel(this))
    , m_cancelNote(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    resize(980, 420);
    m_intro->setWordWrap(true);

    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab goes on to the Keep choices and the buttons
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FieldColumn, 170);
    for (int column : {OriginalColumn, TheirsColumn, YoursColumn})
        m_table->setColumnWidth(column, 200);

    int row = 0;
    for (const OfferingEdit::ConflictField &field : fields) {
        auto cell = [&](int column, const QString &text, bool emphasised) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (emphasised) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        };
        cell(FieldColumn, OfferingRules::label(field.field), field.clash());
        cell(OriginalColumn, field.original, false);
        cell(TheirsColumn, field.theirs, field.changedByThem);
        cell(YoursColumn, field.yours, field.changedByYou);
        if (field.changedByYou) {
            auto *pick = new QComboBox(m_table); // the choices' words: retranslate()
            pick->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            pick->addItem(QString(), static_cast<int>(OfferingEdit::Pick::Yours));
            pick->addItem(QString(), static_cast<int>(OfferingEdit::Pick::Theirs));
            m_pickBoxes.insert(field.field, pick);
            m_table->setCellWidget(row, PickColumn, pick);
        } else {
            cell(PickColumn, QString(), false);
        }
        ++row;
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_takeServers, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_merge->setDefault(true);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { finish(Resolution::KeepMine); });
    connect(m_takeServers, &QPushButton::clicked, this, [this] { finish(Resolution::TakeServers); });
    connect(m_merge, &QPushButton::clicked, this, [this] { finish(Resolution::Merge); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_cancelNote->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_cancelNote);
    layout->addWidget(buttons);
    retranslate();
}

// The words in the language installed now; the choices made stay.
void ConflictDialog::retranslate()
{
    setWindowTitle(tr("Someone else changed this offering"));
    m_intro->setText(
        tr("<b>%1</b> was saved by someone else after you opened it. Nothing of yours has been sent. "
           "Choose per field which version to keep; fields only they changed take their version.")
            .arg(m_offeringName.toHtmlEscaped()));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When you opened it"), tr("The server's now"), tr("Yours"), tr("Keep")});
    m_table->setAccessibleName(tr("Fields changed on both sides"));
    for (int row = 0; row < m_fields.size(); ++row) {
        const OfferingEdit::ConflictField &field = m_fields.at(row);
        m_table->item(row, FieldColumn)->setText(OfferingRules::label(field.field));
        m_table->item(row, FieldColumn)->setToolTip(OfferingRules::label(field.field));
        if (QComboBox *pick = m_pickBoxes.value(field.field)) {
            pick->setItemText(0, tr("Mine"));
            pick->setItemText(1, tr("The server's"));
            pick->setAccessibleName(tr("Keep for %1").arg(OfferingRules::label(field.field)));
        } else {
            const QString text = field.changedByThem ? tr("The server's (only they changed it)")
                                                     : tr("Same change on both sides");
            m_table->item(row, PickColumn)->setText(text);
            m_table->item(row, PickColumn)->setToolTip(text);
        }
    }
    m_table->resizeRowsToContents();
    m_keepMine->setText(tr("&Keep mine"));
    m_keepMine->setToolTip(tr("Save your changes over theirs; fields only they changed keep their version."));
    m_takeServers->setText(tr("&Take the server's"));
    m_takeServers->setToolTip(tr("Drop your changes and show the server's version."));
    m_merge->setText(tr("&Merge as chosen"));
    m_merge->setToolTip(tr("Keep what the Keep column says, field by field."));
    m_cancelNote->setText(tr("Cancel keeps your form as it is; saving again shows this again."));
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConflictDialog::finish(Resolution resolution)
{
    m_resolution = resolution;
    accept();
}

QMap<QString, OfferingEdit::Pick> ConflictDialog::picks() const
{
    QMap<QString, OfferingEdit::Pick> result;
    for (const OfferingEdit::ConflictField &field : m_fields) {
        if (!field.changedByYou)
            continue;
        switch (m_resolution) {
        case Resolution::KeepMine: result.insert(field.field, OfferingEdit::Pick::Yours); break;
        case Resolution::TakeServers: result.insert(field.field, OfferingEdit::Pick::Theirs); break;
        case Resolution::Merge:
            result.insert(field.field,
                          static_cast<OfferingEdit::Pick>(m_pickBoxes.value(field.field)->currentData().toInt()));
            break;
        }
    }
    return result;
}

} // namespace pc
