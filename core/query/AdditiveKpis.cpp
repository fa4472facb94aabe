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
#include <memory>
#include <numeric>

namespace streamlens::query {

namespace {

// Words of 64 rows between two looks at the cancel flag.
constexpr size_t kChunkWords = 1024;

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
        for (size_t w = begin; w < end; w += kChunkWords) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            selection.forEachInWords(w, std::min(end, w + kChunkWords), [&](size_t row) {
                const uint32_t cell = rowKey(row) * columns + columnKey(row);
                const int32_t startup = c.startupMs[row];
                acc[cell].addRow(c, row, startup);
                if (startup != kNullInt32)
                    exposure->add(acc.data(), cell, c.playingMs[row], c.rebufferMs[row]);
            });
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
    const auto rowCodes = orderAxis(*rowColumn, rowAttempts, rank.empty() ? nullptr : &rank,
                                    options.maxRows, options.includeNull);
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
