// SPDX-License-Identifier: MIT
#include "io/mapping/ForeignReader.h"

#include "io/Utf8.h"
#include "io/mapping/TextDecoding.h"

#include <filesystem>

namespace streamlens::io::mapping {

namespace {
std::string trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return std::string(s);
}

// CsvRecord's fields point into the reader's buffer or the record's scratch; a record kept
// across reads needs its own copy of the text.
CsvRecord ownedCopy(const CsvRecord& record, std::string& storage)
{
    storage.clear();
    for (auto f : record.fields)
        storage.append(f);
    CsvRecord copy;
    copy.line = record.line;
    copy.malformedField = record.malformedField;
    size_t offset = 0;
    for (auto f : record.fields) {
        copy.fields.emplace_back(storage.data() + offset, f.size());
        offset += f.size();
    }
    return copy;
}
} // namespace

std::string checkDialect(const CsvFormat& format)
{
    const char d = format.delimiter, q = format.quote;
    if (d == q)
        return "the delimiter and the quote must differ";
    if (d == '\n' || d == '\r' || q == '\n' || q == '\r')
        return "the delimiter and the quote cannot be line ends";
    if (format.decimalSeparator != '.' && format.decimalSeparator != ',')
        return "the decimal separator is '.' or ','";
    if (format.decimalSeparator == d)
        return "the decimal separator cannot be the delimiter";
    return {};
}

bool ForeignReader::open(const std::string& path, const CsvFormat& format,
                         const std::string& scratchDir, std::string& error, const Options& options)
{
    m_path = path;
    m_hasHeader = format.hasHeader;
    m_names.clear();
    m_pending.reset();
    if (const std::string bad = checkDialect(format); !bad.empty()) {
        error = "invalid CSV format: " + bad;
        return false;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        error = path + ": no such file";
        return false;
    }
    m_encoding = effectiveEncoding(path, format.encoding);
    m_readPath = path;
    if (!isUtf8Name(m_encoding)) {
        m_readPath = (std::filesystem::path(scratchDir) /
                      (std::filesystem::path(path).filename().string() + ".utf8"))
                         .string();
        if (!decodeToUtf8(path, m_encoding, m_readPath, error, options.maxDecodeBytes,
                          options.decodeProgress))
            return false;
    }
    CsvReader::Options readerOptions;
    readerOptions.dialect = {format.delimiter, format.quote};
    if (options.blockSize > 0)
        readerOptions.blockSize = options.blockSize;
    m_reader = std::make_unique<CsvReader>(readerOptions);
    if (!m_reader->open(m_readPath)) {
        error = this->error();
        return false;
    }
    CsvRecord first;
    if (!m_reader->readRecord(first)) {
        error = m_reader->failed() ? this->error() : path + ": empty file";
        return false;
    }
    if (m_hasHeader) {
        for (size_t i = 0; i < first.size(); ++i) {
            if (!isValidUtf8(first[i])) {
                error = path + ": the header is not valid " + m_encoding +
                        " text (choose the file's encoding, e.g. ISO-8859-1 or Windows-1252)";
                return false;
            }
            std::string name = trimmed(first[i]);
            m_names.push_back(name.empty() ? "column " + std::to_string(i + 1) : name);
        }
    } else {
        for (size_t i = 0; i < first.size(); ++i)
            m_names.push_back("column " + std::to_string(i + 1));
        m_pending = ownedCopy(first, m_pendingStorage);
    }
    return true;
}

bool ForeignReader::next(CsvRecord& record)
{
    if (m_pending) {
        record = std::move(*m_pending);
        m_pending.reset();
        return true;
    }
    return m_reader && m_reader->readRecord(record);
}

std::string ForeignReader::error() const
{
    if (!m_reader)
        return {};
    std::string e = m_reader->error();
    // Messages about the UTF-8 copy name the user's file.
    if (m_readPath != m_path)
        for (size_t at = e.find(m_readPath); at != std::string::npos; at = e.find(m_readPath))
            e.replace(at, m_readPath.size(), m_path);
    return e;
}

} // namespace streamlens::io::mapping
