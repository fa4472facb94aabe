// SPDX-License-Identifier: MIT
// streamlens export-chart: one chart of the app, drawn anew at an exact size and DPI.
#include "charts/ExploreChart.h"
#include "charts/MetricChooser.h"
#include "cli/CommandParser.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"
#include "cli/GuiCommandRunners.h"
#include "cli/OffscreenExplore.h"
#include "cli/OffscreenOptions.h"
#include "cli/SignalWaiter.h"
#include "export/ChartExporter.h"
#include "export/ExportOptions.h"

#include <QFileInfo>

namespace streamlens::ui {

namespace {
QString chartIds(ExplorePage& page)
{
    QStringList ids;
    for (ExploreChart* chart : page.charts())
        ids << chart->chartId();
    return ids.join(QStringLiteral(", "));
}

// The chart's own chooser offering key (a metric or a dimension), or null: --metric and
// --by apply exactly where the app lets the user choose.
MetricChooser* chooserOffering(ExploreChart* chart, const QString& key)
{
    for (MetricChooser* chooser : chart->findChildren<MetricChooser*>())
        if (chooser->findData(key) >= 0)
            return chooser;
    return nullptr;
}

// Sets a chooser and waits for the chart to show the new choice.
bool choose(ExploreChart* chart, MetricChooser* chooser, const QString& key)
{
    if (chooser->currentKey() == key)
        return true;
    SignalWaiter waiter;
    waiter.watch(chart, "refreshed()");
    chooser->setCurrentKey(key);
    return waiter.waitFor(1, kRenderTimeoutMs);
}
} // namespace

int runExportChart(cli::CommandContext& ctx)
{
    cli::CommandParser parser(
        ctx,
        "streamlens export-chart [--db STORE | --csv DIR] --chart NAME [--where COND]... "
        "[--by DIM] [--metric KEY] --out FILE.{png,pdf,svg} [--size WxH] [--dpi N] "
        "[--theme light|dark]\n       streamlens export-chart --list",
        "Draws a chart of the app anew at an exact size: PNG with the DPI in the file, PDF "
        "and SVG as vector drawings. The DPI sets the type size: the chart is laid out at "
        "size x 96 / dpi and scaled up by dpi / 96.");
    cli::addDataOptions(parser);
    cli::addFilterOptions(parser);
    parser.addOption("list", "Lists the charts and exits.");
    parser.addOption("chart", "Chart to draw (see --list).", "NAME");
    parser.addOption("by", "Dimension of a chart that groups by a chosen dimension.", "DIM");
    parser.addOption("metric", "Metric of a chart that shows a chosen metric.", "KEY");
    parser.addOption("out", "File to write; the suffix picks the format.", "FILE");
    parser.addOption("size", "Size in pixels (the page size of PDF and SVG at --dpi).", "WxH",
                     "1920x1080");
    parser.addOption("dpi", "Resolution: type and lines scale with it.", "N", "144");
    parser.addOption("theme", "light or dark.", "THEME", "light");
    parser.addOption("no-title", "Leaves the chart's title out (a slide has its own).");
    int code = cli::Ok;
    if (!parser.parse(code))
        return code;

    OffscreenExplore explore;
    if (parser.isSet("list")) {
        for (ExploreChart* chart : explore.page().charts())
            ctx.out << chart->chartId().toStdString() << "\t" << chart->title().toStdString()
                    << "\n";
        return cli::Ok;
    }
    if (!parser.isSet("chart")) {
        ctx.err << "streamlens export-chart: --chart NAME is required (charts: "
                << chartIds(explore.page()).toStdString() << ")\n";
        return cli::Usage;
    }
    ExploreChart* chart = explore.page().chart(parser.value("chart"));
    if (!chart) {
        ctx.err << "streamlens export-chart: unknown chart '" << parser.value("chart").toStdString()
                << "' (charts: " << chartIds(explore.page()).toStdString() << ")\n";
        return cli::Usage;
    }
    if (!parser.isSet("out")) {
        ctx.err << "streamlens export-chart: --out FILE.png|pdf|svg is required\n";
        return cli::Usage;
    }
    const QString out = parser.value("out");
    ExportOptions options;
    if (const auto format = formatFromFileName(out)) {
        options.format = *format;
    } else {
        ctx.err << "streamlens export-chart: --out must end in .png, .pdf or .svg\n";
        return cli::Usage;
    }
    const auto size =
        sizeOption(parser, ctx, code, QSize(ExportOptions::kMinPixels, ExportOptions::kMinPixels),
                   QSize(ExportOptions::kMaxPixels, ExportOptions::kMaxPixels));
    if (!size)
        return code;
    options.pixelSize = *size;
    const auto dpi = parser.integer("dpi", ExportOptions::kMinDpi, ExportOptions::kMaxDpi);
    if (!dpi)
        return cli::Usage;
    options.dpi = static_cast<int>(*dpi);
    const auto theme = themeOption(parser, ctx, code);
    if (!theme)
        return code;
    options.theme = *theme;
    options.withTitle = !parser.isSet("no-title");
    if (const QString problem = options.validate(); !problem.isEmpty()) {
        ctx.err << "streamlens export-chart: " << problem.toStdString() << "\n";
        return cli::Usage;
    }
    MetricChooser* byChooser = nullptr;
    MetricChooser* metricChooser = nullptr;
    if (parser.isSet("by") && !(byChooser = chooserOffering(chart, parser.value("by")))) {
        ctx.err << "streamlens export-chart: chart '" << chart->chartId().toStdString()
                << "' cannot be grouped by '" << parser.value("by").toStdString() << "'\n";
        return cli::Usage;
    }
    if (parser.isSet("metric") &&
        !(metricChooser = chooserOffering(chart, parser.value("metric")))) {
        ctx.err << "streamlens export-chart: chart '" << chart->chartId().toStdString()
                << "' cannot show metric '" << parser.value("metric").toStdString() << "'\n";
        return cli::Usage;
    }
    const auto filter = cli::filterFrom(parser, ctx, code);
    if (!filter)
        return code;
    auto data = cli::loadData(parser, ctx, code);
    if (!data)
        return code;

    applyTheme(*theme);
    if (!explore.load(data, *filter, kRenderTimeoutMs) ||
        (byChooser && !choose(chart, byChooser, parser.value("by"))) ||
        (metricChooser && !choose(chart, metricChooser, parser.value("metric")))) {
        ctx.err << "streamlens export-chart: the chart did not finish computing\n";
        return cli::Failure;
    }
    QString error;
    if (!ChartExporter::write(*chart, out, options, &error)) {
        ctx.err << "streamlens export-chart: " << error.toStdString() << "\n";
        return cli::InputError;
    }
    const QSizeF logical = options.logicalSize();
    ctx.out << "Wrote " << out.toStdString() << " (" << formatKey(options.format).toStdString()
            << ", " << options.pixelSize.width() << "x" << options.pixelSize.height() << " at "
            << options.dpi << " dpi, laid out at " << qRound(logical.width()) << "x"
            << qRound(logical.height()) << ")"
            << (chart->hasContent() ? "" : "; no sessions match the filter") << "\n";
    return cli::Ok;
}

} // namespace streamlens::ui
