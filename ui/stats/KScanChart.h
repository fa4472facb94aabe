// SPDX-License-Identifier: MIT
#pragma once

#include "stats/KMeans.h"
#include "stats/StatsChart.h"

#include <vector>

namespace streamlens::ui {

// Choosing k: the total within-cluster sum of squares (left axis, falls with k; look for the
// elbow) and the mean silhouette (right axis, higher is better) for each k scanned. The k in
// use is marked; a click on another k asks for it.
class KScanChart : public StatsChart {
    Q_OBJECT
public:
    explicit KScanChart(QWidget* parent = nullptr);

    QString chartId() const override { return QStringLiteral("kscan"); }
    void setData(std::vector<stats::KSelection> scan, int chosenK);
    // The k nearest to a position on the plot (for clicks), or 0 when there is no scan.
    int kAt(const QPointF& pixel) const;

signals:
    void kRequested(int k);

protected:
    QString rebuild() override;
    void clearData() override;

private:
    std::vector<stats::KSelection> m_scan;
    int m_chosen = 0;
};

} // namespace streamlens::ui
