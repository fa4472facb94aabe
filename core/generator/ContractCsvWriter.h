// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace streamlens::generator {

struct WriteResult {
    bool ok = false;
    std::string error;              // what failed, with the path; "cancelled" on cancel
    std::vector<std::string> files; // paths written (complete files only)
    int64_t bytes = 0;
};

struct CsvWriteOptions {
    int threads = 0; // formatting threads, 0 = all cores; the bytes do not depend on it
    // Columns an import kept aside (Dataset::extraColumns) go after the contract columns, so
    // an export loses nothing; the contract allows unknown columns.
    bool includeExtraColumns = true;
    size_t chunkRows = 32768;
};

// Writes any Dataset (generated or imported) as the contract's CSV files: users.csv,
// content.csv, sessions.csv and, when the dataset has events, performance_events.csv. Headers
// and column order as in the contract; timestamps "2026-03-01T18:22:05.123Z", dates
// "YYYY-MM-DD", true/false, empty for null, decimals without trailing zeros, RFC 4180
// quoting only where needed. Without events, a performance_events.csv left in dir by an
// earlier export is removed, since it would not match the new sessions. Each file is written as
// "<name>.tmp" and renamed when complete, so a failure or a cancel never leaves a truncated file
// under the real name.
class ContractCsvWriter {
public:
    explicit ContractCsvWriter(const Dataset& dataset, CsvWriteOptions options = {});

    // Creates dir when missing. progress gets the fraction of rows written (all files) and
    // may return false to cancel.
    WriteResult write(const std::string& dir,
                      const std::function<bool(double)>& progress = {}) const;

private:
    const Dataset& m_data;
    CsvWriteOptions m_options;
};

WriteResult writeContractCsv(const Dataset& dataset, const std::string& dir,
                             std::function<bool(double)> progress = {});

} // namespace streamlens::generator
