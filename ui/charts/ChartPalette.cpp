// SPDX-License-Identifier: MIT
#include "charts/ChartPalette.h"

#include "style/Theme.h"

#include <QApplication>
#include <QChart>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <iterator>
#include <qcustomplot.h>

namespace streamlens::ui::ChartPalette {

QColor series(int index)
{
    // Okabe-Ito; the black of the original set becomes a theme-aware grey.
    static const QRgb colours[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                   0x56B4E9, 0xD55E00, 0xF0E442};
    const int n = static_cast<int>(std::size(colours));
    QColor c = QColor::fromRgb(colours[((index % n) + n) % n]);
    // On a dark background the blue is too deep to read; the sky blue takes its place.
    if (index % n == 0 && isDark())
        c = QColor::fromRgb(0x56B4E9);
    return c;
}

QColor text()
{
    return QApplication::palette().color(QPalette::WindowText);
}

QColor mutedText()
{
    return QApplication::palette().color(QPalette::PlaceholderText);
}

QColor grid()
{
    QColor c = text();
    c.setAlpha(isDark() ? 50 : 35);
    return c;
}

QColor background()
{
    return QApplication::palette().color(QPalette::Base);
}

QColor textOn(double t)
{
    return t > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(0xf5, 0xf5, 0xf5);
}

QCPColorGradient viridis()
{
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    g.setColorStopAt(0.5, QColor(0x21, 0x91, 0x8c));
    g.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    g.setColorStopAt(1.0, QColor(0xfd, 0xe7, 0x25));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    return g;
}

namespace {
void styleAxis(QCPAxis* axis)
{
    const QColor t = text();
    axis->setBasePen(QPen(grid()));
    axis->setTickPen(QPen(grid()));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(t);
    axis->setLabelColor(t);
    axis->grid()->setPen(QPen(grid(), 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}
} // namespace

void style(QCustomPlot* plot)
{
    // Tick labels in the user's locale (digit grouping, decimal comma in German).
    plot->setLocale(QLocale());
    plot->setBackground(background());
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(background());
        for (QCPAxis* axis : rect->axes())
            styleAxis(axis);
    }
    plot->legend->setBrush(background());
    plot->legend->setTextColor(text());
    plot->legend->setBorderPen(QPen(grid()));
}

void style(QChart* chart)
{
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(background());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(text());
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text());
        axis->setTitleBrush(text());
        axis->setGridLineColor(grid());
        axis->setLinePenColor(grid());
    }
}

} // namespace streamlens::ui::ChartPalette
