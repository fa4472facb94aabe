// SPDX-License-Identifier: MIT
#include "query/Selection.h"

#include "data/Dataset.h"
#include "query/CompiledFilter.h"
#include "query/Filter.h"
#include "query/QueryOptions.h"
#include "query/SessionColumns.h"
#include "util/ParallelFor.h"

#include <algorithm>

namespace streamlens::query {

namespace {
// Rows between two looks at the cancel flag.
constexpr size_t kWordsPerChunk = 1024;
} // namespace

Selection Selection::all(size_t rows, bool filtered)
{
    Selection s;
    s.m_rows = rows;
    s.m_count = rows;
    s.m_all = true;
    s.m_filtered = filtered;
    return s;
}

Selection Selection::fromBits(size_t rows, std::vector<uint64_t> words, bool filtered)
{
    Selection s;
    s.m_rows = rows;
    s.m_all = false;
    s.m_filtered = filtered;
    words.resize((rows + 63) / 64);
    if (rows % 64 && !words.empty())
        words.back() &= (uint64_t(1) << (rows % 64)) - 1;
    size_t count = 0;
    for (uint64_t w : words)
        count += static_cast<size_t>(std::popcount(w));
    s.m_count = count;
    s.m_words = std::move(words);
    return s;
}

Selection Selection::cancelled(size_t rows)
{
    Selection s = fromBits(rows, {}, true);
    s.m_cancelled = true;
    return s;
}

std::vector<uint32_t> Selection::rowIndices() const
{
    std::vector<uint32_t> rows;
    rows.reserve(m_count);
    forEachInWords(0, wordCount(), [&](size_t r) { rows.push_back(static_cast<uint32_t>(r)); });
    return rows;
}

Selection select(const Dataset& dataset, const Filter& filter, std::string* error,
                 const std::atomic<bool>* cancel)
{
    QueryOptions options;
    options.cancel = cancel;
    return select(dataset, filter, options, error);
}

Selection select(const Dataset& dataset, const Filter& filter, const QueryOptions& options,
                 std::string* error)
{
    const size_t rows = dataset.sessions.size();
    if (!SessionColumns::from(dataset, error))
        return Selection::fromBits(rows, {}, true);
    if (filter.isEmpty())
        return Selection::all(rows, false);
    const auto compiled = CompiledFilter::compile(dataset, filter, options, error);
    if (!compiled)
        return Selection::fromBits(rows, {}, true);
    if (compiled->matchesNothing())
        return Selection::fromBits(rows, {}, true);
    if (compiled->matchesEverything())
        return Selection::all(rows, true);

    const size_t wordCount = (rows + 63) / 64;
    std::vector<uint64_t> words(wordCount);
    std::atomic<bool> stopped = false;
    parallelFor(wordCount, options.threads, std::max<size_t>(1, options.minRowsPerThread / 64),
                [&](size_t begin, size_t end, int) {
                    for (size_t w = begin; w < end; w += kWordsPerChunk) {
                        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                            stopped = true;
                            return;
                        }
                        const size_t e = std::min(end, w + kWordsPerChunk);
                        std::fill(words.begin() + static_cast<std::ptrdiff_t>(w),
                                  words.begin() + static_cast<std::ptrdiff_t>(e), ~uint64_t(0));
                        compiled->apply(words.data(), w, e, rows);
                    }
                });
    if (stopped)
        return Selection::cancelled(rows);
    Selection s = Selection::fromBits(rows, std::move(words), true);
    if (s.count() == rows)
        return Selection::all(rows, true);
    return s;
}

} // namespace streamlens::query
