// SPDX-License-Identifier: MIT
// The executive summary on generated data: tiles are the engine's values, the findings
// recover the generator's planted CDN incident, and a cancelled run says so.
#include "generator/SyntheticGenerator.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"
#include "summary/ExecutiveSummary.h"

#include <QTest>

#include <algorithm>

using namespace streamlens;
using namespace streamlens::summary;

class TestSummaryFindings : public QObject {
    Q_OBJECT
private:
    Dataset m_data;
    std::string m_incidentDay;

    query::Filter dayFilter(const std::string& from, const std::string& to)
    {
        query::Filter f;
        std::string error;
        f.setFromDate(from, &error);
        f.setToDate(to, &error);
        return f;
    }

private slots:
    void initTestCase()
    {
        // 30 days of 400k sessions: ~13k a day, enough for the three-hour incident of cdn_c
        // (start failures × 8) to stand out on its day.
        generator::GeneratorOptions options;
        options.sessions = 400000;
        options.days = 30;
        options.withEvents = false;
        m_data = generator::generate(options);
        QCOMPARE(int64_t(m_data.sessions.size()), int64_t(400000));
        m_incidentDay =
            query::formatIsoDate(options.resolvedStartDate() + options.resolvedIncidentDay());
    }

    void tilesAreTheEngineValues()
    {
        std::string error;
        auto filter = query::Filter::parseWhere({"device_type=smart_tv,mobile"}, &error);
        QVERIFY(filter);
        QVERIFY(filter->setFromDate("2026-11-10", &error));
        QVERIFY(filter->setToDate("2026-11-16", &error));
        const auto r = ExecutiveSummary::run(m_data, *filter, {}, &error);
        QVERIFY2(r, error.c_str());
        const auto expected = query::computeKpis(m_data, query::select(m_data, *filter));
        QCOMPARE(r->current, expected);
        auto previous = *filter;
        previous.setTimeRange(r->window->previousFromMs, r->window->previousToMs);
        QCOMPARE(*r->previous, query::computeKpis(m_data, query::select(m_data, previous)));
        QCOMPARE(query::formatIsoDate(r->window->previousFromMs / query::kMsPerDay),
                 std::string("2026-11-03"));
        // Every tile with data in both periods was tested, and all share one Holm family.
        for (const auto& t : r->tiles) {
            QVERIFY2(t.pValue, t.key.c_str());
            QCOMPARE(t.comparisons, int(r->tiles.size()));
            QCOMPARE(*t.value, *r->current.value(t.key));
        }
        // 7 daily buckets per period, previous first.
        QCOMPARE(r->sparklines.values.size(), size_t(14));
        QCOMPARE(r->sparklines.currentBegin, size_t(7));
        int64_t attempts = 0;
        for (size_t i = 7; i < 14; ++i)
            attempts += r->sparklines.values[i].attempts;
        QCOMPARE(attempts, r->current.attempts);
    }

    void incidentIsFoundOnItsDay()
    {
        std::string error;
        const auto r =
            ExecutiveSummary::run(m_data, dayFilter(m_incidentDay, m_incidentDay), {}, &error);
        QVERIFY2(r, error.c_str());
        QVERIFY(r->sparklines.hourly);
        QVERIFY(r->findings.size() >= 3 && r->findings.size() <= 6);
        const auto incident =
            std::find_if(r->findings.begin(), r->findings.end(), [](const Finding& f) {
                return f.kind == Finding::Kind::Segment && f.metric == "vsf_rate" &&
                       f.segment.find("cdn=cdn_c") != std::string::npos;
            });
        QVERIFY2(incident != r->findings.end(), "no start-failure finding on cdn_c");
        QVERIFY(incident->value > 3 * incident->reference);
        QVERIFY(incident->pAdjusted < 0.05);
        QCOMPARE(incident->comparisons, r->segmentComparisons);
        QVERIFY(incident->sentence.find("Holm") != std::string::npos);
        // The finding's filter selects its segment within the day.
        const auto selected = query::select(m_data, incident->filter);
        const auto kpis = query::computeKpis(m_data, selected);
        QVERIFY(std::fabs(*kpis.vsf_rate - incident->value) < 1e-12);
        // Findings are ranked by impact.
        for (size_t i = 1; i < r->findings.size(); ++i)
            QVERIFY(r->findings[i - 1].impact >= r->findings[i].impact);
    }

