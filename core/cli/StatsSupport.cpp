// SPDX-License-Identifier: MIT
#include "cli/StatsSupport.h"

#include "analysis/VariableCatalog.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"

#include <QJsonDocument>

namespace streamlens::cli::stats {

void addCommonOptions(CommandParser& parser)
{
    addDataOptions(parser);
    addFilterOptions(parser);
    parser.addOption("json", "Machine-readable output (null where a value is undefined).");
}

std::optional<LoadedSelection> loadSelection(CommandParser& parser, CommandContext& ctx,
                                             int& exitCode)
{
    auto loaded = loadFilteredData(parser, ctx, exitCode);
    if (!loaded)
        return std::nullopt;
    std::string error;
    query::Selection selection = query::select(*loaded->data, loaded->filter, &error);
    if (!error.empty()) {
        exitCode = fail(ctx, error, InputError);
        return std::nullopt;
    }
    return LoadedSelection{std::move(loaded->data), std::move(selection)};
}

std::optional<analysis::Level> levelOption(CommandParser& parser, CommandContext& ctx,
                                           analysis::Level fallback, int& exitCode)
{
    if (!parser.isSet("level"))
        return fallback;
    const auto level = analysis::parseLevel(parser.value("level").toStdString());
    if (!level)
        exitCode = fail(ctx,
                        "--level must be session or user, not '" +
                            parser.value("level").toStdString() + "'",
                        Usage);
    return level;
}

std::vector<std::string> listOption(const CommandParser& parser, const QString& name)
{
    std::vector<std::string> out;
    for (const QString& value : parser.values(name))
        for (const QString& part : value.split(',', Qt::SkipEmptyParts))
            out.push_back(part.trimmed().toStdString());
    return out;
}

std::optional<double> confidenceOption(CommandParser& parser, int& exitCode)
{
    if (!parser.isSet("confidence"))
        return 0.95;
    const auto v = parser.number("confidence", 0.5, 0.9999);
    if (!v)
        exitCode = Usage;
    return v;
}

void printJson(std::ostream& os, const QJsonObject& object)
{
    os << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
}

int fail(CommandContext& ctx, const std::string& message, int exitCode)
{
    ctx.err << "streamlens " << ctx.arguments.value(0).toStdString() << ": " << message << "\n";
    return exitCode;
}

int dataCannotAnswer(CommandContext& ctx, const std::string& message)
{
    return fail(ctx, message, InputError);
}

} // namespace streamlens::cli::stats
