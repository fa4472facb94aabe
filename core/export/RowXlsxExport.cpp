// SPDX-License-Identifier: MIT
#include "export/RowXlsxExport.h"

#include "table/ColumnSpec.h"

#include <xlsxwriter.h>

#include <string>

namespace streamlens::rowexport {

namespace {

using table::CellValue;
using table::ColumnType;

// Excel's serial day number of 1970-01-01 (day 0 is 1899-12-30).
constexpr double kUnixEpochSerial = 25569.0;
constexpr double kMsPerDay = 86'400'000.0;

// The workbook and the error of the first call that failed.
struct Workbook {
    lxw_workbook* book = nullptr;
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* timestamp = nullptr;
    lxw_error error = LXW_NO_ERROR;

    void check(lxw_error e)
    {
        if (error == LXW_NO_ERROR)
            error = e;
    }
};

lxw_worksheet* addSheet(Workbook& wb, table::TableKind table, int number)
{
    std::string name(table::tableName(table));
    if (number > 1)
        name += " (" + std::to_string(number) + ")";
    lxw_worksheet* sheet = workbook_add_worksheet(wb.book, name.c_str());
    if (!sheet) {
        wb.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return nullptr;
    }
    const auto columns = table::columnsOf(table);
    for (size_t c = 0; c < columns.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        const double width = columns[c].type == ColumnType::Timestamp ? 24
                             : columns[c].type == ColumnType::Text    ? 32
                                                                      : 14;
        wb.check(worksheet_set_column(sheet, col, col, width, nullptr));
        wb.check(worksheet_write_string(sheet, 0, col, columns[c].name, wb.header));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
}

void writeCell(Workbook& wb, lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const CellValue& v,
               std::string& text)
{
    switch (v.kind) {
    case CellValue::Kind::Null:
        return;
    case CellValue::Kind::Text:
        text.assign(v.text); // libxlsxwriter wants a terminated string
        return wb.check(worksheet_write_string(sheet, row, col, text.c_str(), nullptr));
    case CellValue::Kind::Integer:
        return wb.check(
            worksheet_write_number(sheet, row, col, static_cast<double>(v.number), nullptr));
    case CellValue::Kind::Milli:
        return wb.check(worksheet_write_number(sheet, row, col,
                                               static_cast<double>(v.number) / 1000.0, nullptr));
    case CellValue::Kind::Boolean:
        return wb.check(worksheet_write_boolean(sheet, row, col, v.number != 0, nullptr));
    case CellValue::Kind::Date:
        return wb.check(worksheet_write_number(
            sheet, row, col, static_cast<double>(v.number) + kUnixEpochSerial, wb.date));
    case CellValue::Kind::Timestamp:
        return wb.check(worksheet_write_number(
            sheet, row, col, static_cast<double>(v.number) / kMsPerDay + kUnixEpochSerial,
            wb.timestamp));
    }
}

} // namespace

ExportResult writeRowsXlsx(const Dataset& data, table::TableKind table,
                           const std::vector<uint32_t>& rows, const std::string& path,
                           const ProgressCallback& progress, size_t rowsPerSheet)
{
    ExportResult result;
    if (rowsPerSheet == 0 || rowsPerSheet > kRowsPerSheet)
        rowsPerSheet = kRowsPerSheet;
    const size_t tableSize = table::tableRows(data, table);
    for (uint32_t r : rows)
        if (r >= tableSize) {
            result.error = "row " + std::to_string(r) + " is not in the table";
            return result;
        }
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // a full sheet of sessions passes 4 GB uncompressed
    Workbook wb;
    wb.book = workbook_new_opt(path.c_str(), &options);
    if (!wb.book) {
        result.error = "cannot write " + path;
        return result;
    }
    wb.header = workbook_add_format(wb.book);
    format_set_bold(wb.header);
    wb.date = workbook_add_format(wb.book);
    format_set_num_format(wb.date, "yyyy-mm-dd");
    wb.timestamp = workbook_add_format(wb.book);
    format_set_num_format(wb.timestamp, "yyyy-mm-dd hh:mm:ss.000");

    const auto columns = table::columnsOf(table);
    table::IdBuffer ids;
    std::string text;
    lxw_worksheet* sheet = nullptr;
    int sheets = 0;
    for (size_t i = 0; i < rows.size() || sheets == 0; ++i) {
        if (i % rowsPerSheet == 0) {
            sheet = addSheet(wb, table, ++sheets);
            if (!sheet || i >= rows.size())
                break;
        }
        if (i % 16384 == 0 && progress && !progress(double(i) / rows.size())) {
            lxw_workbook_free(wb.book); // discards the rows streamed to temporary files
            result.cancelled = true;
            result.error = "cancelled";
            return result;
        }
        const auto row = static_cast<lxw_row_t>(i % rowsPerSheet + 1);
        for (size_t c = 0; c < columns.size(); ++c)
            writeCell(wb, sheet, row, static_cast<lxw_col_t>(c),
                      columns[c].read(data, rows[i], ids), text);
        if (wb.error != LXW_NO_ERROR)
            break;
    }
    if (wb.error != LXW_NO_ERROR) {
        lxw_workbook_free(wb.book);
        result.error = "cannot write " + path + ": " + lxw_strerror(wb.error);
        return result;
    }
    const lxw_error closed = workbook_close(wb.book);
    if (closed != LXW_NO_ERROR) {
        result.error = "cannot write " + path + ": " + lxw_strerror(closed);
        return result;
    }
    if (progress)
        progress(1.0);
    result.ok = true;
    result.rows = rows.size();
    result.sheets = sheets;
    return result;
}

} // namespace streamlens::rowexport
