// SPDX-License-Identifier: MIT
#include "cli/GuiCommands.h"

#include "cli/CommandRegistry.h"
#include "cli/GuiCommandRunners.h"

namespace streamlens::ui {

void registerGuiCommands()
{
    auto& registry = cli::CommandRegistry::instance();
    registry.add({"screenshot", "render a page of the app to PNG", runScreenshot, true});
    registry.add(
        {"export-chart", "draw a chart to PNG, PDF or SVG at an exact size", runExportChart, true});
    registry.add({"report", "write a multi-page PDF report (summary and charts)", runReport, true});
}

} // namespace streamlens::ui
