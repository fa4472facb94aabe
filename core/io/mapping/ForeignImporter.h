// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "io/ImportOptions.h"
#include "io/ImportReport.h"
#include "io/mapping/ColumnMapping.h"

#include <string>
#include <vector>

namespace streamlens::io::mapping {

// One file in its own layout and format, with the mapping that makes it a contract table.
struct ForeignFile {
    std::string path;
    ColumnMapping mapping;
};

// Imports files that are not in the contract's layout. Each file is read in its format
// (encoding, delimiter, quote, header), every row is mapped into a contract-layout copy in a
// temporary folder, and the copies go through the contract importer (importInto), so every
// contract rule is checked the same way and the target changes only when the whole import
// succeeds (nothing half-loaded; re-importing replaces rows by key, so it changes nothing).
//
// Rows the mapping cannot convert (a duration of "2 Seasons", an unknown country name) are
// rejected with the reasons; rows the importer rejects are reported too. Every reject names
// the user's file, the line its record starts on in that file, the user's column and why.
// options.maxRejectRate applies to all rejects over all rows of the files; options.progress
// covers both the mapping and the import.
ImportReport importForeign(Dataset& target, const std::vector<ForeignFile>& files,
                           const ImportOptions& options = {});

} // namespace streamlens::io::mapping
