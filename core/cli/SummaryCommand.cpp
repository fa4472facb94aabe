// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"
#include "cli/TextTable.h"
#include "query/UtcCalendar.h"
#include "summary/ExecutiveSummary.h"
#include "summary/SummaryText.h"

#include <QJsonDocument>
#include <QLocale>

namespace streamlens::cli {

namespace {

std::string changeText(const summary::KpiChange& t)
{
    if (!t.previous)
        return "–";
    if (!t.relativeChange)
        return "n/a";
    return summary::SummaryText::signedPercent(*t.relativeChange).toStdString();
}

std::string verdict(const summary::KpiChange& t)
{
    if (!t.pAdjusted)
        return t.previous ? "not tested" : "";
    if (t.significant)
        return std::string("significant, ") + summary::directionName(t.direction);
    if (t.statisticallySignificant)
        return "below the relevance floor";
    return "not significant";
}

void printText(std::ostream& os, const summary::ExecutiveSummaryResult& r)
{
    using summary::SummaryText::value;
    if (r.window) {
        const auto& w = *r.window;
        os << "Current period:  " << query::formatIsoTimestamp(w.currentFromMs) << " – "
           << query::formatIsoTimestamp(w.currentToMs) << "\n";
        if (w.hasPrevious)
            os << "Previous period: " << query::formatIsoTimestamp(w.previousFromMs) << " – "
               << query::formatIsoTimestamp(w.previousToMs) << "\n";
    }
    if (!r.note.empty())
        os << r.note << "\n";
    os << "\n";
    TextTable table({"KPI", "Value", "Previous", "Change", "Test", "Adjusted p", "Verdict"});
    for (const auto& t : r.tiles) {
        table.addRow({summary::SummaryText::metricName(t.key).toStdString(),
                      t.value ? value(t.key, *t.value).toStdString() : "no data",
                      t.previous ? value(t.key, *t.previous).toStdString() : "–", changeText(t),
                      t.test.empty() ? "–" : t.test,
                      t.pAdjusted ? summary::SummaryText::pValue(*t.pAdjusted).toStdString() : "–",
                      verdict(t)});
    }
    table.print(os);
    os << "\nWhat changed (" << r.findings.size() << " findings; " << r.significantSegments
       << " of " << r.segmentComparisons
       << " segment comparisons significant after Holm correction):\n";
    if (r.findings.empty())
        os << "  Nothing stands out: no segment or change is significant after correction.\n";
    int i = 1;
    for (const auto& f : r.findings)
        os << "  " << i++ << ". " << f.sentence << "\n     filter: " << f.filter.toString() << "\n";
    os << "\nComputed in " << QLocale().toString(r.milliseconds, 'f', 0).toStdString() << " ms\n";
}

} // namespace

int runSummary(CommandContext& ctx)
{
    CommandParser parser(ctx,
                         "streamlens summary [--db STORE | --csv DIR] [--where COL=V[,V...]]... "
                         "[--from DATE] [--to DATE] [--json]",
                         "The Overview's executive summary: the headline KPIs with their change "
                         "against the previous period of equal length (tested, Holm-adjusted), "
                         "and the 'what changed' findings. Without --from/--to the whole data "
                         "span is summarised and no change is computed.");
    addDataOptions(parser);
    addFilterOptions(parser);
    parser.addOption("json", "Machine-readable output (rates as fractions, null for no data).");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    auto loaded = loadFilteredData(parser, ctx, code);
    if (!loaded)
        return code;
    std::string error;
    const auto result = summary::ExecutiveSummary::run(*loaded->data, loaded->filter, {}, &error);
    if (!result) {
        ctx.err << "streamlens summary: " << error << "\n";
        return InputError;
    }
    if (parser.isSet("json"))
        ctx.out << QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented).toStdString();
    else
        printText(ctx.out, *result);
    return Ok;
}

} // namespace streamlens::cli
