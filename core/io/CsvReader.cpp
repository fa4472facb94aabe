// SPDX-License-Identifier: MIT
#include "io/CsvReader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace streamlens::io {

namespace {

struct Signature {
    std::string_view magic;
    const char* what;
};

// Formats people rename to .csv by mistake, recognised by their first bytes.
constexpr Signature kSignatures[] = {
    {std::string_view("\x89PNG\r\n\x1a\n", 8), "a PNG image"},
    {std::string_view("\x1f\x8b", 2), "gzip-compressed data"},
    {std::string_view("PK\x03\x04", 4), "a ZIP archive (or an .xlsx/.ods workbook)"},
    {std::string_view("%PDF-", 5), "a PDF document"},
    {std::string_view("\xfd"
                      "7zXZ\x00",
                      6),
     "xz-compressed data"},
    {std::string_view("\x28\xb5\x2f\xfd", 4), "zstd-compressed data"},
    {std::string_view("BZh", 3), nullptr}, // bzip2: checked with its block magic below
    {std::string_view("SQLite format 3\x00", 16), "an SQLite database"},
    {std::string_view("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8), "a legacy Office document (.xls)"},
    {std::string_view("\xff\xd8\xff", 3), "a JPEG image"},
    {std::string_view("GIF8", 4), "a GIF image"},
    {std::string_view("\x7f"
                      "ELF",
                      4),
     "an executable (ELF)"},
};

std::string sizeText(size_t bytes)
{
    if (bytes < (size_t(1) << 20))
        return std::to_string(bytes) + " bytes";
    return std::to_string(bytes >> 20) + " MiB";
}

} // namespace

CsvReader::CsvReader()
    : CsvReader(Options{})
{
}

CsvReader::CsvReader(Options options)
    : m_options(options)
    , m_tokenizer(options.dialect)
{
    m_options.blockSize = std::max<size_t>(m_options.blockSize, 16);
}

CsvReader::~CsvReader()
{
    close();
}

void CsvReader::close()
{
    joinReadAhead();
    if (m_file)
        std::fclose(m_file);
    m_file = nullptr;
}

bool CsvReader::open(const std::string& path)
{
    close();
    m_path = path;
    m_error.clear();
    m_consumed = 0;
    m_begin = m_end = 0;
    m_line = 1;
    m_eof = false;
    m_started = false;
    m_tokenizerActive = false;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        m_error = "cannot read " + path + ": it is a directory";
        return false;
    }
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file) {
        m_error = "cannot open " + path + ": " + std::strerror(errno);
        return false;
    }
    std::setvbuf(m_file, nullptr, _IONBF, 0); // blocks are large; stdio's copy is waste
    const auto size = std::filesystem::file_size(path, ec);
    m_fileSize = ec ? 0 : size;
    // Each buffer: room for a carried-over partial record, then one block. Pages that are
    // never written (most of the carry-over room) cost no memory.
    m_tailReserve = m_options.maxRecordBytes;
    m_buffer.reset(new char[m_tailReserve + m_options.blockSize]);
    m_spare.reset(new char[m_tailReserve + m_options.blockSize]);
    m_begin = m_end = m_tailReserve;
    return true;
}

bool CsvReader::checkStart()
{
    const std::string_view head(m_buffer.get() + m_begin, m_end - m_begin);
    for (const auto& sig : kSignatures) {
        if (head.substr(0, sig.magic.size()) != sig.magic)
            continue;
        if (sig.what) {
            m_error = m_path + " is not a CSV text file: it looks like " + sig.what;
            return false;
        }
        // "BZh" + level digit + the block magic 0x314159265359 (digits of pi).
        if (head.size() >= 10 && head[3] >= '1' && head[3] <= '9' &&
            head.substr(4, 6) == std::string_view("\x31\x41\x59\x26\x53\x59", 6)) {
            m_error = m_path + " is not a CSV text file: it looks like bzip2-compressed data";
            return false;
        }
    }
    const size_t start = m_begin;
    if (head.starts_with("\xef\xbb\xbf")) {
        m_begin += 3;
        m_consumed = 3;
    } else if (head.starts_with("\xff\xfe") || head.starts_with("\xfe\xff")) {
        m_error = m_path + " is UTF-16 (or UTF-32) text; save it as UTF-8";
        return false;
    }
    // Text files have no control characters besides tab, CR, LF (and the odd ESC, FF).
    const size_t probe = std::min<size_t>(m_end, start + 4096);
    for (size_t i = m_begin; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(m_buffer[i]);
        if (c != 0 && (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b))) {
            m_error = m_path + " is not a CSV text file: control character 0x" +
                      "0123456789abcdef"[c >> 4] + "0123456789abcdef"[c & 15] + " at byte " +
                      std::to_string(i - start);
            return false;
        }
    }
    return true;
}

