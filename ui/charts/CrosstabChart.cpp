// SPDX-License-Identifier: MIT
#include "charts/CrosstabChart.h"

#include "charts/ChartPalette.h"
#include "charts/MetricChooser.h"
#include "data/MetricText.h"
#include "filters/FilterText.h"
#include "jobs/JobTracker.h"
#include "query/AdditiveKpis.h"
#include "query/Selection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolTip>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace streamlens::ui {

CrosstabChart::CrosstabChart(const Options& options, QWidget* parent)
    : ExploreChart(parent)
    , m_options(options)
    , m_plot(new QCustomPlot(this))
    , m_map(new QCPColorMap(m_plot->xAxis, m_plot->yAxis))
    , m_scale(new QCPColorScale(m_plot))
{
    setHeading(title());
    if (m_options.chooseMetric) {
        m_chooser = new MetricChooser(MetricChooser::Kind::Metrics, this);
        m_chooser->setCurrentKey(m_options.metric);
        controls()->addWidget(m_chooser);
        connect(m_chooser, &MetricChooser::keyChanged, this, &CrosstabChart::setMetric);
    }
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_map->setColorScale(m_scale);
    m_map->setInterpolate(false);
    // Cells centred on their index: the map spans -0.5 .. n - 0.5 like the axes.
    m_map->setTightBoundary(false);
    // Rows read top to bottom (mon first, the largest device first).
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    // The colour scale follows the plot's height.
    auto* group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_plot->setMouseTracking(true);
    setPlot(m_plot);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        int r = 0, c = 0;
        if (e->button() == Qt::LeftButton && cellAt(e->pos(), &r, &c))
            activateCell(r, c);
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        int r = 0, c = 0;
        if (cellAt(e->pos(), &r, &c))
            QToolTip::showText(e->globalPosition().toPoint(), toolTipFor(r, c), m_plot);
        else
            QToolTip::hideText();
    });
}

QString CrosstabChart::title() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    return metricName(m_options.metric);
}

void CrosstabChart::setTitle(const QString& title)
{
    m_options.title = title;
    setHeading(this->title());
}

void CrosstabChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeading(title());
        redraw(); // axis labels (weekday names) and the colour scale's title
    }
    ExploreChart::changeEvent(event);
}

void CrosstabChart::setMetric(const QString& metric)
{
    if (metric == m_options.metric)
        return;
    m_options.metric = metric;
    setHeading(title());
    // Data of the light pass lacks the medians and churn: those need the full engine.
    if (m_lean && !query::isAdditiveMetric(metric.toStdString()) && dataset()) {
        startRefresh();
        return;
    }
    redraw();
    emit refreshed();
}

void CrosstabChart::startRefresh()
{
    auto data = dataset();
    const query::Filter f = filter();
    auto shared = selection();
    const auto rows = m_options.rows;
    const auto columns = m_options.columns;
    explore::CrosstabOptions options;
    options.maxRows = m_options.maxRows;
    options.maxColumns = m_options.maxColumns;
    // A metric that is a sum needs only the light one-pass table (a fraction of the full
    // engine's cost, which keeps per-cell startup histograms and distinct-user sets).
    const bool lean = query::isAdditiveMetric(m_options.metric.toStdString());
    jobs()->run<explore::Crosstab>(
        [data, f, shared, rows, columns, options, lean](const std::atomic<bool>& cancel) {
            const auto selection = selectionOf(*data, f, shared, cancel);
            if (!lean)
                return explore::computeCrosstab(*data, *selection, rows, columns, options, nullptr,
                                                &cancel)
                    .value_or(explore::Crosstab{});
            query::AdditiveOptions additive;
            additive.maxRows = options.maxRows;
            additive.maxColumns = options.maxColumns;
            auto table = query::computeAdditiveKpis(*data, *selection, rows, columns, additive,
                                                    nullptr, &cancel);
            explore::Crosstab out;
            out.rowDimension = rows;
            out.columnDimension = columns;
            if (table) {
                out.rowKeys = std::move(table->rowKeys);
                out.columnKeys = std::move(table->columnKeys);
                out.cells = std::move(table->cells);
                out.cancelled = table->cancelled;
            }
            return out;
        },
        [this, lean](explore::Crosstab result) {
            m_lean = lean;
            m_data = std::move(result);
            redraw();
            finish(m_data.rowKeys.empty() || m_data.columnKeys.empty());
        });
}

