// SPDX-License-Identifier: MIT
// The Explore page: every chart shows the engine's values for the current filter, clicks
// cross-filter through the FilterEditor, and an empty selection says so.
#include "charts/BreakdownChart.h"
#include "charts/CrosstabChart.h"
#include "charts/MetricChooser.h"
#include "charts/StartupDistributionChart.h"
#include "charts/TimeSeriesChart.h"
#include "data/DataController.h"
#include "explore/Crosstab.h"
#include "explore/StartupDistribution.h"
#include "explore/TopGroups.h"
#include "filters/FilterEditor.h"
#include "generator/SyntheticGenerator.h"
#include "pages/ExplorePage.h"
#include "query/AdditiveKpis.h"
#include "query/DimensionLabels.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"
#include "source/DatasetLoader.h"
#include "style/Theme.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace streamlens;
using query::DimensionId;

class TestUiExplore : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

    struct Fixture {
        ui::DataController data;
        ui::FilterEditor filters{&data};
        ui::ExplorePage page{&data, &filters};
    };

    static bool waitRefreshed(ui::ExplorePage& page)
    {
        QSignalSpy spy(&page, &ui::ExplorePage::refreshed);
        return spy.wait(20000);
    }
    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        f->page.resize(1366, 900);
        f->page.show();
        QSignalSpy spy(&f->page, &ui::ExplorePage::refreshed);
        f->data.setDataset(m_data, "test");
        if (!spy.wait(20000))
            return nullptr;
        return f;
    }
    query::Selection selection(const query::Filter& filter)
    {
        return query::select(*m_data, filter);
    }

    // The additive KPIs agree (sums of integers exactly, the compensated score sums to the
    // last bits); the medians and churn are not computed by the light pass.
    static bool sameAdditive(const query::KpiValues& a, const query::KpiValues& b)
    {
        const auto close = [](std::optional<double> x, std::optional<double> y) {
            return x.has_value() == y.has_value() &&
                   (!x || std::abs(*x - *y) <= 1e-9 * std::max(1.0, std::abs(*y)));
        };
        return a.attempts == b.attempts && a.started == b.started && a.vsf_rate == b.vsf_rate &&
               a.ebvs_rate == b.ebvs_rate && a.playback_failure_rate == b.playback_failure_rate &&
               a.rebuffer_ratio == b.rebuffer_ratio &&
               a.rebuffer_frequency_per_min == b.rebuffer_frequency_per_min &&
               a.sessions_with_rebuffer_rate == b.sessions_with_rebuffer_rate &&
               a.avg_bitrate_kbps == b.avg_bitrate_kbps && a.completion_rate == b.completion_rate &&
               a.playing_hours == b.playing_hours && close(a.smoothness_score, b.smoothness_score);
    }

    // Every chart against the core for this filter.
    void checkCharts(ui::ExplorePage& page, const query::Filter& filter)
    {
        const auto sel = selection(filter);
        const auto byCdn = query::computeKpisBy(*m_data, sel, "cdn");
        const auto& bars = page.breakdown()->data();
        QVERIFY(!bars.keys.empty());
        for (size_t i = 0; i < bars.keys.size(); ++i) {
            QCOMPARE(bars.keys[i], byCdn->keys[i]);
            QVERIFY(sameAdditive(bars.values[i], byCdn->values[i]));
        }
        // With few groups nothing is folded; by country the rest is, as the engine folds it.
        QVERIFY(!bars.others);
        explore::TopGroupsOptions fold;
        fold.limit = 3;
        const auto engine = explore::computeTopGroups(*m_data, sel, DimensionId::Country, fold);
        query::AdditiveOptions light;
        light.maxRows = 3;
        light.includeNull = true;
        light.foldRest = true;
        const auto table =
            query::computeAdditiveKpis(*m_data, sel, DimensionId::Country, std::nullopt, light);
        QCOMPARE(table->rowKeys, engine->keys);
        QVERIFY(engine->others && table->rest);
        QVERIFY(sameAdditive(*table->rest, *engine->others));
        QCOMPARE(table->restGroups, engine->otherGroups);

        const auto byDay = query::computeKpisBy(*m_data, sel, "day");
        const QList<QPointF> points = page.timeSeries()->points();
        QCOMPARE(points.size(), qsizetype(byDay->size()));
        for (qsizetype i = 0; i < points.size(); ++i) {
            const auto day = query::parseIsoDate(byDay->keys[size_t(i)]);
            QCOMPARE(qint64(points[i].x()), *day * query::kMsPerDay);
            QCOMPARE(points[i].y(), *byDay->values[size_t(i)].rebuffer_ratio * 100.0);
        }

        const auto dist = explore::computeStartupDistribution(*m_data, sel, 100, 600);
        QCOMPARE(page.startup()->data().counts, dist.counts);
        QCOMPARE(page.startup()->data().total, dist.total);

        const auto heat =
            explore::computeCrosstab(*m_data, sel, DimensionId::Weekday, DimensionId::Hour);
        QCOMPARE(page.heatmap()->data().rowKeys, heat->rowKeys);
        QCOMPARE(page.heatmap()->data().columnKeys, heat->columnKeys);
        // The heat map's metric is a sum: its cells hold the engine's additive KPIs.
        QCOMPARE(page.heatmap()->data().cells.size(), heat->cells.size());
        for (size_t i = 0; i < heat->cells.size(); ++i)
            QVERIFY(sameAdditive(page.heatmap()->data().cells[i], heat->cells[i]));

        const auto& matrix = page.matrix()->data();
        for (size_t r = 0; r < matrix.rowKeys.size(); ++r)
            for (size_t c = 0; c < matrix.columnKeys.size(); ++c) {
                query::Filter cell = filter;
                cell.addCondition(DimensionId::DeviceType, {matrix.rowKeys[r]}, false, nullptr);
                cell.addCondition(DimensionId::Cdn, {matrix.columnKeys[c]}, false, nullptr);
                QCOMPARE(matrix.cell(r, c).attempts,
                         query::computeKpis(*m_data, selection(cell)).attempts);
            }

        const auto& titles = page.topTitles()->data();
        const auto byTitle = query::computeKpisBy(*m_data, sel, "title");
        double best = 0;
        for (const auto& v : byTitle->values)
            best = std::max(best, v.playing_hours);
        QVERIFY(!titles.values.empty());
        QCOMPARE(titles.values.front().playing_hours, best);
        for (size_t i = 1; i < titles.values.size(); ++i)
            QVERIFY(titles.values[i - 1].playing_hours >= titles.values[i].playing_hours);
        // The same titles as the engine's ranking, with its values.
        explore::TopGroupsOptions top;
        top.limit = 12;
        top.rankBy = "playing_hours";
        top.foldOthers = false;
        const auto ranked = explore::computeTopGroups(*m_data, sel, DimensionId::Title, top);
        QCOMPARE(titles.keys, ranked->keys);
        for (size_t i = 0; i < titles.values.size(); ++i)
            QVERIFY(sameAdditive(titles.values[i], ranked->values[i]));
    }

