// SPDX-License-Identifier: MIT
#include "table/RowSet.h"

#include "data/Dataset.h"
#include "query/Selection.h"
#include "util/ParallelFor.h"

#include <numeric>

namespace streamlens::table {

namespace {

constexpr size_t kMinRowsPerThread = 1 << 16;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Rows of a referenced table (users, content) that some selected session points to. Each
// thread marks its own bitmap, so no two threads write one word.
RowSet referencedRows(TableKind table, const std::vector<int32_t>& references, size_t targetRows,
                      const query::Selection& selection, const std::atomic<bool>* cancel,
                      int threads)
{
    RowSet set;
    set.table = table;
    const size_t words = (targetRows + 63) / 64;
    const int workers = resolveThreads(threads);
    std::vector<std::vector<uint64_t>> marks(workers);
    std::atomic<bool> stop = false;
    const size_t refRows = std::min(references.size(), selection.rowCount());
    const size_t refWords = (refRows + 63) / 64;
    parallelFor(refWords, workers, kMinRowsPerThread / 64, [&](size_t b, size_t e, int w) {
        std::vector<uint64_t>& mine = marks[w];
        mine.assign(words, 0);
        for (size_t block = b; block < e; block += 1024) {
            if (cancelled(cancel)) {
                stop = true;
                return;
            }
            selection.forEachInWords(block, std::min(e, block + 1024), [&](size_t row) {
                if (row >= refRows)
                    return;
                const int32_t target = references[row];
                if (target >= 0 && static_cast<size_t>(target) < targetRows)
                    mine[static_cast<size_t>(target) >> 6] |= uint64_t(1) << (target & 63);
            });
        }
    });
    if (stop) {
        set.cancelled = true;
        return set;
    }
    std::vector<uint64_t> merged(words, 0);
    for (const auto& mine : marks)
        for (size_t i = 0; i < mine.size(); ++i)
            merged[i] |= mine[i];
    set.rows = query::Selection::fromBits(targetRows, std::move(merged)).rowIndices();
    return set;
}

RowSet eventRows(const Dataset& data, const query::Selection& selection,
                 const std::atomic<bool>* cancel, int threads)
{
    RowSet set;
    set.table = TableKind::Events;
    const auto& sessionIndex = data.events.sessionIndex;
    const size_t n = sessionIndex.size();
    const int workers = resolveThreads(threads);
    std::vector<std::vector<uint32_t>> parts(workers);
    std::atomic<bool> stop = false;
    parallelFor(n, workers, kMinRowsPerThread, [&](size_t b, size_t e, int w) {
        std::vector<uint32_t>& mine = parts[w];
        for (size_t block = b; block < e; block += 65536) {
            if (cancelled(cancel)) {
                stop = true;
                return;
            }
            const size_t end = std::min(e, block + 65536);
            for (size_t row = block; row < end; ++row) {
                const int32_t s = sessionIndex[row];
                if (s >= 0 && selection.contains(static_cast<size_t>(s)))
                    mine.push_back(static_cast<uint32_t>(row));
            }
        }
    });
    if (stop) {
        set.cancelled = true;
        return set;
    }
    // Threads took contiguous ranges in order, so concatenation keeps table order.
    size_t total = 0;
    for (const auto& p : parts)
        total += p.size();
    set.rows.reserve(total);
    for (const auto& p : parts)
        set.rows.insert(set.rows.end(), p.begin(), p.end());
    return set;
}

} // namespace

RowSet rowsOverSelection(const Dataset& data, TableKind table, const query::Selection& selection,
                         const std::atomic<bool>* cancel, int threads)
{
    switch (table) {
    case TableKind::Sessions: {
        RowSet set;
        set.table = table;
        if (selection.isAll()) {
            set.rows.resize(std::min(selection.rowCount(), data.sessions.size()));
            std::iota(set.rows.begin(), set.rows.end(), 0u);
        } else {
            set.rows = selection.rowIndices();
        }
        return set;
    }
    case TableKind::Users:
        return referencedRows(table, data.sessions.userIndex, data.users.size(), selection, cancel,
                              threads);
    case TableKind::Content:
        return referencedRows(table, data.sessions.contentIndex, data.content.size(), selection,
                              cancel, threads);
    case TableKind::Events:
        return eventRows(data, selection, cancel, threads);
    }
    return {};
}

std::optional<size_t> rowCountOverSelection(const Dataset& data, TableKind table,
                                            const query::Selection& selection,
                                            const std::atomic<bool>* cancel, int threads)
{
    if (table == TableKind::Sessions)
        return std::min(selection.count(), data.sessions.size());
    if (table != TableKind::Events) {
        const RowSet set = rowsOverSelection(data, table, selection, cancel, threads);
        return set.cancelled ? std::nullopt : std::optional<size_t>(set.rows.size());
    }
    const auto& sessionIndex = data.events.sessionIndex;
    const int workers = resolveThreads(threads);
    std::vector<size_t> counts(workers, 0);
    std::atomic<bool> stop = false;
    parallelFor(sessionIndex.size(), workers, kMinRowsPerThread, [&](size_t b, size_t e, int w) {
        size_t n = 0;
        for (size_t block = b; block < e; block += 65536) {
            if (cancelled(cancel)) {
                stop = true;
                return;
            }
            const size_t end = std::min(e, block + 65536);
            for (size_t row = block; row < end; ++row) {
                const int32_t s = sessionIndex[row];
                n += s >= 0 && selection.contains(static_cast<size_t>(s));
            }
        }
        counts[w] = n;
    });
    if (stop)
        return std::nullopt;
    size_t total = 0;
    for (size_t n : counts)
        total += n;
    return total;
}

} // namespace streamlens::table
