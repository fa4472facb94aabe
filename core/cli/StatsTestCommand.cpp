// SPDX-License-Identifier: MIT
#include "analysis/TestRunner.h"
#include "analysis/ValueFormat.h"
#include "analysis/VariableCatalog.h"
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

void printHuman(std::ostream& os, const analysis::TestAnswer& a)
{
    os << a.sentence << "\n\n";
    if (!a.groups.empty()) {
        const bool rates = a.groups.front().successes.has_value();
        TextTable table = rates ? TextTable({a.request.by, "n", "successes", "rate"})
                                : TextTable({a.request.by, "n", "mean", "sd", "median"});
        for (const auto& g : a.groups) {
            if (rates)
                table.addRow(
                    {g.label, std::to_string(g.n), std::to_string(*g.successes),
                     g.mean ? ValueFormat::value(*g.mean, analysis::Unit::Fraction) : "n/a"});
            else
                table.addRow(
                    {g.label, std::to_string(g.n), cell(g.mean), cell(g.sd), cell(g.median)});
        }
        table.print(os);
        os << "\n";
    }
    const auto& r = a.result;
    os << r.test << ": " << (r.statistic_name.empty() ? "statistic" : r.statistic_name) << " = "
       << ValueFormat::number(r.statistic, 5);
    if (r.df)
        os << ", df = " << ValueFormat::number(*r.df, 6);
    if (r.df2)
        os << ", df2 = " << ValueFormat::number(*r.df2, 6);
    // The exact p, unlike the APA form; below the smallest double it is reported as a bound.
    if (r.p_value == 0)
        os << ", p < 1e-300";
    else
        os << ", p = "
           << (r.p_value < 1e-4 ? QString::number(r.p_value, 'g', 3).toStdString()
                                : ValueFormat::fixed(r.p_value, 4));
    if (r.effect_size)
        os << ", " << r.effect_size_name << " = " << ValueFormat::number(*r.effect_size, 4);
    os << "\n";
    if (r.ci_low)
        os << ValueFormat::number(100 * r.ci_level, 3) << " % CI of the " << r.ci_name << ": "
           << cell(r.ci_low) << " to " << cell(r.ci_high) << "\n";
    os << "Excluded: " << a.nullMetric << " without a value";
    if (!a.request.by.empty())
        os << ", " << a.nullGroup << " without a " << a.request.by << ", " << a.otherGroups
           << " in groups not compared";
    os << " (of " << a.units << " " << analysis::levelName(a.request.level) << "s).\n";
    if (!r.method_note.empty())
        os << "Note: " << r.method_note << "\n";
}

} // namespace

int runTest(CommandContext& ctx)
{
    CommandParser parser(
        ctx,
        "streamlens stats test [--db STORE | --csv DIR] --test KIND --metric KEY [--with KEY2] "
        "[--by DIM] [--groups A,B] [--level session|user] [--where ...] [--json]",
        QString::fromStdString(
            "A hypothesis test on variables of the sessions (or users) that match the filter. "
            "Two-group tests (welch_t, mann_whitney, fisher, prop_z) compare two groups of --by "
            "(name them with --groups when the dimension has more); anova, welch_anova, kruskal "
            "and chi_square compare all (or the named) groups; pearson and spearman correlate "
            "--metric with --with. chi_square, fisher and prop_z need a 0/1 outcome such as "
            "start_failure. Kinds: " +
            analysis::testKindList() + "."));
    addCommonOptions(parser);
    parser.addOption("test", "Test kind: " + QString::fromStdString(analysis::testKindList()) + ".",
                     "KIND");
    parser.addOption("metric", "Variable tested (e.g. startup_time_ms, start_failure).", "KEY");
    parser.addOption("with", "Second variable of pearson/spearman.", "KEY2");
    parser.addOption("by", "Dimension whose groups are compared (e.g. device_type).", "DIM");
    parser.addOption("groups", "Groups to compare, in order (e.g. smart_tv,mobile).", "A,B");
    parser.addOption("level", "session (default) or user (per-user aggregates).", "LEVEL");
    parser.addOption("confidence", "Confidence level; α = 1 − it (default 0.95).", "P");
    parser.addOption("yates", "Continuity correction for chi_square on a 2 × 2 table.");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const auto level = levelOption(parser, ctx, analysis::Level::Session, code);
    const auto confidence = confidenceOption(parser, code);
    if (!level || !confidence)
        return code;
    if (!parser.isSet("test"))
        return fail(ctx, "name the test with --test (" + analysis::testKindList() + ")", Usage);
    const auto kind = analysis::findTestKind(parser.value("test").toStdString());
    if (!kind)
        return fail(ctx,
                    "unknown test '" + parser.value("test").toStdString() +
                        "'; tests: " + analysis::testKindList(),
                    Usage);
    analysis::TestRequest r;
    r.kind = *kind;
    r.level = *level;
    r.metric = parser.value("metric").toStdString();
    r.with = parser.value("with").toStdString();
    r.by = parser.value("by").toStdString();
    r.groups = listOption(parser, "groups");
    r.confidence = *confidence;
    r.yates = parser.isSet("yates");
    return answerRequest<analysis::TestRunner>(
        parser, ctx, r, [](std::ostream& os, const auto& answer) { printHuman(os, answer); });
}

} // namespace streamlens::cli::stats
