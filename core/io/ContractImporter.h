// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "io/ImportOptions.h"
#include "io/ImportReport.h"

#include <string>
#include <vector>

namespace streamlens::io {

// Imports contract CSV files (../shared/data-contract.md) into a Dataset with full
// validation. paths are files (table recognised by file name, else by header) and/or
// directories (their users.csv, content.csv, sessions.csv, performance_events.csv).
//
// Rows are validated into staging first; the target changes only when the import succeeds
// (status Ok or OkWithRejects). References may point at rows the target already holds; a
// row whose key the target already has replaces that row in place, so importing the same
// files twice changes nothing. Thread-safe for distinct targets.
ImportReport importInto(Dataset& target, const std::vector<std::string>& paths,
                        const ImportOptions& options = {});

} // namespace streamlens::io
