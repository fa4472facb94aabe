// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/KpiValues.h"
#include "query/Selection.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::explore {

// KPIs of every (row value, column value) pair of two dimensions: the weekday × hour heat
// map, the device × CDN matrix, the hourly series (day × hour). Rows and columns keep their
// dimension's display order (natural, or by attempts over the whole selection); a cell
// without sessions has attempts 0 and null rates.
struct Crosstab {
    query::DimensionId rowDimension = query::DimensionId::DeviceType;
    query::DimensionId columnDimension = query::DimensionId::Cdn;
    std::vector<std::string> rowKeys;
    std::vector<std::string> columnKeys;
    std::vector<query::KpiValues> cells; // row-major
    bool cancelled = false;

    const query::KpiValues& cell(size_t row, size_t column) const
    {
        return cells[row * columnKeys.size() + column];
    }
};

struct CrosstabOptions {
    // Largest groups kept on each axis (by attempts); natural dimensions keep all.
    size_t maxRows = 12;
    size_t maxColumns = 12;
    // The null group ("") is left out: it cannot be clicked into a useful filter.
    bool includeNull = false;
};

// Runs computeKpisBy(columns) once per row value on that value's part of the selection (see
// splitSelection), so a cell holds exactly the engine's values for that pair.
std::optional<Crosstab> computeCrosstab(const Dataset& dataset, const query::Selection& selection,
                                        query::DimensionId rows, query::DimensionId columns,
                                        const CrosstabOptions& options = {},
                                        std::string* error = nullptr,
                                        const std::atomic<bool>* cancel = nullptr);

} // namespace streamlens::explore
