// SPDX-License-Identifier: MIT
#include "cli/DataOptions.h"

#include "cli/ExitCode.h"
#include "source/DatasetLoader.h"
#include "store/SqliteStore.h"

namespace streamlens::cli {

void addDataOptions(CommandParser& parser)
{
    parser.addOption("db", "Store file (default: the embedded store in the user's data folder).",
                     "STORE");
    parser.addOption("csv", "Compute straight from a directory of contract CSV files.", "DIR");
}

void addFilterOptions(CommandParser& parser)
{
    parser.addOption("where",
                     "Filter, repeatable: COL=V[,V...], COL!=V, COL>=X, COL<X (e.g. "
                     "device_type=smart_tv,mobile).",
                     "COND");
    parser.addOption("from", "First day of sessions to include (UTC, YYYY-MM-DD).", "DATE");
    parser.addOption("to", "Last day of sessions to include (UTC, YYYY-MM-DD, inclusive).", "DATE");
}

std::shared_ptr<const Dataset> loadData(CommandParser& parser, CommandContext& ctx, int& exitCode)
{
    const std::string command = ctx.arguments.value(0).toStdString();
    std::string error;
    if (parser.isSet("csv")) {
        if (parser.isSet("db")) {
            ctx.err << "streamlens " << command << ": give --db or --csv, not both\n";
            exitCode = Usage;
            return nullptr;
        }
        auto data = source::loadCsv(parser.value("csv").toStdString(), &error);
        if (!data) {
            ctx.err << "streamlens " << command << ": " << error << "\n";
            exitCode = InputError;
        }
        return data;
    }
    const std::string path =
        parser.isSet("db") ? parser.value("db").toStdString() : store::SqliteStore::defaultPath();
    auto data = source::loadStore(path, &error);
    if (!data) {
        ctx.err << "streamlens " << command << ": " << error << "\n";
        exitCode = StoreError;
    }
    return data;
}

std::optional<query::Filter> filterFrom(CommandParser& parser, CommandContext& ctx, int& exitCode)
{
    const std::string command = ctx.arguments.value(0).toStdString();
    std::vector<std::string> clauses;
    for (const auto& w : parser.values("where"))
        clauses.push_back(w.toStdString());
    std::string error;
    auto filter = query::Filter::parseWhere(clauses, &error);
    if (filter && parser.isSet("from") &&
        !filter->setFromDate(parser.value("from").toStdString(), &error))
        filter.reset();
    if (filter && parser.isSet("to") &&
        !filter->setToDate(parser.value("to").toStdString(), &error))
        filter.reset();
    if (!filter) {
        ctx.err << "streamlens " << command << ": " << error << "\n";
        exitCode = Usage;
    }
    return filter;
}

std::optional<FilteredData> loadFilteredData(CommandParser& parser, CommandContext& ctx,
                                             int& exitCode)
{
    if (!parser.positional().isEmpty()) {
        ctx.err << "streamlens " << ctx.arguments.value(0).toStdString()
                << ": unexpected argument '" << parser.positional().front().toStdString() << "'\n";
        exitCode = Usage;
        return std::nullopt;
    }
    auto filter = filterFrom(parser, ctx, exitCode);
    if (!filter)
        return std::nullopt;
    auto data = loadData(parser, ctx, exitCode);
    if (!data)
        return std::nullopt;
    return FilteredData{std::move(data), std::move(*filter)};
}

} // namespace streamlens::cli
