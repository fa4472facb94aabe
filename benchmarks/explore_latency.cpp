// SPDX-License-Identifier: MIT
// Explore latency: the time from a filter change request (a click) to the last chart on
// screen repainted with the new data, in the real main window, offscreen. Prints each run
// and the median; see docs/performance.md for how it is run.
//
//   explore_latency --csv DIR [--runs N] [--size WxH] [--theme light|dark]
#include "MainWindow.h"
#include "charts/BreakdownChart.h"
#include "charts/CrosstabChart.h"
#include "charts/ExploreChart.h"
#include "data/DataController.h"
#include "filters/DateRangeGroup.h"
#include "filters/FacetGroup.h"
#include "filters/FacetListModel.h"
#include "filters/FilterPanel.h"
#include "pages/ExplorePage.h"
#include "source/DatasetLoader.h"
#include "style/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <qcustomplot.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace streamlens;
using query::DimensionId;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// The widget a chart's data is painted in.
QWidget* plotWidget(ui::ExploreChart* chart)
{
    if (auto* view = chart->findChild<QChartView*>())
        return view->viewport();
    return chart->findChild<QCustomPlot*>();
}

// Watches the charts on screen: a chart is done when it announced new data and its plot
// then finished a paint event. The filter paints the widget itself so the time taken is
// that of the finished paint, not of its start.
class RepaintWatch : public QObject {
public:
    struct Entry {
        ui::ExploreChart* chart;
        QWidget* plot;
        bool refreshed = false;
        double paintedMs = -1;
    };

