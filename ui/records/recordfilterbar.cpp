#include "ui/records/recordfilterbar.h"

#include "app/models/instancesmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/models/recordstate.h"
#include "app/records/timestamp.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::RecordFilterBar).
class RecordFilterBar { Q_OBJECT };
#endif

RecordFilterBar::RecordFilterBar(RecordView::Kind kind, PagedTableModel *model, RecordFilterProxy *proxy,
                                 QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_proxy(proxy)
    , m_predefined(new QComboBox(this))
    , m_quickFilter(new QLineEdit(this))
    , m_matchCount(new QLabel(this))
    , m_loadAllButton(new QPushButton(this))
    , m_serverFilter(new QWidget(this))
    , m_conditionField(new QComboBox(m_serverFilter))
    , m_conditionOperator(new QComboBox(m_serverFilter))
    , m_conditionValue(new QLineEdit(m_serverFilter))
    , m_conditionsLabel(new QLabel(m_serverFilter))
    , m_serverFilterLabel(new QLabel(m_serverFilter))
{
    auto *toolbar = new QWidget(this);
    buildToolbar(toolbar);
    buildServerFilter();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_serverFilter);
    // The conditions are shown by their columns' titles, which follow the language.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &RecordFilterBar::retranslateFields);
    retranslate();
}

QList<QPair<QString, QString>> RecordFilterBar::predefinedFilters() const
{
    // The model says which the API offers; the first is no filter.
    const QHash<QString, QString> titles{
        {QStringLiteral("latest_internal"), tr("Drafts")},
        {QStringLiteral("latest_published"), tr("Published")},
        {QStringLiteral("all_latest_published"), tr("Published, incl. trusted accounts")},
        {QStringLiteral("consumed"), tr("Installed here")},
        {QStringLiteral("enabled"), tr("Enabled")},
        {QStringLiteral("disabled"), tr("Disabled")}};
    QList<QPair<QString, QString>> filters;
    for (const QString &filter : m_model->predefinedFilters()) {
        if (filter.isEmpty())
            filters.append(
                {filter, m_kind == RecordView::Kind::Offerings ? tr("All offerings") : tr("All instances")});
        else
            filters.append({filter, titles.value(filter, filter)});
    }
    return filters;
}

QList<QPair<QString, QString>> RecordFilterBar::conditionOperators()
{
    // The API's operators (4me-api.md §3), in words.
    return {{QString(), tr("is")},
            {QStringLiteral("!"), tr("is not")},
            {QStringLiteral(">"), tr("after / above")},
            {QStringLiteral("<"), tr("before / below")},
            {QStringLiteral("empty"), tr("is empty")},
            {QStringLiteral("present"), tr("is present")}};
}

// Every text of the bar in the language installed now; what is chosen and
// typed stays.
void RecordFilterBar::retranslate()
{
    const QList<QPair<QString, QString>> filters = predefinedFilters();
    for (int item = 0; item < filters.size(); ++item)
        m_predefined->setItemText(item, filters.at(item).second);
    m_predefined->setToolTip(tr("Predefined filter, applied by the server"));
    m_predefined->setAccessibleName(tr("Predefined filter"));
    m_quickFilter->setPlaceholderText(tr("Filter loaded rows (Ctrl+F or /)"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    if (m_stateChip) {
        m_stateChip->setAccessibleName(tr("State"));
        m_stateChip->setItemText(0, tr("State: any"));
        for (int state = 0; state < InstanceStateCount; ++state)
            m_stateChip->setItemText(state + 1,
                                     tr("State: %1").arg(RecordStateText::word(InstanceState(state))));
        m_stateChip->setToolTip(tr("Filters the loaded rows; the API cannot filter on this"));
    }
    m_filterButton->setText(tr("S&erver filter…"));
    m_filterButton->setToolTip(tr("Conditions the server applies (Ctrl+Shift+F)"));
    m_loadAllButton->setText(tr("Load &all"));
    m_loadAllButton->setToolTip(tr("Load every page (Ctrl+Shift+A)"));
    m_serverFilterLabel->setText(tr("Server filter:"));
    const QList<QPair<QString, QString>> operators = conditionOperators();
    for (int item = 0; item < operators.size(); ++item)
        m_conditionOperator->setItemText(item, operators.at(item).second);
    m_conditionValue->setPlaceholderText(tr("value, e.g. 2024-01-31 or true"));
    m_conditionField->setAccessibleName(tr("Server filter field"));
    m_conditionOperator->setAccessibleName(tr("Server filter operator"));
    m_conditionValue->setAccessibleName(tr("Server filter value"));
    m_addCondition->setText(tr("Add"));
    m_addCondition->setAccessibleDescription(tr("Adds the condition to the server filter"));
    m_clearConditions->setText(tr("Clear"));
    m_clearConditions->setAccessibleDescription(tr("Removes every condition of the server filter"));
    retranslateFields();
    updateMatchCount();
}

void RecordFilterBar::retranslateFields()
{
    for (int item = 0; item < m_conditionField->count(); ++item)
        m_conditionField->setItemText(item, fieldTitle(m_conditionField->itemData(item).toString()));
    updateConditionsLabel();
}

void RecordFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordFilterBar::buildToolbar(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);

    m_predefined->setObjectName(QStringLiteral("predefinedFilter"));
    // The choices' names change with the language: the boxes grow with them.
    for (QComboBox *box : {m_predefined, m_conditionField, m_conditionOperator})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[filter, name] : predefinedFilters())
        m_predefined->addItem(name, filter);
    connect(m_predefined, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setPredefinedFilter(m_predefined->currentData().toString()); });
    layout->addWidget(m_predefined);

    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->installEventFilter(this);
    m_quickFilter->setMinimumWidth(260);
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuickFilter(text);
        Q_EMIT localFilterChanged();
    });
    layout->addWidget(m_quickFilter, 1);
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    m_matchCount->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_matchCount);

    if (m_kind == RecordView::Kind::Instances) {
        // States the API cannot filter on: a chip over the loaded rows.
        m_stateChip = addStateChip(layout);
    }

    m_filterButton = new QPushButton(this);
    connect(m_filterButton, &QPushButton::clicked, this, &RecordFilterBar::showServerFilter);
    layout->addWidget(m_filterButton);
    m_loadAllButton->setObjectName(QStringLiteral("loadAllButton"));
    connect(m_loadAllButton, &QPushButton::clicked, this, &RecordFilterBar::loadAllRequested);
    layout->addWidget(m_loadAllButton);
}

