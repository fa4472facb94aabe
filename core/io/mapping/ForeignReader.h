// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvFormat.h"
#include "io/CsvReader.h"
#include "io/CsvRecord.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::io::mapping {

// Reads a CSV file in a user's format record by record: converts it to UTF-8 first when it
// is in another encoding (into scratchDir, line ends kept so line numbers stay the
// original's), applies the delimiter and quote, and reads the header row when there is one.
// Without a header the columns are "column 1", "column 2"... as many as the first record has.
class ForeignReader {
public:
    struct Options {
        // Input bytes decoded at most (0 = all): a preview need not convert a whole file.
        uint64_t maxDecodeBytes = 0;
        // Bytes read per block (0: the reader's default); a preview needs little.
        size_t blockSize = 0;
        std::function<bool(uint64_t)> decodeProgress;
    };

    bool open(const std::string& path, const CsvFormat& format, const std::string& scratchDir,
              std::string& error, const Options& options);
    bool open(const std::string& path, const CsvFormat& format, const std::string& scratchDir,
              std::string& error)
    {
        return open(path, format, scratchDir, error, Options{});
    }

    // The next data record; false at the end of the file or on a file error (failed()).
    bool next(CsvRecord& record);
    bool failed() const { return m_reader && m_reader->failed(); }
    std::string error() const;

    const std::string& path() const { return m_path; }
    const std::string& encoding() const { return m_encoding; }
    // Column names as written (trimmed); "column N" where the file has no header or a blank.
    const std::vector<std::string>& columnNames() const { return m_names; }
    bool hasHeader() const { return m_hasHeader; }
    uint64_t fileSize() const { return m_reader ? m_reader->fileSize() : 0; }
    uint64_t bytesConsumed() const { return m_reader ? m_reader->bytesConsumed() : 0; }

private:
    std::string m_path;
    std::string m_readPath; // the UTF-8 copy, or m_path
    std::string m_encoding;
    std::unique_ptr<CsvReader> m_reader;
    std::vector<std::string> m_names;
    bool m_hasHeader = true;
    std::optional<CsvRecord> m_pending; // a headerless file's first record, read for its width
    std::string m_pendingStorage;
};

// A CSV dialect the tokenizer can work with: one delimiter and one quote, different, neither
// a line end. Empty when valid, else the reason.
std::string checkDialect(const CsvFormat& format);

} // namespace streamlens::io::mapping
