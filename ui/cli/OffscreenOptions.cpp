// SPDX-License-Identifier: MIT
#include "cli/OffscreenOptions.h"

#include "cli/ExitCode.h"

namespace streamlens::ui {

std::optional<QSize> parsePixelSize(const QString& text, QSize min, QSize max)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false, okH = false;
    const QSize size(parts[0].toInt(&okW), parts[1].toInt(&okH));
    if (!okW || !okH || size.width() < min.width() || size.height() < min.height() ||
        size.width() > max.width() || size.height() > max.height())
        return std::nullopt;
    return size;
}

std::optional<QSize> sizeOption(cli::CommandParser& parser, cli::CommandContext& ctx, int& exitCode,
                                QSize min, QSize max)
{
    const auto size = parsePixelSize(parser.value("size"), min, max);
    if (!size) {
        ctx.err << "streamlens " << ctx.arguments.value(0).toStdString()
                << ": --size must be WxH, from " << min.width() << "x" << min.height() << " to "
                << max.width() << "x" << max.height() << "\n";
        exitCode = cli::Usage;
    }
    return size;
}

std::optional<Theme> themeOption(cli::CommandParser& parser, cli::CommandContext& ctx,
                                 int& exitCode)
{
    bool ok = false;
    const Theme theme = themeFromString(parser.value("theme"), &ok);
    if (!ok || theme == Theme::System) {
        ctx.err << "streamlens " << ctx.arguments.value(0).toStdString()
                << ": --theme must be light or dark\n";
        exitCode = cli::Usage;
        return std::nullopt;
    }
    return theme;
}

} // namespace streamlens::ui
