// SPDX-License-Identifier: MIT
#include "table/RowSorter.h"

#include "data/Dataset.h"
#include "table/SortKeys.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <array>
#include <bit>

namespace streamlens::table {

namespace {

constexpr size_t kMinRowsPerThread = 1 << 16;

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Stable LSD radix sort of (keys[i], rows[i]) by key, 8 bits a pass. Each thread counts and
// then scatters its own contiguous part; the per-thread offsets keep equal digits in input
// order, which is what makes every pass (and so the sort) stable.
template <typename Key>
bool radixSort(std::vector<Key>& keys, std::vector<uint32_t>& rows, Key maxKey, int threads,
               const std::atomic<bool>* cancel)
{
    const size_t n = keys.size();
    const int parts = static_cast<int>(
        std::clamp<size_t>(n / kMinRowsPerThread, 1, static_cast<size_t>(resolveThreads(threads))));
    std::vector<size_t> bounds(parts + 1);
    for (int t = 0; t <= parts; ++t)
        bounds[t] = n * static_cast<size_t>(t) / static_cast<size_t>(parts);
    std::vector<Key> keysOut(n);
    std::vector<uint32_t> rowsOut(n);
    std::vector<std::array<size_t, 256>> count(parts);
    const int bits = std::bit_width(maxKey);
    for (int shift = 0; shift < bits; shift += 8) {
        if (isCancelled(cancel))
            return false;
        parallelFor(parts, parts, 1, [&](size_t b, size_t e, int) {
            for (size_t t = b; t < e; ++t) {
                count[t].fill(0);
                for (size_t i = bounds[t]; i < bounds[t + 1]; ++i)
                    ++count[t][(keys[i] >> shift) & 0xFF];
            }
        });
        // A byte that every key shares moves nothing.
        size_t running = 0;
        bool trivial = false;
        for (int d = 0; d < 256; ++d) {
            size_t total = 0;
            for (int t = 0; t < parts; ++t) {
                const size_t c = count[t][d];
                count[t][d] = running;
                running += c;
                total += c;
            }
            trivial = trivial || total == n;
        }
        if (trivial)
            continue;
        parallelFor(parts, parts, 1, [&](size_t b, size_t e, int) {
            for (size_t t = b; t < e; ++t) {
                auto& offset = count[t];
                for (size_t i = bounds[t]; i < bounds[t + 1]; ++i) {
                    const size_t pos = offset[(keys[i] >> shift) & 0xFF]++;
                    keysOut[pos] = keys[i];
                    rowsOut[pos] = rows[i];
                }
            }
        });
        keys.swap(keysOut);
        rows.swap(rowsOut);
    }
    return true;
}

// Maps keys to unsigned numbers in the wanted order, null after everything else, and sorts.
template <typename Key>
bool sortByKeys(const std::vector<int64_t>& raw, int64_t min, int64_t max, bool anyNull,
                SortOrder order, std::vector<uint32_t>& rows, int threads,
                const std::atomic<bool>* cancel)
{
    const uint64_t range = static_cast<uint64_t>(max) - static_cast<uint64_t>(min);
    const uint64_t nullKey = range + 1;
    std::vector<Key> keys(raw.size());
    parallelFor(raw.size(), threads, kMinRowsPerThread, [&](size_t b, size_t e, int) {
        for (size_t i = b; i < e; ++i) {
            const int64_t v = raw[i];
            uint64_t k = nullKey;
            if (v != kNullKey)
                k = order == SortOrder::Ascending
                        ? static_cast<uint64_t>(v) - static_cast<uint64_t>(min)
                        : static_cast<uint64_t>(max) - static_cast<uint64_t>(v);
            keys[i] = static_cast<Key>(k);
        }
    });
    std::vector<uint32_t> sorted = rows;
    if (!radixSort<Key>(keys, sorted, static_cast<Key>(anyNull ? nullKey : range), threads, cancel))
        return false;
    rows.swap(sorted);
    return true;
}

} // namespace

bool sortRows(const Dataset& data, TableKind table, int column, SortOrder order,
              std::vector<uint32_t>& rows, const std::atomic<bool>* cancel, int threads)
{
    const auto columns = columnsOf(table);
    if (column < 0 || static_cast<size_t>(column) >= columns.size())
        return false;
    auto raw = sortKeys(data, columns[column], rows, cancel, threads);
    if (!raw)
        return false;
    // Range of the non-null keys, per thread then combined.
    const int workers = resolveThreads(threads);
    std::vector<int64_t> mins(workers, INT64_MAX), maxs(workers, INT64_MIN);
    std::vector<uint8_t> nulls(workers, 0);
    parallelFor(raw->size(), workers, kMinRowsPerThread, [&](size_t b, size_t e, int w) {
        int64_t lo = INT64_MAX, hi = INT64_MIN;
        bool anyNull = false;
        for (size_t i = b; i < e; ++i) {
            const int64_t v = (*raw)[i];
            if (v == kNullKey) {
                anyNull = true;
                continue;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        mins[w] = lo;
        maxs[w] = hi;
        nulls[w] = anyNull;
    });
    const int64_t min = *std::min_element(mins.begin(), mins.end());
    const int64_t max = *std::max_element(maxs.begin(), maxs.end());
    const bool anyNull = std::find(nulls.begin(), nulls.end(), 1) != nulls.end();
    if (min > max) // all null (or no rows): the order stays
        return !isCancelled(cancel);
    const uint64_t range = static_cast<uint64_t>(max) - static_cast<uint64_t>(min);
    // Narrow keys halve the bytes every pass moves; most columns fit.
    if (range < UINT32_MAX)
        return sortByKeys<uint32_t>(*raw, min, max, anyNull, order, rows, threads, cancel);
    if (range < UINT64_MAX)
        return sortByKeys<uint64_t>(*raw, min, max, anyNull, order, rows, threads, cancel);
    return false; // a range of the full 64 bits leaves no room for null (not a contract value)
}

} // namespace streamlens::table
