// SPDX-License-Identifier: MIT
#include "explore/SplitSelection.h"

#include "data/Dataset.h"
#include "query/DimensionColumn.h"
#include "util/ParallelFor.h"

namespace streamlens::explore {

std::optional<SplitSelection> splitSelection(const Dataset& dataset,
                                             const query::Selection& selection,
                                             query::DimensionId dimension,
                                             const std::vector<std::string>& keys,
                                             std::string* error, const std::atomic<bool>* cancel)
{
    const auto column = query::DimensionColumn::resolve(dataset, dimension, error);
    if (!column)
        return std::nullopt;
    if (dataset.sessions.size() != selection.rowCount()) {
        if (error)
            *error = "the selection does not belong to this dataset";
        return std::nullopt;
    }
    // Part of every group code; the last slot is the rest.
    const auto restPart = static_cast<uint32_t>(keys.size());
    std::vector<uint32_t> partOf(column->groupCount(), restPart);
    for (size_t i = 0; i < keys.size(); ++i)
        if (const auto code = column->findCode(keys[i]))
            partOf[*code] = static_cast<uint32_t>(i);

    const size_t words = selection.wordCount();
    std::vector<std::vector<uint64_t>> bits(keys.size() + 1, std::vector<uint64_t>(words, 0));
    std::atomic<bool> stopped = false;
    // Threads own disjoint word ranges, so they write the bitmaps without locks.
    column->visit([&](auto key) {
        parallelFor(words, 0, 2048, [&](size_t begin, size_t end, int) {
            constexpr size_t kChunk = 1024;
            for (size_t w = begin; w < end; w += kChunk) {
                if (cancel && cancel->load(std::memory_order_relaxed)) {
                    stopped = true;
                    return;
                }
                selection.forEachInWords(w, std::min(end, w + kChunk), [&](size_t row) {
                    bits[partOf[key(row)]][row >> 6] |= uint64_t(1) << (row & 63);
                });
            }
        });
        return 0;
    });
    SplitSelection out;
    if (stopped) {
        out.cancelled = true;
        return out;
    }
    out.parts.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        out.parts.push_back(query::Selection::fromBits(selection.rowCount(), std::move(bits[i])));
    out.rest = query::Selection::fromBits(selection.rowCount(), std::move(bits.back()));
    return out;
}

} // namespace streamlens::explore
