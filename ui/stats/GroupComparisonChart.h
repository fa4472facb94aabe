// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/GroupDistribution.h"
#include "analysis/TestAnswer.h"
#include "stats/StatsChart.h"

#include <optional>

namespace streamlens::ui {

// The chart of a group comparison: box plots per group (quartiles, Tukey whiskers, n under
// each group) for a numeric variable; for a 0/1 outcome, where a box says nothing, bars of
// the rate per group.
class GroupComparisonChart : public StatsChart {
    Q_OBJECT
public:
    explicit GroupComparisonChart(QWidget* parent = nullptr);

    QString chartId() const override;
    void setData(const analysis::GroupDistribution& distribution,
                 const analysis::TestAnswer& answer);
    bool showsRates() const { return m_rates; }

protected:
    QString rebuild() override;
    void clearData() override;

private:
    QString drawBoxes();
    QString drawRates();

    std::optional<analysis::GroupDistribution> m_distribution;
    std::optional<analysis::TestAnswer> m_answer;
    bool m_rates = false;
};

} // namespace streamlens::ui
