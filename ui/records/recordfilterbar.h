#pragma once

#include "app/models/recordstate.h"
#include "ui/records/recordview.h"

#include <QList>
#include <QWidget>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pc {

class PagedTableModel;
class RecordFilterProxy;

// The filters over a record table, in two rows. The first: the predefined
// filter (applied by the server), the quick filter and, for instances, state
// chips (both applied to the loaded rows), the button that opens the server
// filter, and Load all. The second, hidden until asked for: conditions the
// server applies. The bar sets them on the model and the proxy itself.
class RecordFilterBar : public QWidget
{
    Q_OBJECT

public:
    RecordFilterBar(RecordView::Kind kind, PagedTableModel *model, RecordFilterProxy *proxy, QWidget *parent);

    QComboBox *predefinedBox() const { return m_predefined; }
    QLineEdit *quickFilterEdit() const { return m_quickFilter; }
    // The bar's widgets in the order Tab visits them: left to right, top to bottom.
    QList<QWidget *> tabChain() const;

    void focusQuickFilter();
    void showServerFilter();
    // Esc's steps inside the bar: each returns false when there was nothing to do.
    bool clearQuickFilter();
    bool holdsFocus(QWidget *focus) const; // the quick filter has it, or `focus` is in the server filter
    bool hideUnusedServerFilter();

    // Without asking the server: the query is set all at once by RecordView::restoreState().
    void selectPredefinedFilter(const QString &filter);
    QString predefinedFilter() const;
    // Shows the model's server conditions, opening their row when there are any.
    void showServerConditions();

    void updateMatchCount();
    // The State chip (instances only): one state, or any (nullopt).
    void setStateChip(std::optional<InstanceState> state);
    void setLoadAllEnabled(bool enabled);

Q_SIGNALS:
    // The quick filter or a chip changed which loaded rows the table shows.
    void localFilterChanged();
    void loadAllRequested();
    // Esc in the quick filter or in a condition's value.
    void backOutRequested();
    // Down or Enter in the quick filter: on to the matches.
    void tableRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The predefined filters and the conditions' operators: (the API's value, its name).
    QList<QPair<QString, QString>> predefinedFilters() const;
    static QList<QPair<QString, QString>> conditionOperators();
    void retranslate();
    void retranslateFields(); // the conditions' fields, by their columns' titles
    void buildToolbar(QWidget *bar);
    QComboBox *addStateChip(QHBoxLayout *layout);
    void buildServerFilter();
    void addServerCondition();
    void updateConditionsLabel();
    QString fieldTitle(const QString &field) const;
    // One condition in words: "Created between 1/7/22 and 1/8/22".
    QString describeCondition(const QString &title, const QString &value) const;

    RecordView::Kind m_kind;
    PagedTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QComboBox *m_predefined;
    QLineEdit *m_quickFilter;
    QLabel *m_matchCount;
    QComboBox *m_stateChip = nullptr;
    QPushButton *m_filterButton = nullptr;
    QPushButton *m_loadAllButton;
    QWidget *m_serverFilter;
    QComboBox *m_conditionField;
    QComboBox *m_conditionOperator;
    QLineEdit *m_conditionValue;
    QLabel *m_conditionsLabel;
    QLabel *m_serverFilterLabel;
    QPushButton *m_addCondition = nullptr;
    QPushButton *m_clearConditions = nullptr;
};

} // namespace pc
