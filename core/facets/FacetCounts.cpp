// SPDX-License-Identifier: MIT
#include "facets/FacetCounts.h"

#include "data/Dataset.h"
#include "query/DimensionColumn.h"
#include "query/Filter.h"
#include "query/Selection.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <memory>

namespace streamlens::facets {

namespace {

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Sessions per group code of column over selection; per-thread counters, merged. Each thread
// keeps kLanes interleaved copies of its counters (row % kLanes picks one): a dimension with
// few values increments the same counter row after row, and separate lanes let those
// increments overlap instead of waiting for each other's store.
std::vector<uint64_t> countCodes(const query::DimensionColumn& column,
                                 const query::Selection& selection, const std::atomic<bool>* cancel)
{
    constexpr size_t kLanes = 4;
    const uint32_t groups = column.groupCount();
    const int threads = resolveThreads(0);
    std::vector<std::vector<uint64_t>> perThread(threads);
    // Blocks of words, so a cancel is seen within a few milliseconds.
    constexpr size_t kBlockWords = 4096;
    parallelFor(selection.wordCount(), 0, 1024, [&](size_t begin, size_t end, int worker) {
        auto& counts = perThread[worker];
        counts.assign(groups * kLanes, 0);
        uint64_t* lanes = counts.data();
        column.visit([&](const auto& key) {
            for (size_t b = begin; b < end && !cancelled(cancel); b += kBlockWords)
                selection.forEachInWords(b, std::min(end, b + kBlockWords), [&](size_t row) {
                    ++lanes[(row % kLanes) * groups + key(row)];
                });
        });
    });
    std::vector<uint64_t> total(groups, 0);
    for (const auto& counts : perThread)
        for (size_t i = 0; i < counts.size(); ++i)
            total[i % groups] += counts[i];
    return total;
}

DimensionFacet makeFacet(const query::DimensionColumn& column, const std::vector<uint64_t>& counts)
{
    DimensionFacet facet;
    facet.dimension = column.id();
    for (uint32_t code = 0; code < column.nullCode(); ++code)
        facet.values.push_back({column.label(code), counts[code]});
    std::sort(facet.values.begin(), facet.values.end(),
              [](const FacetValue& a, const FacetValue& b) {
                  return a.count != b.count ? a.count > b.count : a.value < b.value;
              });
    if (counts[column.nullCode()] > 0)
        facet.values.push_back({std::string(), counts[column.nullCode()]});
    for (uint64_t c : counts)
        facet.total += c;
    return facet;
}

bool constrains(const query::Filter& filter, query::DimensionId dimension)
{
    return std::any_of(
        filter.conditions().begin(), filter.conditions().end(),
        [&](const query::DimensionCondition& c) { return c.dimension == dimension; });
}

} // namespace

const DimensionFacet* FacetCounts::find(query::DimensionId dimension) const
{
    for (const auto& d : dimensions)
        if (d.dimension == dimension)
            return &d;
    return nullptr;
}

std::optional<uint64_t> FacetCounts::count(query::DimensionId dimension,
                                           std::string_view value) const
{
    if (const auto* d = find(dimension))
        for (const auto& v : d->values)
            if (v.value == value)
                return v.count;
    return std::nullopt;
}

query::Filter withoutDimension(const query::Filter& filter, query::DimensionId dimension)
{
    query::Filter result = filter;
    for (size_t i = result.conditions().size(); i-- > 0;)
        if (result.conditions()[i].dimension == dimension)
            result.removeCondition(i);
    return result;
}

FacetCounts computeFacets(const Dataset& dataset, const query::Filter& filter,
                          std::span<const query::DimensionId> dims, const std::atomic<bool>* cancel)
{
    FacetCounts result;
    // The shared selection is made lazily: a filter that constrains every listed dimension
    // never needs it.
    std::unique_ptr<query::Selection> shared;
    for (const auto dimension : dims) {
        if (cancelled(cancel)) {
            result.cancelled = true;
            return result;
        }
        std::string error;
        const auto column = query::DimensionColumn::resolve(dataset, dimension, &error);
        if (!column)
            continue;
        query::Selection own;
        const query::Selection* selection = nullptr;
        if (constrains(filter, dimension)) {
            own = query::select(dataset, withoutDimension(filter, dimension), &error, cancel);
            selection = &own;
        } else {
            if (!shared)
                shared = std::make_unique<query::Selection>(
                    query::select(dataset, filter, &error, cancel));
            selection = shared.get();
        }
        if (selection->isCancelled() || cancelled(cancel)) {
            result.cancelled = true;
            return result;
        }
        result.dimensions.push_back(makeFacet(*column, countCodes(*column, *selection, cancel)));
    }
    result.cancelled = cancelled(cancel);
    return result;
}

} // namespace streamlens::facets