    void cdnDegradationIsFoundInTheEvening()
    {
        // Planted: cdn_b in DE, FR, NL, BE, AT stalls 3× as much from 18 to 23 h UTC. Within
        // those sessions the evening stands out as the largest rebuffering finding.
        std::string error;
        auto filter = query::Filter::parseWhere({"cdn=cdn_b", "country=DE,FR,NL,BE,AT"}, &error);
        QVERIFY(filter);
        const auto r = ExecutiveSummary::run(m_data, *filter, {}, &error);
        QVERIFY2(r, error.c_str());
        const auto it = std::find_if(r->findings.begin(), r->findings.end(),
                                     [](const Finding& f) { return f.metric == "rebuffer_ratio"; });
        QVERIFY(it != r->findings.end());
        QCOMPARE(it->segment, std::string("part_of_day=18-23"));
        QVERIFY(it->value > 2 * it->reference);
        QVERIFY(it->pAdjusted < 0.05);
        QVERIFY2(it->sentence.find("in the evening (18–23 h UTC)") != std::string::npos,
                 it->sentence.c_str());
    }

    void incidentDayVersusTheDayBeforeShowsTheChange()
    {
        // The incident day against the day before: the start-failure rate rises, and if the
        // overall VSF change is significant on the tile, its driver is cdn_c or the afternoon
        // (the incident is cdn_c's 14:00–17:00).
        std::string error;
        const auto r =
            ExecutiveSummary::run(m_data, dayFilter(m_incidentDay, m_incidentDay), {}, &error);
        QVERIFY(r);
        const KpiChange* vsf = r->tile("vsf_rate");
        QVERIFY(vsf && vsf->previous && vsf->pValue);
        QVERIFY(*vsf->value > *vsf->previous);
        for (const auto& f : r->findings)
            if (f.kind == Finding::Kind::Change && f.metric == "vsf_rate")
                QVERIFY2(f.segment.find("cdn=cdn_c") != std::string::npos ||
                             f.segment.find("part_of_day=12-17") != std::string::npos,
                         f.sentence.c_str());
    }

    void wholeSpanHasNoComparison()
    {
        std::string error;
        const auto r = ExecutiveSummary::run(m_data, query::Filter{}, {}, &error);
        QVERIFY(r && r->window);
        QVERIFY(!r->window->hasPrevious);
        QVERIFY(!r->previous);
        QVERIFY(!r->note.empty());
        for (const auto& t : r->tiles)
            QVERIFY(!t.previous && !t.significant);
        QCOMPARE(r->sparklines.currentBegin, size_t(0));
        QCOMPARE(r->sparklines.values.size(), size_t(30));
    }

    void emptyDateRangeIsExplained()
    {
        std::string error;
        const auto r =
            ExecutiveSummary::run(m_data, dayFilter("2020-01-01", "2020-01-07"), {}, &error);
        QVERIFY(r);
        QCOMPARE(r->current.attempts, int64_t(0));
        QVERIFY(r->findings.empty());
        for (const auto& t : r->tiles)
            QVERIFY(!t.significant);
    }

    void cancelledRunSaysSo()
    {
        std::atomic<bool> cancel = true;
        ExecutiveSummaryOptions options;
        options.cancel = &cancel;
        std::string error;
        const auto r = ExecutiveSummary::run(m_data, query::Filter{}, options, &error);
        QVERIFY(r);
        QVERIFY(r->cancelled);
        QVERIFY(r->findings.empty());
    }

    void jsonHasTheDocumentedShape()
    {
        std::string error;
        const auto r =
            ExecutiveSummary::run(m_data, dayFilter("2026-11-10", "2026-11-16"), {}, &error);
        const QJsonObject json = r->toJson();
        for (const char* key : {"period", "current", "previous", "tiles", "sparklines", "findings",
                                "segment_comparisons", "milliseconds"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["tiles"].toArray().size(), qsizetype(r->tiles.size()));
    }
};

QTEST_GUILESS_MAIN(TestSummaryFindings)
#include "tst_summary_findings.moc"
