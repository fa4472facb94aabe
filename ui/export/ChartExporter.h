// SPDX-License-Identifier: MIT
#pragma once

#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace streamlens::ui {

class ExportableChart;

// Draws a chart anew at the size an export asks for (see ExportOptions for how size and DPI
// become layout and scale) and writes it: PNG through QImage with the DPI in the file, PDF
// through QPdfWriter and SVG through QSvgGenerator as vector drawings, or the image to the
// clipboard. Files are written through QSaveFile, so a failed export leaves no partial file.
class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    // Draws the chart (and its title when withTitle) into rect, in layout units, on the
    // export background; an empty chart says so instead. Used by the report too.
    static void paint(QPainter* painter, ExportableChart& chart, const QRectF& rect,
                      bool withTitle);

    static QImage toImage(ExportableChart& chart, const ExportOptions& options);
    // Writes fileName in options.format; false with a translated reason in *error.
    static bool write(ExportableChart& chart, const QString& fileName, const ExportOptions& options,
                      QString* error);
    // The PNG image of these options on the clipboard.
    static bool copyToClipboard(ExportableChart& chart, const ExportOptions& options,
                                QString* error = nullptr);

private:
    static bool writePng(ExportableChart& chart, const QString& fileName,
                         const ExportOptions& options, QString* error);
    static bool writePdf(ExportableChart& chart, const QString& fileName,
                         const ExportOptions& options, QString* error);
    static bool writeSvg(ExportableChart& chart, const QString& fileName,
                         const ExportOptions& options, QString* error);
};

} // namespace streamlens::ui
