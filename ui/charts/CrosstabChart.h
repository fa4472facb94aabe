// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ExploreChart.h"
#include "explore/Crosstab.h"

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

namespace streamlens::ui {

class MetricChooser;

// A heat grid of a KPI over two dimensions (viridis, with a colour scale): the rebuffering
// heat map by weekday × hour and the CDN × device matrix (with the values written in the
// cells). A click on a cell filters on both values.
class CrosstabChart : public ExploreChart {
    Q_OBJECT
public:
    struct Options {
        QString id;
        QString title;
        query::DimensionId rows = query::DimensionId::Weekday;
        query::DimensionId columns = query::DimensionId::Hour;
        QString metric = QStringLiteral("rebuffer_ratio");
        bool chooseMetric = false;
        bool writeValues = false;
        // Largest groups kept per axis (natural dimensions such as hours keep all).
        size_t maxRows = 10;
        size_t maxColumns = 10;
    };
    explicit CrosstabChart(const Options& options, QWidget* parent = nullptr);

    QString chartId() const override { return m_options.id; }
    QString title() const override;
    void render(QPainter* painter, const QRectF& target) override;
    // Export in the other theme: colours come from the palette when drawn.
    void applyPalette() override { redraw(); }
    QCustomPlot* plot() const { return m_plot; }

    QString metric() const { return m_options.metric; }
    void setMetric(const QString& metric);
    // A fixed title (the page's, retranslated by the page); empty: the metric's name.
    void setTitle(const QString& title);
    const explore::Crosstab& data() const { return m_data; }
    // Centre of a cell in plot pixels (tests click it).
    QPoint cellCenter(int row, int column) const;
    QString toolTipFor(int row, int column) const;

public slots:
    void activateCell(int row, int column);

protected:
    void startRefresh() override;
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    bool cellAt(const QPoint& pos, int* row, int* column) const;

    Options m_options;
    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorScale* m_scale;
    MetricChooser* m_chooser = nullptr;
    explore::Crosstab m_data;
    bool m_lean = false; // m_data holds the additive metrics only
};

} // namespace streamlens::ui
