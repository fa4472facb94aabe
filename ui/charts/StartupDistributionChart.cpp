// SPDX-License-Identifier: MIT
#include "charts/StartupDistributionChart.h"

#include "charts/ChartPalette.h"
#include "jobs/JobTracker.h"
#include "query/Selection.h"

#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <qcustomplot.h>

#include <cmath>

namespace streamlens::ui {

StartupDistributionChart::StartupDistributionChart(QWidget* parent)
    : ExploreChart(parent)
    , m_plot(new QCustomPlot(this))
    , m_bars(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_cdf(m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2))
{
    setHeading(title());
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setRange(0, 100);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    m_plot->setMouseTracking(true);
    setPlot(m_plot);
    retranslateUi();
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        if (!m_plot->axisRect()->rect().contains(e->pos()) || m_data.total == 0) {
            QToolTip::hideText();
            return;
        }
        const double seconds = m_plot->xAxis->pixelToCoord(e->pos().x());
        const int bin = static_cast<int>(std::floor(seconds * 1000.0 / m_data.binWidthMs));
        QToolTip::showText(e->globalPosition().toPoint(), toolTipFor(bin), m_plot);
    });
}

void StartupDistributionChart::retranslateUi()
{
    setHeading(title());
    m_plot->yAxis2->setLabel(tr("Cumulative (%)"));
    m_plot->yAxis->setLabel(tr("Started sessions (%)"));
    m_plot->xAxis->setLabel(tr("Startup time (s)"));
    m_bars->setName(tr("Share per 100 ms"));
    m_cdf->setName(tr("Cumulative"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StartupDistributionChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ExploreChart::changeEvent(event);
}

QString StartupDistributionChart::toolTipFor(int bin) const
{
    if (bin < 0 || static_cast<size_t>(bin) >= m_data.counts.size() || m_data.total == 0)
        return {};
    const QLocale locale;
    const auto count = m_data.counts[static_cast<size_t>(bin)];
    return tr("%1–%2 ms\n%3 sessions (%4 %)\n%5 % start faster than %2 ms")
        .arg(locale.toString(bin * m_data.binWidthMs),
             locale.toString((bin + 1) * m_data.binWidthMs), locale.toString(qlonglong(count)),
             locale.toString(100.0 * double(count) / double(m_data.total), 'f', 2),
             locale.toString(100.0 * m_data.cdf(static_cast<size_t>(bin)), 'f', 1));
}

void StartupDistributionChart::startRefresh()
{
    auto data = dataset();
    const query::Filter f = filter();
    auto shared = selection();
    jobs()->run<explore::StartupDistribution>(
        [data, f, shared](const std::atomic<bool>& cancel) {
            const auto selection = selectionOf(*data, f, shared, cancel);
            return explore::computeStartupDistribution(*data, *selection, 100, 600, &cancel);
        },
        [this](explore::StartupDistribution result) {
            m_data = std::move(result);
            redraw();
            finish(m_data.total == 0);
        });
}

void StartupDistributionChart::redraw()
{
    ChartPalette::style(m_plot);
    m_shown = m_data.total ? m_data.binsUpTo(0.99) : 0;
    const double width = m_data.binWidthMs / 1000.0;
    QVector<double> x, share, cx, cdf;
    int64_t below = 0;
    double top = 0;
    cx << 0;
    cdf << 0;
    for (size_t i = 0; i < m_shown; ++i) {
        const double s =
            100.0 * double(m_data.counts[i]) / double(std::max<int64_t>(1, m_data.total));
        x << (double(i) + 0.5) * width;
        share << s;
        top = std::max(top, s);
        below += m_data.counts[i];
        cx << double(i + 1) * width;
        cdf << 100.0 * double(below) / double(std::max<int64_t>(1, m_data.total));
    }
    m_bars->setData(x, share, true);
    m_bars->setWidth(width * 0.9);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(ChartPalette::series(0));
    m_cdf->setData(cx, cdf, true);
    m_cdf->setPen(QPen(ChartPalette::series(1), 2.5));
    m_plot->xAxis->setRange(0, std::max<double>(width, double(m_shown) * width));
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StartupDistributionChart::render(QPainter* painter, const QRectF& target)
{
    renderPlot(m_plot, painter, target);
}

} // namespace streamlens::ui
