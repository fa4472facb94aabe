// SPDX-License-Identifier: MIT
// The light additive pass behind the Explore charts: every additive KPI equals the KPI
// engine's for each group or pair of groups, rows and columns come in the engine's order,
// the folded rest equals the engine's "others", and the two-pass ranking of many groups
// (titles) keeps the same groups as the engine's ranking.
#include "data/Dataset.h"
#include "explore/Crosstab.h"
#include "explore/TopGroups.h"
#include "generator/SyntheticGenerator.h"
#include "query/AdditiveKpis.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"

#include <QtTest>

#include <cmath>

using namespace streamlens;
using query::DimensionId;

namespace {

// Sums of integers agree exactly; the compensated score sum to the last bits. The medians,
// p95, startup score and churn are the engine's only.
bool sameAdditive(const query::KpiValues& a, const query::KpiValues& b)
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
           a.playing_hours == b.playing_hours && close(a.smoothness_score, b.smoothness_score) &&
           !a.startup_time_ms_median && !a.churn_rate && !a.startup_score;
}

} // namespace

class TestQueryAdditive : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;
    query::Selection m_selection;

private slots:
    void initTestCase()
    {
        generator::GeneratorOptions options;
        options.sessions = 30000;
        options.content = 6000; // more titles than the light ranking's threshold
        options.days = 20;
        m_data = std::make_shared<const Dataset>(generator::generate(options));
        std::string error;
        const auto filter = query::Filter::parseWhere({"connection_type=wifi,cellular"}, &error);
        QVERIFY(filter);
        m_selection = query::select(*m_data, *filter);
        QVERIFY(m_selection.count() > 1000 && m_selection.count() < 30000);
    }

    void crosstabEqualsEngine_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::newRow("weekday x hour") << int(DimensionId::Weekday) << int(DimensionId::Hour);
        QTest::newRow("device x cdn") << int(DimensionId::DeviceType) << int(DimensionId::Cdn);
        QTest::newRow("country x plan") << int(DimensionId::Country) << int(DimensionId::Plan);
    }
    void crosstabEqualsEngine()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        explore::CrosstabOptions cut;
        cut.maxRows = 5;
        cut.maxColumns = 3;
        const auto engine = explore::computeCrosstab(*m_data, m_selection, DimensionId(rows),
                                                     DimensionId(columns), cut);
        query::AdditiveOptions light;
        light.maxRows = 5;
        light.maxColumns = 3;
        const auto table = query::computeAdditiveKpis(*m_data, m_selection, DimensionId(rows),
                                                      DimensionId(columns), light);
        QVERIFY(engine && table);
        QCOMPARE(table->rowKeys, engine->rowKeys);
        QCOMPARE(table->columnKeys, engine->columnKeys);
        for (size_t r = 0; r < table->rowKeys.size(); ++r)
            for (size_t c = 0; c < table->columnKeys.size(); ++c)
                QVERIFY(sameAdditive(table->cell(r, c), engine->cell(r, c)) ||
                        (table->cell(r, c).attempts == 0 && engine->cell(r, c).attempts == 0));
    }

    void topTitlesEqualEngineRanking_data()
    {
        QTest::addColumn<QString>("rankBy");
        QTest::newRow("playing hours") << "playing_hours";
        QTest::newRow("attempts") << "";
    }
    void topTitlesEqualEngineRanking()
    {
        QFETCH(QString, rankBy);
        explore::TopGroupsOptions top;
        top.limit = 12;
        top.rankBy = rankBy.toStdString();
        top.foldOthers = false;
        const auto engine =
            explore::computeTopGroups(*m_data, m_selection, DimensionId::Title, top);
        query::AdditiveOptions light;
        light.maxRows = 12;
        light.rankRowsBy = rankBy.toStdString();
        light.includeNull = true;
        const auto table = query::computeAdditiveKpis(*m_data, m_selection, DimensionId::Title,
                                                      std::nullopt, light);
        QVERIFY(engine && table);
        QCOMPARE(table->rowKeys, engine->keys);
        for (size_t i = 0; i < engine->values.size(); ++i)
            QVERIFY(sameAdditive(table->cells[i], engine->values[i]));
    }

    void restEqualsEngineOthers()
    {
        explore::TopGroupsOptions top;
        top.limit = 4;
        const auto engine = explore::computeTopGroups(*m_data, m_selection, DimensionId::Isp, top);
        query::AdditiveOptions light;
        light.maxRows = 4;
        light.includeNull = true;
        light.foldRest = true;
        const auto table =
            query::computeAdditiveKpis(*m_data, m_selection, DimensionId::Isp, std::nullopt, light);
        QVERIFY(engine && table && engine->others && table->rest);
        QCOMPARE(table->rowKeys, engine->keys);
        QVERIFY(sameAdditive(*table->rest, *engine->others));
        QCOMPARE(table->restGroups, engine->otherGroups);
    }

    void badInputGivesAnError()
    {
        std::string error;
        const auto other = query::Selection::all(5);
        QVERIFY(!query::computeAdditiveKpis(*m_data, other, DimensionId::Cdn, std::nullopt, {},
                                            &error));
        QVERIFY(!error.empty());
        std::atomic<bool> cancel = true;
        const auto cancelled = query::computeAdditiveKpis(*m_data, m_selection, DimensionId::Cdn,
                                                          std::nullopt, {}, nullptr, &cancel);
        QVERIFY(cancelled && cancelled->cancelled);
        QVERIFY(query::isAdditiveMetric("rebuffer_ratio"));
        QVERIFY(!query::isAdditiveMetric("startup_time_ms_median"));
        QVERIFY(!query::isAdditiveMetric("churn_rate"));
    }
};

QTEST_MAIN(TestQueryAdditive)
#include "tst_query_additive.moc"
