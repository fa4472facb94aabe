// SPDX-License-Identifier: MIT
#pragma once

#include "generator/ContractRowFormatter.h"

#include <optional>
#include <string_view>

namespace streamlens::table {

// The four contract datasets as the Data page and `export-rows` show them.
enum class TableKind { Sessions, Users, Content, Events };

inline constexpr TableKind kAllTables[] = {TableKind::Sessions, TableKind::Users,
                                           TableKind::Content, TableKind::Events};

// "sessions", "users", "content", "events": the CLI's --table values.
std::string_view tableName(TableKind table);
std::optional<TableKind> tableFromName(std::string_view name);
// The generator's name for the same table, whose CSV formatting the export reuses.
generator::ContractTable contractTable(TableKind table);

} // namespace streamlens::table
