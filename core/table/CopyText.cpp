// SPDX-License-Identifier: MIT
#include "table/CopyText.h"

#include "table/ColumnSpec.h"

#include <algorithm>
#include <bit>

namespace streamlens::table {

namespace {

void appendField(std::string& out, std::string_view field)
{
    if (field.find_first_of("\t\n\r\"") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

CopyResult copyText(const Dataset& data, TableKind table, const std::vector<uint32_t>& viewRows,
                    const std::vector<CellRange>& ranges, const std::atomic<bool>* cancel)
{
    CopyResult result;
    const auto columns = columnsOf(table);
    const int columnCount = static_cast<int>(columns.size());
    std::vector<size_t> positions;
    std::vector<int> usedColumns;
    size_t cells = 0;
    for (const CellRange& r : ranges) {
        if (r.top > r.bottom || r.bottom >= viewRows.size() || r.left < 0 || r.left > r.right ||
            r.right >= columnCount) {
            result.error = "the selection does not fit the table";
            return result;
        }
        cells += (r.bottom - r.top + 1) * static_cast<size_t>(r.right - r.left + 1);
        if (cells > kMaxCopyCells) {
            result.error = "too many cells to copy";
            return result;
        }
        for (size_t p = r.top; p <= r.bottom; ++p)
            positions.push_back(p);
        for (int c = r.left; c <= r.right; ++c)
            usedColumns.push_back(c);
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    std::sort(usedColumns.begin(), usedColumns.end());
    usedColumns.erase(std::unique(usedColumns.begin(), usedColumns.end()), usedColumns.end());
    if (positions.empty())
        return result;

    // Which cells of the bounding box are selected, by output row and output column.
    const size_t width = usedColumns.size();
    std::vector<int> columnSlot(columnCount, -1);
    for (size_t i = 0; i < width; ++i)
        columnSlot[usedColumns[i]] = static_cast<int>(i);
    std::vector<uint8_t> selected(positions.size() * width, 0);
    for (const CellRange& r : ranges) {
        const size_t first = static_cast<size_t>(
            std::lower_bound(positions.begin(), positions.end(), r.top) - positions.begin());
        for (size_t k = first; k < positions.size() && positions[k] <= r.bottom; ++k)
            for (int c = r.left; c <= r.right; ++c)
                selected[k * width + static_cast<size_t>(columnSlot[c])] = 1;
    }

    std::string& out = result.text;
    for (size_t i = 0; i < width; ++i) {
        if (i)
            out += '\t';
        out += columns[usedColumns[i]].name;
    }
    out += '\n';
    IdBuffer buffer;
    for (size_t k = 0; k < positions.size(); ++k) {
        if ((k & 4095) == 0 && cancel && cancel->load()) {
            result.text.clear();
            result.error = "cancelled";
            return result;
        }
        const uint32_t row = viewRows[positions[k]];
        for (size_t i = 0; i < width; ++i) {
            if (i)
                out += '\t';
            if (selected[k * width + i])
                appendField(out, contractText(columns[usedColumns[i]].read(data, row, buffer)));
        }
        out += '\n';
    }
    result.rows = positions.size();
    return result;
}

std::vector<uint32_t> selectedRows(const std::vector<uint32_t>& viewRows,
                                   const std::vector<CellRange>& ranges)
{
    // A bitmap over positions: Ctrl+A on 10M rows is one range, many Ctrl+clicks are many.
    std::vector<uint64_t> marked((viewRows.size() + 63) / 64, 0);
    for (const CellRange& r : ranges)
        for (size_t p = r.top; p <= r.bottom && p < viewRows.size(); ++p)
            marked[p >> 6] |= uint64_t(1) << (p & 63);
    std::vector<uint32_t> rows;
    for (size_t w = 0; w < marked.size(); ++w)
        for (uint64_t bits = marked[w]; bits; bits &= bits - 1)
            rows.push_back(viewRows[w * 64 + static_cast<size_t>(std::countr_zero(bits))]);
    return rows;
}

} // namespace streamlens::table
