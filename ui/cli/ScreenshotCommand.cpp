// SPDX-License-Identifier: MIT
// streamlens screenshot: a page of the desktop application, rendered offscreen.
#include "MainWindow.h"
#include "cli/CommandParser.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"
#include "cli/GuiCommandRunners.h"
#include "cli/OffscreenOptions.h"
#include "cli/SignalWaiter.h"
#include "data/DataController.h"
#include "facets/TimeExtent.h"
#include "filters/FilterPanel.h"
#include "pages/StatisticsPage.h"

#include <QEventLoop>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

namespace streamlens::ui {

namespace {
// The pages MainWindow shows, by the object names showPage() takes.
QStringList pageNames(const MainWindow& window)
{
    QStringList names;
    for (const QTabWidget* tabs : window.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            if (!tabs->widget(i)->objectName().isEmpty())
                names << tabs->widget(i)->objectName();
    return names;
}

QWidget* pageNamed(const MainWindow& window, const QString& name)
{
    for (const QTabWidget* tabs : window.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->objectName() == name)
                return tabs->widget(i);
    return nullptr;
}
} // namespace

int runScreenshot(cli::CommandContext& ctx)
{
    cli::CommandParser parser(ctx,
                              "streamlens screenshot [--db STORE | --csv DIR] --page NAME "
                              "--out FILE.png [--size WxH] [--theme light|dark] [--where ...] "
                              "[--days N]",
                              "Renders a page of the desktop application offscreen to a PNG, "
                              "for documentation and slides.");
    cli::addDataOptions(parser);
    parser.addOption("page", "Page to render (overview, explore, and the others the app has).",
                     "PAGE", "overview");
    parser.addOption("out", "PNG file to write.", "FILE.png");
    parser.addOption("size", "Window size in pixels.", "WxH", "1920x1080");
    parser.addOption("theme", "light or dark.", "THEME", "light");
    cli::addFilterOptions(parser);
    parser.addOption("days",
                     "Without --where/--from/--to: the data's last N days, as the app shows on "
                     "its first run (default 30; 0 = all data).",
                     "N", "30");
    int code = cli::Ok;
    if (!parser.parse(code))
        return code;
    const auto size = sizeOption(parser, ctx, code, QSize(320, 240), QSize(7680, 4320));
    if (!size)
        return code;
    const auto theme = themeOption(parser, ctx, code);
    if (!theme)
        return code;
    if (!parser.isSet("out")) {
        ctx.err << "streamlens screenshot: --out FILE.png is required\n";
        return cli::Usage;
    }

    applyTheme(*theme);
    DataController controller;
    MainWindow window(&controller);
    const QString page = parser.value("page");
    if (!window.showPage(page)) {
        ctx.err << "streamlens screenshot: unknown page '" << page.toStdString()
                << "' (pages: " << pageNames(window).join(QStringLiteral(", ")).toStdString()
                << ")\n";
        return cli::Usage;
    }
    const auto days = parser.integer("days", 0, 100'000);
    if (!days)
        return cli::Usage;
    auto filter = cli::filterFrom(parser, ctx, code);
    if (!filter)
        return code;
    auto data = cli::loadData(parser, ctx, code);
    if (!data)
        return code;
    if (filter->isEmpty())
        if (auto recent =
                facets::lastDaysFilter(facets::computeTimeExtent(*data), static_cast<int>(*days)))
            filter = recent;
    controller.setFilter(*filter);

    window.resize(*size);
    window.show();
    // Done when the page shown (if it announces its data with refreshed()) and the filter
    // panel have their data.
    SignalWaiter waiter;
    const int expected = (waiter.watch(pageNamed(window, page), "refreshed()") ? 1 : 0) +
                         (waiter.watch(window.filterPanel(), "countsRefreshed()") ? 1 : 0);
    controller.setDataset(data, QString::fromStdString(data->source));
    // The Statistics page answers on request: show its default question's answer.
    if (window.statisticsPage() && pageNamed(window, page) == window.statisticsPage())
        window.statisticsPage()->run();
    if (!waiter.waitFor(expected, kRenderTimeoutMs)) {
        ctx.err << "streamlens screenshot: the page did not finish loading\n";
        return cli::Failure;
    }
    // Charts replot on the next event-loop pass (QCustomPlot's queued replot): let them.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(parser.value("out"), "PNG")) {
        ctx.err << "streamlens screenshot: cannot write " << parser.value("out").toStdString()
                << "\n";
        return cli::InputError;
    }
    ctx.out << "Wrote " << parser.value("out").toStdString() << " (" << pixmap.width() << "x"
            << pixmap.height() << ")\n";
    return cli::Ok;
}

} // namespace streamlens::ui
