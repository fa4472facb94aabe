// SPDX-License-Identifier: MIT
#pragma once

#include "table/TableKind.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace streamlens {
struct Dataset;
}
namespace streamlens::query {
class Selection;
}

namespace streamlens::table {

// The rows of one table "over the selection", in table order:
// - sessions: the sessions the filter matched;
// - users and content: those that appear in at least one matched session (a user without
//   sessions in the filter is not shown, even when the filter names only user attributes);
// - events: the events of the matched sessions.
struct RowSet {
    TableKind table = TableKind::Sessions;
    std::vector<uint32_t> rows;
    bool cancelled = false;
};

// Builds the row set on all cores; returns a cancelled set when cancel turns true.
RowSet rowsOverSelection(const Dataset& data, TableKind table, const query::Selection& selection,
                         const std::atomic<bool>* cancel = nullptr, int threads = 0);
// How many rows rowsOverSelection would return, without keeping them (the table chooser's
// counts); nullopt when cancelled.
std::optional<size_t> rowCountOverSelection(const Dataset& data, TableKind table,
                                            const query::Selection& selection,
                                            const std::atomic<bool>* cancel = nullptr,
                                            int threads = 0);

} // namespace streamlens::table
