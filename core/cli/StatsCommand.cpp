// SPDX-License-Identifier: MIT
#include "cli/Commands.h"
#include "cli/ExitCode.h"
#include "cli/StatsCommands.h"

#include <array>

namespace streamlens::cli {

namespace {

struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(CommandContext&);
};

constexpr std::array<Subcommand, 6> kSubcommands = {{
    {"describe", "summary statistics of a variable, overall or by a dimension", stats::runDescribe},
    {"test", "a hypothesis test between groups or of two variables", stats::runTest},
    {"breakdown", "each group of a dimension against the rest (Holm and BH adjusted)",
     stats::runBreakdown},
    {"cluster", "k-means segments of users (or sessions)", stats::runCluster},
    {"model", "linear or logistic regression, or a ready-made question", stats::runModel},
    {"variables", "the variables and dimensions statistics can use", stats::runVariables},
}};

void printUsage(std::ostream& os)
{
    os << "Usage: streamlens stats <subcommand> [options]\n\n"
          "Statistics on the sessions (or users) that match the filter.\n\nSubcommands:\n";
    for (const auto& s : kSubcommands)
        os << "  " << QString(s.name).leftJustified(12).toStdString() << s.summary << "\n";
    os << "\nRun `streamlens stats <subcommand> --help` for its options.\n"
          "Exit codes: 0 done, 2 bad arguments (unknown variable, wrong test for it), 3 the "
          "data cannot answer (too few observations, zero variance, separation...) or cannot "
          "be read, 5 store error.\n";
}

} // namespace

int runStats(CommandContext& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub.isEmpty() || sub == "--help" || sub == "-h" || sub == "help") {
        printUsage(sub.isEmpty() ? ctx.err : ctx.out);
        return sub.isEmpty() ? Usage : Ok;
    }
    for (const auto& s : kSubcommands) {
        if (sub != s.name)
            continue;
        QStringList args = ctx.arguments.mid(2);
        args.prepend("stats " + sub);
        CommandContext subContext{args, ctx.out, ctx.err};
        return s.run(subContext);
    }
    ctx.err << "streamlens stats: unknown subcommand '" << sub.toStdString() << "'\n\n";
    printUsage(ctx.err);
    return Usage;
}

} // namespace streamlens::cli
