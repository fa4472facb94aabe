// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "cli/CommandParser.h"
#include "cli/CommandRegistry.h"
#include "cli/DataOptions.h"
#include "cli/ExitCode.h"
#include "cli/GuiCommands.h"
#include "data/DataController.h"
#include "filters/FilterPanel.h"
#include "pages/ExplorePage.h"
#include "pages/OverviewPage.h"
#include "style/Theme.h"

#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

namespace streamlens::ui {

namespace {
bool parseSize(const QString& text, QSize& size)
{
    const QStringList parts = text.toLower().split('x');
    if (parts.size() != 2)
        return false;
    bool okW = false, okH = false;
    size = QSize(parts[0].toInt(&okW), parts[1].toInt(&okH));
    return okW && okH && size.width() >= 320 && size.height() >= 240 && size.width() <= 7680 &&
           size.height() <= 4320;
}

int runScreenshot(cli::CommandContext& ctx)
{
    cli::CommandParser parser(ctx,
                              "streamlens screenshot [--db STORE | --csv DIR] --page overview "
                              "--out FILE.png [--size WxH] [--theme light|dark]",
                              "Renders a page of the desktop application offscreen to a PNG, "
                              "for documentation and slides.");
    cli::addDataOptions(parser);
    parser.addOption("page", "Page to render: overview or explore.", "PAGE", "overview");
    parser.addOption("out", "PNG file to write.", "FILE.png");
    parser.addOption("size", "Window size in pixels.", "WxH", "1920x1080");
    parser.addOption("theme", "light or dark.", "THEME", "light");
    int code = cli::Ok;
    if (!parser.parse(code))
        return code;
    QSize size;
    if (!parseSize(parser.value("size"), size)) {
        ctx.err << "streamlens screenshot: --size must be WxH, from 320x240 to 7680x4320\n";
        return cli::Usage;
    }
    bool themeOk = false;
    const Theme theme = themeFromString(parser.value("theme"), &themeOk);
    if (!themeOk || theme == Theme::System) {
        ctx.err << "streamlens screenshot: --theme must be light or dark\n";
        return cli::Usage;
    }
    if (!parser.isSet("out")) {
        ctx.err << "streamlens screenshot: --out FILE.png is required\n";
        return cli::Usage;
    }
    const QString page = parser.value("page");
    if (page != QLatin1String("overview") && page != QLatin1String("explore")) {
        ctx.err << "streamlens screenshot: unknown page '" << page.toStdString()
                << "' (pages: overview, explore)\n";
        return cli::Usage;
    }
    auto data = cli::loadData(parser, ctx, code);
    if (!data)
        return code;

    applyTheme(theme);
    DataController controller;
    MainWindow window(&controller);
    window.resize(size);
    window.showPage(page);
    window.show();
    // Done when the page shown and the filter panel have their data.
    QEventLoop loop;
    int pending = 2;
    auto done = [&] {
        if (--pending == 0)
            loop.quit();
    };
    if (page == QLatin1String("explore"))
        QObject::connect(window.explorePage(), &ExplorePage::refreshed, &loop, done);
    else
        QObject::connect(window.overviewPage(), &OverviewPage::refreshed, &loop, done);
    QObject::connect(window.filterPanel(), &FilterPanel::countsRefreshed, &loop, done);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    controller.setDataset(data, QString::fromStdString(data->source));
    loop.exec();
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
} // namespace

void registerGuiCommands()
{
    auto& registry = cli::CommandRegistry::instance();
    registry.add({"screenshot", "render a page of the app to PNG", runScreenshot, true});
}

} // namespace streamlens::ui
