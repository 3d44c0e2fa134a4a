#include "ui/overview/overviewcharts.h"

#include "app/overview/overviewtables.h"
#include "ui/records/statebadge.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the classes to name the translation context as Qt does at run time (pc::AdoptionModel,
// also where AdoptionChart's constructor borrows its words).
class AdoptionModel { Q_OBJECT };
class AdoptionChart { Q_DECLARE_TR_FUNCTIONS(AdoptionChart) };
#endif

namespace {

// A round upper bound for an axis, so its ticks read as whole numbers.
qreal niceMaximum(qreal value)
{
    if (value <= 5)
        return 5;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (qreal step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// Puts `axis` on the chart at `alignment` (again), attached to `series`.
void placeAxis(QChart *chart, QAbstractAxis *axis, Qt::Alignment alignment,
               const QList<QAbstractSeries *> &series)
{
    if (axis->alignment() == alignment)
        return;
    chart->removeAxis(axis);
    chart->addAxis(axis, alignment);
    for (QAbstractSeries *one : series)
        one->attachAxis(axis);
}

QString shortName(const QString &name)
{
    return name.size() > 24 ? name.left(23) + QChar(0x2026) : name;
}

} // namespace

void paletteChart(QChart *chart, const QPalette &palette)
{
    chart->setTheme(palette.color(QPalette::Base).lightness() < 128 ? QChart::ChartThemeDark
                                                                    : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

OfferingChart::OfferingChart()
    : m_chart(new QChart)
    , m_series(new QHorizontalStackedBarSeries)
    , m_names(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
{
    for (int state = 0; state < InstanceStateCount; ++state) {
        auto *set = new QBarSet(QString()); // named by retranslate()
        m_sets.append(set);
        m_series->append(set);
    }
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_names, Qt::AlignLeft);
    m_chart->addAxis(m_counts, Qt::AlignBottom);
    m_series->attachAxis(m_names);
    m_series->attachAxis(m_counts);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    // The names are the point of the chart: shortened here (shortName()), never to "…" by the axis.
    m_names->setTruncateLabels(false);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    retranslate();
}

void OfferingChart::retranslate()
{
    for (int state = 0; state < InstanceStateCount; ++state)
        m_sets[state]->setLabel(RecordStateText::word(InstanceState(state)));
    m_chart->setTitle(tr("Installs per offering"));
}

void OfferingChart::setDirection(Qt::LayoutDirection direction)
{
    const bool rightToLeft = direction == Qt::RightToLeft;
    placeAxis(m_chart, m_names, rightToLeft ? Qt::AlignRight : Qt::AlignLeft, {m_series});
    m_counts->setReverse(rightToLeft);
}

void OfferingChart::setBars(const QList<OfferingBar> &bars)
{
    m_bars = bars;
    QStringList names;
    qreal largest = 0;
    for (QBarSet *set : std::as_const(m_sets))
        set->remove(0, set->count());
    // Bottom to top: the largest is drawn last, on top.
    for (qsizetype index = bars.size() - 1; index >= 0; --index) {
        const OfferingBar &bar = bars.at(index);
        names.append(shortName(bar.name));
        for (int state = 0; state < InstanceStateCount; ++state)
            m_sets[state]->append(qreal(bar.counts.byState[size_t(state)]));
        largest = std::max(largest, qreal(bar.counts.total()));
    }
    // Two offerings with the same short name would share a category.
    for (qsizetype index = 0; index < names.size(); ++index) {
        if (names.indexOf(names.at(index)) != index)
            names[index] += QStringLiteral(" (%1)").arg(index);
    }
    m_names->clear();
    m_names->append(names);
    m_counts->setRange(0, niceMaximum(largest));
    m_counts->applyNiceNumbers();
}

void OfferingChart::highlight(int row, int column)
{
    for (QBarSet *set : std::as_const(m_sets))
        set->deselectAllBars();
    if (row >= 0 && column >= 0 && row < m_bars.size() && column < m_sets.size())
        m_sets[column]->selectBar(categoryOf(row));
}

void OfferingChart::onClicked(std::function<void(int row, int column)> clicked)
{
    QObject::connect(
        m_series, &QAbstractBarSeries::clicked, m_chart,
        [this, clicked](int index, QBarSet *set) { clicked(categoryOf(index), int(m_sets.indexOf(set))); });
}

void OfferingChart::applyPalette(const QPalette &palette)
{
    paletteChart(m_chart, palette);
    for (int state = 0; state < InstanceStateCount; ++state) {
        const QColor colour = StateBadge::colour(InstanceState(state), palette);
        m_sets[state]->setColor(colour);
        m_sets[state]->setBorderColor(palette.color(QPalette::Base));
        m_sets[state]->setSelectedColor(palette.color(QPalette::Highlight));
        m_sets[state]->setLabelColor(palette.color(QPalette::Text));
    }
}

AdoptionChart::AdoptionChart()
    : m_chart(new QChart)
    , m_bars(new QBarSeries)
    , m_installs(new QBarSet(QString()))
    , m_total(new QLineSeries)
    , m_months(new QBarCategoryAxis)
    , m_installAxis(new QValueAxis)
    , m_totalAxis(new QValueAxis)
{
    m_bars->append(m_installs);
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_total);
    m_chart->addAxis(m_months, Qt::AlignBottom);
    m_chart->addAxis(m_installAxis, Qt::AlignLeft);
    m_chart->addAxis(m_totalAxis, Qt::AlignRight);
    m_bars->attachAxis(m_months);
    m_bars->attachAxis(m_installAxis);
    m_total->attachAxis(m_months);
    m_total->attachAxis(m_totalAxis);
    m_months->setTruncateLabels(false); // a label every few months (setPoints()), each whole
    m_installAxis->setLabelFormat(QStringLiteral("%d"));
    m_totalAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // A narrower chart labels fewer months (the window made narrow, the
    // splitter moved): labels side by side, never over each other.
    m_relabel = QObject::connect(m_chart, &QChart::plotAreaChanged, m_chart,
                                 [this](const QRectF &plotArea) { labelMonths(plotArea.width()); });
    retranslate();
}

AdoptionChart::~AdoptionChart()
{
    QObject::disconnect(m_relabel);
}

void AdoptionChart::retranslate()
{
    m_installs->setLabel(AdoptionModel::tr("Installs"));
    m_total->setName(AdoptionModel::tr("Running total"));
    m_chart->setTitle(tr("Adoption over time"));
}

void AdoptionChart::setPoints(const QList<MonthPoint> &points)
{
    m_installs->remove(0, m_installs->count());
    QList<QPointF> line;
    qreal most = 0;
    qreal total = 0;
    const QLocale locale;
    m_monthNames.clear();
    for (qsizetype index = 0; index < points.size(); ++index) {
        const MonthPoint &point = points.at(index);
        m_installs->append(qreal(point.installs));
        line.append(QPointF(qreal(index), qreal(point.runningTotal)));
        m_monthNames.append(locale.toString(point.month, QStringLiteral("MMM yy")));
        most = std::max(most, qreal(point.installs));
        total = std::max(total, qreal(point.runningTotal));
    }
    m_total->replace(line);
    m_labels.clear();
    labelMonths(m_chart->plotArea().width());
    m_installAxis->setRange(0, niceMaximum(most));
    m_installAxis->applyNiceNumbers();
    m_totalAxis->setRange(0, niceMaximum(total));
    m_totalAxis->applyNiceNumbers();
}

// Long ranges: a label every few months, the others blank but distinct.
void AdoptionChart::labelMonths(qreal plotWidth)
{
    const QFontMetrics metrics(m_months->labelsFont());
    int widest = 0;
    for (const QString &name : std::as_const(m_monthNames))
        widest = std::max(widest, metrics.horizontalAdvance(name));
    // At most ten, and only as many as fit with a gap of a line's height
    // between them (before the chart is first laid out: ten).
    const qsizetype room = plotWidth > 0 ? qsizetype(plotWidth / (widest + metrics.height())) : 10;
    const qsizetype fitting = std::clamp<qsizetype>(room, 1, 10);
    const qsizetype every = std::max<qsizetype>(1, (m_monthNames.size() + fitting - 1) / fitting);
    QStringList labels;
    for (qsizetype index = 0; index < m_monthNames.size(); ++index)
        labels.append(index % every == 0 ? m_monthNames.at(index) : QString(index, QChar(0x200b)));
    if (labels == m_labels)
        return; // the same labels: no new layout (which would ask again)
    m_labels = labels;
    m_months->clear();
    m_months->append(labels);
}

void AdoptionChart::onClicked(std::function<void(int month)> clicked)
{
    QObject::connect(m_bars, &QAbstractBarSeries::clicked, m_chart,
                     [clicked](int index, QBarSet *) { clicked(index); });
}

void AdoptionChart::highlight(int month)
{
    m_installs->deselectAllBars();
    if (month >= 0 && month < m_installs->count())
        m_installs->selectBar(month);
}

void AdoptionChart::applyPalette(const QPalette &palette)
{
    paletteChart(m_chart, palette);
    m_installs->setColor(StateBadge::colour(OfferingState::Published, palette));
    m_installs->setBorderColor(palette.color(QPalette::Base));
    m_installs->setSelectedColor(palette.color(QPalette::Highlight));
    QPen pen(StateBadge::colour(InstanceState::Active, palette));
    pen.setWidthF(2.5);
    m_total->setPen(pen);
}

} // namespace pc
