// SPDX-License-Identifier: MIT
#include "io/CsvTokenizer.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace streamlens::io {

#if defined(__SSE2__)
namespace {

// The common record has no quotes: find its delimiters and line end 16 bytes at a time.
// Returns the byte after the record's \n, or nullptr when the record has a quote or its end
// is not at least 16 bytes before `end`; the caller then drops the fields pushed so far and
// parses the record the general way.
const char* scanPlainRecord(const char* p, const char* end, char delimiter, char quote,
                            std::vector<std::string_view>& fields)
{
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i n = _mm_set1_epi8('\n');
    const __m128i q = _mm_set1_epi8(quote);
    const char* fieldStart = p;
    for (const char* chunk = p; end - chunk >= 16; chunk += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(chunk));
        const auto quotes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, q)));
        const auto stops =
            unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, d), _mm_cmpeq_epi8(x, n))));
        // Stops and quotes in text order; the record ends at its \n, so a quote after that
        // belongs to the next record and is never reached.
        unsigned all = stops | quotes;
        while (all) {
            const int bit = __builtin_ctz(all);
            all &= all - 1;
            const char* at = chunk + bit;
            if (*at == quote)
                return nullptr;
            if (*at == delimiter) {
                fields.emplace_back(fieldStart, size_t(at - fieldStart));
                fieldStart = at + 1;
                continue;
            }
            const char* e = at; // \n
            if (e != fieldStart && e[-1] == '\r')
                --e;
            fields.emplace_back(fieldStart, size_t(e - fieldStart));
            return at + 1;
        }
    }
    return nullptr;
}

} // namespace
#endif

void CsvTokenizer::reset(const char* begin, const char* end, int64_t firstLine, bool atEof)
{
    m_pos = begin;
    m_end = end;
    m_line = firstLine;
    m_atEof = atEof;
    m_error.clear();
}

std::string CsvTokenizer::unterminatedMessage(int64_t line)
{
    return "unterminated quoted field starting on line " + std::to_string(line) +
           " (the file ends inside quotes)";
}

const char* CsvTokenizer::splitPoint(const char* begin, const char* from, const char* end,
                                     char quote)
{
    // Most files have no quotes at all: memchr answers that faster than counting.
    bool inQuotes = std::memchr(begin, quote, size_t(from - begin)) &&
                    (std::count(begin, from, quote) & 1) != 0;
    for (const char* p = from; p < end; ++p) {
        if (*p == quote)
            inQuotes = !inQuotes;
        else if (*p == '\n' && !inQuotes)
            return p + 1 < end ? p + 1 : nullptr;
    }
    return nullptr;
}

CsvTokenizer::Status CsvTokenizer::parseQuoted(const char*& p, CsvRecord& record, int64_t& newlines)
{
    const char quote = m_dialect.quote;
    const char* end = m_end;
    const int64_t fieldLine = m_line + newlines;
    const char* q = p + 1;
    const char* segment = q;
    bool escaped = false;
    const auto scratchOffset = static_cast<uint32_t>(record.scratch.size());
    for (;;) {
        const auto* r = static_cast<const char*>(std::memchr(q, quote, size_t(end - q)));
        if (!r) {
            if (!m_atEof)
                return Status::NeedMore;
            m_errorLine = fieldLine;
            m_error = unterminatedMessage(fieldLine);
            return Status::Error;
        }
        newlines += std::count(q, r, '\n');
        if (r + 1 == end && !m_atEof)
            return Status::NeedMore; // cannot tell a closing quote from a doubled one yet
        if (r + 1 != end && r[1] == quote) {
            escaped = true;
            record.scratch.append(segment, size_t(r + 1 - segment));
            q = r + 2;
            segment = q;
            continue;
        }
        if (escaped) {
            record.scratch.append(segment, size_t(r - segment));
            record.scratchFields.push_back(
                {static_cast<uint32_t>(record.fields.size()), scratchOffset,
                 static_cast<uint32_t>(record.scratch.size() - scratchOffset)});
            record.fields.emplace_back();
        } else {
            record.fields.emplace_back(p + 1, size_t(r - p - 1));
        }
        p = r + 1;
        return Status::Record;
    }
}

CsvTokenizer::Status CsvTokenizer::next(CsvRecord& record)
{
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    const char* end = m_end;
    for (;;) {
        const char* p = m_pos;
        if (p == end)
            return m_atEof ? Status::End : Status::NeedMore;
        record.fields.clear();
        record.scratch.clear();
        record.scratchFields.clear();
        record.malformedField = -1;
        record.line = m_line;
        int64_t newlines = 0;
        bool firstQuoted = false;
#if defined(__SSE2__)
        if (*p != quote) {
            if (const char* next = scanPlainRecord(p, end, delimiter, quote, record.fields)) {
                m_pos = next;
                ++m_line;
                if (record.fields.size() == 1 && record.fields[0].empty())
                    continue; // blank line
                return Status::Record;
            }
            record.fields.clear();
        }
#endif
        for (;;) {
            if (p != end && *p == quote) {
                firstQuoted = firstQuoted || record.fields.empty();
                const Status s = parseQuoted(p, record, newlines);
                if (s != Status::Record)
                    return s;
                if (p == end) {
                    if (!m_atEof)
                        return Status::NeedMore;
                    break;
                }
                if (*p == delimiter) {
                    ++p;
                    continue;
                }
                if (*p == '\n') {
                    ++p;
                    ++newlines;
                    break;
                }
                if (*p == '\r' && p + 1 == end) {
                    if (!m_atEof)
                        return Status::NeedMore;
                    ++p;
                    break;
                }
                if (*p == '\r' && p[1] == '\n') {
                    p += 2;
                    ++newlines;
                    break;
                }
                // Text after the closing quote: skipped, and the record flagged.
                if (record.malformedField < 0)
                    record.malformedField = static_cast<int>(record.fields.size()) - 1;
                while (p != end && *p != delimiter && *p != '\n')
                    ++p;
                if (p == end) {
                    if (!m_atEof)
                        return Status::NeedMore;
                    break;
                }
                if (*p++ == delimiter)
                    continue;
                ++newlines;
                break;
            }
            const char* s = p;
            while (p != end && *p != delimiter && *p != '\n')
                ++p;
            if (p != end && *p == delimiter) {
                record.fields.emplace_back(s, size_t(p - s));
                ++p;
                continue;
            }
            if (p == end && !m_atEof)
                return Status::NeedMore;
            const char* e = p;
            if (e != s && e[-1] == '\r')
                --e;
            record.fields.emplace_back(s, size_t(e - s));
            if (p != end) {
                ++p;
                ++newlines;
            }
            break;
        }
        m_pos = p;
        m_line += newlines;
        for (const auto& f : record.scratchFields)
            record.fields[f.field] = std::string_view(record.scratch.data() + f.offset, f.length);
        if (record.fields.size() == 1 && record.fields[0].empty() && !firstQuoted)
            continue; // blank line
        return Status::Record;
    }
}

} // namespace streamlens::io