private slots:
    void initTestCase()
    {
        generator::GeneratorOptions options;
        options.sessions = 8000;
        options.days = 20;
        m_data = std::make_shared<const Dataset>(generator::generate(options));
    }

    void chartsShowEngineValues()
    {
        auto f = open();
        QVERIFY(f);
        QCOMPARE(f->page.charts().size(), qsizetype(6));
        QStringList ids;
        for (auto* chart : f->page.charts()) {
            ids << chart->chartId();
            QVERIFY(!chart->title().isEmpty());
            QVERIFY(!chart->isShowingEmpty());
        }
        QCOMPARE(ids, (QStringList{"timeseries", "breakdown", "heatmap", "matrix", "startup",
                                   "toptitles"}));
        checkCharts(f->page, query::Filter{});

        // A filter change from outside (the filter panel) updates every chart.
        f->filters.setValues(DimensionId::DeviceType, {"smart_tv"});
        QVERIFY(waitRefreshed(f->page));
        checkCharts(f->page, f->data.filter());
        QCOMPARE(f->page.matrix()->data().rowKeys, std::vector<std::string>{"smart_tv"});
    }

    void chartsShareOneSelectionPerFilter()
    {
        auto f = open();
        QVERIFY(f);
        // The controller's shared selection is the engine's selection of the filter, and
        // the charts computed from it show the engine's values (checkCharts).
        QVERIFY(f->data.selection());
        QCOMPARE(*f->data.selection(), selection(query::Filter{}));
        QSignalSpy selections(&f->data, &ui::DataController::selectionChanged);
        f->filters.setValues(DimensionId::ConnectionType, {"wifi", "ethernet"});
        QVERIFY(waitRefreshed(f->page));
        QCOMPARE(selections.count(), 1);
        QCOMPARE(f->data.selectionFilter(), f->data.filter());
        QCOMPARE(*f->data.selection(), selection(f->data.filter()));
        checkCharts(f->page, f->data.filter());

        // A quick series of changes ends with the last one's data.
        f->filters.setValues(DimensionId::DeviceType, {"mobile"});
        f->filters.setValues(DimensionId::DeviceType, {"tablet"});
        f->filters.setValues(DimensionId::DeviceType, {"desktop"});
        QTRY_COMPARE_WITH_TIMEOUT(f->page.matrix()->data().rowKeys,
                                  std::vector<std::string>{"desktop"}, 20000);
        QTRY_COMPARE(f->data.selectionFilter(), f->data.filter());
        QVERIFY(waitRefreshed(f->page) || f->page.breakdown()->data().keys.size() > 0);
        checkCharts(f->page, f->data.filter());
    }

    void hiddenPageWaitsUntilShown()
    {
        auto f = open();
        QVERIFY(f);
        f->page.hide();
        QSignalSpy selections(&f->data, &ui::DataController::selectionChanged);
        QSignalSpy refreshed(&f->page, &ui::ExplorePage::refreshed);
        f->filters.setValues(DimensionId::DeviceType, {"smart_tv"});
        QVERIFY(selections.wait(20000));
        QTest::qWait(200);
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(f->page.matrix()->data().rowKeys.size() > 1);
        f->page.show();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(f->page.matrix()->data().rowKeys, std::vector<std::string>{"smart_tv"});
        checkCharts(f->page, f->data.filter());
    }

    void axesAndTipsShowReadableLabels()
    {
        auto f = open();
        QVERIFY(f);
        QCOMPARE(query::valueLabel(DimensionId::DeviceType, std::string_view("smart_tv")),
                 QStringLiteral("Smart TV"));
        QCOMPARE(query::dimensionLabel(DimensionId::ConnectionType), QStringLiteral("Connection"));

        // The breakdown by device type: the title, ticks and tips read "Smart TV".
        ui::BreakdownChart* bars = f->page.breakdown();
        QSignalSpy refreshed(bars, &ui::ExploreChart::refreshed);
        bars->setDimension(DimensionId::DeviceType);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(bars->title(), QStringLiteral("Rebuffering ratio by Device type"));
        const auto& keys = bars->data().keys;
        const auto tv = std::find(keys.begin(), keys.end(), "smart_tv");
        QVERIFY(tv != keys.end());
        const int i = int(tv - keys.begin());
        QVERIFY(bars->toolTipFor(i).startsWith(QStringLiteral("Smart TV\n")));
        auto ticker = bars->plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().value(i), QStringLiteral("Smart TV"));

        // Weekday rows in the locale's names, the matrix's axes by dimension title.
        ui::CrosstabChart* heat = f->page.heatmap();
        auto rows = heat->plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(rows);
        QCOMPARE(rows->ticks().value(0), QLocale().dayName(1, QLocale::ShortFormat));
        QVERIFY(heat->toolTipFor(0, 20).startsWith(QLocale().dayName(1, QLocale::ShortFormat)));
        QCOMPARE(f->page.matrix()->plot()->yAxis->label(), QStringLiteral("Device type"));
        QCOMPARE(f->page.matrix()->plot()->xAxis->label(), QStringLiteral("CDN"));

        // Open values stay as the data spells them; countries read as names.
        QCOMPARE(query::valueLabel(DimensionId::Cdn, std::string_view("cdn_a")),
                 QStringLiteral("cdn_a"));
        QCOMPARE(query::valueLabel(DimensionId::Country, std::string_view("DE")),
                 QStringLiteral("Germany"));
        QCOMPARE(query::valueLabel(DimensionId::Country, std::string_view("ZZ")),
                 QStringLiteral("ZZ"));
        QCOMPARE(query::valueLabel(DimensionId::StreamType, std::string_view("vod")),
                 QStringLiteral("VOD"));
        QCOMPARE(query::valueLabel(DimensionId::ConnectionType, std::string_view("wifi")),
                 QStringLiteral("Wi-Fi"));
        QCOMPARE(query::valueLabel(DimensionId::Cdn, std::string_view("")),
                 QStringLiteral("(none)"));
    }

    void clickOnBarTogglesItsValue()
    {
        auto f = open();
        QVERIFY(f);
        ui::BreakdownChart* bars = f->page.breakdown();
        bars->plot()->replot();
        const std::string second = bars->data().keys.at(1);
        QTest::mouseClick(bars->plot(), Qt::LeftButton, {}, bars->barCenter(1));
        QCOMPARE(f->filters.values(DimensionId::Cdn), QStringList{QString::fromStdString(second)});
        QVERIFY(waitRefreshed(f->page));
        QCOMPARE(bars->data().keys, std::vector<std::string>{second});
        checkCharts(f->page, f->data.filter());
        QVERIFY(bars->toolTipFor(0).contains(QString::fromStdString(second)));

        // The same bar again clears the filter; undo brings it back.
        bars->activateBar(0);
        QVERIFY(f->filters.values(DimensionId::Cdn).isEmpty());
        QVERIFY(waitRefreshed(f->page));
        f->filters.undoStack()->undo();
        QCOMPARE(f->filters.values(DimensionId::Cdn), QStringList{QString::fromStdString(second)});
        QVERIFY(waitRefreshed(f->page));
    }

    void clickOnCellsFiltersBothDimensions()
    {
        auto f = open();
        QVERIFY(f);
        ui::CrosstabChart* heat = f->page.heatmap();
        heat->plot()->replot();
        QTest::mouseClick(heat->plot(), Qt::LeftButton, {}, heat->cellCenter(2, 20));
        QCOMPARE(f->filters.values(DimensionId::Weekday), QStringList{"wed"});
        QCOMPARE(f->filters.values(DimensionId::Hour), QStringList{"20"});
        QCOMPARE(f->filters.undoStack()->count(), 1);
        QVERIFY(waitRefreshed(f->page));
        checkCharts(f->page, f->data.filter());

        ui::CrosstabChart* matrix = f->page.matrix();
        const auto device = QString::fromStdString(matrix->data().rowKeys.at(0));
        const auto cdn = QString::fromStdString(matrix->data().columnKeys.at(0));
        matrix->activateCell(0, 0);
        QCOMPARE(f->filters.values(DimensionId::DeviceType), QStringList{device});
        QCOMPARE(f->filters.values(DimensionId::Cdn), QStringList{cdn});
        QCOMPARE(f->filters.values(DimensionId::Weekday), QStringList{"wed"});
        QVERIFY(waitRefreshed(f->page));
        QVERIFY(matrix->toolTipFor(0, 0).startsWith(
            query::valueLabel(DimensionId::DeviceType, device)));
    }

    void metricChooserRedrawsFromTheSameData()
    {
        auto f = open();
        QVERIFY(f);
        auto* chooser = f->page.timeSeries()->findChild<ui::MetricChooser*>();
        QVERIFY(chooser);
        QAbstractItemModelTester tester(chooser->model());
        chooser->setCurrentKey("attempts");
        const auto byDay = query::computeKpisBy(*m_data, selection({}), "day");
        QCOMPARE(f->page.timeSeries()->points().front().y(),
                 double(byDay->values.front().attempts));
        QVERIFY(f->page.timeSeries()->title().contains("Attempts"));

        // A median is not a sum: choosing it computes the engine's full values.
        QSignalSpy refreshed(f->page.timeSeries(), &ui::ExploreChart::refreshed);
        chooser->setCurrentKey("startup_time_ms_median");
        QVERIFY(refreshed.count() == 1 || refreshed.wait(20000));
        QCOMPARE(f->page.timeSeries()->points().front().y(),
                 *byDay->values.front().startup_time_ms_median);
        ui::CrosstabChart* matrix = f->page.matrix();
        QSignalSpy matrixRefreshed(matrix, &ui::ExploreChart::refreshed);
        matrix->setMetric("churn_rate");
        QVERIFY(matrixRefreshed.count() == 1 || matrixRefreshed.wait(20000));
        explore::CrosstabOptions cut;
        cut.maxRows = 8;
        cut.maxColumns = 8;
        const auto full = explore::computeCrosstab(*m_data, selection({}), DimensionId::DeviceType,
                                                   DimensionId::Cdn, cut);
        QCOMPARE(matrix->data().cells, full->cells);
    }

    void emptySelectionShowsAMessage()
    {
        auto f = open();
        QVERIFY(f);
        f->filters.setValues(DimensionId::Country, {"ZZ"});
        QVERIFY(waitRefreshed(f->page));
        for (auto* chart : f->page.charts())
            QVERIFY2(chart->isShowingEmpty(), qPrintable(chart->chartId()));
        f->filters.clearAll();
        QVERIFY(waitRefreshed(f->page));
        for (auto* chart : f->page.charts())
            QVERIFY(!chart->isShowingEmpty());
    }

    void hourlySeriesForShortRanges()
    {
        auto f = open();
        QVERIFY(f);
        const qint64 first = f->page.timeSeries()->data().bucketStartMs.front();
        f->filters.setTimeRange(first, first + 2 * query::kMsPerDay);
        QVERIFY(waitRefreshed(f->page));
        QVERIFY(f->page.timeSeries()->data().hourly);
        QVERIFY(f->page.timeSeries()->points().size() > 24);
    }

    void renderDrawsAtTheTargetSize()
    {
        auto f = open();
        QVERIFY(f);
        for (auto* chart : f->page.charts()) {
            QImage image(800, 450, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            chart->render(&painter, QRectF(0, 0, 800, 450));
            painter.end();
            // Something was drawn near the far corner: the chart filled the target.
            QVERIFY2(image.pixelColor(790, 10).alpha() > 0, qPrintable(chart->chartId()));
        }
    }
};

QTEST_MAIN(TestUiExplore)
#include "tst_ui_explore.moc"
