// SPDX-License-Identifier: MIT
// The tests behind the Overview's tiles, each on data whose answer is known: p-values are R's
// (the R call is beside each number), the period window and the Holm/relevance decision.
#include "query/UtcCalendar.h"
#include "summary/KpiSignificance.h"
#include "summary/PeriodWindow.h"
#include "summary/StartupCounts.h"

#include <QTest>

#include <cmath>

using namespace streamlens;
using namespace streamlens::summary;

namespace {

const std::vector<int32_t> kA = {120, 130, 130, 150, 170, 170, 170, 200, 250, 400};
const std::vector<int32_t> kB = {100, 110, 130, 130, 140, 150, 160, 170, 180, 190, 210};

StartupCounts countsOf(const std::vector<int32_t>& values)
{
    StartupCounts c;
    for (int32_t v : values)
        c.add(v);
    return c;
}

RatioMoments momentsOf(const std::vector<double>& x, const std::vector<double>& y)
{
    RatioMoments m;
    for (size_t i = 0; i < x.size(); ++i)
        m.add(x[i], y[i]);
    return m;
}

// A period whose rates are given by counts: n attempts, all started and vod.
PeriodTally periodWith(int64_t attempts, int64_t startFailures, int64_t completed)
{
    PeriodTally p;
    p.totals.attempts = attempts;
    p.totals.started = attempts;
    p.totals.startFailures = startFailures;
    p.vodStarted = attempts;
    p.vodCompleted = completed;
    p.users = attempts;
    p.churnedUsers = attempts / 10;
    return p;
}

} // namespace

class TestSummarySignificance : public QObject {
    Q_OBJECT
private slots:
    void periodFromDateRange()
    {
        query::Filter filter;
        std::string error;
        QVERIFY(filter.setFromDate("2026-10-19", &error));
        QVERIFY(filter.setToDate("2026-10-25", &error));
        const facets::TimeExtent extent{query::daysFromCivil(2026, 8, 26),
                                        query::daysFromCivil(2026, 11, 23)};
        const auto w = PeriodWindow::of(filter, extent);
        QVERIFY(w);
        QVERIFY(w->hasPrevious);
        QCOMPARE(w->lengthMs(), 7 * query::kMsPerDay);
        QCOMPARE(w->previousToMs, w->currentFromMs);
        QCOMPARE(query::formatIsoDate(w->previousFromMs / query::kMsPerDay),
                 std::string("2026-10-12"));
        QVERIFY(!w->hourly());
        QCOMPARE(w->bucketCount(), int64_t(7));
        QCOMPARE(w->previousFilter(filter).fromMs(), std::optional<int64_t>(w->previousFromMs));
    }

    void shortPeriodIsHourly()
    {
        query::Filter filter;
        std::string error;
        QVERIFY(filter.setFromDate("2026-10-25", &error));
        QVERIFY(filter.setToDate("2026-10-25", &error));
        const auto w = PeriodWindow::of(
            filter, {query::daysFromCivil(2026, 8, 26), query::daysFromCivil(2026, 11, 23)});
        QVERIFY(w && w->hourly());
        QCOMPARE(w->bucketCount(), int64_t(24));
    }

    void openEndIsClosedByTheData()
    {
        query::Filter filter;
        std::string error;
        QVERIFY(filter.setFromDate("2026-11-20", &error));
        const auto w = PeriodWindow::of(
            filter, {query::daysFromCivil(2026, 8, 26), query::daysFromCivil(2026, 11, 23)});
        QVERIFY(w && w->hasPrevious);
        QCOMPARE(w->currentToMs, (query::daysFromCivil(2026, 11, 23) + 1) * query::kMsPerDay);
        QCOMPARE(w->lengthMs(), 4 * query::kMsPerDay);
    }

    void noDateRangeHasNoPreviousPeriod()
    {
        const auto w = PeriodWindow::of(query::Filter{}, {query::daysFromCivil(2026, 8, 26),
                                                          query::daysFromCivil(2026, 11, 23)});
        QVERIFY(w);
        QVERIFY(!w->hasPrevious);
        QCOMPARE(w->lengthMs(), 90 * query::kMsPerDay);
        // Nothing to summarise: no data and no range, or an empty range.
        QVERIFY(!PeriodWindow::of(query::Filter{}, {}));
        query::Filter empty;
        empty.setTimeRange(1000, 1000);
        QVERIFY(!PeriodWindow::of(empty, {0, 10}));
    }

    void quantilesAreType7()
    {
        // R: quantile(a, c(0.5, 0.95), type = 7) → 170.0 332.5
        const StartupCounts a = countsOf(kA);
        QCOMPARE(*a.quantile(0.5), 170.0);
        QCOMPARE(*a.quantile(0.95), 332.5);
        QVERIFY(!StartupCounts().quantile(0.5));
    }

    void mannWhitneyFromCountsMatchesR()
    {
        // R: wilcox.test(a, b, exact = FALSE, correct = TRUE) → W = 68, p = 0.375462840390957
        const auto r = StartupCounts::mannWhitney(countsOf(kA), countsOf(kB));
        QVERIFY2(r, r.error().c_str());
        QCOMPARE(r->statistic, 68.0);
        QVERIFY(std::fabs(r->p_value - 0.375462840390957) < 1e-12);
        // Values beyond the per-millisecond bins (≥ 65,536 ms) rank the same way.
        std::vector<int32_t> far = kA;
        far.back() = 100000;
        const auto f = StartupCounts::mannWhitney(countsOf(far), countsOf(kB));
        QVERIFY(std::fabs(f->p_value - 0.375462840390957) < 1e-12);
        QVERIFY(!StartupCounts::mannWhitney(StartupCounts(), countsOf(kB)));
    }

