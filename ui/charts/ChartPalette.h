// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QCPColorGradient;
class QCustomPlot;
class QChart;

namespace streamlens::ui {

// Colours of the Explore charts, taken from the application palette so they follow the light
// and dark themes: Okabe-Ito for series and bars (colour-blind safe), viridis for heat maps.
namespace ChartPalette {

QColor series(int index);
QColor text();
QColor mutedText();
QColor grid();
QColor background();
// The colour of text drawn on a viridis cell of value t in [0, 1] (dark on the bright end).
QColor textOn(double t);
QCPColorGradient viridis();
// Background, axes, ticks, labels and grid of a plot for the current theme.
void style(QCustomPlot* plot);
void style(QChart* chart);

} // namespace ChartPalette

} // namespace streamlens::ui
