// SPDX-License-Identifier: MIT
// Descriptive statistics, the random generator and the bootstrap, checked against R 4.2.2.
// Reference data:
//   x <- c(2.5, 3.1, 4.7, 1.2, 9.8, 3.3, 5.0, 2.2, 7.6, 4.4, 3.9)
//   i <- 1:200; m <- 100 + 20*sin(i) + (i %% 7) * 3.5 + i^1.5/50
// Moment helpers used in the R comments below (written out, e1071 is not installed):
//   mu <- mean(v); m2 <- mean((v-mu)^2); m3 <- mean((v-mu)^3); m4 <- mean((v-mu)^4)
//   g1 <- m3/m2^1.5; G1 <- g1*sqrt(n*(n-1))/(n-2); b1 <- m3/sd(v)^3
//   g2 <- m4/m2^2-3; G2 <- ((n+1)*g2+6)*(n-1)/((n-2)*(n-3)); b2 <- m4/sd(v)^4-3
// All printed with sprintf("%.17g", ...).
#include "StatsCompare.h"

#include "stats/Bootstrap.h"
#include "stats/Descriptive.h"
#include "stats/Random.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace streamlens::stats;

namespace {

const std::vector<double> kSmall = {2.5, 3.1, 4.7, 1.2, 9.8, 3.3, 5.0, 2.2, 7.6, 4.4, 3.9};

std::vector<double> midSize()
{
    std::vector<double> m;
    for (int i = 1; i <= 200; ++i)
        m.push_back(100.0 + 20.0 * std::sin(i) + (i % 7) * 3.5 + std::pow(i, 1.5) / 50.0);
    return m;
}

constexpr double kTol = 1e-12;

} // namespace

class TestStatsDescriptive : public QObject {
    Q_OBJECT

private slots:
    void smallSample()
    {
        const auto d = STATS_REQUIRE(Descriptive::of(kSmall));
        QCOMPARE(d.n(), 11);
        STATS_COMPARE(d.mean(), 4.3363636363636369, kTol);            // mean(x)
        STATS_COMPARE(d.sd().value(), 2.4828502682492664, kTol);      // sd(x)
        STATS_COMPARE(d.variance().value(), 6.164545454545455, kTol); // var(x)
        QCOMPARE(d.min(), 1.2);
        QCOMPARE(d.max(), 9.8);
        // quantile(x, c(0.1, .25, .5, .75, 0.9, 0.37), type = 7)
        STATS_COMPARE(d.quantile(0.1).value(), 2.2000000000000002, kTol);
        STATS_COMPARE(d.quartiles().q1, 2.7999999999999998, kTol);
        STATS_COMPARE(d.median(), 3.8999999999999999, kTol);
        STATS_COMPARE(d.quartiles().q3, 4.8499999999999996, kTol);
        STATS_COMPARE(d.quantile(0.9).value(), 7.5999999999999996, kTol);
        STATS_COMPARE(d.quantile(0.37).value(), 3.2400000000000002, kTol);
        STATS_COMPARE(d.iqr(), 2.0499999999999998, kTol);                                  // IQR(x)
        STATS_COMPARE(d.skewness(MomentType::Moment).value(), 1.0163425655474634, kTol);   // g1
        STATS_COMPARE(d.skewness().value(), 1.1843878616868131, kTol);                     // G1
        STATS_COMPARE(d.skewness(MomentType::Minitab).value(), 0.88094964918853902, kTol); // b1
        STATS_COMPARE(d.kurtosis(MomentType::Moment).value(), 0.29191265635669605, kTol);  // g2
        STATS_COMPARE(d.kurtosis().value(), 1.3198544272611601, kTol);                     // G2
        STATS_COMPARE(d.kurtosis(MomentType::Minitab).value(), -0.27941102780438287, kTol); // b2
        // t.test(x)$conf.int ; t.test(x, conf.level = 0.9)$conf.int
        const auto ci = d.meanConfidenceInterval().value();
        STATS_COMPARE(ci.low, 2.6683621300015239, kTol);
        STATS_COMPARE(ci.high, 6.0043651427257494, kTol);
        const auto ci90 = d.meanConfidenceInterval(0.9).value();
        STATS_COMPARE(ci90.low, 2.9795416051075412, kTol);
        STATS_COMPARE(ci90.high, 5.6931856676197317, kTol);
    }

