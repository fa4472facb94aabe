// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandParser.h"
#include "data/Dataset.h"
#include "query/Filter.h"

#include <memory>
#include <optional>

namespace streamlens::cli {

// The options that choose data (--db / --csv) and narrow it (--where / --from / --to),
// shared by every command that analyses.
void addDataOptions(CommandParser& parser);
void addFilterOptions(CommandParser& parser);

// Loads the dataset the options name; prints why and sets exitCode when it cannot.
std::shared_ptr<const Dataset> loadData(CommandParser& parser, CommandContext& ctx, int& exitCode);
std::optional<query::Filter> filterFrom(CommandParser& parser, CommandContext& ctx, int& exitCode);

} // namespace streamlens::cli
