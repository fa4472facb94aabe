// SPDX-License-Identifier: MIT
#include "query/AdditiveKpis.h"

#include "data/Dataset.h"
#include "data/Nulls.h"
#include "query/DimensionColumn.h"
#include "query/ExposureBuffer.h"
#include "query/KpiAccumulator.h"
#include "query/KpiEngine.h"
#include "query/SessionColumns.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>

namespace streamlens::query {

namespace {

// Words of 64 rows between two looks at the cancel flag.
constexpr size_t kChunkWords = 1024;

// Adds one row to its cell. A functor with a forced-inline call operator, as the KPI
// engine's RowAdder: GCC kept the equivalent lambda out of line inside the row loop.
template <typename RowKey, typename ColumnKey> struct CellAdder {
    const SessionColumns& c;
    RowKey rowKey;
    ColumnKey columnKey;
    uint32_t columns;
    KpiAccumulator* acc;
    ExposureBuffer& exposure;

    [[gnu::always_inline]] void operator()(size_t row) const
    {
        const uint32_t cell = rowKey(row) * columns + columnKey(row);
        const int32_t startup = c.startupMs[row];
        acc[cell].addRow(c, row, startup);
        if (startup != kNullInt32)
            exposure.add(acc, cell, c.playingMs[row], c.rebufferMs[row]);
    }
};

// One accumulator per cell and thread, merged at the end. The scan is the KPI engine's
// RowAdder without its histograms and user sets.
template <typename RowKey, typename ColumnKey>
bool scan(const SessionColumns& c, const Selection& selection, RowKey rowKey, ColumnKey columnKey,
          uint32_t columns, size_t cells, const std::atomic<bool>* cancel,
          std::vector<KpiAccumulator>& out)
{
    const int threads = resolveThreads(0);
    std::vector<std::vector<KpiAccumulator>> states(static_cast<size_t>(threads));
    std::atomic<bool> stopped = false;
    parallelFor(selection.wordCount(), threads, 1024, [&](size_t begin, size_t end, int worker) {
        auto& acc = states[static_cast<size_t>(worker)];
        acc.assign(cells, KpiAccumulator{});
        const auto exposure = std::make_unique<ExposureBuffer>();
        const CellAdder<RowKey, ColumnKey> adder{c,       rowKey,     columnKey,
                                                 columns, acc.data(), *exposure};
        for (size_t w = begin; w < end; w += kChunkWords) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            selection.forEachInWords(w, std::min(end, w + kChunkWords), adder);
        }
        exposure->flush(acc.data());
    });
    if (stopped)
        return false;
    out.assign(cells, KpiAccumulator{});
    for (const auto& state : states)
        for (size_t i = 0; i < state.size(); ++i)
            out[i].merge(state[i]);
    return true;
}

// Above this many groups the accumulators (~330 bytes each, per thread) outgrow the caches
// and every row misses them: rows ranked by attempts or playing time are then ranked first
// from two plain sums per group, and only the kept groups get accumulators.
constexpr uint32_t kLightRankGroups = 4096;

// Per group: attempts and playing time (ms) of the selected rows.
template <typename Key>
bool sumGroups(const SessionColumns& c, const Selection& selection, Key key, uint32_t groups,
               const std::atomic<bool>* cancel, std::vector<int64_t>& attempts,
               std::vector<int64_t>& playingMs)
{
    const int threads = resolveThreads(0);
    std::vector<std::vector<int64_t>> counts(static_cast<size_t>(threads));
    std::vector<std::vector<int64_t>> sums(static_cast<size_t>(threads));
    std::atomic<bool> stopped = false;
    parallelFor(selection.wordCount(), threads, 1024, [&](size_t begin, size_t end, int worker) {
        auto& n = counts[static_cast<size_t>(worker)];
        auto& ms = sums[static_cast<size_t>(worker)];
        n.assign(groups, 0);
        ms.assign(groups, 0);
        for (size_t w = begin; w < end; w += kChunkWords) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            selection.forEachInWords(w, std::min(end, w + kChunkWords), [&](size_t row) {
                const uint32_t g = key(row);
                ++n[g];
                ms[g] += c.playingMs[row];
            });
        }
    });
    if (stopped)
        return false;
    attempts.assign(groups, 0);
    playingMs.assign(groups, 0);
    for (size_t t = 0; t < counts.size(); ++t)
        for (uint32_t g = 0; g < groups && g < counts[t].size(); ++g) {
            attempts[g] += counts[t][g];
            playingMs[g] += sums[t][g];
        }
    return true;
}

