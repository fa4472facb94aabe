// SPDX-License-Identifier: MIT
#include "charts/ExploreChart.h"

#include "data/Dataset.h"
#include "data/MetricText.h"
#include "export/ChartExportMenu.h"
#include "jobs/JobTracker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPicture>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace streamlens::ui {

ExploreChart::ExploreChart(QWidget* parent)
    : QFrame(parent)
    , m_jobs(new JobTracker(this))
    , m_heading(new QLabel(this))
    , m_controls(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("No sessions match the filter"), this))
{
    setFrameShape(QFrame::StyledPanel);
    // Below this a plot's axes and labels crowd each other; the page scrolls instead.
    setMinimumHeight(320);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_heading->setFont(font);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addLayout(m_controls);
    // Export and copy: right-click on the chart, or this button.
    header->addWidget(ChartExportMenu::attach(this)->createToolButton(this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
}

ExploreChart::~ExploreChart() = default;

void ExploreChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_empty->setText(tr("No sessions match the filter"));
    QFrame::changeEvent(event);
}

void ExploreChart::setHeading(const QString& text)
{
    m_heading->setText(text);
}

void ExploreChart::setPlot(QWidget* plot)
{
    m_stack->addWidget(plot);
    m_stack->setCurrentWidget(plot);
}

void ExploreChart::refresh(std::shared_ptr<const Dataset> dataset, const query::Filter& filter,
                           std::shared_ptr<const query::Selection> selection)
{
    m_dataset = std::move(dataset);
    m_filter = filter;
    m_selection = std::move(selection);
    if (m_dataset)
        startRefresh();
}

std::shared_ptr<const query::Selection>
ExploreChart::selectionOf(const Dataset& dataset, const query::Filter& filter,
                          std::shared_ptr<const query::Selection> shared,
                          const std::atomic<bool>& cancel)
{
    if (shared)
        return shared;
    return std::make_shared<const query::Selection>(
        query::select(dataset, filter, nullptr, &cancel));
}

void ExploreChart::setJobPool(QThreadPool* pool)
{
    m_jobs->setPool(pool);
}

bool ExploreChart::isShowingEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

void ExploreChart::finish(bool empty)
{
    if (m_stack->count() > 1)
        m_stack->setCurrentIndex(empty ? 0 : 1);
    emit refreshed();
}

double ExploreChart::displayValue(const QString& metric, double value)
{
    if (metric.endsWith(QLatin1String("_rate")) || metric == QLatin1String("rebuffer_ratio"))
        return value * 100.0;
    if (metric == QLatin1String("avg_bitrate_kbps"))
        return value / 1000.0;
    return value;
}

QString ExploreChart::axisTitle(const QString& metric)
{
    QString unit;
    if (metric.endsWith(QLatin1String("_rate")) || metric == QLatin1String("rebuffer_ratio"))
        unit = QStringLiteral("%");
    else if (metric == QLatin1String("avg_bitrate_kbps"))
        unit = QStringLiteral("Mbps");
    else if (metric.startsWith(QLatin1String("startup_time_ms")))
        unit = QStringLiteral("ms");
    else if (metric == QLatin1String("playing_hours"))
        unit = QStringLiteral("h");
    return unit.isEmpty() ? metricName(metric) : tr("%1 (%2)").arg(metricName(metric), unit);
}

void ExploreChart::renderPlot(QCustomPlot* plot, QPainter* painter, const QRectF& target)
{
    const QSize size = target.size().toSize();
    if (size.isEmpty())
        return;
    // QCustomPlot draws only through its own QCPPainter, so it records into a QPicture that
    // is replayed on the target painter: lines and text stay vector in PDF and SVG, and the
    // painter's scale (the export DPI) applies to them. Non-cosmetic pens scale with it.
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNonCosmetic);
        plot->toPainter(&recorder, size.width(), size.height());
    }
    painter->save();
    painter->translate(target.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::IntersectClip);
    painter->drawPicture(0, 0, picture);
    painter->restore();
    // toPainter leaves the layout at the export size; the widget lays itself out again.
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ExploreChart::caption() const
{
    // What each Explore chart shows, in one place so the report's captions read as a set.
    const QString id = chartId();
    if (id == QLatin1String("timeseries"))
        return tr("One point per UTC day, or per hour when the selection spans at most three "
                  "days.");
    if (id == QLatin1String("breakdown"))
        return tr("The largest groups of the selection; the remaining groups are folded into "
                  "“others”.");
    if (id == QLatin1String("heatmap"))
        return tr("Rebuffering ratio per weekday and hour of the day (UTC); brighter cells "
                  "rebuffer more.");
    if (id == QLatin1String("matrix"))
        return tr("The metric for each device type on each CDN (the largest groups).");
    if (id == QLatin1String("startup"))
        return tr("Share of started sessions per 100 ms of startup time (bars, left axis) and "
                  "the share that started faster (line, right axis), up to the 99th "
                  "percentile.");
    if (id == QLatin1String("toptitles"))
        return tr("The titles with the most playing hours in the selection.");
    return {};
}

} // namespace streamlens::ui
