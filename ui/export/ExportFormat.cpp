// SPDX-License-Identifier: MIT
#include "export/ExportFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace streamlens::ui {

QString formatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

std::optional<ExportFormat> formatFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg})
        if (formatKey(f) == k)
            return f;
    return std::nullopt;
}

std::optional<ExportFormat> formatFromFileName(const QString& fileName)
{
    return formatFromKey(QFileInfo(fileName).suffix());
}

QString formatFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QCoreApplication::translate("ExportFormat", "PNG image (*.png)");
    case ExportFormat::Pdf:
        return QCoreApplication::translate("ExportFormat", "PDF document (*.pdf)");
    case ExportFormat::Svg:
        return QCoreApplication::translate("ExportFormat", "SVG drawing (*.svg)");
    }
    return {};
}

} // namespace streamlens::ui
