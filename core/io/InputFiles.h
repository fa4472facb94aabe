// SPDX-License-Identifier: MIT
#pragma once

#include "io/ContractSchema.h"
#include "io/CsvReader.h"

#include <memory>
#include <string>
#include <vector>

namespace streamlens::io {

// One file of an import, opened, its header read and mapped onto a contract table.
struct InputFile {
    std::string path;
    std::string name; // file name without directories, for reject messages
    TableKind table = TableKind::Users;
    ColumnMapping mapping;
    std::unique_ptr<CsvReader> reader; // positioned after the header
    int64_t bytes = 0;
};

// Expands directories to the contract files they hold (users.csv, content.csv,
// sessions.csv, performance_events.csv, any letter case), opens every file, reads its
// header, recognises its table (file name first, header second) and maps its columns.
// Files come back in dependency order: users, content, sessions, events. Any problem is a
// file-level error: nothing can be imported when a file cannot be read or understood.
bool openInputs(const std::vector<std::string>& paths, const CsvReader::Options& options,
                std::vector<InputFile>& files, std::string& error);

} // namespace streamlens::io
