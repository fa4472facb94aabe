// SPDX-License-Identifier: MIT
#include "analysis/VariableCatalog.h"
#include "cli/ExitCode.h"
#include "cli/StatsCommands.h"
#include "cli/StatsSupport.h"
#include "cli/TextTable.h"

#include <QJsonArray>

namespace streamlens::cli::stats {

namespace {

std::string_view typeName(analysis::VariableType t)
{
    switch (t) {
    case analysis::VariableType::Binary:
        return "0/1";
    case analysis::VariableType::Categorical:
        return "dimension";
    case analysis::VariableType::Numeric:
        break;
    }
    return "numeric";
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

int runVariables(CommandContext& ctx)
{
    CommandParser parser(ctx, "streamlens stats variables [--level session|user] [--json]",
                         "The variables and dimensions the statistics accept, per level, with "
                         "their definitions (see docs/analysis-variables.md).");
    parser.addOption("level", "Only this level: session or user.", "LEVEL");
    parser.addOption("json", "Machine-readable output.");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    if (!parser.positional().isEmpty())
        return fail(ctx, "unexpected argument '" + parser.positional().front().toStdString() + "'",
                    Usage);
    std::vector<analysis::Level> levels{analysis::Level::Session, analysis::Level::User};
    if (parser.isSet("level")) {
        const auto level = levelOption(parser, ctx, analysis::Level::Session, code);
        if (!level)
            return code;
        levels = {*level};
    }
    QJsonObject json;
    for (analysis::Level level : levels) {
        std::vector<analysis::VariableInfo> all(analysis::metricVariables(level).begin(),
                                                analysis::metricVariables(level).end());
        for (const auto& c : analysis::categoricalVariables(level))
            all.push_back(c);
        QJsonArray list;
        TextTable table({"variable", "type", "defined for", "definition"});
        for (const auto& v : all) {
            list.append(QJsonObject{{"key", q(v.key)},
                                    {"type", q(typeName(v.type))},
                                    {"population", q(v.population)},
                                    {"definition", q(v.definition)}});
            table.addRow({std::string(v.key), std::string(typeName(v.type)),
                          std::string(v.population), std::string(v.definition)});
        }
        json[q(analysis::levelName(level))] = list;
        if (!parser.isSet("json")) {
            ctx.out << analysis::levelName(level) << " level:\n";
            table.print(ctx.out);
            ctx.out << "\n";
        }
    }
    if (parser.isSet("json"))
        printJson(ctx.out, json);
    return Ok;
}

} // namespace streamlens::cli::stats