// A key mapped through a table (kept groups to 0..k-1, the others to k).
template <typename Key> struct Remapped {
    Key key;
    const uint32_t* slot;
    static constexpr bool kRandomAccess = true;
    uint32_t operator()(size_t row) const { return slot[key(row)]; }
};

// Codes of one axis in the engine's order, without the null group unless asked, cut to max
// for dimensions ordered by attempts (or by a metric).
std::vector<uint32_t> orderAxis(const DimensionColumn& column, const std::vector<int64_t>& attempts,
                                const std::vector<double>* rank, size_t max, bool includeNull)
{
    std::vector<uint32_t> codes;
    for (uint32_t code = 0; code < column.groupCount(); ++code)
        if (attempts[code] > 0 && (includeNull || code != column.nullCode()))
            codes.push_back(code);
    const bool natural = !rank && dimensionInfo(column.id()).order == DimensionOrder::Natural;
    std::vector<std::string> labels(column.groupCount());
    if (!natural)
        for (uint32_t code : codes)
            labels[code] = column.label(code);
    std::sort(codes.begin(), codes.end(), [&](uint32_t a, uint32_t b) {
        if ((a == column.nullCode()) != (b == column.nullCode()))
            return b == column.nullCode();
        if (natural)
            return column.naturalRank(a) < column.naturalRank(b);
        if (rank && (*rank)[a] != (*rank)[b])
            return (*rank)[a] > (*rank)[b];
        if (attempts[a] != attempts[b])
            return attempts[a] > attempts[b];
        return labels[a] < labels[b];
    });
    if (!natural && codes.size() > max)
        codes.resize(max);
    return codes;
}

} // namespace

bool isAdditiveMetric(std::string_view metric)
{
    return metric != "startup_time_ms_median" && metric != "startup_time_ms_p95" &&
           metric != "startup_score" && metric != "churn_rate";
}

