// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace streamlens {
struct Dataset;
}

namespace streamlens::store {

// Checks the invariants every reader of a Dataset relies on without checking them again:
// all columns of a table have the same length, categorical codes lie inside their
// dictionaries, row references point at existing rows, resolution codes are valid,
// extra columns belong to a known table and have one value per row.
// Returns false with a message naming table, column and row at the first violation.
// Run before a save (so nothing half-valid is written) and after a snapshot load (so a
// damaged or hand-made file can never make the engine read out of bounds).
bool checkStructure(const Dataset& dataset, std::string* error);

} // namespace streamlens::store
