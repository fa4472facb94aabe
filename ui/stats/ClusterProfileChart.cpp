// SPDX-License-Identifier: MIT
#include "stats/ClusterProfileChart.h"

#include "charts/ChartPalette.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace streamlens::ui {

ClusterProfileChart::ClusterProfileChart(QWidget* parent)
    : StatsChart(parent)
{
    redraw();
}

void ClusterProfileChart::setData(const analysis::ClusterAnswer& answer)
{
    m_answer = answer;
    redraw();
}

void ClusterProfileChart::clearData()
{
    m_answer.reset();
}

QString ClusterProfileChart::rebuild()
{
    setHasContent(m_answer && !m_answer->clusters.empty());
    if (!m_answer || m_answer->clusters.empty())
        return tr("Segment profiles");
    const auto& a = *m_answer;
    const QLocale locale;
    auto* group = new QCPBarsGroup(plot());
    group->setSpacing(1);
    const size_t k = a.clusters.size();
    double extreme = 0.5;
    for (size_t c = 0; c < k; ++c) {
        const auto& p = a.clusters[c];
        auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setWidth(0.8 / double(k));
        bars->setPen(Qt::NoPen);
        bars->setBrush(ChartPalette::series(int(c)));
        bars->setBarsGroup(group);
        bars->setName(
            tr("segment %1 (%2 %)").arg(p.cluster).arg(locale.toString(100.0 * p.share, 'f', 1)));
        for (size_t j = 0; j < p.zCentre.size(); ++j) {
            bars->addData(double(j + 1), p.zCentre[j]);
            extreme = std::max(extreme, std::fabs(p.zCentre[j]));
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (size_t j = 0; j < a.columns.size(); ++j)
        ticker->addTick(double(j + 1), QString::fromStdString(a.columns[j]));
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, double(a.columns.size()) + 0.6);
    if (a.columns.size() > 5)
        plot()->xAxis->setTickLabelRotation(25);
    plot()->yAxis->setRange(-extreme * 1.1, extreme * 1.1);
    plot()->yAxis->setLabel(tr("Standardised centroid (SD from the mean)"));
    plot()->yAxis->grid()->setZeroLinePen(QPen(ChartPalette::mutedText(), 1));
    // Bars reach every corner of the plot: the legend goes in a row of its own below it.
    QCPLayoutInset* inset = plot()->axisRect()->insetLayout();
    if (inset->elements(false).contains(plot()->legend)) {
        inset->take(plot()->legend);
        inset->simplify();
        const int row = plot()->plotLayout()->rowCount();
        plot()->plotLayout()->addElement(row, 0, plot()->legend);
        plot()->plotLayout()->setRowStretchFactor(row, 0.001);
        plot()->legend->setMargins(QMargins(6, 2, 6, 2));
    }
    plot()->legend->setVisible(true);
    plot()->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot()->legend->setWrap(std::min<int>(int(k), 4));
    return tr("Profiles of %1 segments of %2 units").arg(k).arg(locale.toString(qlonglong(a.n)));
}

} // namespace streamlens::ui
