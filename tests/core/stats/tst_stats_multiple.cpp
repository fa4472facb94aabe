// SPDX-License-Identifier: MIT
// Multiple-comparison adjustments against R 4.2.2's p.adjust, printed with sprintf("%.17g").
//   p <- c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.5, 0.001, 0.8, 0.049)
//   q <- (1:200)^2/40000 * 0.3 + sin(1:200)^2*0.01        # mid-size, n = 200
#include "StatsCompare.h"

#include "stats/MultipleComparisons.h"
#include "stats/Random.h"
#include "stats/WelchTTest.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace streamlens::stats;

namespace {
const std::vector<double> kP = {0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.5, 0.001, 0.8, 0.049};
constexpr double kTol = 1e-14;

void compareAll(const std::vector<double>& actual, const std::vector<double>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < actual.size(); ++i)
        STATS_COMPARE(actual[i], expected[i], kTol);
}
} // namespace

class TestStatsMultiple : public QObject {
    Q_OBJECT

private slots:
    void smallVector()
    {
        // p.adjust(p, "bonferroni")
        compareAll(MultipleComparisons::adjust(kP, PAdjustMethod::Bonferroni).value(),
                   {0.1, 0.4, 0.3, 0.05, 1, 0.4, 1, 0.01, 1, 0.49});
        // p.adjust(p, "holm")
        compareAll(MultipleComparisons::adjust(kP, PAdjustMethod::Holm).value(),
                   {0.080000000000000002, 0.23999999999999999, 0.20999999999999999,
                    0.044999999999999998, 0.60000000000000009, 0.23999999999999999, 1, 0.01, 1,
                    0.23999999999999999});
        // p.adjust(p, "hochberg")
        compareAll(MultipleComparisons::adjust(kP, PAdjustMethod::Hochberg).value(),
                   {0.080000000000000002, 0.19600000000000001, 0.19600000000000001,
                    0.044999999999999998, 0.60000000000000009, 0.19600000000000001,
                    0.80000000000000004, 0.01, 0.80000000000000004, 0.19600000000000001});
        // p.adjust(p, "BH")
        compareAll(MultipleComparisons::adjust(kP, PAdjustMethod::BenjaminiHochberg).value(),
                   {0.033333333333333333, 0.066666666666666666, 0.066666666666666666,
                    0.025000000000000001, 0.25, 0.066666666666666666, 0.55555555555555558, 0.01,
                    0.80000000000000004, 0.070000000000000007});
        // p.adjust(p, "BY")
        compareAll(MultipleComparisons::adjust(kP, PAdjustMethod::BenjaminiYekutieli).value(),
                   {0.097632275132275126, 0.19526455026455025, 0.19526455026455025,
                    0.073224206349206344, 0.73224206349206344, 0.19526455026455025, 1,
                    0.029289682539682539, 1, 0.20502777777777778});
        QCOMPARE(MultipleComparisons::methodName(PAdjustMethod::BenjaminiHochberg),
                 std::string("BH"));
    }

    void midSizeVector()
    {
        std::vector<double> q;
        for (int i = 1; i <= 200; ++i)
            q.push_back(i * i / 40000.0 * 0.3 + std::pow(std::sin(i), 2) * 0.01);
        // p.adjust(q, "holm")[c(1, 7, 50, 123, 200)]
        const auto h = MultipleComparisons::adjust(q, PAdjustMethod::Holm).value();
        STATS_COMPARE(h[0], 1.0, kTol);
        STATS_COMPARE(h[6], 0.89460845661151878, 1e-13);
        STATS_COMPARE(h[49], 1.0, kTol);
        // p.adjust(q, "BH")[c(1, 7, 50, 123, 200)]
        const auto b = MultipleComparisons::adjust(q, PAdjustMethod::BenjaminiHochberg).value();
        STATS_COMPARE(b[0], 0.073177145902888818, 1e-13);
        STATS_COMPARE(b[6], 0.073177145902888818, 1e-13);
        STATS_COMPARE(b[49], 0.090959316006369362, 1e-13);
        STATS_COMPARE(b[122], 0.18947969214341753, 1e-13);
        STATS_COMPARE(b[199], 0.30762648169321266, 1e-13);
    }

    void edgeCases()
    {
        QVERIFY(MultipleComparisons::adjust({}, PAdjustMethod::Holm).value().empty());
        const std::vector<double> one = {0.03};
        QCOMPARE(MultipleComparisons::adjust(one, PAdjustMethod::BenjaminiHochberg).value()[0],
                 0.03);
        const std::vector<double> bad = {0.1, std::nan("")}, neg = {-0.1}, big = {1.2};
        QVERIFY(!MultipleComparisons::adjust(bad, PAdjustMethod::Holm).ok());
        QVERIFY(!MultipleComparisons::adjust(neg, PAdjustMethod::Holm).ok());
        QVERIFY(!MultipleComparisons::adjust(big, PAdjustMethod::BenjaminiHochberg).ok());
        // Ties keep equal adjusted values; order of the input is preserved.
        const std::vector<double> tied = {0.02, 0.02, 0.02};
        const auto adjusted =
            MultipleComparisons::adjust(tied, PAdjustMethod::BenjaminiHochberg).value();
        for (double v : adjusted)
            QCOMPARE(v, 0.02);
    }

    // Holm keeps the family-wise error rate: over 400 seeded families of 10 null Welch tests,
    // families with any rejection at 0.05 stay near or below 5 % (binomial 400·0.05 = 20,
    // sd 4.4; the bound 34 is > 3 sd). Unadjusted testing rejects in ~40 % of families.
    void holmControlsFamilyWiseError()
    {
        Random rng(11);
        int holmFamilies = 0, rawFamilies = 0;
        for (int family = 0; family < 400; ++family) {
            std::vector<double> p;
            for (int t = 0; t < 10; ++t) {
                std::vector<double> x(15), y(15);
                for (auto& v : x)
                    v = rng.normal();
                for (auto& v : y)
                    v = rng.normal();
                p.push_back(WelchTTest::test(x, y).value().p_value);
            }
            const auto adj = MultipleComparisons::adjust(p, PAdjustMethod::Holm).value();
            holmFamilies += std::any_of(adj.begin(), adj.end(), [](double v) { return v < 0.05; });
            rawFamilies += std::any_of(p.begin(), p.end(), [](double v) { return v < 0.05; });
        }
        QVERIFY2(holmFamilies <= 34, qPrintable(QString::number(holmFamilies)));
        QVERIFY2(rawFamilies > 120, qPrintable(QString::number(rawFamilies)));
    }
};

QTEST_GUILESS_MAIN(TestStatsMultiple)
#include "tst_stats_multiple.moc"
