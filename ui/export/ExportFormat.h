// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace streamlens::ui {

// The file formats a chart exports to: PNG is a raster at an exact pixel size, PDF and SVG
// are vector (text stays text, lines stay lines).
enum class ExportFormat { Png, Pdf, Svg };

// "png" / "pdf" / "svg", as settings and the CLI spell them.
QString formatKey(ExportFormat format);
std::optional<ExportFormat> formatFromKey(const QString& key);
// The format a file name asks for by its suffix (case-insensitive); nullopt for others.
std::optional<ExportFormat> formatFromFileName(const QString& fileName);
// A file dialog filter ("PNG image (*.png)"), translated.
QString formatFilter(ExportFormat format);

} // namespace streamlens::ui