    void arm(const QList<ui::ExploreChart*>& charts)
    {
        for (auto& c : m_connections)
            disconnect(c);
        m_connections.clear();
        m_entries.clear();
        for (auto* chart : charts) {
            if (chart->visibleRegion().isEmpty())
                continue;
            m_entries.push_back({chart, plotWidget(chart)});
            m_entries.back().plot->installEventFilter(this);
            const size_t i = m_entries.size() - 1;
            m_connections << connect(chart, &ui::ExploreChart::refreshed, this,
                                     [this, i] { m_entries[i].refreshed = true; });
        }
        m_clock.start();
    }
    bool done() const
    {
        return std::all_of(m_entries.begin(), m_entries.end(),
                           [](const Entry& e) { return e.paintedMs >= 0; });
    }
    double lastMs() const
    {
        double last = 0;
        for (const auto& e : m_entries)
            last = std::max(last, e.paintedMs);
        return last;
    }
    const std::vector<Entry>& entries() const { return m_entries; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        for (auto& e : m_entries) {
            if (e.plot != watched || !e.refreshed || e.paintedMs >= 0)
                continue;
            static_cast<QObject*>(watched)->event(event);
            e.paintedMs = double(m_clock.nsecsElapsed()) / 1e6;
            return true;
        }
        return false;
    }

private:
    std::vector<Entry> m_entries;
    QList<QMetaObject::Connection> m_connections;
    QElapsedTimer m_clock;
};

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QToolButton* presetButton(ui::DateRangeGroup* group, const QString& text)
{
    for (auto* b : group->findChildren<QToolButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

void clickFacet(ui::FilterPanel* panel, DimensionId dimension, const QString& value)
{
    ui::FacetGroup* group = panel->group(dimension);
    QAbstractItemView* view = group->view();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, 0);
        if (index.data(ui::FacetListModel::ValueRole).toString() == value) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            return;
        }
    }
    std::fprintf(stderr, "no facet value %s\n", qPrintable(value));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Explore page: filter click to last visible chart repainted."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("Contract CSV directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Filter changes (default 12)."),
                      QStringLiteral("N"), QStringLiteral("12")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size (default 1920x1080)."),
                      QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("light or dark."),
                      QStringLiteral("THEME"), QStringLiteral("light")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("csv"))) {
        std::fprintf(stderr, "explore_latency: --csv DIR is required\n");
        return 2;
    }
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QElapsedTimer loadClock;
    loadClock.start();
    std::string error;
    std::shared_ptr<const Dataset> data =
        source::loadCsv(parser.value(QStringLiteral("csv")).toStdString(), &error);
    if (!data) {
        std::fprintf(stderr, "explore_latency: %s\n", error.c_str());
        return 3;
    }
    std::printf("loaded %zu sessions in %.1f s\n", data->sessions.size(),
                double(loadClock.elapsed()) / 1000.0);

    bool themeOk = false;
    ui::applyTheme(ui::themeFromString(parser.value(QStringLiteral("theme")), &themeOk));
    ui::DataController controller;
    ui::MainWindow window(&controller);
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.showPage(QStringLiteral("explore"));
    window.show();
    ui::ExplorePage* page = window.explorePage();
    ui::FilterPanel* panel = window.filterPanel();
    {
        QSignalSpy charts(page, &ui::ExplorePage::refreshed);
        QSignalSpy counts(panel, &ui::FilterPanel::countsRefreshed);
        controller.setDataset(data, QStringLiteral("benchmark"));
        if (!charts.wait(120000) || (counts.isEmpty() && !counts.wait(120000))) {
            std::fprintf(stderr, "explore_latency: the page did not load\n");
            return 1;
        }
        settle(1500);
    }

    struct Step {
        const char* kind;
        std::function<void()> click;
    };
    const auto bar = [page](int i) {
        return [page, i] {
            ui::BreakdownChart* bars = page->breakdown();
            QTest::mouseClick(bars->plot(), Qt::LeftButton, {}, bars->barCenter(i));
        };
    };
    const auto cell = [](ui::CrosstabChart* chart, int r, int c) {
        return [chart, r, c] {
            QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, chart->cellCenter(r, c));
        };
    };
    const auto preset = [panel](const QString& text) {
        return [panel, text] {
            if (auto* b = presetButton(panel->dateRange(), text))
                b->click();
        };
    };
    const auto facet = [panel](DimensionId d, const QString& v) {
        return [panel, d, v] { clickFacet(panel, d, v); };
    };
    const auto clear = [panel] { panel->clearAllButton()->click(); };
    const std::vector<Step> steps = {
        {"facet toggle", facet(DimensionId::DeviceType, QStringLiteral("smart_tv"))},
        {"cross-filter bar", bar(1)},
        {"date preset", preset(QStringLiteral("30 days"))},
        {"cross-filter cell", cell(page->heatmap(), 2, 20)},
        {"clear", clear},
        {"facet toggle", facet(DimensionId::ConnectionType, QStringLiteral("wifi"))},
        {"cross-filter bar", bar(0)},
        {"date preset", preset(QStringLiteral("7 days"))},
        {"cross-filter cell", cell(page->matrix(), 0, 0)},
        {"clear", clear},
        {"facet toggle", facet(DimensionId::StreamType, QStringLiteral("live"))},
        {"clear", clear},
    };

    std::printf("window %dx%d, load average before: %s\n", window.width(), window.height(),
                qPrintable(loadAverage()));
    RepaintWatch watch;
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const Step& step = steps[size_t(run) % steps.size()];
        const QString before = controller.filter().toString().c_str();
        watch.arm(page->charts());
        step.click();
        QElapsedTimer timeout;
        timeout.start();
        while (!watch.done() && timeout.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!watch.done() || controller.filter().toString().c_str() == before) {
            std::fprintf(stderr, "run %d (%s): no update\n", run + 1, step.kind);
            return 1;
        }
        const double ms = watch.lastMs();
        times.push_back(ms);
        std::printf("run %2d  %-18s %7.1f ms  (%zu charts on screen:", run + 1, step.kind, ms,
                    watch.entries().size());
        for (const auto& e : watch.entries())
            std::printf(" %s %.0f", qPrintable(e.chart->chartId()), e.paintedMs);
        std::printf(")  filter: %s\n", controller.filter().toString().c_str());
        std::fflush(stdout);
        // Lets the panel's counts and the charts below the fold finish before the next click.
        settle(1500);
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    std::printf("median %.1f ms, min %.1f, max %.1f over %zu filter changes; load average "
                "after: %s\n",
                median, sorted.front(), sorted.back(), n, qPrintable(loadAverage()));
    return 0;
}
