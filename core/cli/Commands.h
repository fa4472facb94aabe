// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandContext.h"

namespace streamlens::cli {

class CommandRegistry;

int runGenerate(CommandContext& ctx);
int runImport(CommandContext& ctx);
int runKpis(CommandContext& ctx);
int runInfo(CommandContext& ctx);
int runBench(CommandContext& ctx);
int runStats(CommandContext& ctx);
int runExportRows(CommandContext& ctx);
int runSummary(CommandContext& ctx);

// Adds the headless commands above to the registry.
void registerCoreCommands(CommandRegistry& registry);

} // namespace streamlens::cli
