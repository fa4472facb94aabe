// SPDX-License-Identifier: MIT
#include "stats/StatsChart.h"

#include "charts/ChartPalette.h"
#include "export/ChartExportMenu.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QPicture>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace streamlens::ui {

StatsChart::StatsChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    // Right-click on the chart or its button: export (PNG/PDF/SVG) and copy, as every chart.
    ChartExportMenu* menu = ChartExportMenu::attach(this);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addStretch(1);
    header->addWidget(menu->createToolButton(this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);
    setMinimumHeight(260);
}

StatsChart::~StatsChart() = default;

QString StatsChart::title() const
{
    return m_title ? m_title->text() : QString();
}

void StatsChart::clear()
{
    clearData();
    redraw();
}

void StatsChart::redraw()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->clearGraphs();
    // Extra axis rects or a second value axis from the previous result would linger.
    m_plot->axisRect()->axis(QCPAxis::atRight)->setVisible(false);
    m_plot->legend->setVisible(false);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_plot->xAxis->setTickLabelRotation(0);
    m_plot->xAxis->setLabel({});
    m_plot->yAxis->setLabel({});
    m_plot->yAxis2->setLabel({});
    if (!m_title) {
        m_plot->plotLayout()->insertRow(0);
        m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), -1, QFont::Bold));
        m_plot->plotLayout()->addElement(0, 0, m_title);
    }
    ChartPalette::style(m_plot);
    const QString heading = rebuild();
    m_title->setText(heading);
    m_title->setTextColor(ChartPalette::text());
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    ChartPalette::style(m_plot);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StatsChart::render(QPainter* painter, const QRectF& target)
{
    const QSize size = target.size().toSize();
    if (size.isEmpty())
        return;
    // Recorded as vector commands, so PDF and SVG exports stay sharp at any size.
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNonCosmetic);
        m_plot->toPainter(&recorder, size.width(), size.height());
    }
    painter->save();
    painter->translate(target.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::IntersectClip);
    painter->drawPicture(0, 0, picture);
    painter->restore();
    // toPainter leaves the layout at the export size; the widget lays itself out again.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StatsChart::changeEvent(QEvent* event)
{
    // Before the subclass's first redraw() its rebuild() is not there to call.
    const auto type = event->type();
    if (m_title && (type == QEvent::LanguageChange || type == QEvent::PaletteChange ||
                    type == QEvent::ApplicationPaletteChange || type == QEvent::StyleChange))
        redraw();
    QWidget::changeEvent(event);
}

} // namespace streamlens::ui
