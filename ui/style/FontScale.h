// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace streamlens::ui::FontScale {

// The factor by which the fonts under window are scaled (1 = unscaled). A window never scaled
// on its own has the application's factor: its widgets were built from the application font.
double of(const QWidget* window);

// Scales every font under window to factor × its unscaled size: the window's own font, which
// all widgets without a size of their own inherit; the explicit sizes (page headings, KPI
// values) and the fonts inside plots (QCustomPlot axes, legends and texts), which inherit
// nothing; Qt Charts get their view's font. Unscaled sizes are remembered on first touch, so
// factors applied one after another never compound rounding, and applying the same factor
// again (after charts redrew) only fixes what a redraw reset.
void apply(QWidget* window, double factor);

// The user's font scale (settings "appearance/fontScale"): the application font (menus,
// dialogs, widgets made later) and every top-level window, each keeping its own factor
// relative to the application's (a window in presentation mode stays larger).
void applyToApplication(double factor);
double applicationScale();

} // namespace streamlens::ui::FontScale