bool CsvReader::checkBinary(const char* data, size_t size)
{
    const auto* nul = static_cast<const char*>(std::memchr(data, 0, size));
    if (!nul)
        return true;
    const char* from = m_buffer.get() + m_begin;
    const uint64_t offset = m_consumed + uint64_t(nul - from);
    const int64_t line = m_line + std::count(from, nul, '\n');
    m_error = m_path + " is not a CSV text file: NUL byte at byte offset " +
              std::to_string(offset) + " (line " + std::to_string(line) + ")";
    return false;
}

size_t CsvReader::readChunk(char* into, size_t wanted, int& error)
{
    const size_t got = std::fread(into, 1, wanted, m_file);
    error = got < wanted && std::ferror(m_file) ? errno : 0;
    return got;
}

void CsvReader::startReadAhead()
{
    m_aheadWanted = m_options.blockSize;
    m_readAhead = std::thread([this] {
        m_aheadGot = readChunk(m_spare.get() + m_tailReserve, m_aheadWanted, m_aheadErrno);
    });
}

void CsvReader::joinReadAhead()
{
    if (m_readAhead.joinable())
        m_readAhead.join();
}

bool CsvReader::fill()
{
    if (m_eof)
        return true;
    const size_t tail = m_end - m_begin;
    if (tail > m_tailReserve) {
        m_error = m_path + ": the record starting on line " + std::to_string(m_line) +
                  " is longer than " + sizeText(m_options.maxRecordBytes) +
                  " (is a quote unterminated?)";
        return false;
    }
    // The next chunk of the file lands in the spare buffer after its tail area: read ahead
    // while the caller parsed the last block, or now. The unconsumed tail of the current
    // block is copied in front of it, and the buffers swap.
    size_t wanted = 0, got = 0;
    int error = 0;
    if (m_readAhead.joinable()) {
        joinReadAhead();
        wanted = m_aheadWanted;
        got = m_aheadGot;
        error = m_aheadErrno;
    } else {
        // The first read is small: it holds the header, and a file whose header is all
        // that is read (a failed import) should not cost a full block.
        wanted = m_started ? m_options.blockSize : std::min<size_t>(m_options.blockSize, 64 << 10);
        got = readChunk(m_spare.get() + m_tailReserve, wanted, error);
    }
    if (error) {
        m_error = "cannot read " + m_path + ": " + std::strerror(error);
        return false;
    }
    m_eof = got < wanted;
    if (tail > 0)
        std::memcpy(m_spare.get() + m_tailReserve - tail, m_buffer.get() + m_begin, tail);
    std::swap(m_buffer, m_spare);
    m_begin = m_tailReserve - tail;
    m_end = m_tailReserve + got;
    const size_t fresh = m_tailReserve;
    bool check = m_options.checkNulBytes;
    if (!m_started) {
        m_started = true;
        check = true;
        if (!checkStart())
            return false;
    } else if (!m_eof) {
        startReadAhead();
    }
    return !check || checkBinary(m_buffer.get() + fresh, got);
}

bool CsvReader::readBlock(Block& block)
{
    if (failed() || !m_file)
        return false;
    if (m_tokenizerActive) {
        // Records read through readRecord (the header) are done with.
        const char* from = m_buffer.get() + m_begin;
        consume(size_t(m_tokenizer.position() - from), m_tokenizer.line() - m_line);
        m_tokenizerActive = false;
    }
    if (!fill())
        return false;
    if (m_begin == m_end)
        return false;
    block.data = m_buffer.get() + m_begin;
    block.size = m_end - m_begin;
    block.firstLine = m_line;
    block.atEof = m_eof;
    return true;
}

void CsvReader::consume(size_t bytes, int64_t lines)
{
    m_begin += bytes;
    m_consumed += bytes;
    m_line += lines;
}

bool CsvReader::readRecord(CsvRecord& record)
{
    for (;;) {
        if (!m_tokenizerActive) {
            Block block;
            if (!readBlock(block))
                return false;
            m_tokenizer.reset(block.data, block.data + block.size, block.firstLine, block.atEof);
            m_tokenizerActive = true;
        }
        switch (m_tokenizer.next(record)) {
        case CsvTokenizer::Status::Record:
            return true;
        case CsvTokenizer::Status::NeedMore:
        case CsvTokenizer::Status::End: {
            const char* from = m_buffer.get() + m_begin;
            consume(size_t(m_tokenizer.position() - from), m_tokenizer.line() - m_line);
            m_tokenizerActive = false;
            if (m_eof && m_begin == m_end)
                return false;
            break;
        }
        case CsvTokenizer::Status::Error:
            m_error = m_path + ": " + m_tokenizer.error();
            m_tokenizerActive = false;
            return false;
        }
    }
}

} // namespace streamlens::io
