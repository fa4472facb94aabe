// SPDX-License-Identifier: MIT
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"

namespace streamlens::cli {

void registerCoreCommands(CommandRegistry& registry)
{
    registry.add({"generate", "write a synthetic dataset as contract CSV files", runGenerate});
    registry.add({"import", "validate CSV files and load them into the store", runImport});
    registry.add({"kpis", "QoE KPIs, overall or by a dimension", runKpis});
    registry.add({"info", "what a store holds", runInfo});
    registry.add({"bench", "measure import, memory and the dashboard queries", runBench});
    registry.add({"stats", "statistics: describe, test, breakdown, cluster, model", runStats});
    registry.add({"export-rows", "write the rows of a table over the selection to CSV or Excel",
                  runExportRows});
    registry.add(
        {"summary", "headline KPIs, changes vs the previous period, what changed", runSummary});
}

} // namespace streamlens::cli
