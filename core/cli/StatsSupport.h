// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"
#include "cli/CommandParser.h"
#include "cli/ExitCode.h"
#include "data/Dataset.h"
#include "query/Selection.h"

#include <QJsonObject>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

// What the `stats` subcommands share: the data and filter options, the level option, lists
// given as K1,K2, JSON printing and the exit code of an analysis the data cannot support.
namespace streamlens::cli::stats {

struct LoadedSelection {
    std::shared_ptr<const Dataset> data;
    query::Selection selection;
};

// Adds --db/--csv, --where/--from/--to, --json.
void addCommonOptions(CommandParser& parser);
// Rejects positional arguments, parses --where, loads the data and selects; prints why and
// sets exitCode when it cannot.
std::optional<LoadedSelection> loadSelection(CommandParser& parser, CommandContext& ctx,
                                             int& exitCode);
// --level session|user (fallback when absent).
std::optional<analysis::Level> levelOption(CommandParser& parser, CommandContext& ctx,
                                           analysis::Level fallback, int& exitCode);
// "a,b,,c" → {"a", "b", "c"}; repeated options are joined.
std::vector<std::string> listOption(const CommandParser& parser, const QString& name);
// --confidence in (0, 1), default 0.95.
std::optional<double> confidenceOption(CommandParser& parser, int& exitCode);

void printJson(std::ostream& os, const QJsonObject& object);
// Prints "streamlens <command>: message" and returns exitCode.
int fail(CommandContext& ctx, const std::string& message, int exitCode);

// Exit code for a request the data cannot answer (too few observations, zero variance,
// separation, no such group in the selection...).
int dataCannotAnswer(CommandContext& ctx, const std::string& message);

// The tail every subcommand shares once its request is parsed: check the request, load and
// filter the data, run, then print the answer as JSON (--json) or with printText.
template <typename Runner, typename Request, typename PrintText>
int answerRequest(CommandParser& parser, CommandContext& ctx, const Request& request,
                  PrintText printText)
{
    if (auto e = Runner::check(request); !e.empty())
        return fail(ctx, e, Usage);
    int code = Ok;
    auto loaded = loadSelection(parser, ctx, code);
    if (!loaded)
        return code;
    const auto answer = Runner::run(*loaded->data, loaded->selection, request);
    if (!answer)
        return dataCannotAnswer(ctx, answer.error());
    if (parser.isSet("json"))
        printJson(ctx.out, answer->toJson());
    else
        printText(ctx.out, *answer);
    return Ok;
}

} // namespace streamlens::cli::stats