    void quantileTestMatchesR()
    {
        // R: q <- quantile(c(a, b), 0.95, type = 7) (= 250); shares above: 1/10 and 0/11;
        // prop.test(c(1, 0), c(10, 11), correct = FALSE)$p.value → 0.282504915274709
        const auto r = StartupCounts::quantileTest(countsOf(kA), countsOf(kB), 0.95);
        QVERIFY2(r, r.error().c_str());
        QVERIFY(std::fabs(r->p_value - 0.282504915274709) < 1e-12);
    }

    void pairedTMatchesR()
    {
        // R: t.test(c(10,12,9,14,15,11,13), c(9,11,10,12,12,10,11), paired = TRUE)
        //    → t = 2.71360210119987, p = 0.0349384311609001
        const std::vector<double> x = {10, 12, 9, 14, 15, 11, 13};
        const std::vector<double> y = {9, 11, 10, 12, 12, 10, 11};
        const auto r = KpiSignificance::pairedT(x, y);
        QVERIFY2(r, r.error().c_str());
        QVERIFY(std::fabs(r->statistic - 2.71360210119987) < 1e-12);
        QVERIFY(std::fabs(r->p_value - 0.0349384311609001) < 1e-12);
        QVERIFY(!KpiSignificance::pairedT(std::vector<double>{1}, std::vector<double>{2}));
    }

    void ratioTestUsesDeltaMethodVariance()
    {
        // R: v <- function(x, y) { r <- sum(x)/sum(y); n <- length(x);
        //                          sum((x - r*y)^2)/(n - 1)*n/sum(y)^2 }
        //    z <- (sum(x)/sum(y) - sum(x2)/sum(y2)) / sqrt(v(x, y) + v(x2, y2))
        //    → z = 1.94555013694704, 2*pnorm(-abs(z)) = 0.051708801613551
        const auto a =
            momentsOf({0, 100, 0, 50, 300, 0, 20}, {1000, 2000, 500, 1500, 3000, 800, 1200});
        const auto b = momentsOf({0, 0, 10, 0, 40, 0}, {900, 1000, 1100, 1500, 700, 1300});
        const auto r = KpiSignificance::ratioTest(a, b);
        QVERIFY2(r, r.error().c_str());
        QVERIFY(std::fabs(r->statistic - 1.94555013694704) < 1e-9);
        QVERIFY(std::fabs(r->p_value - 0.051708801613551) < 1e-9);
        // The rest of a segment is the total minus the segment: same moments as computed.
        const RatioMoments all = [&] {
            RatioMoments m = a;
            m.merge(b);
            return m;
        }();
        const RatioMoments rest = all.minus(a);
        QVERIFY(std::fabs(*rest.variance() - *b.variance()) < 1e-15);
    }

    void holmAndRelevanceFloorDecideTheColour()
    {
        // VSF 2.0 % → 3.0 % over 100k attempts each: large and significant, bad news.
        // Completion 50.0 % → 50.5 %: significant at this size (z ≈ 4.5) but
        // only +1 % relative, under the 5 % floor for rates: not coloured.
        PeriodTally cur = periodWith(400000, 12000, 202000);
        PeriodTally prev = periodWith(400000, 8000, 200000);
        query::KpiValues vc, vp;
        vc.attempts = vp.attempts = 400000;
        vc.vsf_rate = 0.03;
        vp.vsf_rate = 0.02;
        vc.completion_rate = 202000.0 / 400000;
        vp.completion_rate = 0.5;
        const auto tiles = KpiSignificance::evaluate(vc, &vp, cur, &prev);
        const auto find = [&](const char* key) {
            return *std::find_if(tiles.begin(), tiles.end(),
                                 [&](const KpiChange& k) { return k.key == key; });
        };
        const KpiChange vsf = find("vsf_rate");
        QVERIFY(vsf.significant);
        QCOMPARE(vsf.direction, ChangeDirection::Bad);
        QVERIFY(std::fabs(*vsf.relativeChange - 0.5) < 1e-12);
        QVERIFY(*vsf.pAdjusted >= *vsf.pValue);
        const KpiChange completion = find("completion_rate");
        QVERIFY(completion.pValue && *completion.pValue < 0.05);
        QVERIFY(!completion.practicallyRelevant);
        QVERIFY(!completion.significant);
        QCOMPARE(completion.direction, ChangeDirection::Neutral);
        // Holm's family is the tiles that could be tested (those with data in both periods).
        QVERIFY(vsf.comparisons >= 2);
        QCOMPARE(vsf.comparisons, completion.comparisons);
        // The untested startup tiles say why.
        const KpiChange median = find("startup_time_ms_median");
        QVERIFY(median.test.empty());
        QVERIFY(!median.testNote.empty());
        QVERIFY(!median.significant);
    }

    void withoutPreviousPeriodNothingIsInvented()
    {
        query::KpiValues v;
        v.attempts = 10;
        v.vsf_rate = 0.1;
        const auto tiles = KpiSignificance::evaluate(v, nullptr, PeriodTally{}, nullptr);
        QCOMPARE(tiles.size(), KpiSignificance::tileKeys().size());
        for (const auto& t : tiles) {
            QVERIFY(!t.previous);
            QVERIFY(!t.absoluteChange);
            QVERIFY(!t.pValue);
            QVERIFY(!t.significant);
        }
    }
};

QTEST_GUILESS_MAIN(TestSummarySignificance)
#include "tst_summary_significance.moc"