void CrosstabChart::redraw()
{
    ChartPalette::style(m_plot);
    m_scale->axis()->setTickLabelColor(ChartPalette::text());
    m_scale->axis()->setLabelColor(ChartPalette::text());
    m_scale->axis()->setBasePen(QPen(ChartPalette::grid()));
    m_scale->axis()->setTickPen(QPen(ChartPalette::grid()));
    m_plot->clearItems();
    const int nr = static_cast<int>(m_data.rowKeys.size());
    const int nc = static_cast<int>(m_data.columnKeys.size());
    const std::string key = m_options.metric.toStdString();
    m_map->data()->setSize(std::max(nc, 1), std::max(nr, 1));
    m_map->data()->setRange(QCPRange(0, std::max(nc - 1, 0)), QCPRange(0, std::max(nr - 1, 0)));
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (int r = 0; r < nr; ++r)
        for (int c = 0; c < nc; ++c) {
            const auto v = m_data.cell(size_t(r), size_t(c)).value(key);
            const double d =
                v ? displayValue(m_options.metric, *v) : std::numeric_limits<double>::quiet_NaN();
            m_map->data()->setCell(c, r, d);
            if (v) {
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
        }
    if (!(lo <= hi)) {
        lo = 0;
        hi = 1;
    } else if (lo == hi) {
        hi = lo + 1;
    }
    QCPColorGradient gradient = ChartPalette::viridis();
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    m_map->setDataRange(QCPRange(lo, hi));
    m_scale->axis()->setLabel(axisTitle(m_options.metric));

    QSharedPointer<QCPAxisTickerText> xt(new QCPAxisTickerText), yt(new QCPAxisTickerText);
    // Many columns (24 hours) label every second or third so the labels do not run together.
    const int every = nc > 12 ? (nc + 11) / 12 + 1 : 1;
    for (int c = 0; c < nc; c += every)
        xt->addTick(c, valueText(m_data.columnDimension, m_data.columnKeys[size_t(c)]));
    for (int r = 0; r < nr; ++r)
        yt->addTick(r, valueText(m_data.rowDimension, m_data.rowKeys[size_t(r)]));
    m_plot->xAxis->setLabel(dimensionTitle(m_data.columnDimension));
    m_plot->yAxis->setLabel(dimensionTitle(m_data.rowDimension));
    m_plot->xAxis->setTicker(xt);
    m_plot->yAxis->setTicker(yt);
    m_plot->xAxis->setRange(-0.5, nc - 0.5);
    m_plot->yAxis->setRange(-0.5, nr - 0.5);
    // Many columns (hours) get rotated labels so they do not overlap.
    m_plot->xAxis->setTickLabelRotation(nc > 12 ? 0 : (nc > 6 ? -30 : 0));

    if (m_options.writeValues) {
        for (int r = 0; r < nr; ++r)
            for (int c = 0; c < nc; ++c) {
                const auto& v = m_data.cell(size_t(r), size_t(c));
                const auto value = v.value(key);
                if (!value)
                    continue;
                auto* text = new QCPItemText(m_plot);
                text->position->setCoords(c, r);
                text->setText(formatMetric(m_options.metric, *value));
                const double t = (displayValue(m_options.metric, *value) - lo) / (hi - lo);
                text->setColor(ChartPalette::textOn(t));
                text->setClipToAxisRect(true);
            }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool CrosstabChart::cellAt(const QPoint& pos, int* row, int* column) const
{
    if (!m_plot->axisRect()->rect().contains(pos))
        return false;
    const int c = static_cast<int>(std::lround(m_plot->xAxis->pixelToCoord(pos.x())));
    const int r = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(pos.y())));
    if (r < 0 || c < 0 || r >= static_cast<int>(m_data.rowKeys.size()) ||
        c >= static_cast<int>(m_data.columnKeys.size()))
        return false;
    *row = r;
    *column = c;
    return true;
}

QPoint CrosstabChart::cellCenter(int row, int column) const
{
    return QPoint(static_cast<int>(m_plot->xAxis->coordToPixel(column)),
                  static_cast<int>(m_plot->yAxis->coordToPixel(row)));
}

QString CrosstabChart::toolTipFor(int row, int column) const
{
    if (row < 0 || column < 0 || row >= static_cast<int>(m_data.rowKeys.size()) ||
        column >= static_cast<int>(m_data.columnKeys.size()))
        return {};
    const auto& v = m_data.cell(size_t(row), size_t(column));
    return tr("%1 · %2\n%3: %4\n%5 attempts")
        .arg(valueText(m_data.rowDimension, m_data.rowKeys[size_t(row)]),
             valueText(m_data.columnDimension, m_data.columnKeys[size_t(column)]),
             metricName(m_options.metric),
             formatMetric(m_options.metric, v.toJson().value(m_options.metric)),
             QLocale().toString(static_cast<qlonglong>(v.attempts)));
}

void CrosstabChart::activateCell(int row, int column)
{
    if (row < 0 || column < 0 || row >= static_cast<int>(m_data.rowKeys.size()) ||
        column >= static_cast<int>(m_data.columnKeys.size()))
        return;
    emit cellRequested(m_data.rowDimension, QString::fromStdString(m_data.rowKeys[size_t(row)]),
                       m_data.columnDimension,
                       QString::fromStdString(m_data.columnKeys[size_t(column)]));
}

void CrosstabChart::render(QPainter* painter, const QRectF& target)
{
    renderPlot(m_plot, painter, target);
}

} // namespace streamlens::ui
