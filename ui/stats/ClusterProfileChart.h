// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ClusterAnswer.h"
#include "stats/StatsChart.h"

#include <optional>

namespace streamlens::ui {

// Segment profiles: for each clustered column, one bar per segment at its standardised
// centroid (standard deviations from the overall mean), so columns in different units can
// be read side by side. The table under the chart gives the centres in original units.
class ClusterProfileChart : public StatsChart {
    Q_OBJECT
public:
    explicit ClusterProfileChart(QWidget* parent = nullptr);

    QString chartId() const override { return QStringLiteral("clusterprofile"); }
    void setData(const analysis::ClusterAnswer& answer);

protected:
    QString rebuild() override;
    void clearData() override;

private:
    std::optional<analysis::ClusterAnswer> m_answer;
};

} // namespace streamlens::ui
