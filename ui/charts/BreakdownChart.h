// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ExploreChart.h"
#include "explore/TopGroups.h"

class QCustomPlot;
class QCPBars;

namespace streamlens::ui {

class MetricChooser;

// Horizontal bars of a KPI per group of a dimension (long labels such as titles and ISPs stay
// readable): the largest groups, the rest folded into "others". Also serves as the "top
// titles by playing hours" chart with fixed choices.
class BreakdownChart : public ExploreChart {
    Q_OBJECT
public:
    struct Options {
        QString id = QStringLiteral("breakdown");
        QString title;
        query::DimensionId dimension = query::DimensionId::Cdn;
        QString metric = QStringLiteral("rebuffer_ratio");
        bool chooseDimension = true;
        bool chooseMetric = true;
        explore::TopGroupsOptions groups;
    };
    explicit BreakdownChart(const Options& options, QWidget* parent = nullptr);

    QString chartId() const override { return m_options.id; }
    QString title() const override;
    void render(QPainter* painter, const QRectF& target) override;
    // Export in the other theme: colours come from the palette when drawn.
    void applyPalette() override { redraw(); }
    QCustomPlot* plot() const { return m_plot; }

    query::DimensionId dimension() const { return m_options.dimension; }
    QString metric() const { return m_options.metric; }
    void setDimension(query::DimensionId dimension);
    void setMetric(const QString& metric);
    // A fixed title (the page's, retranslated by the page); empty: "<metric> by <dimension>".
    void setTitle(const QString& title);
    // The data behind the bars (top to bottom; "others" is the last bar when set).
    const explore::TopGroups& data() const { return m_data; }
    int barCount() const;
    // Centre of bar i in plot pixels (tests click it).
    QPoint barCenter(int index) const;
    QString toolTipFor(int index) const;

public slots:
    // A click on bar i: cross-filter on its group (not on "others").
    void activateBar(int index);

protected:
    void startRefresh() override;
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    int barAt(const QPoint& pos) const;

    Options m_options;
    QCustomPlot* m_plot;
    QCPBars* m_bars;
    MetricChooser* m_dimensionChooser = nullptr;
    MetricChooser* m_metricChooser = nullptr;
    explore::TopGroups m_data;
    bool m_lean = false; // m_data holds the additive metrics only
};

} // namespace streamlens::ui
