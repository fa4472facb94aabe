// SPDX-License-Identifier: MIT
// The Explore aggregations (crosstab, top groups, startup distribution, time series) against
// naive loops over a small generated dataset and against the KPI engine on equivalent filters.
#include "data/Nulls.h"
#include "explore/Crosstab.h"
#include "explore/SplitSelection.h"
#include "explore/StartupDistribution.h"
#include "explore/TimeSeries.h"
#include "explore/TopGroups.h"
#include "generator/SyntheticGenerator.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"

#include <QTest>

#include <map>

using namespace streamlens;
using query::DimensionId;

class TestExploreAggregations : public QObject {
    Q_OBJECT
private:
    Dataset m_data;

    query::Filter where(const std::vector<std::string>& clauses)
    {
        std::string error;
        auto f = query::Filter::parseWhere(clauses, &error);
        if (!f)
            qFatal("bad filter: %s", error.c_str());
        return *f;
    }
    query::Selection selected(const std::vector<std::string>& clauses)
    {
        return query::select(m_data, where(clauses));
    }

private slots:
    void initTestCase()
    {
        generator::GeneratorOptions options;
        options.sessions = 6000;
        options.days = 30;
        m_data = generator::generate(options);
        QCOMPARE(m_data.sessions.size(), size_t(6000));
    }

    void splitPartitionsTheSelection()
    {
        const auto selection = selected({"stream_type=vod"});
        const auto split = explore::splitSelection(m_data, selection, DimensionId::DeviceType,
                                                   {"smart_tv", "mobile"});
        QVERIFY(split);
        QCOMPARE(split->parts.size(), size_t(2));
        QCOMPARE(split->parts[0].count(),
                 selected({"stream_type=vod", "device_type=smart_tv"}).count());
        QCOMPARE(split->parts[1].count(),
                 selected({"stream_type=vod", "device_type=mobile"}).count());
        QCOMPARE(split->parts[0].count() + split->parts[1].count() + split->rest.count(),
                 selection.count());
        QVERIFY(split->parts[0].count() > 0 && split->rest.count() > 0);
    }

    void crosstabCellsAreTheEngineValuesOfBothConditions()
    {
        const auto selection = selected({"stream_type=vod"});
        explore::CrosstabOptions options;
        options.maxColumns = 4;
        const auto table = explore::computeCrosstab(m_data, selection, DimensionId::DeviceType,
                                                    DimensionId::Cdn, options);
        QVERIFY(table);
        QVERIFY(table->rowKeys.size() >= 3);
        QVERIFY(table->columnKeys.size() <= 4);
        QVERIFY(table->columnKeys.size() >= 2);
        for (size_t r = 0; r < table->rowKeys.size(); ++r)
            for (size_t c = 0; c < table->columnKeys.size(); ++c) {
                const auto expected = query::computeKpis(
                    m_data, selected({"stream_type=vod", "device_type=" + table->rowKeys[r],
                                      "cdn=" + table->columnKeys[c]}));
                const auto& got = table->cell(r, c);
                QCOMPARE(got.attempts, expected.attempts);
                QCOMPARE(got.startup_time_ms_median, expected.startup_time_ms_median);
                QCOMPARE(got.churn_rate, expected.churn_rate);
                QVERIFY(qFuzzyCompare(1.0 + got.rebuffer_ratio.value_or(0),
                                      1.0 + expected.rebuffer_ratio.value_or(0)));
            }
    }

    void weekdayHourAttemptsMatchANaiveLoop()
    {
        const auto selection = query::select(m_data, query::Filter{});
        const auto table =
            explore::computeCrosstab(m_data, selection, DimensionId::Weekday, DimensionId::Hour);
        QVERIFY(table);
        QCOMPARE(table->rowKeys.size(), size_t(7));
        QCOMPARE(table->rowKeys.front(), std::string("mon"));
        QCOMPARE(table->columnKeys.size(), size_t(24));
        QCOMPARE(table->columnKeys.front(), std::string("0"));
        QCOMPARE(table->columnKeys.back(), std::string("23"));
        int64_t naive[7][24] = {};
        for (int64_t ts : m_data.sessions.startTs) {
            const int64_t day = query::floorDiv(ts, query::kMsPerDay);
            ++naive[query::isoWeekday(day)]
                   [query::floorMod(ts, query::kMsPerDay) / query::kMsPerHour];
        }
        for (size_t r = 0; r < 7; ++r)
            for (size_t c = 0; c < 24; ++c)
                QCOMPARE(table->cell(r, c).attempts, naive[r][c]);
    }

    void topTitlesByPlayingHoursMatchANaiveLoop()
    {
        const auto selection = query::select(m_data, query::Filter{});
        explore::TopGroupsOptions options;
        options.limit = 5;
        options.rankBy = "playing_hours";
        options.foldOthers = false;
        const auto top = explore::computeTopGroups(m_data, selection, DimensionId::Title, options);
        QVERIFY(top);
        std::map<std::string, int64_t> playing;
        for (size_t row = 0; row < m_data.sessions.size(); ++row) {
            const auto content = static_cast<size_t>(m_data.sessions.contentIndex[row]);
            playing[std::string(m_data.content.title.value(content))] +=
                m_data.sessions.playingTimeMs[row];
        }
        std::vector<std::pair<int64_t, std::string>> ranked;
        for (const auto& [title, ms] : playing)
            ranked.emplace_back(ms, title);
        std::sort(ranked.rbegin(), ranked.rend());
        QCOMPARE(top->keys.size(), size_t(5));
        QVERIFY(!top->others);
        for (size_t i = 0; i < 5; ++i) {
            QCOMPARE(top->values[i].playing_hours, double(ranked[i].first) / 3'600'000.0);
            QCOMPARE(top->keys[i], ranked[i].second);
        }
    }

