// SPDX-License-Identifier: MIT
#include "export/ChartExporter.h"

#include "charts/ChartPalette.h"
#include "export/ExportTheme.h"
#include "export/ExportableChart.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace streamlens::ui {

namespace {
// Space around the chart and under its title, in layout units.
constexpr double kMargin = 16;
constexpr double kTitleGap = 8;

int dotsPerMeter(int dpi)
{
    return static_cast<int>(std::lround(dpi / 0.0254));
}

// Starts the file; commit() publishes it only when everything was written.
bool openFile(QSaveFile& file, QString* error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = ChartExporter::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

bool commitFile(QSaveFile& file, QString* error)
{
    if (file.commit())
        return true;
    if (error)
        *error = ChartExporter::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}
} // namespace

void ChartExporter::paint(QPainter* painter, ExportableChart& chart, const QRectF& rect,
                          bool withTitle)
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    painter->fillRect(rect, ChartPalette::background());
    QRectF area = rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (withTitle) {
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.35);
        const QFontMetricsF metrics(font, painter->device());
        painter->setFont(font);
        painter->setPen(ChartPalette::text());
        const QRectF titleRect(area.topLeft(), QSizeF(area.width(), metrics.height()));
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(chart.title(), Qt::ElideRight, area.width()));
        area.setTop(titleRect.bottom() + kTitleGap);
    }
    if (chart.hasContent()) {
        chart.render(painter, area);
    } else {
        painter->setFont(QApplication::font());
        painter->setPen(ChartPalette::mutedText());
        painter->drawText(area, Qt::AlignCenter, tr("No sessions match the filter"));
    }
    painter->restore();
}

QImage ChartExporter::toImage(ExportableChart& chart, const ExportOptions& options)
{
    ExportTheme theme(options.theme, {&chart});
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    // Painted at the layout resolution, so type in points has the size the layout expects;
    // the file then carries the DPI asked for.
    image.setDotsPerMeterX(dotsPerMeter(ExportOptions::kLayoutDpi));
    image.setDotsPerMeterY(dotsPerMeter(ExportOptions::kLayoutDpi));
    image.fill(ChartPalette::background());
    const QSizeF logical = options.logicalSize();
    {
        QPainter painter(&image);
        painter.scale(options.pixelSize.width() / logical.width(),
                      options.pixelSize.height() / logical.height());
        paint(&painter, chart, QRectF(QPointF(0, 0), logical), options.withTitle);
    }
    image.setDotsPerMeterX(dotsPerMeter(options.dpi));
    image.setDotsPerMeterY(dotsPerMeter(options.dpi));
    return image;
}

bool ChartExporter::write(ExportableChart& chart, const QString& fileName,
                          const ExportOptions& options, QString* error)
{
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    switch (options.format) {
    case ExportFormat::Png:
        return writePng(chart, fileName, options, error);
    case ExportFormat::Pdf:
        return writePdf(chart, fileName, options, error);
    case ExportFormat::Svg:
        return writeSvg(chart, fileName, options, error);
    }
    return false;
}

bool ChartExporter::writePng(ExportableChart& chart, const QString& fileName,
                             const ExportOptions& options, QString* error)
{
    const QImage image = toImage(chart, options);
    QSaveFile file(fileName);
    if (!openFile(file, error))
        return false;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot encode the PNG image for %1").arg(fileName);
        return false;
    }
    return commitFile(file, error);
}

bool ChartExporter::writePdf(ExportableChart& chart, const QString& fileName,
                             const ExportOptions& options, QString* error)
{
    QSaveFile file(fileName);
    if (!openFile(file, error))
        return false;
    ExportTheme theme(options.theme, {&chart});
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("StreamLens"));
        writer.setTitle(chart.title());
        // The page is the physical size of the image (pixels / dpi); its coordinates are
        // layout units, so the chart is laid out exactly as for the PNG.
        writer.setResolution(ExportOptions::kLayoutDpi);
        const QSizeF inches(double(options.pixelSize.width()) / options.dpi,
                            double(options.pixelSize.height()) / options.dpi);
        writer.setPageSize(QPageSize(inches, QPageSize::Inch, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            if (error)
                *error = tr("Cannot start the PDF document %1").arg(fileName);
            return false;
        }
        paint(&painter, chart, QRectF(0, 0, writer.width(), writer.height()), options.withTitle);
        painter.end();
    }
    return commitFile(file, error);
}

bool ChartExporter::writeSvg(ExportableChart& chart, const QString& fileName,
                             const ExportOptions& options, QString* error)
{
    QSaveFile file(fileName);
    if (!openFile(file, error))
        return false;
    ExportTheme theme(options.theme, {&chart});
    const QSizeF logical = options.logicalSize();
    {
        // The SVG generator sizes type by its resolution: at the layout resolution the
        // drawing's units are layout units, and the document's size is pixels / dpi inches.
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(ExportOptions::kLayoutDpi);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        generator.setTitle(chart.title());
        generator.setDescription(chart.caption());
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            if (error)
                *error = tr("Cannot start the SVG drawing %1").arg(fileName);
            return false;
        }
        paint(&painter, chart, QRectF(QPointF(0, 0), logical), options.withTitle);
        painter.end();
    }
    return commitFile(file, error);
}

bool ChartExporter::copyToClipboard(ExportableChart& chart, const ExportOptions& options,
                                    QString* error)
{
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        if (error)
            *error = tr("There is no clipboard.");
        return false;
    }
    clipboard->setImage(toImage(chart, options));
    return true;
}

} // namespace streamlens::ui
