// SPDX-License-Identifier: MIT
#include "stats/KScanChart.h"

#include "charts/ChartPalette.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace streamlens::ui {

KScanChart::KScanChart(QWidget* parent)
    : StatsChart(parent)
{
    connect(plot(), &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const int k = kAt(event->position());
        if (k > 0 && k != m_chosen)
            emit kRequested(k);
    });
    redraw();
}

void KScanChart::setData(std::vector<stats::KSelection> scan, int chosenK)
{
    m_scan = std::move(scan);
    m_chosen = chosenK;
    redraw();
}

void KScanChart::clearData()
{
    m_scan.clear();
}

int KScanChart::kAt(const QPointF& pixel) const
{
    if (m_scan.empty())
        return 0;
    const double key = plot()->xAxis->pixelToCoord(pixel.x());
    int best = 0;
    double distance = INFINITY;
    for (const auto& s : m_scan)
        if (std::fabs(s.k - key) < distance) {
            distance = std::fabs(s.k - key);
            best = s.k;
        }
    return distance <= 0.5 ? best : 0;
}

QString KScanChart::rebuild()
{
    setHasContent(!m_scan.empty());
    if (m_scan.empty())
        return tr("Silhouette and WSS by k");

    auto* wss = plot()->addGraph(plot()->xAxis, plot()->yAxis);
    wss->setPen(QPen(ChartPalette::series(0), 2));
    wss->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, ChartPalette::series(0),
                                         ChartPalette::background(), 8));
    wss->setName(tr("within-cluster SS (left)"));
    auto* sil = plot()->addGraph(plot()->xAxis, plot()->yAxis2);
    sil->setPen(QPen(ChartPalette::series(1), 2));
    sil->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, ChartPalette::series(1),
                                         ChartPalette::background(), 8));
    sil->setName(tr("mean silhouette (right)"));
    double wssMax = 0, silMin = 0, silMax = 0;
    for (const auto& s : m_scan) {
        wss->addData(s.k, s.totalWithinSS);
        wssMax = std::max(wssMax, s.totalWithinSS);
        // k = 1 has no silhouette: no point rather than a made-up 0.
        if (s.silhouette) {
            sil->addData(s.k, *s.silhouette);
            silMin = std::min(silMin, *s.silhouette);
            silMax = std::max(silMax, *s.silhouette);
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(m_scan.front().k - 0.5, m_scan.back().k + 0.5);
    plot()->xAxis->setLabel(tr("Number of segments k (click to choose)"));
    plot()->yAxis->setRange(0, wssMax * 1.08 + 1e-12);
    plot()->yAxis->setLabel(tr("Within-cluster sum of squares"));
    plot()->yAxis2->setVisible(true);
    plot()->yAxis2->setRange(std::min(0.0, silMin), std::max(1e-9, silMax) * 1.15);
    plot()->yAxis2->setLabel(tr("Mean silhouette"));
    ChartPalette::style(plot());
    plot()->yAxis2->grid()->setVisible(false);

    auto* chosen = new QCPItemStraightLine(plot());
    chosen->point1->setCoords(m_chosen, 0);
    chosen->point2->setCoords(m_chosen, 1);
    chosen->setPen(QPen(ChartPalette::mutedText(), 1.5, Qt::DashLine));
    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return tr("Choosing k: silhouette and within-cluster SS (k = %1 in use)").arg(m_chosen);
}

} // namespace streamlens::ui
