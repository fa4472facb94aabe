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

    // Every chart against the core for this filter.
    void checkCharts(ui::ExplorePage& page, const query::Filter& filter)
    {
        const auto sel = selection(filter);
        const auto byCdn = query::computeKpisBy(*m_data, sel, "cdn");
        const auto& bars = page.breakdown()->data();
        QVERIFY(!bars.keys.empty());
        for (size_t i = 0; i < bars.keys.size(); ++i) {
            QCOMPARE(bars.keys[i], byCdn->keys[i]);
            QCOMPARE(bars.values[i], byCdn->values[i]);
        }

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
        QCOMPARE(page.heatmap()->data().cells, heat->cells);

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
        QVERIFY(matrix->toolTipFor(0, 0).contains(device));
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