QComboBox *RecordFilterBar::addStateChip(QHBoxLayout *layout)
{
    auto *chip = new QComboBox(this);
    chip->setObjectName(QStringLiteral("stateChip"));
    chip->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chip->addItem(QString()); // any; the items are named by retranslate()
    for (int state = 0; state < InstanceStateCount; ++state)
        chip->addItem(QString(), state);
    connect(chip, &QComboBox::currentIndexChanged, this, [this, chip] {
        const QVariant value = chip->currentData();
        m_proxy->setKindFilter(InstancesModel::State,
                               value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt);
        Q_EMIT localFilterChanged();
    });
    layout->addWidget(chip);
    return chip;
}

void RecordFilterBar::setStateChip(std::optional<InstanceState> state)
{
    if (m_stateChip)
        m_stateChip->setCurrentIndex(state ? int(*state) + 1 : 0);
}

void RecordFilterBar::buildServerFilter()
{
    m_serverFilter->setObjectName(QStringLiteral("serverFilterBar"));
    auto *layout = new QHBoxLayout(m_serverFilter);
    layout->setContentsMargins(8, 0, 8, 6);
    layout->addWidget(m_serverFilterLabel);
    for (const QString &field : m_model->serverFilterFields())
        m_conditionField->addItem(fieldTitle(field), field);
    for (const auto &[op, words] : conditionOperators())
        m_conditionOperator->addItem(words, op);
    auto *add = new QPushButton(m_serverFilter);
    auto *clear = new QPushButton(m_serverFilter);
    m_addCondition = add;
    m_clearConditions = clear;
    m_conditionsLabel->setObjectName(QStringLiteral("serverConditions"));
    layout->addWidget(m_conditionField);
    layout->addWidget(m_conditionOperator);
    layout->addWidget(m_conditionValue, 1);
    layout->addWidget(add);
    layout->addWidget(m_conditionsLabel, 1);
    layout->addWidget(clear);
    connect(add, &QPushButton::clicked, this, &RecordFilterBar::addServerCondition);
    connect(m_conditionValue, &QLineEdit::returnPressed, this, &RecordFilterBar::addServerCondition);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->setServerConditions({});
        updateConditionsLabel();
    });
    connect(m_conditionOperator, &QComboBox::currentIndexChanged, this, [this] {
        const QString op = m_conditionOperator->currentData().toString();
        m_conditionValue->setEnabled(op != QLatin1String("empty") && op != QLatin1String("present"));
    });
    m_conditionValue->installEventFilter(this);
    m_conditionField->installEventFilter(this);
    m_serverFilter->hide();
}

QList<QWidget *> RecordFilterBar::tabChain() const
{
    QList<QWidget *> chain = {m_predefined, m_quickFilter};
    if (m_stateChip)
        chain.append(m_stateChip);
    chain += {m_filterButton,   m_loadAllButton, m_conditionField, m_conditionOperator,
              m_conditionValue, m_addCondition,  m_clearConditions};
    return chain;
}

void RecordFilterBar::focusQuickFilter()
{
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    m_quickFilter->selectAll();
}

void RecordFilterBar::showServerFilter()
{
    m_serverFilter->show();
    m_conditionField->setFocus();
}

bool RecordFilterBar::clearQuickFilter()
{
    if (m_quickFilter->text().isEmpty())
        return false;
    m_quickFilter->clear();
    return true;
}