    void midSizeSample()
    {
        const auto m = midSize();
        const auto d = STATS_REQUIRE(Descriptive::of(m));
        QCOMPARE(d.n(), 200);
        STATS_COMPARE(d.mean(), 133.23728255076176, kTol);
        STATS_COMPARE(d.sd().value(), 22.812044406858238, kTol);
        STATS_COMPARE(d.variance().value(), 520.38937002047226, kTol);
        STATS_COMPARE(d.quantile(0.1).value(), 104.35497084205267, kTol);
        STATS_COMPARE(d.quartiles().q1, 115.93070929930144, kTol);
        STATS_COMPARE(d.median(), 132.21951644460177, kTol);
        STATS_COMPARE(d.quartiles().q3, 150.89313970171617, kTol);
        STATS_COMPARE(d.quantile(0.9).value(), 165.99761034103975, kTol);
        STATS_COMPARE(d.quantile(0.37).value(), 125.12246364971875, kTol);
        STATS_COMPARE(d.iqr(), 34.962430402414725, kTol);
        // Moments lose a few digits to cancellation around the mean: 1e-10.
        STATS_COMPARE(d.skewness(MomentType::Moment).value(), 0.082102633469007744, 1e-10);
        STATS_COMPARE(d.skewness().value(), 0.082724363304209403, 1e-10);
        STATS_COMPARE(d.skewness(MomentType::Minitab).value(), 0.081487634072811468, 1e-10);
        STATS_COMPARE(d.kurtosis(MomentType::Moment).value(), -0.75174789348432824, 1e-10);
        STATS_COMPARE(d.kurtosis().value(), -0.74027493184329707, 1e-10);
        STATS_COMPARE(d.kurtosis(MomentType::Minitab).value(), -0.77417420824682237, 1e-10);
        const auto ci = d.meanConfidenceInterval().value();
        STATS_COMPARE(ci.low, 130.05640793233565, kTol);
        STATS_COMPARE(ci.high, 136.41815716918788, kTol);
    }

    void largeOffsetKeepsPrecision()
    {
        // var(c(1e9 + 1, 1e9 + 2, 1e9 + 3)) = 1 exactly; a one-pass formula gets 0 or worse.
        const std::vector<double> v = {1e9 + 1, 1e9 + 2, 1e9 + 3};
        const auto d = STATS_REQUIRE(Descriptive::of(v));
        QCOMPARE(d.variance().value(), 1.0);
        QCOMPARE(d.mean(), 1e9 + 2);
    }

    void edgeCases()
    {
        QVERIFY(!Descriptive::of(std::vector<double>{}).ok());
        const std::vector<double> withNan = {1.0, std::nan(""), 3.0};
        auto bad = Descriptive::of(withNan);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().find("value 1") != std::string::npos);

        // n = 1: location only; spread and shape are reported as unavailable, never NaN.
        const std::vector<double> one = {7.5};
        const auto d1 = STATS_REQUIRE(Descriptive::of(one));
        QCOMPARE(d1.mean(), 7.5);
        QCOMPARE(d1.median(), 7.5);
        QCOMPARE(d1.quantile(0.9).value(), 7.5);
        QCOMPARE(d1.iqr(), 0.0);
        QVERIFY(!d1.sd().ok());
        QVERIFY(!d1.meanConfidenceInterval().ok());
        QVERIFY(!d1.skewness().ok());

