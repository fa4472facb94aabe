// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ExploreChart.h"
#include "explore/StartupDistribution.h"

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace streamlens::ui {

// Startup-time histogram (share of started sessions per 100 ms, left axis) with its CDF
// (right axis, 0–100 %), cut where the CDF reaches 99 %.
class StartupDistributionChart : public ExploreChart {
    Q_OBJECT
public:
    explicit StartupDistributionChart(QWidget* parent = nullptr);

    QString chartId() const override { return QStringLiteral("startup"); }
    QString title() const override { return tr("Startup time distribution"); }
    void render(QPainter* painter, const QRectF& target) override;
    // Export in the other theme: colours come from the palette when drawn.
    void applyPalette() override { redraw(); }
    QCustomPlot* plot() const { return m_plot; }
    const explore::StartupDistribution& data() const { return m_data; }
    size_t shownBins() const { return m_shown; }
    QString toolTipFor(int bin) const;

protected:
    void changeEvent(QEvent* event) override;
    void startRefresh() override;

private:
    void retranslateUi();
    void redraw();

    QCustomPlot* m_plot;
    QCPBars* m_bars;
    QCPGraph* m_cdf;
    explore::StartupDistribution m_data;
    size_t m_shown = 0;
};

} // namespace streamlens::ui
