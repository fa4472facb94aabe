// SPDX-License-Identifier: MIT
#pragma once

#include "export/ExportFormat.h"
#include "style/Theme.h"

#include <QCoreApplication>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace streamlens::ui {

// What an export produces: format, exact pixel size, DPI and theme.
//
// The DPI decides how large type and lines come out: the chart is laid out at a logical size
// of pixelSize × 96 / dpi (96 being the resolution the widgets are designed for) and scaled up
// by dpi / 96. 1920×1080 at 144 dpi is laid out like a 1280×720 window and drawn 1.5× — type
// reads on a slide; 3840×2160 at 288 dpi has the same layout drawn 3× with sharper detail.
// PDF and SVG keep the physical size pixelSize / dpi inches (13.33 × 7.5 in for the default,
// a 16:9 slide).
struct ExportOptions {
    ExportFormat format = ExportFormat::Png;
    QSize pixelSize{1920, 1080};
    int dpi = 144;
    // System: the theme the application shows now.
    Theme theme = Theme::System;
    // Draws the chart's title above it (the report draws its own heading instead).
    bool withTitle = true;

    static constexpr int kLayoutDpi = 96;
    static constexpr int kMinPixels = 64;
    static constexpr int kMaxPixels = 16384;
    static constexpr int kMinDpi = 48;
    static constexpr int kMaxDpi = 1200;

    QSizeF logicalSize() const;
    double scale() const { return double(dpi) / kLayoutDpi; }
    // Empty when the options can be exported, else why not (translated).
    QString validate() const;

    // The user's defaults: QSettings "export/width", "export/height", "export/dpi",
    // "export/format" (written by the settings dialog); 1920×1080, 144 dpi, png when unset or
    // out of range.
    static ExportOptions fromSettings();

    Q_DECLARE_TR_FUNCTIONS(ExportOptions)
};

} // namespace streamlens::ui
