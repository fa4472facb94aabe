// SPDX-License-Identifier: MIT
#include "analysis/GroupComparisonRunner.h"
#include "analysis/ValueFormat.h"
#include "cli/ExitCode.h"
#include "cli/StatsCommands.h"
#include "cli/StatsSupport.h"
#include "cli/TextTable.h"

namespace streamlens::cli::stats {

namespace {

using analysis::ValueFormat;

void printHuman(std::ostream& os, const analysis::GroupComparison& c)
{
    const auto findings = c.findings();
    if (findings.empty())
        os << "No " << c.request.by << " group differs significantly from the rest in "
           << c.request.metric << " after Holm's adjustment.\n";
    for (const auto* f : findings)
        os << f->sentence << "\n";
    os << "\n";
    TextTable table({c.request.by, "n",
                     c.metric.type == analysis::VariableType::Binary ? "rate" : "mean", "rest",
                     "statistic", "p", "p (Holm)", "p (BH)", "effect"});
    for (const auto& r : c.rows)
        table.addRow(
            {r.group, std::to_string(r.n), ValueFormat::value(r.estimate, c.metric.unit),
             ValueFormat::value(r.restEstimate, c.metric.unit),
             ValueFormat::number(r.result.statistic, 4), ValueFormat::pCell(r.result.p_value),
             ValueFormat::pCell(r.pHolm), ValueFormat::pCell(r.pBh),
             r.result.effect_size ? ValueFormat::number(*r.result.effect_size, 3) : "n/a"});
    table.print(os);
    for (const auto& s : c.skipped)
        os << "Skipped " << s.group << ": " << s.reason << "\n";
    os << "Test per group: " << (c.method == "prop_z" ? "two-proportion z" : "Welch t")
       << " against all other groups; excluded " << c.nullMetric << " without a value and "
       << c.nullGroup << " without a " << c.request.by << ".\n";
}

} // namespace

int runBreakdown(CommandContext& ctx)
{
    CommandParser parser(ctx,
                         "streamlens stats breakdown [--db STORE | --csv DIR] --metric KEY --by "
                         "DIM [--level session|user] [--where ...] [--json]",
                         "Compares every group of a dimension with all other groups together "
                         "(Welch t for numeric variables, two-proportion z for 0/1 outcomes) and "
                         "adjusts the p-values for the number of groups with Holm (family-wise) "
                         "and Benjamini-Hochberg (false discovery rate).");
    addCommonOptions(parser);
    parser.addOption("metric", "Variable compared (e.g. rebuffer_pct, start_failure).", "KEY");
    parser.addOption("by", "Dimension whose groups are compared (e.g. cdn).", "DIM");
    parser.addOption("level", "session (default) or user.", "LEVEL");
    parser.addOption("confidence", "Confidence level; α = 1 − it (default 0.95).", "P");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const auto level = levelOption(parser, ctx, analysis::Level::Session, code);
    const auto confidence = confidenceOption(parser, code);
    if (!level || !confidence)
        return code;
    analysis::GroupComparisonRequest r;
    r.level = *level;
    r.metric = parser.value("metric").toStdString();
    r.by = parser.value("by").toStdString();
    r.confidence = *confidence;
    return answerRequest<analysis::GroupComparisonRunner>(
        parser, ctx, r, [](std::ostream& os, const auto& answer) { printHuman(os, answer); });
}

} // namespace streamlens::cli::stats
