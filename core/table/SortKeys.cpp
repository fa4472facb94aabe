// SPDX-License-Identifier: MIT
#include "table/SortKeys.h"

#include "data/Dataset.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <numeric>

namespace streamlens::table {

namespace {

// Dense ranks of n texts in byte order: equal texts share a rank.
template <typename TextAt> std::vector<int64_t> rankTexts(size_t n, const TextAt& textAt)
{
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return textAt(a) < textAt(b); });
    std::vector<int64_t> rank(n);
    int64_t current = -1;
    for (size_t i = 0; i < n; ++i) {
        if (i == 0 || textAt(order[i - 1]) != textAt(order[i]))
            ++current;
        rank[order[i]] = current;
    }
    return rank;
}

} // namespace

std::optional<std::vector<int64_t>> sortKeys(const Dataset& data, const ColumnSpec& column,
                                             const std::vector<uint32_t>& rows,
                                             const std::atomic<bool>* cancel, int threads)
{
    // Text-like columns: a rank per distinct value, looked up per row below.
    std::vector<int64_t> rank;
    const IdColumn* ids = column.ids ? &column.ids(data) : nullptr;
    if (column.dictionary) {
        const auto& values = column.dictionary(data).values();
        rank = rankTexts(values.size(), [&](size_t i) { return std::string_view(values[i]); });
    } else if (column.strings) {
        const StringColumn& text = column.strings(data);
        rank = rankTexts(text.size(), [&](size_t i) { return text.value(i); });
    } else if (ids && !ids->isNumeric()) {
        const StringColumn& text = ids->text();
        rank = rankTexts(text.size(), [&](size_t i) { return text.value(i); });
    }
    if (cancel && cancel->load())
        return std::nullopt;

    std::vector<int64_t> keys(rows.size());
    std::atomic<bool> stop = false;
    parallelFor(rows.size(), threads, 1 << 16, [&](size_t b, size_t e, int) {
        for (size_t block = b; block < e; block += 65536) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stop = true;
                return;
            }
            const size_t end = std::min(e, block + 65536);
            IdBuffer buffer;
            for (size_t i = block; i < end; ++i) {
                const size_t row = rows[i];
                int64_t key = kNullKey;
                if (column.code) {
                    const uint32_t c = column.code(data, row);
                    key = c < rank.size() ? rank[c] : kNullKey;
                } else if (column.strings) {
                    key = row < rank.size() ? rank[row] : kNullKey;
                } else if (ids) {
                    const int64_t target = column.idRow(data, row);
                    if (target >= 0 && static_cast<size_t>(target) < ids->size())
                        key = ids->isNumeric() ? int64_t(ids->numbers()[target]) : rank[target];
                } else {
                    const CellValue v = column.read(data, row, buffer);
                    key = v.isNull() ? kNullKey : v.number;
                }
                keys[i] = key;
            }
        }
    });
    if (stop)
        return std::nullopt;
    return keys;
}

} // namespace streamlens::table
