// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandContext.h"

// The subcommands of `streamlens stats`. Each gets a context whose arguments[0] is
// "stats <subcommand>", so messages read "streamlens stats test: ...".
namespace streamlens::cli::stats {

int runDescribe(CommandContext& ctx);
int runTest(CommandContext& ctx);
int runBreakdown(CommandContext& ctx);
int runCluster(CommandContext& ctx);
int runModel(CommandContext& ctx);
int runVariables(CommandContext& ctx);

} // namespace streamlens::cli::stats
