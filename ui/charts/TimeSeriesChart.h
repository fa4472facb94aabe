// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ExploreChart.h"
#include "explore/TimeSeries.h"

class QChart;
class QChartView;
class QLineSeries;

namespace streamlens::ui {

class MetricChooser;

// A KPI over time: one point per UTC day, or per hour when the selection spans at most three
// days (Qt Charts, date axis).
class TimeSeriesChart : public ExploreChart {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);

    QString chartId() const override { return QStringLiteral("timeseries"); }
    QString title() const override;
    void render(QPainter* painter, const QRectF& target) override;
    // Export in the other theme: colours come from the palette when drawn.
    void applyPalette() override { redraw(); }
    QChart* chart() const;

    QString metric() const { return m_metric; }
    void setMetric(const QString& metric);
    const explore::TimeSeries& data() const { return m_data; }
    // The drawn points: x in UTC milliseconds, y in display units.
    QList<QPointF> points() const;

protected:
    void changeEvent(QEvent* event) override;
    void startRefresh() override;

private:
    void redraw();

    QString m_metric = QStringLiteral("rebuffer_ratio");
    QChartView* m_view;
    MetricChooser* m_chooser;
    explore::TimeSeries m_data;
    bool m_lean = false; // m_data holds the additive metrics only
};

} // namespace streamlens::ui
