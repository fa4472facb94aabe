// SPDX-License-Identifier: MIT
#include "charts/TimeSeriesChart.h"

#include "charts/ChartPalette.h"
#include "charts/MetricChooser.h"
#include "data/MetricText.h"
#include "jobs/JobTracker.h"
#include "query/AdditiveKpis.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

namespace streamlens::ui {

namespace {
// explore::computeTimeSeries from the light one-pass table: per UTC day, or per day and
// hour when the days span less than TimeSeries::kHourlyDays (the null day has no place).
explore::TimeSeries additiveSeries(const Dataset& data, const query::Selection& selection,
                                   const std::atomic<bool>& cancel)
{
    explore::TimeSeries out;
    query::AdditiveOptions options;
    auto days = query::computeAdditiveKpis(data, selection, query::DimensionId::Day, std::nullopt,
                                           options, nullptr, &cancel);
    if (!days || days->cancelled) {
        out.cancelled = true;
        return out;
    }
    if (days->rowKeys.empty())
        return out;
    const auto first = query::parseIsoDate(days->rowKeys.front());
    const auto last = query::parseIsoDate(days->rowKeys.back());
    if (!first || !last || *last - *first >= explore::TimeSeries::kHourlyDays) {
        for (size_t i = 0; i < days->rowKeys.size(); ++i) {
            out.bucketStartMs.push_back(*query::parseIsoDate(days->rowKeys[i]) * query::kMsPerDay);
            out.values.push_back(days->cells[i]);
        }
        return out;
    }
    out.hourly = true;
    auto hours = query::computeAdditiveKpis(data, selection, query::DimensionId::Day,
                                            query::DimensionId::Hour, options, nullptr, &cancel);
    if (!hours || hours->cancelled) {
        out.cancelled = true;
        return out;
    }
    for (size_t r = 0; r < hours->rowKeys.size(); ++r) {
        const int64_t day = query::parseIsoDate(hours->rowKeys[r]).value_or(0);
        for (size_t c = 0; c < hours->columnKeys.size(); ++c) {
            const auto& v = hours->cell(r, c);
            if (v.attempts == 0)
                continue;
            out.bucketStartMs.push_back(day * query::kMsPerDay +
                                        std::stoll(hours->columnKeys[c]) * query::kMsPerHour);
            out.values.push_back(v);
        }
    }
    return out;
}

// The date axis formats in local time; buckets are UTC days and hours, so points are placed
// at the local instant showing the same wall clock.
qreal wallClock(qreal utcMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(qint64(utcMs), QTimeZone::utc());
    return qreal(QDateTime(utc.date(), utc.time()).toMSecsSinceEpoch());
}
} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : ExploreChart(parent)
    , m_view(new QChartView(this))
    , m_chooser(new MetricChooser(MetricChooser::Kind::Metrics, this))
{
    setHeading(title());
    m_chooser->setCurrentKey(m_metric);
    controls()->addWidget(m_chooser);
    connect(m_chooser, &MetricChooser::keyChanged, this, &TimeSeriesChart::setMetric);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setChart(new QChart);
    m_view->chart()->legend()->hide();
    setPlot(m_view);
}

QString TimeSeriesChart::title() const
{
    return m_data.hourly ? tr("%1 per hour").arg(metricName(m_metric))
                         : tr("%1 per day").arg(metricName(m_metric));
}

QChart* TimeSeriesChart::chart() const
{
    return m_view->chart();
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    // The heading, axis title and date format come from redraw.
    if (event->type() == QEvent::LanguageChange)
        redraw();
    ExploreChart::changeEvent(event);
}

void TimeSeriesChart::setMetric(const QString& metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    // Data of the light pass lacks the medians and churn: those need the full engine.
    if (m_lean && !query::isAdditiveMetric(metric.toStdString()) && dataset()) {
        startRefresh();
        return;
    }
    redraw();
    emit refreshed();
}

void TimeSeriesChart::startRefresh()
{
    auto data = dataset();
    const query::Filter f = filter();
    auto shared = selection();
    // A metric that is a sum needs only the light one-pass table.
    const bool lean = query::isAdditiveMetric(m_metric.toStdString());
    jobs()->run<explore::TimeSeries>(
        [data, f, shared, lean](const std::atomic<bool>& cancel) {
            const auto selection = selectionOf(*data, f, shared, cancel);
            if (!lean)
                return explore::computeTimeSeries(*data, *selection, nullptr, &cancel)
                    .value_or(explore::TimeSeries{});
            return additiveSeries(*data, *selection, cancel);
        },
        [this, lean](explore::TimeSeries result) {
            m_lean = lean;
            m_data = std::move(result);
            redraw();
            finish(m_data.values.empty());
        });
}

QList<QPointF> TimeSeriesChart::points() const
{
    QList<QPointF> out;
    const std::string key = m_metric.toStdString();
    for (size_t i = 0; i < m_data.values.size(); ++i)
        if (const auto v = m_data.values[i].value(key))
            out.append(
                QPointF(static_cast<double>(m_data.bucketStartMs[i]), displayValue(m_metric, *v)));
    return out;
}

void TimeSeriesChart::redraw()
{
    setHeading(title());
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    // Month names and number separators of the current language (a switch redraws).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);

    auto* line = new QLineSeries;
    QList<QPointF> pts = points();
    for (QPointF& p : pts)
        p.setX(wallClock(p.x()));
    line->append(pts);
    chart->addSeries(line);
    // Markers make single days and gaps visible; only when there are few points.
    QScatterSeries* dots = nullptr;
    if (pts.size() <= 60) {
        dots = new QScatterSeries;
        dots->append(pts);
        dots->setMarkerSize(6);
        chart->addSeries(dots);
    }

    auto* x = new QDateTimeAxis;
    x->setFormat(m_data.hourly ? QStringLiteral("dd MMM hh:mm") : QStringLiteral("dd MMM"));
    x->setTickCount(m_data.hourly ? 7 : 8);
    auto* y = new QValueAxis;
    y->setTitleText(axisTitle(m_metric));
    y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    if (dots) {
        dots->attachAxis(x);
        dots->attachAxis(y);
    }
    double lo = 0, hi = 1;
    if (!pts.isEmpty()) {
        lo = hi = pts.first().y();
        for (const QPointF& p : pts) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        const double pad = hi > lo ? (hi - lo) * 0.1 : std::max(1e-9, std::abs(hi) * 0.1);
        lo = std::max(0.0, lo - pad);
        hi += pad;
        const double step = m_data.hourly ? 1'800'000.0 : 43'200'000.0;
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(pts.first().x() - step)),
                    QDateTime::fromMSecsSinceEpoch(qint64(pts.last().x() + step)));
    }
    y->setRange(lo, hi);
    y->applyNiceNumbers();
    ChartPalette::style(chart);
    QPen pen(ChartPalette::series(0), 2);
    line->setPen(pen);
    if (dots) {
        dots->setColor(ChartPalette::series(0));
        dots->setBorderColor(ChartPalette::background());
    }
    connect(line, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        // The nearest bucket: hover positions are interpolated along the line.
        size_t best = 0;
        double bestDistance = 1e300;
        for (size_t i = 0; i < m_data.bucketStartMs.size(); ++i) {
            const double d = std::abs(wallClock(qreal(m_data.bucketStartMs[i])) - p.x());
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (m_data.values.empty())
            return;
        const auto& v = m_data.values[best];
        const QDateTime when =
            QDateTime::fromMSecsSinceEpoch(m_data.bucketStartMs[best], QTimeZone::utc());
        const QLocale locale;
        const QString time = m_data.hourly
                                 ? locale.toString(when, QStringLiteral("ddd d MMM, HH:00"))
                                 : locale.toString(when.date(), QLocale::ShortFormat);
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%2: %3\n%4 attempts")
                               .arg(time, metricName(m_metric),
                                    formatMetric(m_metric, v.toJson().value(m_metric)),
                                    locale.toString(static_cast<qlonglong>(v.attempts))),
                           m_view);
    });
}

void TimeSeriesChart::render(QPainter* painter, const QRectF& target)
{
    // The scene lays the chart out for its own size; resizing it draws it anew at the target.
    QChart* chart = m_view->chart();
    const QSizeF old = chart->size();
    chart->resize(target.size());
    m_view->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()));
    chart->resize(old);
}

} // namespace streamlens::ui