        // Zero variance: sd 0 and a zero-width CI as R gives, but no skewness/kurtosis.
        const std::vector<double> same = {4.0, 4.0, 4.0, 4.0, 4.0};
        const auto d0 = STATS_REQUIRE(Descriptive::of(same));
        QCOMPARE(d0.sd().value(), 0.0);
        QCOMPARE(d0.meanConfidenceInterval().value().low, 4.0);
        QVERIFY(!d0.skewness().ok());
        QVERIFY(!d0.kurtosis(MomentType::Moment).ok());
        QVERIFY(!d0.quantile(1.5).ok());
        QVERIFY(!d0.quantile(std::nan("")).ok());
        // SampleAdjusted kurtosis needs n ≥ 4.
        const std::vector<double> three = {1.0, 2.0, 4.0};
        QVERIFY(!Descriptive::of(three).value().kurtosis().ok());
        QVERIFY(Descriptive::of(three).value().skewness().ok());
    }

    void randomIsReproducibleAndUniform()
    {
        Random a(42), b(42), c(43);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const uint64_t va = a.next();
            QCOMPARE(va, b.next());
            differs = differs || va != c.next();
        }
        QVERIFY(differs);
        // splitmix64 reference output for state 0 (first value of Vigna's splitmix64.c).
        uint64_t state = 0;
        QCOMPARE(Random::splitmix64(state), 0xE220A8397B1DCDAFull);

        // Moments of 200,000 uniforms / normals: mean within ~5 standard errors.
        Random r(7);
        const int n = 200000;
        double su = 0.0, sn = 0.0, sn2 = 0.0;
        int belowBound[10] = {};
        for (int i = 0; i < n; ++i) {
            const double u = r.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            su += u;
            const double z = r.normal();
            sn += z;
            sn2 += z * z;
            ++belowBound[r.below(10)];
        }
        QVERIFY(std::fabs(su / n - 0.5) < 5.0 * std::sqrt(1.0 / 12.0 / n));
        QVERIFY(std::fabs(sn / n) < 5.0 / std::sqrt(n));
        QVERIFY(std::fabs(sn2 / n - 1.0) < 5.0 * std::sqrt(2.0 / n));
        for (int count : belowBound) // each 20,000 expected, sd ≈ 134
            QVERIFY(std::abs(count - 20000) < 700);
        const auto p = Random(1).permutation(50);
        std::vector<int> seen(50, 0);
        for (auto v : p)
            ++seen[static_cast<size_t>(v)];
        for (int s : seen)
            QCOMPARE(s, 1);
    }

    void bootstrapIntervalsMatchBootCi()
    {
        // library(boot); j <- 1:R; t <- 10 + 2*sin(j*1.7) + (j %% 13)/10
        // L <- cos(1:40) + (1:40)/40; L <- L - mean(L)
        // boot:::perc.ci(t, conf = 0.95)[4:5]; boot:::perc.ci(t, conf = 0.90)[4:5]
        // boot:::bca.ci(NULL, conf = 0.95, t0 = 10.3, t = t, L = L)[4:5]
        struct Case {
            int r;
            double perc[2], perc90[2], bca[2];
        };
        const Case cases[] = {
            {999,
             {8.2434293526312441, 12.993920328259652},
             {8.4019463887512362, 12.79476021991368},
             {8.1271138397856006, 12.806955145739305}},
            {2000,
             {8.2446220107880581, 12.984391599692875},
             {8.4036071182103935, 12.794874741249485},
             {8.1271019243826785, 12.83727448611835}},
        };
        std::vector<double> L;
        for (int i = 1; i <= 40; ++i)
            L.push_back(std::cos(i) + i / 40.0);
        double mean = 0.0;
        for (double v : L)
            mean += v / 40.0;
        for (double& v : L)
            v -= mean;
        for (const auto& c : cases) {
            std::vector<double> t;
            for (int j = 1; j <= c.r; ++j)
                t.push_back(10.0 + 2.0 * std::sin(j * 1.7) + (j % 13) / 10.0);
            const auto p = Bootstrap::percentileInterval(t, 0.95).value();
            STATS_COMPARE(p.low, c.perc[0], kTol);
            STATS_COMPARE(p.high, c.perc[1], kTol);
            const auto p90 = Bootstrap::percentileInterval(t, 0.90).value();
            STATS_COMPARE(p90.low, c.perc90[0], kTol);
            STATS_COMPARE(p90.high, c.perc90[1], kTol);
            const auto b = Bootstrap::bcaInterval(10.3, t, L, 0.95).value();
            STATS_COMPARE(b.low, c.bca[0], 1e-11);
            STATS_COMPARE(b.high, c.bca[1], 1e-11);
        }
        // tj <- sqrt(1:12); (12-1)*(mean(tj)-tj) -> elements 1, 5, 12
        std::vector<double> tj;
        for (int i = 1; i <= 12; ++i)
            tj.push_back(std::sqrt(i));
        const auto inf = Bootstrap::jackknifeInfluence(tj);
        STATS_COMPARE(inf[0], 15.811587542389152, kTol);
        STATS_COMPARE(inf[4], 2.2148397898914634, kTol);
        STATS_COMPARE(inf[11], -11.293530224126147, kTol);
    }

    void bootstrapRatio()
    {
        // Per-session rebuffer time and playing + rebuffer time (seconds), deterministic.
        std::vector<double> num, den;
        for (int i = 1; i <= 300; ++i) {
            const double play = 200.0 + 150.0 * std::fabs(std::sin(i * 0.7)) + (i % 11) * 10.0;
            const double rebuf = (i % 5 == 0) ? 0.0 : 2.0 + 6.0 * std::fabs(std::cos(i * 1.3));
            num.push_back(rebuf);
            den.push_back(play + rebuf);
        }
        BootstrapOptions o;
        o.replicates = 4000;
        o.seed = 99;
        const auto r = STATS_REQUIRE(Bootstrap::ratio(num, den, o));
        double sn = 0.0, sd = 0.0;
        for (size_t i = 0; i < num.size(); ++i) {
            sn += num[i];
            sd += den[i];
        }
        const double ratio = sn / sd;
        STATS_COMPARE(r.estimate, ratio, 1e-13);
        QVERIFY(r.method == BootstrapMethod::BCa);
        QCOMPARE(r.replicates, 4000);
        QVERIFY(r.interval.low < ratio && ratio < r.interval.high);
        // The bootstrap SE of a ratio estimator approaches the plug-in linearisation SE
        // √Σ(num_i − R·den_i)² / Σden; 4,000 replicates give it within a few percent.
        double e2 = 0.0;
        for (size_t i = 0; i < num.size(); ++i)
            e2 += std::pow(num[i] - ratio * den[i], 2);
        const double linearSe = std::sqrt(e2) / sd;
        QVERIFY2(
            std::fabs(r.standardError / linearSe - 1.0) < 0.08,
            qPrintable(
                QString("bootstrap SE %1 vs linearised %2").arg(r.standardError).arg(linearSe)));
        // Roughly symmetric here: the 95 % interval spans about ±1.96 SE.
        const double width = r.interval.high - r.interval.low;
        QVERIFY(std::fabs(width / (2 * 1.96 * linearSe) - 1.0) < 0.15);

        // Same seed → identical interval; another seed → a different one.
        const auto again = Bootstrap::ratio(num, den, o).value();
        QCOMPARE(again.interval.low, r.interval.low);
        QCOMPARE(again.interval.high, r.interval.high);
        // The thread count never changes the answer (one stream per replicate).
        o.threads = 1;
        const auto serial = Bootstrap::ratio(num, den, o).value();
        QCOMPARE(serial.interval.low, r.interval.low);
        QCOMPARE(serial.interval.high, r.interval.high);
        o.threads = 3;
        const auto median1 = Bootstrap::median(num, o).value();
        o.threads = 1;
        QCOMPARE(Bootstrap::median(num, o).value().interval.high, median1.interval.high);
        o.threads = 0;
        o.seed = 100;
        const auto other = Bootstrap::ratio(num, den, o).value();
        QVERIFY(other.interval.low != r.interval.low);

        // Percentile variant, and errors.
        o.method = BootstrapMethod::Percentile;
        const auto perc = Bootstrap::ratio(num, den, o).value();
        QVERIFY(perc.method == BootstrapMethod::Percentile);
        QVERIFY(perc.interval.low < ratio && ratio < perc.interval.high);
        const std::vector<double> zeros(5, 0.0), ones(5, 1.0), shorter(4, 1.0);
        QVERIFY(!Bootstrap::ratio(ones, zeros, o).ok());
        QVERIFY(!Bootstrap::ratio(ones, shorter, o).ok());
        o.replicates = 10;
        QVERIFY(!Bootstrap::ratio(num, den, o).ok());
    }

    void bootstrapMedian()
    {
        const auto m = midSize();
        BootstrapOptions o;
        o.replicates = 3000;
        o.seed = 5;
        const auto r = STATS_REQUIRE(Bootstrap::median(m, o));
        STATS_COMPARE(r.estimate, 132.21951644460177, kTol); // median(m)
        QVERIFY(r.interval.low < r.estimate && r.estimate < r.interval.high);
        // The interval must lie inside the sample's central range: the 95 % CI of a median of
        // 200 values is bracketed by roughly the 43rd and 58th percentiles (binomial order
        // statistics: qbinom(c(.025,.975), 200, .5) = 86, 114).
        const auto d = Descriptive::of(m).value();
        QVERIFY(r.interval.low >= d.quantile(0.40).value());
        QVERIFY(r.interval.high <= d.quantile(0.60).value());
        // Generic statistic path gives the same median replicates for the same seed.
        auto stat = [&](std::span<const int64_t> idx) {
            std::vector<double> v;
            v.reserve(idx.size());
            for (auto i : idx)
                v.push_back(d.sorted()[static_cast<size_t>(i)]);
            return Descriptive::of(v).value().median();
        };
        const auto g = STATS_REQUIRE(Bootstrap::run(static_cast<int64_t>(m.size()), stat, o));
        STATS_COMPARE(g.interval.low, r.interval.low, 1e-13);
        STATS_COMPARE(g.interval.high, r.interval.high, 1e-13);

        // All values equal: no jackknife spread, BCa falls back to percentile with a note.
        const std::vector<double> tied(30, 2.0);
        const auto t = STATS_REQUIRE(Bootstrap::median(tied, o));
        QVERIFY(t.method == BootstrapMethod::Percentile);
        QVERIFY(!t.note.empty());
        QCOMPARE(t.interval.low, 2.0);
        const std::vector<double> one = {1.0};
        QVERIFY(!Bootstrap::median(one, o).ok());
    }
};

QTEST_GUILESS_MAIN(TestStatsDescriptive)
#include "tst_stats_descriptive.moc"
