#pragma once

#include "app/models/recordstate.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pc {

class AdoptionChart;
class ApiClient;
class ChartCursor;
class DraftLookup;
class FigureTile;
class InstancesModel;
class LocalIndex;
class OfferingChart;
class OfferingsModel;
class Overview;

// The Overview area: the installed base at a glance. Figures across the
// top, installs per offering by state, adoption over time, and what changed
// since the last visit; each figure, bar and line opens the rows it counts.
// Computed from the rows the tables hold (the local index's, or the pages
// loaded: then it says so and offers to load the rest), never by a request
// of its own but the list of drafts (a record does not say it is one).
// By keyboard: Tab from figure to chart to list, arrows along a chart's
// bars, Enter opens; T shows the same numbers as tables.
class OverviewArea : public QWidget
{
    Q_OBJECT

public:
    // `profileKey`: whose last visit this is (VisitSnapshot::pathFor());
    // `index`: the local index, nullptr without one.
    OverviewArea(ApiClient *client, OfferingsModel *offerings, InstancesModel *instances, LocalIndex *index,
                 const QString &profileKey, QWidget *parent = nullptr);
    ~OverviewArea() override;

    Overview *overview() const { return m_overview; }
    ChartCursor *offeringChart() const { return m_offeringView; }
    ChartCursor *adoptionChart() const { return m_adoptionView; }
    QListView *changesList() const { return m_changes; }
    QComboBox *adoptionOfferingBox() const { return m_adoptionOffering; }
    QComboBox *adoptionRangeBox() const { return m_adoptionRange; }
    QList<FigureTile *> tiles() const { return m_tiles; }
    // "Based on …": what the numbers were computed from.
    QString basisText() const;
    QString statusText() const { return basisText(); }

    // T: the charts or the same numbers as tables.
    void toggleTables();
    bool showsTables() const;
    // Counts again now (otherwise a moment after the rows change).
    void recompute();
    // The window closes: what was shown becomes the last visit.
    void endVisit();
    // Reads which offerings are drafts (at start, and on Refresh).
    void refreshDrafts();
    // Puts the focus on the first figure.
    void focusFirst();

    // The exports: the area as a picture, the numbers as CSV.
    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    void exportWithDialog();

Q_SIGNALS:
    // Drill-down: the instances of an offering (0: all) in a state (nullopt: any).
    void instancesRequested(qint64 offeringId, const QString &offeringName,
                            std::optional<pc::InstanceState> state);
    // Drill-down: the instances of several offerings ("other"), named `label`,
    // in a state (nullopt: any).
    void instancesOfOfferingsRequested(const QList<qint64> &offeringIds, const QString &label,
                                       std::optional<pc::InstanceState> state);
    // Drill-down: the instances of an offering (0: all) created in `month`
    // (its first day; months begin at local midnight, as the chart counts).
    void instancesCreatedRequested(qint64 offeringId, const QString &offeringName, const QDate &month);
    // The offerings of a predefined filter ("" all, "latest_internal",
    // "latest_published") or the disabled ones.
    void offeringsRequested(const QString &predefinedFilter, bool disabledOnly);
    // A line of "since your last visit": its record.
    void instanceRecordRequested(qint64 id);
    void offeringRecordRequested(qint64 id);
    // "Load all" / "Sync now": the rows the numbers lack.
    void completeRequested();
    void statusChanged();
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    // The list of drafts is read when the overview is first shown (with rows).
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildFigures();
    QWidget *buildCharts();
    QWidget *buildTables();
    QWidget *buildChanges();
    void scheduleRecompute();
    void askForDraftsOnce();
    bool rowsAreWhole() const;
    bool rowsAreComplete() const;
    void showNumbers();
    void showChanges();
    void fillOfferingBox();
    void applyPalette();
    void applyDirection();
    void retranslate();
    void openBar(int row, int column);
    void openMonth(int row);
    void openTile(int tile);
    void openChange(const QModelIndex &index);

    OfferingsModel *m_offerings;
    InstancesModel *m_instances;
    LocalIndex *m_index;
    Overview *m_overview;
    DraftLookup *m_drafts;
    QTimer m_recomputeTimer;
    OfferingChart *m_offeringChart;
    AdoptionChart *m_adoptionChart;
    ChartCursor *m_offeringView = nullptr;
    ChartCursor *m_adoptionView = nullptr;
    QLabel *m_basis = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_tablesButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QList<FigureTile *> m_tiles;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_adoptionOffering = nullptr;
    QComboBox *m_adoptionRange = nullptr;
    QLabel *m_adoptionLabel = nullptr;
    QLabel *m_changesTitle = nullptr;
    QListView *m_changes = nullptr;
    QPushButton *m_markSeen = nullptr;
    QList<QTableView *> m_tables;
    QList<QLabel *> m_tableHeadings;
    QWidget *m_content = nullptr; // what the picture exports show
    bool m_draftsAsked = false;
};

} // namespace pc
