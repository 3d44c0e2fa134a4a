#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;

namespace pc {

class ApiCall;
class DetailPane;
class InstancesModel;
class PagedTableModel;
class RecordFilterProxy;
struct ApiError;
struct ApiResponse;

// One record area (offerings or instances): the table over a paged model and
// its filter proxy, with everything needed to find a record by keyboard:
// predefined filters, the quick filter, state chips, server conditions, sort
// (by the server where it can, locally otherwise), columns, Load all, the
// detail pane, and banners for errors and for what is only partly loaded.
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
    QLineEdit *quickFilterEdit() const { return m_quickFilter; }
    QComboBox *predefinedFilterBox() const { return m_predefined; }

    // "300 of 20,417 instances loaded", or the state the view is in.
    QString statusText() const;
    // What the empty table says ("No offerings match"), empty when it has rows.
    QString emptyText() const;
    QString noticeText() const;

    // Actions.
    void focusQuickFilter();
    // Esc: clears the quick filter, else closes the detail pane, else ends a
    // drill-down. Returns false when there was nothing to back out of.
    bool backOut();
    void openDetail();
    void closeDetail();
    void refresh();
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolbar(QWidget *bar);
    void buildFilterBar();
    void updateBanners();
    void updateEmptyState();
    void updateSortIndicator();
    void applyVisibleColumns();
    void onHeaderClicked(int logicalIndex);
    void onHeaderMenu(const QPoint &position);
    void onDetailFinished(const ApiResponse &response);
    void restorePlace();
    void fetchDetail(qint64 id, bool force);
    QStringList columnFields() const;
    void moveToEdge(bool end, bool extendSelection);
    void addServerCondition();
    void updateConditionsLabel();

    Kind m_kind;
    PagedTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QComboBox *m_predefined;
    QLineEdit *m_quickFilter;
    QLabel *m_matchCount;
    QComboBox *m_suspendedChip = nullptr;
    QComboBox *m_enabledChip = nullptr;
    QPushButton *m_loadAllButton;
    QPushButton *m_filterButton = nullptr;
    QWidget *m_filterBar;
    QComboBox *m_conditionField;
    QComboBox *m_conditionOperator;
    QLineEdit *m_conditionValue;
    QLabel *m_conditionsLabel;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_retryButton;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_noticeLoadAll;
    QPushButton *m_noticeClose;
    QWidget *m_progress;
    QProgressBar *m_progressBar;
    QLabel *m_progressText;
    qint64 m_progressWaitUntil = 0; // a rate-limit wait is being shown until then
    QSplitter *m_splitter;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    DetailPane *m_detail;
    QPointer<ApiCall> m_detailCall;
    QTimer m_followTimer;
    qint64 m_detailId = 0;
    int m_localSortColumn = -1;
    Qt::SortOrder m_localSortOrder = Qt::AscendingOrder;
    // A refresh's place to return to.
    QList<qint64> m_placeSelection;
    qint64 m_placeCurrent = 0;
    qint64 m_placeTop = 0;
    int m_placeRows = 0;
    bool m_restoringPlace = false;
    bool m_refreshing = false; // inside refresh()'s reload
};

} // namespace pc
