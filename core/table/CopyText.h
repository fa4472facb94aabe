// SPDX-License-Identifier: MIT
#pragma once

#include "table/TableKind.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::table {

// A rectangle of selected cells in a view: rows are view positions, inclusive bounds.
struct CellRange {
    size_t top = 0;
    size_t bottom = 0;
    int left = 0;
    int right = 0;
};

// Copies beyond this many cells are refused: the clipboard is not an export (the Data page
// offers Export… for that), and a paste of millions of cells helps nobody.
inline constexpr size_t kMaxCopyCells = 2'000'000;

struct CopyResult {
    std::string text;
    std::string error; // set when refused or cancelled
    size_t rows = 0;
};

// The selected cells as tab-separated text with a header line of the selected columns: the
// bounding box of the ranges, cells outside every range left empty (as spreadsheets paste
// them). Values in the contract's text; fields holding a tab, a line break or a quote are
// quoted with "" for a quote. viewRows maps view positions to table rows.
CopyResult copyText(const Dataset& data, TableKind table, const std::vector<uint32_t>& viewRows,
                    const std::vector<CellRange>& ranges,
                    const std::atomic<bool>* cancel = nullptr);

// The table rows of the view positions the ranges cover, each once, in view order (the rows
// an "export the selected rows" writes). Ranges past the end of viewRows are clipped.
std::vector<uint32_t> selectedRows(const std::vector<uint32_t>& viewRows,
                                   const std::vector<CellRange>& ranges);

} // namespace streamlens::table
