#include "ui/overview/overviewcharts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QFontMetrics>
#include <QLocale>
#include <QSet>
#include <QTest>

using pc::AdoptionChart;
using pc::MonthPoint;

namespace {

// Six years of months, as the adoption chart's "All time" shows a provider's.
QList<MonthPoint> sixYears()
{
    QList<MonthPoint> points;
    qint64 total = 0;
    for (int month = 0; month < 72; ++month) {
        MonthPoint point;
        point.month = QDate(2021, 1, 1).addMonths(month);
        point.installs = 40 + month % 7;
        total += point.installs;
        point.runningTotal = total;
        points.append(point);
    }
    return points;
}

QStringList shown(const AdoptionChart &chart)
{
    QStringList labels;
    for (const QString &label : chart.monthLabels()) {
        if (!label.trimmed().remove(QChar(0x200b)).isEmpty())
            labels.append(label);
    }
    return labels;
}

// The labels shown, side by side with a gap, fit in the plot's width.
bool fitSideBySide(const AdoptionChart &chart)
{
    const QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *one : chart.chart()->axes(Qt::Horizontal))
        axis = qobject_cast<QBarCategoryAxis *>(one);
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const QString &label : shown(chart))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return shown(chart).size() * (widest + metrics.height()) <= chart.chart()->plotArea().width();
}

} // namespace

class TestOverviewCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthLabelsNeverOverlap();
};

// A wide chart labels up to ten months; made narrow (a narrow window, the
// splitter moved), fewer, so they never run into each other; wide again, more.
void TestOverviewCharts::monthLabelsNeverOverlap()
{
    AdoptionChart chart;
    QChartView view(chart.chart());
    chart.setPoints(sixYears());
    QCOMPARE(chart.monthLabels().size(), 72);
    QCOMPARE(chart.monthLabels().constFirst(),
             QLocale().toString(QDate(2021, 1, 1), QStringLiteral("MMM yy")));

    view.resize(1100, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(chart.chart()->plotArea().width() > 900);
    QTRY_COMPARE(shown(chart).size(), 9); // one every 8 months: 72 / 8
    QVERIFY(fitSideBySide(chart));

    view.resize(420, 300);
    QTRY_VERIFY(chart.chart()->plotArea().width() < 400);
    QTRY_VERIFY(shown(chart).size() < 9);
    QVERIFY2(fitSideBySide(chart), qPrintable(shown(chart).join(u' ')));
    QVERIFY(shown(chart).size() >= 2);
    // Each month keeps its own category: only the words are left out.
    QCOMPARE(chart.monthLabels().size(), 72);
    QCOMPARE(QSet<QString>(chart.monthLabels().cbegin(), chart.monthLabels().cend()).size(), 72);

    view.resize(1100, 300);
    QTRY_COMPARE(shown(chart).size(), 9);
}

QTEST_MAIN(TestOverviewCharts)
#include "tst_overviewcharts.moc"
