// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvReader.h"
#include "io/CsvTokenizer.h"
#include "io/RowErrors.h"
#include "io/StagedTable.h"
#include "io/Utf8.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace streamlens::io {

struct ScanSettings {
    int threads = 1;
    size_t parallelMinBytes = size_t(1) << 20;
    size_t listLimit = SIZE_MAX; // rejects listed per thread and block
    // Bytes of the file consumed so far; returning false cancels the scan.
    std::function<bool(uint64_t)> progress;
};

struct ScanResult {
    enum Status { Ok, Error, Cancelled } status = Ok;
    std::string error;
    int64_t rowsIn = 0;
    int64_t rejected = 0;
};

// Parses the data rows of one open CSV file (header already read) with a row parser and
// appends the accepted rows to a staged table, block by block. A block is cut at record
// boundaries into one part per thread (parity of quotes from the block start finds the cut);
// each thread tokenizes and validates its part into its own RowWorker; the parts are then
// appended in order, so the result equals a sequential parse. Should a cut not be a real
// record boundary (stray quotes fooled the parity), the part before it does not end exactly
// there, and everything after it is parsed again sequentially.
template <class Parser> class FileScanner {
public:
    using Table = typename Parser::Table;
    using Worker = typename Parser::Worker;

    FileScanner(const Parser& parser, CsvReader& reader, const ScanSettings& settings)
        : m_parser(parser)
        , m_reader(reader)
        , m_settings(settings)
        , m_workers(size_t(std::max(1, settings.threads)))
    {
        for (auto& w : m_workers) {
            w.rows.extras.resize(parser.mapping().unknownIndexes.size());
            w.errors.limit = settings.listLimit;
        }
    }

    // rejects receives the row rejects in line order; fileIndex tags the staged rows.
    ScanResult scan(StagedTable<Table>& staging, int fileIndex, std::vector<RejectedRow>& rejects)
    {
        ScanResult result;
        std::vector<size_t> extraMap;
        for (int index : m_parser.mapping().unknownIndexes)
            extraMap.push_back(staging.extraColumn(m_parser.mapping().columnName(size_t(index))));
        staging.fileStarts.emplace_back(staging.size(), fileIndex);
        const CsvDialect dialect = m_reader.options().dialect;
        bool reserved = false;
        CsvReader::Block block;
        while (m_reader.readBlock(block)) {
            const char* begin = block.data;
            const char* end = begin + block.size;
            planParts(block, dialect.quote);
            const size_t parts = m_parts.size();
            parallelFor(parts, int(parts), 1, [&](size_t b, size_t e, int) {
                for (size_t k = b; k < e; ++k)
                    runPart(k, block, dialect);
            });
            // Verify the cuts; from the first false one on, parse sequentially.
            size_t used = parts;
            for (size_t k = 0; k + 1 < parts; ++k) {
                if (m_parts[k].status == CsvTokenizer::Status::Error ||
                    m_parts[k].stop == m_parts[k + 1].begin)
                    continue;
                m_parts[k + 1].begin = m_parts[k].stop;
                m_parts[k + 1].firstLine = m_parts[k].stopLine;
                m_parts[k + 1].end = end;
                runPart(k + 1, block, dialect);
                used = k + 2;
                break;
            }
            for (size_t k = 0; k < used; ++k) {
                if (m_parts[k].status == CsvTokenizer::Status::Error) {
                    result.status = ScanResult::Error;
                    result.error = m_parts[k].error;
                    return result;
                }
            }
            const Part& last = m_parts[used - 1];
            const size_t consumed = size_t(last.stop - begin);
            const int64_t lines = last.stopLine - block.firstLine;
            if (!reserved && consumed > 0 && !block.atEof) {
                reserve(staging, consumed, used);
                reserved = true;
            }
            for (size_t k = 0; k < used; ++k)
                merge(staging, m_workers[k], extraMap, rejects, result);
            m_reader.consume(consumed, lines);
            if (m_settings.progress && !m_settings.progress(m_reader.bytesConsumed())) {
                result.status = ScanResult::Cancelled;
                return result;
            }
        }
        if (m_reader.failed()) {
            result.status = ScanResult::Error;
            result.error = m_reader.error();
        }
        return result;
    }

private:
    struct Part {
        const char* begin = nullptr;
        const char* end = nullptr;
        int64_t firstLine = 0;
        const char* stop = nullptr;
        int64_t stopLine = 0;
        CsvTokenizer::Status status = CsvTokenizer::Status::End;
        std::string error;
    };

    void planParts(const CsvReader::Block& block, char quote)
    {
        const char* begin = block.data;
        const char* end = begin + block.size;
        const size_t size = block.size;
        size_t wanted = m_workers.size();
        if (size < m_settings.parallelMinBytes)
            wanted = 1;
        m_parts.clear();
        const char* from = begin;
        for (size_t k = 1; k < wanted; ++k) {
            const char* target = begin + size * k / wanted;
            if (target <= from)
                continue;
            const char* cut = CsvTokenizer::splitPoint(from, target, end, quote);
            if (!cut)
                break;
            m_parts.push_back({from, cut, 0, nullptr, 0, {}, {}});
            from = cut;
        }
        m_parts.push_back({from, end, 0, nullptr, 0, {}, {}});
        // Line numbers of the parts: count the line ends before each cut.
        int64_t line = block.firstLine;
        for (size_t k = 0; k < m_parts.size(); ++k) {
            m_parts[k].firstLine = line;
            if (k + 1 < m_parts.size())
                line += std::count(m_parts[k].begin, m_parts[k].end, '\n');
        }
    }

    void runPart(size_t k, const CsvReader::Block& block, CsvDialect dialect)
    {
        Part& part = m_parts[k];
        Worker& worker = m_workers[k];
        worker.clearRows();
        const size_t bytes = size_t(part.end - part.begin);
        worker.checkUtf8 =
            !isAscii(part.begin, bytes) && !isValidUtf8(std::string_view(part.begin, bytes));
        CsvTokenizer tokenizer(dialect);
        const bool atEof = block.atEof && part.end == block.data + block.size;
        tokenizer.reset(part.begin, part.end, part.firstLine, atEof);
        CsvTokenizer::Status s;
        while ((s = tokenizer.next(worker.record)) == CsvTokenizer::Status::Record)
            m_parser.parse(worker.record, worker);
        part.status = s;
        part.error = tokenizer.error();
        part.stop = tokenizer.position();
        part.stopLine = tokenizer.line();
    }

    void reserve(StagedTable<Table>& staging, size_t consumed, size_t used)
    {
        size_t rows = 0;
        for (size_t k = 0; k < used; ++k)
            rows += m_workers[k].rows.size();
        const uint64_t total = m_reader.fileSize();
        if (rows == 0 || total <= consumed)
            return;
        // Rows per byte of the first block, over the whole file, with a little slack.
        const auto expected = size_t(double(rows) * double(total) / double(consumed) * 1.02);
        const size_t target = staging.size() + expected;
        forEachColumn(staging.rows.table, ColumnOps::Reserve{target});
        staging.rows.lines.reserve(target);
    }

    void merge(StagedTable<Table>& staging, Worker& worker, const std::vector<size_t>& extraMap,
               std::vector<RejectedRow>& rejects, ScanResult& result)
    {
        worker.syncDictionaries(Parser::internedColumns());
        const size_t n = worker.rows.size();
        const size_t base = staging.size();
        std::vector<uint32_t> overflow;
        forEachColumnPair(staging.rows.table, worker.rows.table, ColumnOps::AppendAll{&overflow});
        staging.rows.lines.insert(staging.rows.lines.end(), worker.rows.lines.begin(),
                                  worker.rows.lines.end());
        std::vector<bool> filled(staging.rows.extras.size(), false);
        for (size_t k = 0; k < extraMap.size(); ++k) {
            ColumnOps::AppendAll{}(staging.rows.extras[extraMap[k]], worker.rows.extras[k]);
            filled[extraMap[k]] = true;
        }
        for (size_t i = 0; i < filled.size(); ++i)
            for (size_t r = 0; !filled[i] && r < n; ++r)
                staging.rows.extras[i].append({});
        result.rowsIn += worker.rowsIn;
        result.rejected += worker.errors.count;
        for (auto& r : worker.errors.listed) {
            if (rejects.size() >= m_settings.listLimit)
                break;
            rejects.push_back(std::move(r));
        }
        // Values another thread's dictionary could take but the staged one cannot.
        std::sort(overflow.begin(), overflow.end());
        overflow.erase(std::unique(overflow.begin(), overflow.end()), overflow.end());
        for (uint32_t r : overflow) {
            staging.reject(base + r);
            ++result.rejected;
            if (rejects.size() < m_settings.listLimit)
                rejects.push_back({m_parser.fileName(),
                                   worker.rows.lines[r],
                                   {},
                                   "more than 65535 distinct values in a text column",
                                   {}});
        }
        worker.clearRows();
    }

    const Parser& m_parser;
    CsvReader& m_reader;
    ScanSettings m_settings;
    std::vector<Worker> m_workers;
    std::vector<Part> m_parts;
};

} // namespace streamlens::io
