// SPDX-License-Identifier: MIT
#include "stats/GroupComparisonChart.h"

#include "analysis/TestNarrative.h"
#include "charts/ChartPalette.h"
#include "stats/StatsTables.h"

#include <QLocale>
#include <qcustomplot.h>

namespace streamlens::ui {

namespace {

// "startup_time_ms (ms)": the axis names the variable by its key, as the choosers do.
QString axisLabel(const analysis::VariableInfo& info)
{
    const QString name =
        QString::fromStdString(analysis::TestNarrative::capitalized(std::string(info.label)));
    const QString unit = StatsTables::unitSuffix(info.unit);
    return unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit);
}

double scaled(double v, analysis::Unit unit)
{
    return unit == analysis::Unit::Fraction ? 100.0 * v : v;
}

} // namespace

GroupComparisonChart::GroupComparisonChart(QWidget* parent)
    : StatsChart(parent)
{
    redraw();
}

QString GroupComparisonChart::chartId() const
{
    return m_rates ? QStringLiteral("rates") : QStringLiteral("boxplot");
}

void GroupComparisonChart::setData(const analysis::GroupDistribution& distribution,
                                   const analysis::TestAnswer& answer)
{
    m_distribution = distribution;
    m_answer = answer;
    m_rates = distribution.metric.type == analysis::VariableType::Binary;
    redraw();
}

void GroupComparisonChart::clearData()
{
    m_distribution.reset();
    m_answer.reset();
}

QString GroupComparisonChart::rebuild()
{
    setHasContent(m_distribution && m_answer);
    if (!m_distribution || !m_answer)
        return tr("Compare groups");
    return m_rates ? drawRates() : drawBoxes();
}

QString GroupComparisonChart::drawBoxes()
{
    const auto& d = *m_distribution;
    const analysis::Unit unit = d.metric.unit;
    auto* box = new QCPStatisticalBox(plot()->xAxis, plot()->yAxis);
    box->setWidth(0.5);
    box->setWhiskerWidth(0.25);
    const QColor colour = ChartPalette::series(0);
    box->setPen(QPen(ChartPalette::text(), 1.2));
    QColor fill = colour;
    fill.setAlpha(110);
    box->setBrush(fill);
    box->setMedianPen(QPen(ChartPalette::text(), 2.5));
    box->setWhiskerPen(QPen(ChartPalette::text(), 1.2, Qt::SolidLine));
    box->setWhiskerBarPen(QPen(ChartPalette::text(), 1.2));

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QLocale locale;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < d.groups.size(); ++i) {
        const auto& g = d.groups[i];
        const double key = double(i + 1);
        box->addData(key, scaled(g.lowerWhisker, unit), scaled(g.q1, unit), scaled(g.median, unit),
                     scaled(g.q3, unit), scaled(g.upperWhisker, unit));
        ticker->addTick(
            key,
            tr("%1\nn = %2").arg(QString::fromStdString(g.label), locale.toString(qlonglong(g.n))));
        lo = std::min(lo, scaled(g.lowerWhisker, unit));
        hi = std::max(hi, scaled(g.upperWhisker, unit));
        // The mean as a diamond: the t test and ANOVA compare means, not medians.
        auto* marker = new QCPGraph(plot()->xAxis, plot()->yAxis);
        marker->setLineStyle(QCPGraph::lsNone);
        marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, ChartPalette::series(1),
                                                ChartPalette::series(1), 9));
        marker->addData(key, scaled(g.mean, unit));
        marker->setName(tr("mean"));
        lo = std::min(lo, scaled(g.mean, unit));
        hi = std::max(hi, scaled(g.mean, unit));
    }
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, double(d.groups.size()) + 0.6);
    const double pad = hi > lo ? 0.06 * (hi - lo) : std::max(1.0, std::fabs(hi) * 0.1);
    plot()->yAxis->setRange(lo - pad, hi + pad);
    plot()->yAxis->setLabel(axisLabel(d.metric));
    plot()->xAxis->setLabel(QString::fromStdString(d.by));
    if (d.groups.size() > 6)
        plot()->xAxis->setTickLabelRotation(30);
    return tr("%1 by %2: box = quartiles, whiskers = 1.5 IQR, ◆ = mean")
        .arg(QString::fromStdString(
                 analysis::TestNarrative::capitalized(std::string(d.metric.label))),
             QString::fromStdString(d.by));
}

QString GroupComparisonChart::drawRates()
{
    const auto& a = *m_answer;
    const auto& d = *m_distribution;
    auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(ChartPalette::series(0));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QLocale locale;
    double hi = 0;
    for (size_t i = 0; i < a.groups.size(); ++i) {
        const auto& g = a.groups[i];
        const double key = double(i + 1);
        const double rate = 100.0 * g.mean.value_or(0.0);
        bars->addData(key, rate);
        hi = std::max(hi, rate);
        ticker->addTick(
            key,
            tr("%1\nn = %2").arg(QString::fromStdString(g.label), locale.toString(qlonglong(g.n))));
        auto* label = new QCPItemText(plot());
        label->position->setCoords(key, rate);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(StatsTables::number(rate, 3).text + QStringLiteral(" %"));
        label->setColor(ChartPalette::text());
        label->setPadding(QMargins(0, 0, 0, 3));
    }
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, double(a.groups.size()) + 0.6);
    plot()->yAxis->setRange(0, hi > 0 ? hi * 1.18 : 1.0);
    plot()->yAxis->setLabel(tr("%1 (%)").arg(
        QString::fromStdString(analysis::TestNarrative::capitalized(std::string(d.metric.label)))));
    plot()->xAxis->setLabel(QString::fromStdString(d.by));
    if (a.groups.size() > 6)
        plot()->xAxis->setTickLabelRotation(30);
    return tr("%1 by %2 (share of units with value 1)")
        .arg(QString::fromStdString(
                 analysis::TestNarrative::capitalized(std::string(d.metric.label))),
             QString::fromStdString(d.by));
}

} // namespace streamlens::ui
