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

// What an analysing command starts from: its data and its filter.
struct FilteredData {
    std::shared_ptr<const Dataset> data;
    query::Filter filter;
};
// Rejects positional arguments, parses the filter options, then loads the data; prints why
// ("streamlens <command>: ...") and sets exitCode when it cannot.
std::optional<FilteredData> loadFilteredData(CommandParser& parser, CommandContext& ctx,
                                             int& exitCode);

} // namespace streamlens::cli
