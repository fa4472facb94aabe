// SPDX-License-Identifier: MIT
// streamlens report: the multi-page PDF report (title, executive summary, one chart a page).
#include "charts/ExploreChart.h"
#include "cli/CommandParser.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"
#include "cli/GuiCommandRunners.h"
#include "cli/OffscreenExplore.h"
#include "cli/OffscreenOptions.h"
#include "export/ExportFormat.h"
#include "export/FilterDescription.h"
#include "export/ReportSummary.h"
#include "export/ReportWriter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace streamlens::ui {

int runReport(cli::CommandContext& ctx)
{
    cli::CommandParser parser(ctx,
                              "streamlens report [--db STORE | --csv DIR] [--where COND]... "
                              "[--from DATE] [--to DATE] --out FILE.pdf [--theme light|dark]",
                              "Writes a PDF report: a title page with the data source, date and "
                              "filter, the executive summary, and one page per chart of the "
                              "Explore page with its caption and the filter.");
    cli::addDataOptions(parser);
    cli::addFilterOptions(parser);
    parser.addOption("out", "PDF file to write.", "FILE.pdf");
    parser.addOption("theme", "light or dark.", "THEME", "light");
    parser.addOption("title", "Title on the first page.", "TEXT");
    int code = cli::Ok;
    if (!parser.parse(code))
        return code;
    if (!parser.isSet("out")) {
        ctx.err << "streamlens report: --out FILE.pdf is required\n";
        return cli::Usage;
    }
    const QString out = parser.value("out");
    if (formatFromFileName(out) != ExportFormat::Pdf) {
        ctx.err << "streamlens report: --out must end in .pdf\n";
        return cli::Usage;
    }
    const auto theme = themeOption(parser, ctx, code);
    if (!theme)
        return code;
    const auto filter = cli::filterFrom(parser, ctx, code);
    if (!filter)
        return code;
    auto data = cli::loadData(parser, ctx, code);
    if (!data)
        return code;

    applyTheme(*theme);
    OffscreenExplore explore;
    if (!explore.load(data, *filter, kRenderTimeoutMs)) {
        ctx.err << "streamlens report: the charts did not finish computing\n";
        return cli::Failure;
    }
    const ReportSummary summary = computeReportSummary(*data, *filter);
    ReportContent content;
    content.title = parser.isSet("title")
                        ? parser.value("title")
                        : QCoreApplication::translate("ReportCommand", "StreamLens report");
    content.dataSource = QString::fromStdString(data->source);
    content.filterText = describeFilter(*filter);
    content.createdAt = QDateTime::currentDateTime();
    content.scope = summary.scope;
    content.figures = summary.figures;
    content.findings = summary.findings;
    for (ExploreChart* chart : explore.page().charts())
        content.charts.append(chart);
    ReportWriter writer(content);
    writer.setTheme(*theme);
    QString error;
    if (!writer.write(out, &error)) {
        ctx.err << "streamlens report: " << error.toStdString() << "\n";
        return cli::InputError;
    }
    ctx.out << "Wrote " << out.toStdString() << " (" << writer.pageCount() << " pages)\n";
    return cli::Ok;
}

} // namespace streamlens::ui
