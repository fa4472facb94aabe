// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvFormat.h"

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens::io::mapping {

// The first rows of a file as a CsvFormat reads them: what the import dialog shows while
// the user picks the delimiter, encoding and header option.
struct ForeignPreview {
    std::vector<std::string> columns; // header names, or "column N"
    std::vector<std::vector<std::string>> rows;
    std::vector<int64_t> lines; // the line each row starts on
    std::string encoding;       // the encoding used (a byte order mark overrides the choice)
    std::string error;          // set when the file cannot be read in this format
    bool ok() const { return error.empty(); }
};

// Reads at most maxRows data rows (and decodes at most a few MB of another encoding).
ForeignPreview previewForeign(const std::string& path, const CsvFormat& format,
                              size_t maxRows = 100);

} // namespace streamlens::io::mapping
