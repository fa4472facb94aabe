// SPDX-License-Identifier: MIT
#pragma once

// A generated dataset shared by the table tests, and an independent way to order rows.
#include "data/Dataset.h"
#include "generator/SyntheticGenerator.h"
#include "table/ColumnSpec.h"
#include "table/RowSorter.h"

#include <algorithm>
#include <string>
#include <vector>

namespace streamlens::testing {

inline Dataset tableTestData(int64_t sessions)
{
    generator::GeneratorOptions options;
    options.sessions = sessions;
    options.seed = 11;
    return generator::generate(options);
}

// Rows ordered the slow, obvious way: std::stable_sort comparing the cells themselves, text
// by bytes, nulls last in both directions. Identifiers share a prefix and are ordered by their
// number ("u9" < "u10"): shorter text first, then bytes.
inline std::vector<uint32_t> referenceOrder(const Dataset& data, table::TableKind kind, int column,
                                            table::SortOrder order, std::vector<uint32_t> rows)
{
    const auto& spec = table::columnsOf(kind)[static_cast<size_t>(column)];
    struct Cell {
        bool null;
        bool text;
        bool id;
        int64_t number;
        std::string value;
    };
    std::vector<Cell> cells(tableRows(data, kind));
    for (uint32_t r : rows) {
        table::IdBuffer buffer;
        const auto v = spec.read(data, r, buffer);
        cells[r] = {v.isNull(), v.kind == table::CellValue::Kind::Text,
                    spec.type == table::ColumnType::Id || spec.type == table::ColumnType::Reference,
                    v.number, std::string(v.text)};
    }
    const bool descending = order == table::SortOrder::Descending;
    std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
        const Cell& x = cells[a];
        const Cell& y = cells[b];
        if (x.null || y.null)
            return !x.null && y.null;
        auto less = [](const Cell& p, const Cell& q) {
            if (p.id && p.value.size() != q.value.size())
                return p.value.size() < q.value.size();
            return p.value < q.value;
        };
        if (x.text)
            return descending ? less(y, x) : less(x, y);
        return descending ? y.number < x.number : x.number < y.number;
    });
    return rows;
}

} // namespace streamlens::testing
