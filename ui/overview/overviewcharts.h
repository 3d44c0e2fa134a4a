#pragma once

#include "app/overview/overviewfigures.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaObject>
#include <QPalette>
#include <functional>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace pc {

// The chart of installs per offering: a horizontal bar per offering, the
// largest on top, split by state (one bar set per state, in the states'
// colours), "other" last.
class OfferingChart
{
    Q_DECLARE_TR_FUNCTIONS(OfferingChart)

public:
    OfferingChart();
    QChart *chart() const { return m_chart; } // handed to a view, which owns it then

    void setBars(const QList<OfferingBar> &bars);
    const QList<OfferingBar> &bars() const { return m_bars; }
    // Row: the bar, top to bottom; column: the state. -1: none.
    void highlight(int row, int column);
    // A click on a bar's part: its row and column, as highlight() counts them.
    void onClicked(std::function<void(int row, int column)> clicked);
    void applyPalette(const QPalette &palette);
    // The title and the states' names in the language installed now.
    void retranslate();
    // Right to left: the names on the right, the bars growing leftwards.
    void setDirection(Qt::LayoutDirection direction);

private:
    int categoryOf(int row) const { return int(m_bars.size()) - 1 - row; }

    QChart *m_chart;
    QHorizontalStackedBarSeries *m_series;
    QList<QBarSet *> m_sets; // by InstanceState
    QBarCategoryAxis *m_names;
    QValueAxis *m_counts;
    QList<OfferingBar> m_bars;
};

// The chart of adoption over time: installs per month as bars, the running
// total as a line on an axis of its own. Time runs left to right in either
// layout direction: Qt Charts reverses a line's axis but not a bar series',
// which would part the two.
class AdoptionChart
{
    Q_DECLARE_TR_FUNCTIONS(AdoptionChart)

public:
    AdoptionChart();
    // Its chart belongs to the view it was handed to, which may outlive this.
    ~AdoptionChart();
    AdoptionChart(const AdoptionChart &) = delete;
    AdoptionChart &operator=(const AdoptionChart &) = delete;
    QChart *chart() const { return m_chart; }

    void setPoints(const QList<MonthPoint> &points);
    void highlight(int month);
    // `clicked` is called with the month's row when its bar is clicked.
    void onClicked(std::function<void(int month)> clicked);
    void applyPalette(const QPalette &palette);
    void retranslate();

    // The months labelled: one every few (the others blank but distinct),
    // as many as fit side by side in the plot's width.
    QStringList monthLabels() const { return m_labels; }

private:
    void labelMonths(qreal plotWidth);

    QChart *m_chart;
    QBarSeries *m_bars;
    QBarSet *m_installs;
    QLineSeries *m_total;
    QBarCategoryAxis *m_months;
    QValueAxis *m_installAxis;
    QValueAxis *m_totalAxis;
    QStringList m_monthNames; // every month's label ("Jan 24"), read once by setPoints()
    QStringList m_labels;
    QMetaObject::Connection m_relabel; // the chart's plot width to labelMonths()
};

// Colours a chart from the palette: background, titles, labels and grid.
void paletteChart(QChart *chart, const QPalette &palette);

} // namespace pc
