// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"
#include "export/RowExport.h"
#include "query/Selection.h"
#include "table/ColumnSpec.h"
#include "table/RowSet.h"
#include "table/RowSorter.h"

#include <QLocale>

namespace streamlens::cli {

namespace {

// "COL" or "COL:asc" / "COL:desc".
bool parseSort(const std::string& text, table::TableKind table, int& column,
               table::SortOrder& order, std::string& error)
{
    std::string name = text;
    order = table::SortOrder::Ascending;
    if (const auto colon = text.rfind(':'); colon != std::string::npos) {
        const std::string direction = text.substr(colon + 1);
        name = text.substr(0, colon);
        if (direction == "desc")
            order = table::SortOrder::Descending;
        else if (direction != "asc") {
            error = "--sort: direction must be asc or desc, not '" + direction + "'";
            return false;
        }
    }
    column = table::columnIndex(table, name);
    if (column < 0) {
        error = "--sort: " + std::string(table::tableName(table)) + " has no column '" + name +
                "' (columns:";
        for (const auto& c : table::columnsOf(table))
            error += std::string(" ") + c.name;
        error += ")";
        return false;
    }
    return true;
}

} // namespace

int runExportRows(CommandContext& ctx)
{
    CommandParser parser(ctx,
                         "streamlens export-rows [--db STORE | --csv DIR] --table "
                         "sessions|users|content|events [--where COND]... [--from DATE] "
                         "[--to DATE] [--sort COL[:desc]] [--limit N] --out FILE.csv|FILE.xlsx",
                         "Writes the rows of one table over the selection to a contract CSV "
                         "file or an Excel workbook, as the Data page's Export does: the "
                         "sessions that match the filter, the users and titles that appear in "
                         "them, or their events. Excel sheets hold 1,048,575 rows; longer "
                         "exports continue on further sheets.");
    addDataOptions(parser);
    addFilterOptions(parser);
    parser.addOption("table", "sessions, users, content or events.", "TABLE");
    parser.addOption("sort",
                     "Order by a contract column, ascending or with :desc (stable; nulls "
                     "last).",
                     "COL[:desc]");
    parser.addOption("limit", "Write at most N rows (after sorting).", "N");
    parser.addOption("out", "Output file; .csv or .xlsx chooses the format.", "FILE");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    auto fail = [&](const std::string& message, int exit) {
        ctx.err << "streamlens export-rows: " << message << "\n";
        return exit;
    };
    if (!parser.positional().isEmpty())
        return fail("unexpected argument '" + parser.positional().front().toStdString() + "'",
                    Usage);
    if (!parser.isSet("table"))
        return fail("--table is required (sessions, users, content or events)", Usage);
    const auto table = table::tableFromName(parser.value("table").toStdString());
    if (!table)
        return fail("--table must be sessions, users, content or events, not '" +
                        parser.value("table").toStdString() + "'",
                    Usage);
    if (!parser.isSet("out"))
        return fail("--out FILE.csv or FILE.xlsx is required", Usage);
    const std::string out = parser.value("out").toStdString();
    const auto format = rowexport::formatForPath(out);
    if (!format)
        return fail("--out must end in .csv or .xlsx: " + out, Usage);
    int sortColumn = -1;
    auto order = table::SortOrder::Ascending;
    std::string error;
    if (parser.isSet("sort") &&
        !parseSort(parser.value("sort").toStdString(), *table, sortColumn, order, error))
        return fail(error, Usage);
    std::optional<long long> limit;
    if (parser.isSet("limit")) {
        limit = parser.integer("limit", 0, std::numeric_limits<uint32_t>::max());
        if (!limit)
            return Usage;
    }
    auto filter = filterFrom(parser, ctx, code);
    if (!filter)
        return code;
    auto data = loadData(parser, ctx, code);
    if (!data)
        return code;

    const query::Selection selection = query::select(*data, *filter, &error);
    if (!error.empty())
        return fail(error, Usage);
    table::RowSet set = table::rowsOverSelection(*data, *table, selection);
    if (sortColumn >= 0 && !table::sortRows(*data, *table, sortColumn, order, set.rows))
        return fail("sorting failed", Failure);
    if (limit && set.rows.size() > static_cast<size_t>(*limit))
        set.rows.resize(static_cast<size_t>(*limit));
    const auto result = rowexport::exportRows(*data, *table, set.rows, out, *format);
    if (!result.ok)
        return fail(result.error, result.cancelled ? Cancelled : Failure);
    ctx.out << "wrote " << result.rows << " " << table::tableName(*table) << " rows to " << out;
    if (result.sheets > 1)
        ctx.out << " (" << result.sheets << " sheets)";
    ctx.out << "\n";
    return Ok;
}

} // namespace streamlens::cli
