// SPDX-License-Identifier: MIT
#include "stats/RocChart.h"

#include "charts/ChartPalette.h"
#include "stats/StatsTables.h"

#include <QLocale>
#include <qcustomplot.h>

namespace streamlens::ui {

RocChart::RocChart(QWidget* parent)
    : StatsChart(parent)
{
    redraw();
}

void RocChart::setData(std::vector<stats::RocPoint> points, std::optional<double> auc,
                       double threshold, int64_t heldOut)
{
    m_points = std::move(points);
    m_auc = auc;
    m_threshold = threshold;
    m_heldOut = heldOut;
    redraw();
}

void RocChart::clearData()
{
    m_points.clear();
    m_auc.reset();
}

QString RocChart::rebuild()
{
    setHasContent(!m_points.empty());
    if (m_points.empty())
        return tr("ROC curve");

    auto* diagonal = new QCPCurve(plot()->xAxis, plot()->yAxis);
    diagonal->setPen(QPen(ChartPalette::mutedText(), 1.2, Qt::DashLine));
    diagonal->addData(0, 0, 0);
    diagonal->addData(1, 1, 1);
    diagonal->setName(tr("chance"));

    // A curve, not a graph: tied scores give vertical steps a graph would reorder.
    auto* curve = new QCPCurve(plot()->xAxis, plot()->yAxis);
    curve->setPen(QPen(ChartPalette::series(0), 2.5));
    QVector<double> t, x, y;
    for (size_t i = 0; i < m_points.size(); ++i) {
        t.push_back(double(i));
        x.push_back(m_points[i].falsePositiveRate);
        y.push_back(m_points[i].truePositiveRate);
    }
    curve->setData(t, x, y);
    const QLocale locale;
    curve->setName(m_auc ? tr("held-out units (AUC = %1)").arg(StatsTables::number(*m_auc, 3).text)
                         : tr("held-out units"));

    // The operating point: the last point whose threshold is still ≥ the chosen one.
    const stats::RocPoint* at = nullptr;
    for (const auto& p : m_points)
        if (p.threshold >= m_threshold)
            at = &p;
    if (at) {
        auto* point = plot()->addGraph();
        point->setLineStyle(QCPGraph::lsNone);
        point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                               QPen(ChartPalette::series(5), 2),
                                               ChartPalette::series(5), 9));
        point->addData(at->falsePositiveRate, at->truePositiveRate);
        point->setName(tr("threshold %1").arg(StatsTables::number(m_threshold, 3).text));
    }
    plot()->xAxis->setRange(-0.01, 1.01);
    plot()->yAxis->setRange(-0.01, 1.01);
    plot()->xAxis->setLabel(tr("False positive rate (1 − specificity)"));
    plot()->yAxis->setLabel(tr("True positive rate (recall)"));
    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    return tr("ROC curve on %1 held-out units").arg(locale.toString(qlonglong(m_heldOut)));
}

} // namespace streamlens::ui
