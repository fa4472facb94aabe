// SPDX-License-Identifier: MIT
#include "analysis/ClusterRunner.h"
#include "analysis/ValueFormat.h"
#include "cli/ExitCode.h"
#include "cli/StatsCommands.h"
#include "cli/StatsSupport.h"
#include "cli/TextTable.h"

namespace streamlens::cli::stats {

namespace {

using analysis::ValueFormat;

void printHuman(std::ostream& os, const analysis::ClusterAnswer& a)
{
    os << a.sentence << "\n\n";
    std::vector<std::string> header{"segment", "size", "share"};
    for (const auto& c : a.columns)
        header.push_back(c);
    header.push_back("silhouette");
    TextTable table(header);
    for (const auto& c : a.clusters) {
        std::vector<std::string> row{std::to_string(c.cluster), std::to_string(c.size),
                                     ValueFormat::number(100 * c.share, 3) + " %"};
        for (size_t j = 0; j < a.columns.size(); ++j)
            row.push_back(ValueFormat::value(c.centre[j], a.columnUnits[j]));
        row.push_back(c.silhouette ? ValueFormat::fixed(*c.silhouette, 3) : "n/a");
        table.addRow(row);
    }
    std::vector<std::string> overall{"all", std::to_string(a.n), "100 %"};
    for (size_t j = 0; j < a.columns.size(); ++j)
        overall.push_back(ValueFormat::value(a.overallMean[j], a.columnUnits[j]));
    overall.push_back(a.silhouette ? ValueFormat::fixed(*a.silhouette, 3) : "n/a");
    table.addRow(overall);
    table.print(os);
    os << "\nWCSS " << ValueFormat::number(a.totalWithinSS, 6) << " of total SS "
       << ValueFormat::number(a.totalSS, 6) << " (between/total "
       << (a.totalSS > 0 ? ValueFormat::fixed(a.betweenSS / a.totalSS, 3) : "n/a")
       << ") on standardised columns; " << a.nullValues << " "
       << analysis::levelName(a.request.level) << "s left out for a missing value"
       << (a.silhouetteSampled ? "; silhouette on a seeded sample of 20,000" : "") << ".\n";
    if (!a.scan.empty()) {
        os << "\n";
        TextTable scan({"k", "WCSS", "silhouette"});
        for (const auto& s : a.scan)
            scan.addRow({std::to_string(s.k), ValueFormat::number(s.totalWithinSS, 6),
                         s.silhouette ? ValueFormat::fixed(*s.silhouette, 3) : "n/a"});
        scan.print(os);
    }
    if (!a.note.empty())
        os << "Note: " << a.note << "\n";
}

} // namespace

int runCluster(CommandContext& ctx)
{
    CommandParser parser(
        ctx,
        "streamlens stats cluster [--db STORE | --csv DIR] --features K1,K2,... --k N "
        "[--level user|session] [--seed S] [--restarts R] [--scan] [--where ...] [--json]",
        "Segments by k-means (k-means++ starts, Lloyd iterations, the best of several restarts) "
        "on standardised features, by default per user over the user's sessions in the filter: "
        "e.g. sessions, playing_hours, mean_startup_ms, rebuffer_ratio, share_mobile, plan (a "
        "dimension becomes one 0/1 column per level). --scan adds WCSS and silhouette for "
        "k-2 ... k+2.");
    addCommonOptions(parser);
    parser.addOption("features", "Variables to cluster on, comma separated.", "K1,K2,...");
    parser.addOption("k", "Number of segments (2-50, default 4).", "N", "4");
    parser.addOption("level", "user (default) or session.", "LEVEL");
    parser.addOption("seed", "Seed of the k-means++ starts and silhouette sample (default 1).", "S",
                     "1");
    parser.addOption("restarts", "k-means++ restarts; the lowest WCSS wins (default 10).", "R",
                     "10");
    parser.addOption("scan", "Also report WCSS and mean silhouette for k-2 ... k+2.");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const auto level = levelOption(parser, ctx, analysis::Level::User, code);
    if (!level)
        return code;
    const auto k = parser.integer("k", 2, analysis::ClusterRequest::kMaxK);
    const auto seed = parser.integer("seed", 0, std::numeric_limits<long long>::max());
    const auto restarts = parser.integer("restarts", 1, 1000);
    if (!k || !seed || !restarts)
        return Usage;
    analysis::ClusterRequest r;
    r.level = *level;
    r.features = listOption(parser, "features");
    r.k = static_cast<int>(*k);
    r.seed = static_cast<uint64_t>(*seed);
    r.restarts = static_cast<int>(*restarts);
    r.scan = parser.isSet("scan");
    return answerRequest<analysis::ClusterRunner>(
        parser, ctx, r, [](std::ostream& os, const auto& answer) { printHuman(os, answer); });
}

} // namespace streamlens::cli::stats
