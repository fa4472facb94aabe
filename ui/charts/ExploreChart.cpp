// SPDX-License-Identifier: MIT
#include "charts/ExploreChart.h"

#include "data/Dataset.h"
#include "data/MetricText.h"
#include "jobs/JobTracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
}

ExploreChart::~ExploreChart() = default;

void ExploreChart::setHeading(const QString& text)
{
    m_heading->setText(text);
}

void ExploreChart::setPlot(QWidget* plot)
{
    m_stack->addWidget(plot);
    m_stack->setCurrentWidget(plot);
}

void ExploreChart::refresh(std::shared_ptr<const Dataset> dataset, const query::Filter& filter)
{
    m_dataset = std::move(dataset);
    m_filter = filter;
    if (m_dataset)
        startRefresh();
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
    painter->drawPixmap(target.topLeft(), plot->toPixmap(size.width(), size.height()));
}

} // namespace streamlens::ui