std::optional<AdditiveTable> computeAdditiveKpis(const Dataset& dataset, const Selection& selection,
                                                 DimensionId rows,
                                                 std::optional<DimensionId> columns,
                                                 const AdditiveOptions& options, std::string* error,
                                                 const std::atomic<bool>* cancel)
{
    const auto c = SessionColumns::from(dataset, error);
    if (!c)
        return std::nullopt;
    if (selection.rowCount() != c->rows) {
        if (error)
            *error = "the selection does not belong to this dataset";
        return std::nullopt;
    }
    AdditiveTable out;
    out.rowDimension = rows;
    out.columnDimension = columns;
    if (selection.isCancelled()) {
        out.cancelled = true;
        return out;
    }
    const auto rowColumn = DimensionColumn::resolve(dataset, rows, error);
    if (!rowColumn)
        return std::nullopt;
    std::optional<DimensionColumn> columnColumn;
    if (columns) {
        columnColumn = DimensionColumn::resolve(dataset, *columns, error);
        if (!columnColumn)
            return std::nullopt;
    }
    const uint32_t nr = rowColumn->groupCount();
    const uint32_t nc = columnColumn ? columnColumn->groupCount() : 1;
    const bool lightRank = !columnColumn && !options.foldRest && nr > kLightRankGroups &&
                           (options.rankRowsBy.empty() || options.rankRowsBy == "playing_hours" ||
                            options.rankRowsBy == "attempts") &&
                           dimensionInfo(rows).order == DimensionOrder::ByAttempts;
    if (lightRank) {
        std::vector<int64_t> attempts, playingMs;
        if (!rowColumn->visit([&](auto key) {
                return sumGroups(*c, selection, key, nr, cancel, attempts, playingMs);
            })) {
            out.cancelled = true;
            return out;
        }
        std::vector<double> rank(nr);
        for (uint32_t r = 0; r < nr; ++r)
            rank[r] = options.rankRowsBy == "playing_hours"
                          ? static_cast<double>(playingMs[r]) / 3'600'000.0 // as additiveKpis
                          : static_cast<double>(attempts[r]);
        const auto kept =
            orderAxis(*rowColumn, attempts, &rank, options.maxRows, options.includeNull);
        const auto k = static_cast<uint32_t>(kept.size());
        std::vector<uint32_t> slot(nr, k);
        for (uint32_t i = 0; i < k; ++i)
            slot[kept[i]] = i;
        std::vector<KpiAccumulator> acc;
        if (!rowColumn->visit([&](auto key) {
                return scan(*c, selection, Remapped<decltype(key)>{key, slot.data()}, keys::Whole{},
                            1, size_t(k) + 1, cancel, acc);
            })) {
            out.cancelled = true;
            return out;
        }
        out.columnKeys.push_back(std::string());
        for (uint32_t i = 0; i < k; ++i) {
            out.rowKeys.push_back(rowColumn->label(kept[i]));
            out.cells.push_back(additiveKpis(acc[i]));
        }
        return out;
    }
    std::vector<KpiAccumulator> acc;
    const bool completed = rowColumn->visit([&](auto rowKey) {
        if (!columnColumn)
            return scan(*c, selection, rowKey, keys::Whole{}, 1, nr, cancel, acc);
        return columnColumn->visit([&](auto columnKey) {
            return scan(*c, selection, rowKey, columnKey, nc, size_t(nr) * nc, cancel, acc);
        });
    });
    if (!completed) {
        out.cancelled = true;
        return out;
    }

    std::vector<int64_t> rowAttempts(nr, 0);
    for (uint32_t r = 0; r < nr; ++r)
        for (uint32_t k = 0; k < nc; ++k)
            rowAttempts[r] += acc[size_t(r) * nc + k].attempts;
    std::vector<double> rank;
    if (!options.rankRowsBy.empty()) {
        // Only rows that can be kept need their metric.
        rank.assign(nr, -1e300);
        for (uint32_t r = 0; r < nr; ++r) {
            if (rowAttempts[r] == 0)
                continue;
            KpiAccumulator sum;
            for (uint32_t k = 0; k < nc; ++k)
                sum.merge(acc[size_t(r) * nc + k]);
            rank[r] = additiveKpis(sum).value(options.rankRowsBy).value_or(-1e300);
        }
    }
    const auto allRows = orderAxis(*rowColumn, rowAttempts, rank.empty() ? nullptr : &rank,
                                   SIZE_MAX, options.includeNull);
    const bool natural =
        rank.empty() && dimensionInfo(rowColumn->id()).order == DimensionOrder::Natural;
    std::vector<uint32_t> rowCodes = allRows;
    if (!natural && rowCodes.size() > options.maxRows)
        rowCodes.resize(options.maxRows);
    // Folding a single group would only rename it (as computeTopGroups does).
    if (!columnColumn && options.foldRest && allRows.size() > options.maxRows + 1) {
        KpiAccumulator sum;
        for (size_t i = rowCodes.size(); i < allRows.size(); ++i)
            sum.merge(acc[allRows[i]]);
        out.rest = additiveKpis(sum);
        out.restGroups = allRows.size() - rowCodes.size();
    }
    std::vector<uint32_t> columnCodes = {0};
    if (columnColumn) {
        std::vector<int64_t> columnAttempts(nc, 0);
        for (uint32_t r : rowCodes)
            for (uint32_t k = 0; k < nc; ++k)
                columnAttempts[k] += acc[size_t(r) * nc + k].attempts;
        columnCodes = orderAxis(*columnColumn, columnAttempts, nullptr, options.maxColumns,
                                options.includeNull);
    }
    for (uint32_t r : rowCodes)
        out.rowKeys.push_back(rowColumn->label(r));
    for (uint32_t k : columnCodes)
        out.columnKeys.push_back(columnColumn ? columnColumn->label(k) : std::string());
    out.cells.reserve(rowCodes.size() * columnCodes.size());
    for (uint32_t r : rowCodes)
        for (uint32_t k : columnCodes) {
            const KpiAccumulator& a = acc[size_t(r) * nc + k];
            out.cells.push_back(a.attempts > 0 ? additiveKpis(a) : KpiValues{});
        }
    return out;
}

} // namespace streamlens::query
