// SPDX-License-Identifier: MIT
#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QSettings>

namespace streamlens::ui {

namespace {
// Below this logical size axis labels and titles no longer fit beside a plot.
constexpr double kMinLogicalWidth = 240;
constexpr double kMinLogicalHeight = 160;

} // namespace

QSizeF ExportOptions::logicalSize() const
{
    return QSizeF(pixelSize) * (double(kLayoutDpi) / double(dpi > 0 ? dpi : kLayoutDpi));
}

QString ExportOptions::validate() const
{
    if (pixelSize.width() < kMinPixels || pixelSize.height() < kMinPixels ||
        pixelSize.width() > kMaxPixels || pixelSize.height() > kMaxPixels)
        return tr("The size must be from %1 to %2 pixels on each side.")
            .arg(kMinPixels)
            .arg(kMaxPixels);
    if (dpi < kMinDpi || dpi > kMaxDpi)
        return tr("The resolution must be from %1 to %2 dpi.").arg(kMinDpi).arg(kMaxDpi);
    const QSizeF logical = logicalSize();
    if (logical.width() < kMinLogicalWidth || logical.height() < kMinLogicalHeight)
        return tr("At %1 dpi a %2 × %3 image leaves too little room for the chart; choose a "
                  "lower resolution or a larger size.")
            .arg(dpi)
            .arg(pixelSize.width())
            .arg(pixelSize.height());
    return {};
}

ExportOptions ExportOptions::fromSettings()
{
    ExportOptions options;
    const QSettings settings;
    bool okW = false, okH = false, okDpi = false;
    const int width = settings.value(QStringLiteral("export/width")).toInt(&okW);
    const int height = settings.value(QStringLiteral("export/height")).toInt(&okH);
    const int dpi = settings.value(QStringLiteral("export/dpi")).toInt(&okDpi);
    ExportOptions read = options;
    if (okW && okH)
        read.pixelSize = QSize(width, height);
    if (okDpi)
        read.dpi = dpi;
    if (const auto format =
            formatFromKey(settings.value(QStringLiteral("export/format")).toString()))
        read.format = *format;
    // A hand-edited or outdated value falls back to the defaults rather than failing later.
    if (!read.validate().isEmpty()) {
        read.pixelSize = options.pixelSize;
        read.dpi = options.dpi;
    }
    return read;
}

} // namespace streamlens::ui
