// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandContext.h"

namespace streamlens::ui {

// The commands that render the GUI offscreen; registerGuiCommands() lists them.
int runScreenshot(cli::CommandContext& ctx);
int runExportChart(cli::CommandContext& ctx);
int runReport(cli::CommandContext& ctx);

} // namespace streamlens::ui
