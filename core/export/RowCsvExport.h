// SPDX-License-Identifier: MIT
#pragma once

#include "export/RowExport.h"

namespace streamlens::rowexport {

// Rows as a contract CSV file (the generator's formatter: same header, quoting and number
// text as `streamlens generate`, columns an import kept aside included), so the file imports
// again as it is. Writes straight to path; RowExport handles the temporary name.
ExportResult writeRowsCsv(const Dataset& data, table::TableKind table,
                          const std::vector<uint32_t>& rows, const std::string& path,
                          const ProgressCallback& progress);

} // namespace streamlens::rowexport
