// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ScatterSample.h"
#include "analysis/Variable.h"
#include "stats/StatsChart.h"

#include <optional>

namespace streamlens::ui {

// Two variables against each other: the sampled points (translucent, so density shows) and
// the least-squares line fitted on all pairs; the legend says how many points are drawn.
class ScatterFitChart : public StatsChart {
    Q_OBJECT
public:
    explicit ScatterFitChart(QWidget* parent = nullptr);

    QString chartId() const override { return QStringLiteral("scatter"); }
    void setData(const analysis::ScatterSample& sample, const analysis::VariableInfo& x,
                 const analysis::VariableInfo& y);

protected:
    QString rebuild() override;
    void clearData() override;

private:
    std::optional<analysis::ScatterSample> m_sample;
    analysis::VariableInfo m_x, m_y;
};

} // namespace streamlens::ui
