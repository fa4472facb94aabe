// SPDX-License-Identifier: MIT
#include "charts/BreakdownChart.h"

#include "charts/ChartPalette.h"
#include "charts/MetricChooser.h"
#include "data/MetricText.h"
#include "filters/FilterText.h"
#include "jobs/JobTracker.h"
#include "query/AdditiveKpis.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolTip>
#include <qcustomplot.h>

#include <cmath>

namespace streamlens::ui {

namespace {
// Long labels are cut so the bars keep most of the width.
QString shortLabel(const QString& text)
{
    return text.size() > 28 ? text.left(26) + QChar(0x2026) : text;
}
} // namespace

BreakdownChart::BreakdownChart(const Options& options, QWidget* parent)
    : ExploreChart(parent)
    , m_options(options)
    , m_plot(new QCustomPlot(this))
    , m_bars(nullptr)
{
    setHeading(title());
    if (m_options.chooseDimension) {
        m_dimensionChooser = new MetricChooser(MetricChooser::Kind::Dimensions, this);
        m_dimensionChooser->setCurrentKey(
            QString::fromLatin1(query::dimensionInfo(m_options.dimension).name.data()));
        m_dimensionChooser->setToolTip(tr("Group by")); // again in changeEvent
        controls()->addWidget(m_dimensionChooser);
        connect(m_dimensionChooser, &MetricChooser::keyChanged, this,
                [this] { setDimension(m_dimensionChooser->currentDimension()); });
    }
    if (m_options.chooseMetric) {
        m_metricChooser = new MetricChooser(MetricChooser::Kind::Metrics, this);
        m_metricChooser->setCurrentKey(m_options.metric);
        controls()->addWidget(m_metricChooser);
        connect(m_metricChooser, &MetricChooser::keyChanged, this, &BreakdownChart::setMetric);
    }
    // Horizontal bars: the key axis is the left one, first group on top.
    m_bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_bars->setWidth(0.7);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->setMouseTracking(true);
    setPlot(m_plot);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        const int i = barAt(e->pos());
        if (i >= 0 && e->button() == Qt::LeftButton)
            activateBar(i);
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        const int i = barAt(e->pos());
        if (i >= 0)
            QToolTip::showText(e->globalPosition().toPoint(), toolTipFor(i), m_plot);
        else
            QToolTip::hideText();
    });
}

QString BreakdownChart::title() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    return tr("%1 by %2").arg(metricName(m_options.metric), dimensionTitle(m_options.dimension));
}

void BreakdownChart::setTitle(const QString& title)
{
    m_options.title = title;
    setHeading(this->title());
}

void BreakdownChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeading(title());
        if (m_dimensionChooser)
            m_dimensionChooser->setToolTip(tr("Group by"));
        redraw(); // axis title and value labels
    }
    ExploreChart::changeEvent(event);
}

void BreakdownChart::setDimension(query::DimensionId dimension)
{
    if (dimension == m_options.dimension)
        return;
    m_options.dimension = dimension;
    setHeading(title());
    startRefresh();
}

void BreakdownChart::setMetric(const QString& metric)
{
    if (metric == m_options.metric)
        return;
    m_options.metric = metric;
    setHeading(title());
    // The data has every metric, except after the light pass (medians and churn need more).
    if (m_lean && !query::isAdditiveMetric(metric.toStdString()) && dataset()) {
        startRefresh();
        return;
    }
    redraw();
    emit refreshed();
}

int BreakdownChart::barCount() const
{
    return static_cast<int>(m_data.keys.size()) + (m_data.others ? 1 : 0);
}

