// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QString>

class QPainter;
class QWidget;

namespace streamlens::ui {

// A chart that can be drawn anew at any size, for PNG/PDF/SVG export, the clipboard, the
// report and `streamlens export-chart`. Explore charts and Statistics charts implement it;
// the exporter decides size, DPI and scaling, the chart only draws.
class ExportableChart {
public:
    virtual ~ExportableChart() = default;

    // Stable name for exports and the CLI ("timeseries", "breakdown", "boxplot", ...).
    virtual QString chartId() const = 0;
    // Heading as shown on screen (translated).
    virtual QString title() const = 0;
    // Draws the chart into target with painter; the painter may be a QImage's, a PDF's or
    // an SVG generator's. Must not depend on the widget's current on-screen size.
    virtual void render(QPainter* painter, const QRectF& target) = 0;
    // The on-screen widget (for the context menu and clipboard); may be null headless.
    virtual QWidget* chartWidget() = 0;
    // False while the chart has no data to show (an export would be empty).
    virtual bool hasContent() const { return true; }
    // One sentence under the chart in the report saying what it shows (translated); empty
    // when the title says it all.
    virtual QString caption() const { return {}; }
    // Re-colours the chart from the current application palette. The exporter switches the
    // theme for an export in the other theme and calls this before drawing and after
    // switching back; charts that colour themselves at draw time need not override it.
    virtual void applyPalette() {}
};

} // namespace streamlens::ui