bool RecordFilterBar::holdsFocus(QWidget *focus) const
{
    return m_quickFilter->hasFocus() || m_serverFilter->isAncestorOf(focus);
}

// An open server filter with conditions stays: it shows what the table holds.
bool RecordFilterBar::hideUnusedServerFilter()
{
    if (!m_serverFilter->isVisible() || !m_model->serverConditions().isEmpty())
        return false;
    m_serverFilter->hide();
    return true;
}

void RecordFilterBar::selectPredefinedFilter(const QString &filter)
{
    const int index = m_predefined->findData(filter);
    QSignalBlocker block(m_predefined);
    m_predefined->setCurrentIndex(std::max(index, 0));
}

QString RecordFilterBar::predefinedFilter() const
{
    return m_predefined->currentData().toString();
}

void RecordFilterBar::showServerConditions()
{
    if (!m_model->serverConditions().isEmpty())
        m_serverFilter->show();
    updateConditionsLabel();
}

void RecordFilterBar::addServerCondition()
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

// A field by its name in the conditions: its column's title, but for
// `disabled`, a yes or no the server compares (the offerings' column shows a
// state made of more than it), and `source`, which no column shows.
QString RecordFilterBar::fieldTitle(const QString &field) const
{
    if (field == QLatin1String("disabled"))
        return tr("Disabled");
    if (field == QLatin1String("source"))
        return tr("Source");
    const int column = m_model->columnForField(field);
    return column >= 0 ? m_model->columns().at(column).title : field;
}

namespace {

// A bound as a person reads it: a time in local time (the date alone at
// local midnight, as a month's or day's bound is), anything else as typed.
QString boundText(const QString &value)
{
    const QDateTime time = parseApiTimestamp(value);
    if (!time.isValid())
        return value;
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return local.time() == QTime(0, 0) ? locale.toString(local.date(), QLocale::ShortFormat)
                                       : locale.toString(local, QLocale::ShortFormat);
}

} // namespace

QString RecordFilterBar::describeCondition(const QString &title, const QString &value) const
{
    if (value.isEmpty())
        return tr("%1 is empty").arg(title);
    if (value == QLatin1String("!"))
        return tr("%1 is present").arg(title);
    if (value.startsWith(QLatin1Char('!')))
        return tr("%1 is not %2").arg(title, value.mid(1));
    if (!value.startsWith(QLatin1Char('>')) && !value.startsWith(QLatin1Char('<')))
        return tr("%1 is %2").arg(title, value);
    // The API's ranges: ">a", ">=a", "<b", "<=b" and ">a<b" with either inclusive.
    const qsizetype upper = value.indexOf(QLatin1Char('<'));
    const QString low =
        value.startsWith(QLatin1Char('>')) ? value.mid(1, upper < 0 ? -1 : upper - 1) : QString();
    const QString high = upper >= 0 ? value.mid(upper + 1) : QString();
    const auto inclusive = [](const QString &bound) { return bound.startsWith(QLatin1Char('=')); };
    const auto text = [&inclusive](const QString &bound) {
        return boundText(inclusive(bound) ? bound.mid(1) : bound);
    };
    if (!low.isEmpty() && !high.isEmpty())
        return tr("%1 between %2 and %3").arg(title, text(low), text(high));
    if (!low.isEmpty())
        return (inclusive(low) ? tr("%1 on or after %2") : tr("%1 after %2")).arg(title, text(low));
    return (inclusive(high) ? tr("%1 on or before %2") : tr("%1 before %2")).arg(title, text(high));
}

void RecordFilterBar::updateConditionsLabel()
{
    QStringList parts;
    QStringList asSent; // the API's own words, in the tooltip
    for (const auto &[field, value] : m_model->serverConditions()) {
        parts.append(describeCondition(fieldTitle(field), value));
        asSent.append(field + QLatin1Char('=') + value);
    }
    m_conditionsLabel->setText(parts.isEmpty() ? tr("no conditions") : parts.join(tr(" and ")));
    m_conditionsLabel->setToolTip(asSent.join(QLatin1Char('&')));
}

void RecordFilterBar::updateMatchCount()
{
    m_matchCount->setText(m_proxy->hasLocalFilter()
                              ? tr("Matches: %1").arg(QLocale().toString(m_proxy->rowCount()))
                              : QString());
}

void RecordFilterBar::setLoadAllEnabled(bool enabled)
{
    m_loadAllButton->setEnabled(enabled);
}

bool RecordFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_quickFilter || watched == m_conditionValue) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT backOutRequested();
            return true;
        }
        if (watched == m_quickFilter &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            Q_EMIT tableRequested();
            return true;
        }
    }
    // A field chosen (by its first letters or the arrows), Enter goes on to
    // the value: the next thing to type. The value's operator is one Tab back.
    if (watched == m_conditionField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            (m_conditionValue->isEnabled() ? static_cast<QWidget *>(m_conditionValue) : m_conditionOperator)
                ->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pc
