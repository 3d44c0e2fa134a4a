#pragma once

#include "app/models/recordstate.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;

namespace pc {

class ApiCall;
class ColumnChooser;
class DetailPane;
class LocalRecordSource;
class PagedTableModel;
class RecordBanners;
class RecordFilterBar;
class RecordFilterProxy;
class RecordTableWiring;
struct ApiResponse;

// One record area (offerings or instances): the table over a paged model and
// its filter proxy, with everything needed to find a record by keyboard:
// predefined filters, the quick filter, state chips, server conditions, sort
// (by the server where it can, locally otherwise), columns, Load all, the
// detail pane, and banners for errors and for what is only partly loaded.
//
// The view composes its parts (RecordFilterBar, RecordBanners,
// RecordTableWiring, ColumnChooser) and keeps what spans them: Esc's order,
// refresh, Load all, the detail pane following the table, the status texts
// and the saved state.
class RecordView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Offerings, Instances };

    RecordView(Kind kind, PagedTableModel *model, QWidget *parent = nullptr);
    ~RecordView() override;

    Kind kind() const { return m_kind; }
    PagedTableModel *model() const { return m_model; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    QLineEdit *quickFilterEdit() const;
    QComboBox *predefinedFilterBox() const;

    // "300 of 20,417 instances loaded", or the state the view is in.
    QString statusText() const;
    // What the empty table says ("No offerings match"), empty when it has rows.
    QString emptyText() const;
    QString noticeText() const;

    // Instances only: the rows of one offering (0: all) in one state (or
    // any) and matching `conditions` (the server filter's: a creation month),
    // chips set, and no other server filter narrowing them; Back then undoes
    // it and asks to return (returnRequested()).
    void showDrillDown(qint64 offeringId, const QString &offeringName, std::optional<InstanceState> state,
                       const QList<QPair<QString, QString>> &conditions = {});
    // Instances only: the rows of several offerings (the overview's "other"),
    // named `label`, in one state (or any), the same way.
    void showOfferingsDrillDown(const QList<qint64> &offeringIds, const QString &label,
                                std::optional<InstanceState> state);
    // The rows of a predefined filter and conditions, the same way (Back
    // returns to the query the view had).
    void showQueryDrillDown(const QString &predefinedFilter,
                            const QList<QPair<QString, QString>> &conditions);
    // The record `id` selected, with its detail pane, if it is among the
    // loaded rows (a chip or the quick filter hiding it is cleared); Back
    // then returns too. False when it is not loaded.
    bool showRecord(qint64 id);

    // Actions.
    void focusQuickFilter();
    // Esc: clears the quick filter, else closes the detail pane, else ends a
    // drill-down. Returns false when there was nothing to back out of.
    bool backOut();
    void openDetail();
    void closeDetail();
    void refresh();
    // Reads the rows from a local copy (nullptr: pages again), keeping the
    // selection and the scroll position, as a refresh does.
    void setLocalSource(LocalRecordSource *source);
    void loadAll();
    void cancelLoadAll();
    void sortByColumn(int column); // again on the same column reverses
    void setColumnVisible(int column, bool visible);
    void chooseColumns();
    void showServerFilterBar();
    void copySelectionAsJson();
    void toggleMarkCurrentRow();
    // The ids of the selected records, in the table's order.
    QList<qint64> selectedIds() const;
    // Rows and columns as the table shows them, for export.
    QList<int> visibleColumns() const; // model columns, in visual order

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

Q_SIGNALS:
    void statusChanged();
    // The user asked for the instances of an offering (offerings view only).
    void showInstancesRequested(qint64 offeringId, const QString &offeringName);
    // Back after showDrillDown(): to where it came from.
    void returnRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setupTable();
    void setupLayout();
    void connectParts();
    void connectModel();
    void setupTabOrder();
    void showAll();
    void updateBanners();
    void updateEmptyState();
    void applyVisibleColumns();
    void showColumnsOf(const QStringList &fields);
    void onDetailFinished(const ApiResponse &response);
    void fetchDetail(qint64 id, bool force);
    QStringList columnFields() const;
    void applyQuery(const QString &predefinedFilter, const QList<QPair<QString, QString>> &conditions);

    Kind m_kind;
    PagedTableModel *m_model;
    RecordFilterProxy *m_proxy;
    RecordFilterBar *m_filterBar;
    RecordBanners *m_banners;
    QSplitter *m_splitter;
    QTableView *m_table;
    DetailPane *m_detail;
    RecordTableWiring *m_tableWiring = nullptr;
    ColumnChooser *m_columns = nullptr;
    QPointer<ApiCall> m_detailCall;
    QTimer m_followTimer;
    qint64 m_detailId = 0;
    bool m_refreshing = false; // inside refresh()'s reload
    bool m_drillDownFromElsewhere = false;
    // What a query drill-down replaced, for Back.
    std::optional<QPair<QString, QList<QPair<QString, QString>>>> m_restoreQuery;
};

} // namespace pc
