// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvDialect.h"
#include "io/CsvRecord.h"

#include <cstdint>
#include <string>

namespace streamlens::io {

// Splits a memory range into RFC 4180 records. The range must begin at a record boundary.
// Quotes are only special at the start of a field (a stray quote inside an unquoted field
// is kept as text, as Python's csv module does); a quoted field may hold delimiters,
// newlines and doubled quotes. Blank lines are skipped. A trailing \r before \n is dropped.
class CsvTokenizer {
public:
    enum class Status {
        Record,   // a complete record was produced
        NeedMore, // the rest of the range is an incomplete record (or nothing)
        End,      // the range ended at end of file after a complete record
        Error,    // a quoted field is unterminated at end of file
    };

    explicit CsvTokenizer(CsvDialect dialect = {})
        : m_dialect(dialect)
    {
    }

    // atEof: the range ends where the file ends, so a last record without a line end is
    // complete and an open quote is an error.
    void reset(const char* begin, const char* end, int64_t firstLine, bool atEof);
    Status next(CsvRecord& record);

    // First byte after the last complete record, and the line number there.
    const char* position() const { return m_pos; }
    int64_t line() const { return m_line; }
    const std::string& error() const { return m_error; }
    // Line the error (an unterminated quoted field) refers to.
    int64_t errorLine() const { return m_errorLine; }
    static std::string unterminatedMessage(int64_t line);

    // A split point for parallel parsing: the byte after the first \n at or after `from`
    // that lies outside quotes when quote parity is counted from `begin` (a record
    // boundary). nullptr when there is none. Stray quotes can fool the parity; the caller
    // verifies that the part before the split really ends there (see FileScanner).
    static const char* splitPoint(const char* begin, const char* from, const char* end, char quote);

private:
    Status parseQuoted(const char*& p, CsvRecord& record, int64_t& newlines);

    CsvDialect m_dialect;
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
    int64_t m_line = 1;
    bool m_atEof = false;
    std::string m_error;
    int64_t m_errorLine = 0;
};

} // namespace streamlens::io