void BreakdownChart::startRefresh()
{
    auto data = dataset();
    const query::Filter f = filter();
    auto shared = selection();
    const auto dimension = m_options.dimension;
    const auto options = m_options.groups;
    // Groups ranked by a sum and showing a sum come from the light one-pass table ("others"
    // merged from the accumulators of the rest): the full engine keeps startup histograms
    // and distinct users per group, and sorts the startup times of 20,000 titles.
    const bool lean = query::dimensionInfo(dimension).order == query::DimensionOrder::ByAttempts &&
                      query::isAdditiveMetric(m_options.metric.toStdString()) &&
                      query::isAdditiveMetric(options.rankBy);
    jobs()->run<explore::TopGroups>(
        [data, f, shared, dimension, options, lean](const std::atomic<bool>& cancel) {
            const auto selection = selectionOf(*data, f, shared, cancel);
            if (!lean)
                return explore::computeTopGroups(*data, *selection, dimension, options, nullptr,
                                                 &cancel)
                    .value_or(explore::TopGroups{});
            query::AdditiveOptions additive;
            additive.maxRows = options.limit;
            additive.rankRowsBy = options.rankBy;
            additive.includeNull = true; // as computeTopGroups lists it
            additive.foldRest = options.foldOthers;
            auto table = query::computeAdditiveKpis(*data, *selection, dimension, std::nullopt,
                                                    additive, nullptr, &cancel);
            explore::TopGroups out;
            out.dimension = dimension;
            if (table) {
                out.keys = std::move(table->rowKeys);
                out.values = std::move(table->cells);
                out.others = std::move(table->rest);
                out.otherGroups = table->restGroups;
                out.cancelled = table->cancelled;
            }
            return out;
        },
        [this, lean](explore::TopGroups result) {
            m_lean = lean;
            m_data = std::move(result);
            redraw();
            finish(m_data.keys.empty());
        });
}

void BreakdownChart::redraw()
{
    ChartPalette::style(m_plot);
    const QString metric = m_options.metric;
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = barCount();
    for (int i = 0; i < n; ++i) {
        const bool others = i >= static_cast<int>(m_data.keys.size());
        const auto& v = others ? *m_data.others : m_data.values[static_cast<size_t>(i)];
        keys << i;
        values << displayValue(metric, v.value(metric.toStdString()).value_or(0.0));
        ticker->addTick(
            i, others ? tr("others (%1)")
                            .arg(QLocale().toString(static_cast<qulonglong>(m_data.otherGroups)))
                      : shortLabel(valueText(m_data.dimension, m_data.keys[size_t(i)])));
    }
    m_bars->setData(keys, values, true);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(ChartPalette::series(0));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-0.6, std::max(n, 1) - 0.4);
    m_plot->xAxis->setLabel(axisTitle(metric));
    double top = 0;
    for (double v : values)
        top = std::max(top, v);
    m_plot->xAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int BreakdownChart::barAt(const QPoint& pos) const
{
    if (!m_plot->axisRect()->rect().contains(pos))
        return -1;
    const int i = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(pos.y())));
    return i >= 0 && i < barCount() ? i : -1;
}

QPoint BreakdownChart::barCenter(int index) const
{
    const double x = m_plot->xAxis->coordToPixel(m_plot->xAxis->range().lower) + 4;
    return QPoint(static_cast<int>(x), static_cast<int>(m_plot->yAxis->coordToPixel(index)));
}

QString BreakdownChart::toolTipFor(int index) const
{
    if (index < 0 || index >= barCount())
        return {};
    const bool others = index >= static_cast<int>(m_data.keys.size());
    const auto& v = others ? *m_data.others : m_data.values[static_cast<size_t>(index)];
    const QString name =
        others ? tr("others") : valueText(m_data.dimension, m_data.keys[size_t(index)]);
    const QJsonObject json = v.toJson();
    return tr("%1\n%2: %3\n%4 attempts")
        .arg(name, metricName(m_options.metric),
             formatMetric(m_options.metric, json.value(m_options.metric)),
             QLocale().toString(static_cast<qlonglong>(v.attempts)));
}

void BreakdownChart::activateBar(int index)
{
    if (index < 0 || index >= static_cast<int>(m_data.keys.size()))
        return;
    emit toggleRequested(m_data.dimension,
                         QString::fromStdString(m_data.keys[static_cast<size_t>(index)]));
}

void BreakdownChart::render(QPainter* painter, const QRectF& target)
{
    renderPlot(m_plot, painter, target);
}

} // namespace streamlens::ui
