// SPDX-License-Identifier: MIT
#pragma once

#include "generator/CsvFormat.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

namespace streamlens::generator {

// Formats the rows of a table in fixed-size chunks on worker threads and writes the chunks,
// strictly in order, from the calling thread, so formatting and writing overlap and the file
// is the same whatever the thread count.
class OrderedChunkWriter {
public:
    using Format = std::function<void(size_t begin, size_t end, csv::CharBuffer& out)>;
    // Called after each chunk with the rows written so far; false stops the writing.
    using Progress = std::function<bool(size_t rowsDone)>;

    OrderedChunkWriter(int threads, size_t chunkRows);

    // Writes rows [0, rows) to file. Returns an empty string on success, otherwise what went
    // wrong ("cancelled" when progress returned false). Adds the bytes written to bytes.
    std::string write(std::FILE* file, size_t rows, const Format& format, const Progress& progress,
                      int64_t& bytes) const;

private:
    int m_threads;
    size_t m_chunkRows;
};

} // namespace streamlens::generator
