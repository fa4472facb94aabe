// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandParser.h"
#include "style/Theme.h"

#include <QSize>
#include <QString>

#include <optional>

namespace streamlens::ui {

// Options shared by the commands that render offscreen (screenshot, export-chart, report),
// checked with the same messages and exit codes everywhere.
std::optional<QSize> parsePixelSize(const QString& text, QSize min, QSize max);
// --size WxH within [min, max]; prints why and sets exitCode (Usage) when it is not.
std::optional<QSize> sizeOption(cli::CommandParser& parser, cli::CommandContext& ctx, int& exitCode,
                                QSize min, QSize max);
// --theme light|dark; prints why and sets exitCode (Usage) otherwise.
std::optional<Theme> themeOption(cli::CommandParser& parser, cli::CommandContext& ctx,
                                 int& exitCode);
// How long a command waits for pages and charts to show their data.
constexpr int kRenderTimeoutMs = 120'000;

} // namespace streamlens::ui
