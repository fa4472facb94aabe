// SPDX-License-Identifier: MIT
#include "analysis/DescribeRunner.h"
#include "analysis/ValueFormat.h"
#include "cli/ExitCode.h"
#include "cli/StatsCommands.h"
#include "cli/StatsSupport.h"
#include "cli/TextTable.h"

namespace streamlens::cli::stats {

namespace {

using analysis::ValueFormat;

std::string cell(const std::optional<double>& v)
{
    return v ? ValueFormat::number(*v, 4) : "n/a";
}

void printHuman(std::ostream& os, const analysis::DescribeAnswer& a)
{
    const std::string unit = std::string(analysis::levelName(a.request.level)) + "s";
    os << a.request.metric << ": " << a.metric.definition << " (over " << a.metric.population
       << ")\n\n";
    TextTable table({a.request.by.empty() ? "group" : a.request.by, "n", "mean", "sd", "min", "q1",
                     "median", "q3", "max", "iqr", "skewness", "kurtosis",
                     ValueFormat::number(100 * a.request.confidence, 3) + " % CI of mean"});
    auto add = [&](const analysis::DescribeRow& r) {
        table.addRow({r.group, std::to_string(r.n), cell(r.mean), cell(r.sd), cell(r.min),
                      cell(r.q1), cell(r.median), cell(r.q3), cell(r.max), cell(r.iqr),
                      cell(r.skewness), cell(r.kurtosis),
                      r.ciLow ? cell(r.ciLow) + " to " + cell(r.ciHigh) : "n/a"});
    };
    add(a.overall);
    for (const auto& g : a.groups)
        add(g);
    table.print(os);
    os << "\n"
       << a.units << " " << unit << " in the selection; excluded: " << a.nullMetric
       << " without a value";
    if (!a.request.by.empty()) {
        os << "; the group rows also leave out " << a.nullGroup << " without a " << a.request.by;
        if (a.otherGroups > 0)
            os << " and " << a.otherGroups << " in groups not listed";
    }
    os << ".\n";
    auto note = [&](const analysis::DescribeRow& r) {
        if (!r.note.empty())
            os << "Note (" << r.group << "): " << r.note << "\n";
    };
    note(a.overall);
    for (const auto& g : a.groups)
        note(g);
}

} // namespace

int runDescribe(CommandContext& ctx)
{
    CommandParser parser(ctx,
                         "streamlens stats describe [--db STORE | --csv DIR] --metric KEY "
                         "[--level session|user] [--by DIM [--groups A,B,...]] [--where ...] "
                         "[--confidence 0.95] [--json]",
                         "Summary statistics of a variable under the filter: n, mean, sd, min, "
                         "quartiles, max, IQR, skewness, excess kurtosis and the interval of the "
                         "mean, overall and per group. Nulls are left out and counted. "
                         "`streamlens stats variables` lists the variables.");
    addCommonOptions(parser);
    parser.addOption("metric", "Variable to describe (e.g. startup_time_ms).", "KEY");
    parser.addOption("level", "session (default) or user (per-user aggregates).", "LEVEL");
    parser.addOption("by", "Describe per group of this dimension.", "DIM");
    parser.addOption("groups", "Only these groups, in this order.", "A,B,...");
    parser.addOption("confidence", "Level of the interval of the mean (default 0.95).", "P");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const auto level = levelOption(parser, ctx, analysis::Level::Session, code);
    const auto confidence = confidenceOption(parser, code);
    if (!level || !confidence)
        return code;
    analysis::DescribeRequest r;
    r.level = *level;
    r.metric = parser.value("metric").toStdString();
    r.by = parser.value("by").toStdString();
    r.groups = listOption(parser, "groups");
    r.confidence = *confidence;
    return answerRequest<analysis::DescribeRunner>(
        parser, ctx, r, [](std::ostream& os, const auto& answer) { printHuman(os, answer); });
}

} // namespace streamlens::cli::stats