    void othersFoldTheRest()
    {
        const auto selection = query::select(m_data, query::Filter{});
        explore::TopGroupsOptions options;
        options.limit = 3;
        const auto top =
            explore::computeTopGroups(m_data, selection, DimensionId::Country, options);
        QVERIFY(top);
        QVERIFY(top->others);
        const auto all = query::computeKpisBy(m_data, selection, "country");
        QCOMPARE(top->otherGroups, all->size() - 3);
        int64_t rest = 0;
        for (size_t i = 3; i < all->size(); ++i)
            rest += all->values[i].attempts;
        QCOMPARE(top->others->attempts, rest);
        // The folded group's median is its own, from its sessions.
        std::vector<std::string> clause = {"country!=" + top->keys[0] + "," + top->keys[1] + "," +
                                           top->keys[2]};
        QCOMPARE(top->others->startup_time_ms_median,
                 query::computeKpis(m_data, selected(clause)).startup_time_ms_median);
    }

    void startupDistributionMatchesANaiveLoop()
    {
        const auto selection = selected({"device_type=mobile"});
        const auto dist = explore::computeStartupDistribution(m_data, selection, 250, 40);
        std::vector<int64_t> naive(40, 0);
        int64_t overflow = 0, total = 0;
        for (size_t row = 0; row < m_data.sessions.size(); ++row) {
            if (!selection.contains(row) || m_data.sessions.startupTimeMs[row] == kNullInt32)
                continue;
            const int32_t ms = std::max(0, m_data.sessions.startupTimeMs[row]);
            ++total;
            if (ms / 250 >= 40)
                ++overflow;
            else
                ++naive[size_t(ms / 250)];
        }
        QCOMPARE(dist.total, total);
        QCOMPARE(dist.overflow, overflow);
        QCOMPARE(dist.counts, naive);
        QVERIFY(total > 100);
        QCOMPARE(dist.cdf(39), double(total - overflow) / double(total));
        const size_t cut = dist.binsUpTo(0.5);
        QVERIFY(dist.cdf(cut - 1) >= 0.5);
        QVERIFY(cut == 1 || dist.cdf(cut - 2) < 0.5);
    }

    void dailySeriesAndHourlyForShortRanges()
    {
        const auto all = query::select(m_data, query::Filter{});
        const auto daily = explore::computeTimeSeries(m_data, all);
        QVERIFY(daily);
        QVERIFY(!daily->hourly);
        std::map<int64_t, int64_t> perDay;
        for (int64_t ts : m_data.sessions.startTs)
            ++perDay[query::floorDiv(ts, query::kMsPerDay)];
        QCOMPARE(daily->values.size(), perDay.size());
        QVERIFY(perDay.size() >= 28);
        size_t i = 0;
        for (const auto& [day, n] : perDay) {
            QCOMPARE(daily->bucketStartMs[i], day * query::kMsPerDay);
            QCOMPARE(daily->values[i].attempts, n);
            ++i;
        }

        const int64_t firstDay = perDay.begin()->first;
        query::Filter shortRange;
        shortRange.setTimeRange(firstDay * query::kMsPerDay, (firstDay + 2) * query::kMsPerDay);
        const auto hourly = explore::computeTimeSeries(m_data, query::select(m_data, shortRange));
        QVERIFY(hourly);
        QVERIFY(hourly->hourly);
        std::map<int64_t, int64_t> perHour;
        for (int64_t ts : m_data.sessions.startTs)
            if (ts >= firstDay * query::kMsPerDay && ts < (firstDay + 2) * query::kMsPerDay)
                ++perHour[query::floorDiv(ts, query::kMsPerHour) * query::kMsPerHour];
        QCOMPARE(hourly->values.size(), perHour.size());
        i = 0;
        for (const auto& [hour, n] : perHour) {
            QCOMPARE(hourly->bucketStartMs[i], hour);
            QCOMPARE(hourly->values[i].attempts, n);
            ++i;
        }
    }

    void emptySelectionGivesEmptyResults()
    {
        const auto none = selected({"country=ZZ"});
        QCOMPARE(none.count(), size_t(0));
        QVERIFY(explore::computeTimeSeries(m_data, none)->values.empty());
        QVERIFY(explore::computeTopGroups(m_data, none, DimensionId::Cdn)->keys.empty());
        QCOMPARE(explore::computeStartupDistribution(m_data, none).total, int64_t(0));
        QVERIFY(explore::computeCrosstab(m_data, none, DimensionId::DeviceType, DimensionId::Cdn)
                    ->rowKeys.empty());
    }

    void cancelledQueriesSaySo()
    {
        std::atomic<bool> cancel = true;
        const auto all = query::select(m_data, query::Filter{});
        QVERIFY(explore::computeStartupDistribution(m_data, all, 100, 600, &cancel).cancelled);
        QVERIFY(explore::computeCrosstab(m_data, all, DimensionId::Weekday, DimensionId::Hour, {},
                                         nullptr, &cancel)
                    ->cancelled);
    }
};

QTEST_MAIN(TestExploreAggregations)
#include "tst_explore_aggregations.moc"
