// SPDX-License-Identifier: MIT
#pragma once

#include "stats/ClassificationMetrics.h"
#include "stats/StatsChart.h"

#include <optional>
#include <vector>

namespace streamlens::ui {

// The ROC curve of a logistic model on its held-out units, with the chance diagonal and the
// AUC; the point of the chosen threshold is marked.
class RocChart : public StatsChart {
    Q_OBJECT
public:
    explicit RocChart(QWidget* parent = nullptr);

    QString chartId() const override { return QStringLiteral("roc"); }
    void setData(std::vector<stats::RocPoint> points, std::optional<double> auc, double threshold,
                 int64_t heldOut);

protected:
    QString rebuild() override;
    void clearData() override;

private:
    std::vector<stats::RocPoint> m_points;
    std::optional<double> m_auc;
    double m_threshold = 0.5;
    int64_t m_heldOut = 0;
};

} // namespace streamlens::ui
