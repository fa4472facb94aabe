// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"
#include "cli/KpiText.h"
#include "cli/TextTable.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace streamlens::cli {

namespace {
void printJson(std::ostream& os, const QJsonObject& object)
{
    os << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
}

void printOverall(std::ostream& os, const QJsonObject& kpis)
{
    TextTable table({"Metric", "Value"});
    for (const auto& m : allMetricColumns())
        table.addRow({m.label, formatMetric(m.key, kpis.value(m.key))});
    table.print(os);
}

void printGroups(std::ostream& os, const query::GroupedKpis& grouped)
{
    std::vector<std::string> header{grouped.dimension};
    for (const auto& m : breakdownMetricColumns())
        header.emplace_back(m.label);
    TextTable table(header);
    for (size_t g = 0; g < grouped.keys.size(); ++g) {
        const QJsonObject kpis = grouped.values[g].toJson();
        std::vector<std::string> row{grouped.keys[g]};
        for (const auto& m : breakdownMetricColumns())
            row.push_back(formatMetric(m.key, kpis.value(m.key)));
        table.addRow(row);
    }
    table.print(os);
}
} // namespace

int runKpis(CommandContext& ctx)
{
    CommandParser parser(ctx,
                         "streamlens kpis [--db STORE | --csv DIR] [--where COL=V[,V...]]... "
                         "[--from DATE] [--to DATE] [--by DIM] [--json]",
                         "QoE KPIs over the sessions that match the filter, overall or by a "
                         "dimension, as defined in the data contract.");
    addDataOptions(parser);
    addFilterOptions(parser);
    parser.addOption("by", "Break the KPIs down by a dimension (e.g. cdn, device_type, day).",
                     "DIM");
    parser.addOption("json", "Machine-readable output (rates as fractions, null for no data).");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    auto loaded = loadFilteredData(parser, ctx, code);
    if (!loaded)
        return code;
    const auto& data = loaded->data;
    const query::Filter& filter = loaded->filter;

    std::string error;
    const query::Selection selection = query::select(*data, filter, &error);
    if (!error.empty()) {
        ctx.err << "streamlens kpis: " << error << "\n";
        return Usage;
    }
    const bool json = parser.isSet("json");
    if (!parser.isSet("by")) {
        const QJsonObject kpis = query::computeKpis(*data, selection).toJson();
        if (json)
            printJson(ctx.out, QJsonObject{{"all", kpis}});
        else
            printOverall(ctx.out, kpis);
        return Ok;
    }
    const std::string dimension = parser.value("by").toStdString();
    auto grouped = query::computeKpisBy(*data, selection, dimension, &error);
    if (!grouped) {
        ctx.err << "streamlens kpis: " << error << "\n";
        return Usage;
    }
    if (json)
        printJson(ctx.out, grouped->toJson());
    else
        printGroups(ctx.out, *grouped);
    return Ok;
}

} // namespace streamlens::cli
