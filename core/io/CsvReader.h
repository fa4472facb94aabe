// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvDialect.h"
#include "io/CsvRecord.h"
#include "io/CsvTokenizer.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>

namespace streamlens::io {

// Streams a CSV file in bounded blocks (never the whole file in memory). Each block starts
// at a record boundary; the caller tokenizes as many whole records as the block holds and
// hands back how far it got, and the rest is carried into the next block (a record may be
// up to Options::maxRecordBytes long). While the caller works on a block, a helper thread
// reads the next one.
//
// File-level problems make the reader fail with error(): the file cannot be read, it is
// binary (a NUL byte, a known binary signature such as PNG or gzip, or control characters
// at its start), it is UTF-16/32, or a record exceeds maxRecordBytes. A UTF-8 BOM is skipped.
class CsvReader {
public:
    struct Options {
        CsvDialect dialect;
        size_t blockSize = size_t(32) << 20;
        size_t maxRecordBytes = size_t(64) << 20;
        // Look for NUL bytes in every block. A caller that scans the blocks anyway (the
        // importer does, on several threads) turns it off; the file's first block is always
        // checked.
        bool checkNulBytes = true;
    };

    // A run of bytes beginning at a record boundary on line firstLine. atEof: the block
    // reaches the end of the file.
    struct Block {
        const char* data = nullptr;
        size_t size = 0;
        int64_t firstLine = 1;
        bool atEof = false;
    };

    CsvReader();
    explicit CsvReader(Options options);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    bool open(const std::string& path);
    void close();
    bool failed() const { return !m_error.empty(); }
    const std::string& error() const { return m_error; }
    const Options& options() const { return m_options; }
    const std::string& path() const { return m_path; }
    uint64_t fileSize() const { return m_fileSize; }
    // Bytes handed back through consume() (plus a skipped BOM): the progress measure.
    uint64_t bytesConsumed() const { return m_consumed; }

    // Block interface. After readBlock, call consume() with the bytes of whole records
    // processed (possibly 0 when the block holds no complete record) before the next call.
    // Records already returned by readRecord (a header) are not part of the next block.
    bool readBlock(Block& block);
    void consume(size_t bytes, int64_t lines);

    // Record interface on top of the blocks (headers, tests, small files).
    bool readRecord(CsvRecord& record);

private:
    bool fill();
    size_t readChunk(char* into, size_t wanted, int& error);
    void startReadAhead();
    void joinReadAhead();
    bool checkStart();
    bool checkBinary(const char* data, size_t size);

    Options m_options;
    std::FILE* m_file = nullptr;
    std::string m_path;
    std::string m_error;
    uint64_t m_fileSize = 0;
    uint64_t m_consumed = 0;
    std::unique_ptr<char[]> m_buffer; // the current block
    std::unique_ptr<char[]> m_spare;  // where the next chunk is read (ahead)
    size_t m_tailReserve = 0;         // bytes before a chunk for the carried-over record
    size_t m_begin = 0;               // first unconsumed byte
    size_t m_end = 0;                 // end of valid data
    int64_t m_line = 1;               // line number at m_begin
    bool m_eof = false;
    bool m_started = false;
    bool m_blockOut = false;
    // The read-ahead of the next chunk into m_spare, overlapping the caller's parsing.
    std::thread m_readAhead;
    size_t m_aheadWanted = 0;
    size_t m_aheadGot = 0;
    int m_aheadErrno = 0;
    // Record interface state.
    CsvTokenizer m_tokenizer;
    bool m_tokenizerActive = false;
};

} // namespace streamlens::io
