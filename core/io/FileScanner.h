// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvReader.h"
#include "io/CsvTokenizer.h"
#include "io/DynamicParallel.h"
#include "io/RowErrors.h"
#include "io/StagedTable.h"
#include "io/Utf8.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <tuple>
#include <type_traits>
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
    // Wall time reading blocks, splitting and parsing them, and appending to the staging.
    double readSeconds = 0;
    double parseSeconds = 0;
    double mergeSeconds = 0;
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
        , m_workers(size_t(std::max(1, settings.threads)) *
                    (settings.threads > 1 ? kPartsPerThread : 1))
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
        using Clock = std::chrono::steady_clock;
        auto t0 = Clock::now();
        auto lap = [&t0](double& total) {
            const auto now = Clock::now();
            total += std::chrono::duration<double>(now - t0).count();
            t0 = now;
        };
        while (m_reader.readBlock(block)) {
            lap(result.readSeconds);
            const char* begin = block.data;
            const char* end = begin + block.size;
            planParts(block, dialect.quote);
            const size_t parts = m_parts.size();
            // Parts count lines from 0; their true first lines are known once the parts
            // before them have been parsed.
            parallelDynamic(parts, m_settings.threads,
                            [&](size_t k) { runPart(k, block, dialect, 0); });
            size_t used = parts;
            int64_t line = block.firstLine;
            for (size_t k = 0; k < used; ++k) {
                shiftLines(k, line);
                if (m_parts[k].status == CsvTokenizer::Status::Error) {
                    result.status = ScanResult::Error;
                    result.error = describeError(m_parts[k], block);
                    return result;
                }
                line = m_parts[k].stopLine;
                if (k + 1 < used && m_parts[k].stop != m_parts[k + 1].begin) {
                    // The cut was not a record boundary: parse the rest sequentially.
                    m_parts[k + 1].begin = m_parts[k].stop;
                    m_parts[k + 1].end = end;
                    runPart(k + 1, block, dialect, line);
                    used = k + 2;
                    line = 0; // that part counted from its true first line already
                }
            }
            lap(result.parseSeconds);
            const Part& last = m_parts[used - 1];
            const size_t consumed = size_t(last.stop - begin);
            const int64_t lines = last.stopLine - block.firstLine;
            if (!reserved && consumed > 0 && !block.atEof) {
                reserve(staging, consumed, used);
                reserved = true;
            }
            merge(staging, used, extraMap, rejects, result);
            m_reader.consume(consumed, lines);
            lap(result.mergeSeconds);
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
    // A block is cut into more parts than there are threads, handed out one at a time (see
    // parallelDynamic), so a preempted thread delays the block by one small part.
    static constexpr size_t kPartsPerThread = 4;

    struct Part {
        const char* begin = nullptr;
        const char* end = nullptr;
        int64_t firstLine = 0;
        const char* stop = nullptr;
        int64_t stopLine = 0;
        CsvTokenizer::Status status = CsvTokenizer::Status::End;
        int64_t errorLine = 0;
        const char* nul = nullptr; // first NUL byte: the file is binary
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
            m_parts.push_back({from, cut, 0, nullptr, 0, {}, 0, nullptr});
            from = cut;
        }
        m_parts.push_back({from, end, 0, nullptr, 0, {}, 0, nullptr});
    }

    // Adds the part's first line to the lines it recorded while counting from 0.
    void shiftLines(size_t k, int64_t base)
    {
        if (base == 0)
            return;
        Part& part = m_parts[k];
        Worker& worker = m_workers[k];
        for (auto& l : worker.rows.lines)
            l += base;
        for (auto& r : worker.errors.listed)
            r.line += base;
        part.stopLine += base;
        part.errorLine += base;
    }

    std::string describeError(const Part& part, const CsvReader::Block& block) const
    {
        if (part.nul == nullptr)
            return m_reader.path() + ": " + CsvTokenizer::unterminatedMessage(part.errorLine);
        const uint64_t offset = m_reader.bytesConsumed() + uint64_t(part.nul - block.data);
        return m_reader.path() + " is not a CSV text file: NUL byte at byte offset " +
               std::to_string(offset) + " (line " + std::to_string(part.errorLine) + ")";
    }

    void runPart(size_t k, const CsvReader::Block& block, CsvDialect dialect, int64_t firstLine)
    {
        Part& part = m_parts[k];
        Worker& worker = m_workers[k];
        worker.clearRows();
        part.firstLine = firstLine;
        const size_t bytes = size_t(part.end - part.begin);
        const TextScan text = scanText(part.begin, bytes);
        if (text.firstNul != TextScan::npos) {
            part.nul = part.begin + text.firstNul;
            part.errorLine = firstLine + std::count(part.begin, part.nul, '\n');
            part.status = CsvTokenizer::Status::Error;
            part.stop = part.begin;
            part.stopLine = firstLine;
            return;
        }
        part.nul = nullptr;
        worker.checkUtf8 = !text.ascii && !isValidUtf8(std::string_view(part.begin, bytes));
        CsvTokenizer tokenizer(dialect);
        const bool atEof = block.atEof && part.end == block.data + block.size;
        tokenizer.reset(part.begin, part.end, firstLine, atEof);
        // Records are tokenized a few ahead of validation so the parser can prefetch what a
        // record's references will load (see KeyIndex::prefetch).
        auto& ring = worker.lookahead;
        constexpr size_t kRing = std::tuple_size_v<std::remove_reference_t<decltype(ring)>>;
        size_t head = 0, queued = 0;
        CsvTokenizer::Status s = CsvTokenizer::Status::Record;
        for (;;) {
            while (queued < kRing && s == CsvTokenizer::Status::Record) {
                CsvRecord& next = ring[(head + queued) % kRing];
                s = tokenizer.next(next);
                if (s == CsvTokenizer::Status::Record) {
                    m_parser.prefetch(next);
                    ++queued;
                }
            }
            if (queued == 0)
                break;
            m_parser.parse(ring[head], worker);
            head = (head + 1) % kRing;
            --queued;
        }
        part.status = s;
        part.errorLine = tokenizer.errorLine();
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

    // Appends the rows of the first `used` workers, in order. Each column is one task, and
    // the tasks run on the scan's threads: the dictionaries are per column, so they can.
    void merge(StagedTable<Table>& staging, size_t used, const std::vector<size_t>& extraMap,
               std::vector<RejectedRow>& rejects, ScanResult& result)
    {
        std::vector<size_t> bases(used);
        size_t total = staging.size();
        for (size_t k = 0; k < used; ++k) {
            m_workers[k].syncDictionaries(Parser::internedColumns());
            bases[k] = total;
            total += m_workers[k].rows.size();
        }
        std::vector<std::function<void()>> tasks;
        // Staged rows whose categorical value the staged dictionary could not take.
        std::vector<std::vector<size_t>> overflow;
        auto addColumn = [&](auto member) {
            const size_t task = overflow.size();
            overflow.emplace_back();
            tasks.push_back([this, &staging, &bases, &overflow, used, member, task] {
                std::vector<uint32_t> rows;
                for (size_t k = 0; k < used; ++k) {
                    rows.clear();
                    ColumnOps::AppendAll{&rows}(staging.rows.table.*member,
                                                m_workers[k].rows.table.*member);
                    for (uint32_t r : rows)
                        overflow[task].push_back(bases[k] + r);
                }
            });
        };
        std::apply([&](auto... member) { (addColumn(member), ...); },
                   tableColumns(std::type_identity<Table>{}));
        tasks.push_back([&] {
            for (size_t k = 0; k < used; ++k)
                ColumnOps::AppendAll{}(staging.rows.lines, m_workers[k].rows.lines);
        });
        parallelDynamic(tasks.size(), m_settings.threads, [&](size_t t) { tasks[t](); });

        for (size_t k = 0; k < used; ++k) {
            Worker& worker = m_workers[k];
            std::vector<bool> filled(staging.rows.extras.size(), false);
            for (size_t x = 0; x < extraMap.size(); ++x) {
                ColumnOps::AppendAll{}(staging.rows.extras[extraMap[x]], worker.rows.extras[x]);
                filled[extraMap[x]] = true;
            }
            for (size_t i = 0; i < filled.size(); ++i)
                for (size_t r = 0; !filled[i] && r < worker.rows.size(); ++r)
                    staging.rows.extras[i].append({});
            result.rowsIn += worker.rowsIn;
            result.rejected += worker.errors.count;
            for (auto& r : worker.errors.listed) {
                if (rejects.size() >= m_settings.listLimit)
                    break;
                rejects.push_back(std::move(r));
            }
            worker.clearRows();
        }
        std::vector<size_t> rows;
        for (const auto& o : overflow)
            rows.insert(rows.end(), o.begin(), o.end());
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (size_t row : rows) {
            staging.reject(row);
            ++result.rejected;
            if (rejects.size() < m_settings.listLimit)
                rejects.push_back({m_parser.fileName(),
                                   staging.rows.lines[row],
                                   {},
                                   "more than 65535 distinct values in a text column",
                                   {}});
        }
    }

    const Parser& m_parser;
    CsvReader& m_reader;
    ScanSettings m_settings;
    std::vector<Worker> m_workers;
    std::vector<Part> m_parts;
};

} // namespace streamlens::io
