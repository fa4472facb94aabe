// SPDX-License-Identifier: MIT
// Hypothesis tests checked against R 4.2.2 (stats package). Every expected number below was
// printed by R with sprintf("%.17g", ...) from the call in the comment beside it. Data:
//   x <- c(12.1, 14.3, 11.8, 15.2, 13.9, 12.7, 16.1, 14.8, 13.3, 12.9)
//   y <- c(10.2, 11.9, 13.1, 9.8, 12.4, 11.1, 10.7, 12.8, 11.5)
//   g3 <- c(14.2, 15.8, 13.9, 16.4, 15.1, 14.7, 17.0)
//   a <- 50 + 10*sin(1:120) + (1:120 %% 9)                   # mid-size, n = 120
//   b <- 48 + 12*cos(1:110 * 1.3) + (1:110 %% 5)*1.5         # mid-size, n = 110
//   c3 <- 30 + 8*sin((1:90)*0.9) + (1:90 %% 4)               # mid-size, n = 90
//   pd <- function(x, y) (mean(x)-mean(y)) /
//         sqrt(((length(x)-1)*var(x) + (length(y)-1)*var(y)) / (length(x)+length(y)-2))
#include "StatsCompare.h"

#include "stats/Anova.h"
#include "stats/ChiSquare.h"
#include "stats/Correlation.h"
#include "stats/FisherExact.h"
#include "stats/KruskalWallis.h"
#include "stats/MannWhitney.h"
#include "stats/ProportionZ.h"
#include "stats/Random.h"
#include "stats/WelchTTest.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <functional>
#include <vector>

using namespace streamlens::stats;

namespace {

const std::vector<double> kX = {12.1, 14.3, 11.8, 15.2, 13.9, 12.7, 16.1, 14.8, 13.3, 12.9};
const std::vector<double> kY = {10.2, 11.9, 13.1, 9.8, 12.4, 11.1, 10.7, 12.8, 11.5};
const std::vector<double> kG3 = {14.2, 15.8, 13.9, 16.4, 15.1, 14.7, 17.0};

std::vector<double> seqA(bool rounded = false)
{
    std::vector<double> v;
    for (int i = 1; i <= 120; ++i) {
        const double a = 50.0 + 10.0 * std::sin(i) + (i % 9);
        v.push_back(rounded ? std::nearbyint(a) : a); // R's round() is round-half-even too
    }
    return v;
}

std::vector<double> seqB(bool rounded = false)
{
    std::vector<double> v;
    for (int i = 1; i <= 110; ++i) {
        const double b = 48.0 + 12.0 * std::cos(i * 1.3) + (i % 5) * 1.5;
        v.push_back(rounded ? std::nearbyint(b) : b);
    }
    return v;
}

std::vector<double> seqC(bool rounded = false)
{
    std::vector<double> v;
    for (int i = 1; i <= 90; ++i) {
        const double c = 30.0 + 8.0 * std::sin(i * 0.9) + (i % 4);
        v.push_back(rounded ? std::nearbyint(c) : c);
    }
    return v;
}

constexpr double kTol = 1e-10;

// Share of p-values below 0.05 must lie within ±4.5 binomial SDs of 5 % and the empirical CDF
// within the 0.1 % Kolmogorov–Smirnov band 1.95/√n of the uniform one.
void checkUniform(std::vector<double> p, double alphaTolerance = 4.5)
{
    const auto n = static_cast<double>(p.size());
    double below = 0.0;
    for (double v : p)
        below += v < 0.05 ? 1.0 : 0.0;
    const double sd = std::sqrt(n * 0.05 * 0.95);
    QVERIFY2(std::fabs(below - 0.05 * n) < alphaTolerance * sd,
             qPrintable(QString("%1 of %2 p-values below 0.05").arg(below).arg(n)));
    std::sort(p.begin(), p.end());
    double ks = 0.0;
    for (size_t i = 0; i < p.size(); ++i)
        ks = std::max({ks, std::fabs((i + 1) / n - p[i]), std::fabs(p[i] - i / n)});
    QVERIFY2(ks < 1.95 / std::sqrt(n), qPrintable(QString("KS distance %1").arg(ks)));
}

std::vector<double> normals(Random& r, int n, double mean, double sd)
{
    std::vector<double> v(static_cast<size_t>(n));
    for (auto& x : v)
        x = mean + sd * r.normal();
    return v;
}

} // namespace

class TestStatsTests : public QObject {
    Q_OBJECT

private slots:
    void welch()
    {
        // t.test(x, y): statistic, parameter, p.value, conf.int; pd(x, y)
        auto r = STATS_REQUIRE(WelchTTest::test(kX, kY));
        STATS_COMPARE(r.statistic, 3.7754035940630435, kTol);
        STATS_COMPARE(*r.df, 16.886408820271328, kTol);
        STATS_COMPARE(r.p_value, 0.001524785406253368, kTol);
        STATS_COMPARE(*r.ci_low, 0.97434857463794444, kTol);
        STATS_COMPARE(*r.ci_high, 3.4456514253620574, kTol);
        STATS_COMPARE(*r.effect_size, 1.7162355732552594, kTol);
        QCOMPARE(r.group_sizes, (std::vector<int64_t>{10, 9}));
        // t.test(x, y, conf.level = 0.9)$conf.int
        r = STATS_REQUIRE(WelchTTest::test(kX, kY, 0.9));
        STATS_COMPARE(*r.ci_low, 1.1912958573226573, kTol);
        STATS_COMPARE(*r.ci_high, 3.2287041426773442, kTol);
        // t.test(a, b); pd(a, b)
        r = STATS_REQUIRE(WelchTTest::test(seqA(), seqB()));
        STATS_COMPARE(r.statistic, 2.7714948423142802, kTol);
        STATS_COMPARE(*r.df, 211.86800954625065, kTol);
        STATS_COMPARE(r.p_value, 0.0060764556794872327, kTol);
        STATS_COMPARE(*r.ci_low, 0.89842029321573735, kTol);
        STATS_COMPARE(*r.ci_high, 5.3243914641524546, kTol);
        STATS_COMPARE(*r.effect_size, 0.36889214207270427, kTol);
        QCOMPARE(QString::fromStdString(r.apa()), QString("t(211.9) = 2.77, p = .006, d = 0.37"));

        // Edge cases: n = 1, constant data, NaN.
        const std::vector<double> one = {1.0}, c1 = {2.0, 2.0, 2.0}, c2 = {2.0, 2.0};
        QVERIFY(!WelchTTest::test(one, kY).ok());
        QVERIFY(WelchTTest::test(one, kY).error().find("at least 2") != std::string::npos);
        QVERIFY(!WelchTTest::test(c1, c2).ok());
        const std::vector<double> nan = {1.0, std::nan(""), 2.0};
        QVERIFY(!WelchTTest::test(nan, kY).ok());
    }

    void mannWhitney()
    {
        // wilcox.test(x, y): exact (no ties, n < 50)
        auto r = STATS_REQUIRE(MannWhitney::test(kX, kY));
        QCOMPARE(r.statistic, 80.0);
        STATS_COMPARE(r.p_value, 0.0029877243499534523, kTol);
        QVERIFY(r.method_note.find("exact") != std::string::npos);
        STATS_COMPARE(*r.effect_size, 2.0 * 80.0 / 90.0 - 1.0, 1e-15); // rank-biserial
        // wilcox.test(x, y, exact = FALSE) ; (..., correct = FALSE)
        MannWhitneyOptions normal{PValueMethod::Normal, true};
        r = STATS_REQUIRE(MannWhitney::test(kX, kY, normal));
        STATS_COMPARE(r.p_value, 0.0048487627216789401, kTol);
        normal.continuityCorrection = false;
        r = STATS_REQUIRE(MannWhitney::test(kX, kY, normal));
        STATS_COMPARE(r.p_value, 0.0042667248221761314, kTol);
        // xt <- c(1,2,2,3,4,4,4,5,6); yt <- c(3,3,4,5,5,6,7,7,8,9); wilcox.test(xt, yt)
        // (ties: R falls back to the normal approximation with correction)
        const std::vector<double> xt = {1, 2, 2, 3, 4, 4, 4, 5, 6},
                                  yt = {3, 3, 4, 5, 5, 6, 7, 7, 8, 9};
        r = STATS_REQUIRE(MannWhitney::test(xt, yt));
        QCOMPARE(r.statistic, 18.0);
        STATS_COMPARE(r.p_value, 0.028967794009004372, kTol);
        QVERIFY(r.method_note.find("tie") != std::string::npos);
        r = STATS_REQUIRE(MannWhitney::test(xt, yt, {PValueMethod::Exact, true}));
        STATS_COMPARE(r.p_value, 0.028967794009004372, kTol);
        QVERIFY(r.method_note.find("unavailable with ties") != std::string::npos);
        // wilcox.test(round(a), round(b))
        r = STATS_REQUIRE(MannWhitney::test(seqA(true), seqB(true)));
        QCOMPARE(r.statistic, 7884.0);
        STATS_COMPARE(r.p_value, 0.010830426118948589, kTol);
        // wilcox.test(a[1:40], b[1:45]) (exact, sizes near the limit)
        const auto a = seqA(), b = seqB();
        r = STATS_REQUIRE(MannWhitney::test(std::span(a).first(40), std::span(b).first(45)));
        QCOMPARE(r.statistic, 1102.0);
        STATS_COMPARE(r.p_value, 0.075966748366188844, kTol);
        // wilcox.test(c(1.5, 2.5), c(3.5, 0.5, 4.5))
        const std::vector<double> s1 = {1.5, 2.5}, s2 = {3.5, 0.5, 4.5};
        r = STATS_REQUIRE(MannWhitney::test(s1, s2));
        QCOMPARE(r.statistic, 2.0);
        STATS_COMPARE(r.p_value, 0.80000000000000004, kTol);
        // dwilcox(0:6, 2, 3) = c(1, 1, 2, 2, 2, 1, 1)/10
        const auto d = MannWhitney::exactDistribution(2, 3);
        const double expect[] = {0.1, 0.1, 0.2, 0.2, 0.2, 0.1, 0.1};
        QCOMPARE(d.size(), size_t{7});
        for (size_t i = 0; i < 7; ++i)
            STATS_COMPARE(d[i], expect[i], 1e-15);

        // Exact requested on samples too large for the counting table: normal, with a note.
        std::vector<double> big1, big2;
        for (int i = 0; i < 400; ++i) {
            big1.push_back(i * 1.37 + std::sin(i));
            big2.push_back(i * 1.41 + 0.5);
        }
        r = STATS_REQUIRE(MannWhitney::test(big1, big2, {PValueMethod::Exact, true}));
        QVERIFY(r.method_note.find("too large") != std::string::npos);

        const std::vector<double> empty, tied = {3.0, 3.0}, tied2 = {3.0, 3.0, 3.0};
        QVERIFY(!MannWhitney::test(empty, kY).ok());
        QVERIFY(!MannWhitney::test(tied, tied2).ok());
    }

    void anova()
    {
        // v <- c(x, y, g3); g <- factor(rep(1:3, c(10, 9, 7))); summary(aov(v ~ g));
        // eta² = SSB / (SSB + SSW)
        const std::vector<std::vector<double>> groups = {kX, kY, kG3};
        auto r = STATS_REQUIRE(Anova::oneWay(groups));
        STATS_COMPARE(r.statistic, 18.69547119086015, kTol);
        QCOMPARE(*r.df, 2.0);
        QCOMPARE(*r.df2, 23.0);
        STATS_COMPARE(r.p_value, 1.5090177118368806e-05, kTol);
        STATS_COMPARE(*r.effect_size, 0.6191481852589561, kTol);
        QCOMPARE(QString::fromStdString(r.apa()), QString("F(2, 23) = 18.70, p < .001, η² = 0.62"));
        // oneway.test(v ~ g)
        r = STATS_REQUIRE(Anova::welch(groups));
        STATS_COMPARE(r.statistic, 21.082122601233518, kTol);
        STATS_COMPARE(*r.df2, 14.776478084551782, kTol);
        STATS_COMPARE(r.p_value, 4.6944535353799076e-05, kTol);
        // mv <- c(a, b, c3); mg <- factor(rep(1:3, c(120, 110, 90)));
        // summary(aov(mv ~ mg)); oneway.test(mv ~ mg)
        const std::vector<std::vector<double>> mid = {seqA(), seqB(), seqC()};
        r = STATS_REQUIRE(Anova::oneWay(mid));
        STATS_COMPARE(r.statistic, 239.51616600702724, kTol);
        QCOMPARE(*r.df2, 317.0);
        STATS_COMPARE(r.p_value, 4.1723036421375465e-64, 1e-10);
        STATS_COMPARE(*r.effect_size, 0.60177496911720529, kTol);
        r = STATS_REQUIRE(Anova::welch(mid));
        STATS_COMPARE(r.statistic, 337.55244422277241, kTol);
        STATS_COMPARE(*r.df2, 208.62712630033576, kTol);
        STATS_COMPARE(r.p_value, 3.9868615521006566e-66, 1e-10);

        const std::vector<std::vector<double>> single = {kX};
        QVERIFY(!Anova::oneWay(single).ok());
        const std::vector<std::vector<double>> flat = {{1, 1, 1}, {2, 2}};
        QVERIFY(!Anova::oneWay(flat).ok());
        QVERIFY(!Anova::welch(flat).ok());
        const std::vector<std::vector<double>> tiny = {{1, 2}, {3}};
        QVERIFY(Anova::oneWay(tiny).ok());
        QVERIFY(!Anova::welch(tiny).ok()); // Welch needs 2 per group
    }

    void kruskalWallis()
    {
        // kruskal.test(list(x, y, g3)); epsilon² = H / (n − 1), n = 26
        const std::vector<std::vector<double>> groups = {kX, kY, kG3};
        auto r = STATS_REQUIRE(KruskalWallis::test(groups));
        STATS_COMPARE(r.statistic, 15.367165276963513, kTol);
        QCOMPARE(*r.df, 2.0);
        STATS_COMPARE(r.p_value, 0.00046032277098710623, kTol);
        STATS_COMPARE(*r.effect_size, 0.6146866110785405, kTol);
        // kruskal.test(list(round(a), round(b), round(c3))); n = 320
        const std::vector<std::vector<double>> mid = {seqA(true), seqB(true), seqC(true)};
        r = STATS_REQUIRE(KruskalWallis::test(mid));
        STATS_COMPARE(r.statistic, 186.74439541782692, kTol);
        STATS_COMPARE(r.p_value, 2.8117051207241901e-41, 1e-10);
        STATS_COMPARE(*r.effect_size, 0.58540562826904996, kTol);
        // kruskal.test(list(xt, yt, c(2,5,5,9))); n = 23
        const std::vector<std::vector<double>> ties = {
            {1, 2, 2, 3, 4, 4, 4, 5, 6}, {3, 3, 4, 5, 5, 6, 7, 7, 8, 9}, {2, 5, 5, 9}};
        r = STATS_REQUIRE(KruskalWallis::test(ties));
        STATS_COMPARE(r.statistic, 5.1188799237967197, kTol);
        STATS_COMPARE(r.p_value, 0.077348046168681628, kTol);
        STATS_COMPARE(*r.effect_size, 0.23267636017257817, kTol);

        const std::vector<std::vector<double>> allTied = {{4, 4}, {4, 4, 4}};
        QVERIFY(!KruskalWallis::test(allTied).ok());
        const std::vector<std::vector<double>> withEmpty = {{4, 5}, {}};
        QVERIFY(!KruskalWallis::test(withEmpty).ok());
    }

    void chiSquare()
    {
        // cv <- function(m) sqrt(chisq.test(m, correct = FALSE)$statistic /
        //                        (sum(m) * (min(dim(m)) - 1)))
        // m23 <- matrix(c(25, 15, 30, 22, 18, 40), nrow = 2); chisq.test(m23); cv(m23)
        Eigen::MatrixXd m23(2, 3);
        m23 << 25, 30, 18, 15, 22, 40;
        auto r = STATS_REQUIRE(ChiSquare::independence(m23));
        STATS_COMPARE(r.statistic, 11.977447446271254, kTol);
        QCOMPARE(*r.df, 2.0);
        STATS_COMPARE(r.p_value, 0.0025068614586607396, kTol);
        STATS_COMPARE(*r.effect_size, 0.28257680308512295, kTol);
        // m22 <- matrix(c(30, 10, 20, 25), 2); chisq.test(m22, correct = FALSE); cv(m22)
        Eigen::MatrixXd m22(2, 2);
        m22 << 30, 20, 10, 25;
        r = STATS_REQUIRE(ChiSquare::independence(m22));
        STATS_COMPARE(r.statistic, 8.1626984126984077, kTol);
        STATS_COMPARE(r.p_value, 0.0042760703036015882, kTol);
        STATS_COMPARE(*r.effect_size, 0.30988989340045597, kTol);
        // chisq.test(m22) (R's default Yates correction)
        r = STATS_REQUIRE(ChiSquare::independence(m22, true));
        STATS_COMPARE(r.statistic, 6.9499305555555511, kTol);
        STATS_COMPARE(r.p_value, 0.0083822486972517391, kTol);
        STATS_COMPARE(*r.effect_size, 0.30988989340045597, kTol); // V from the uncorrected X²
        // m34 <- matrix(c(120, 95, 60, 40, 88, 102, 71, 39, 55, 61, 90, 47), nrow = 3)
        // chisq.test(m34); cv(m34)  (Yates never applies beyond 2 × 2)
        Eigen::MatrixXd m34(3, 4);
        m34 << 120, 40, 71, 61, 95, 88, 39, 90, 60, 102, 55, 47;
        r = STATS_REQUIRE(ChiSquare::independence(m34, true));
        STATS_COMPARE(r.statistic, 68.172678353806191, kTol);
        QCOMPARE(*r.df, 6.0);
        STATS_COMPARE(r.p_value, 9.6847797046342262e-13, 1e-10);
        STATS_COMPARE(*r.effect_size, 0.19816653605050732, kTol);

        Eigen::MatrixXd small(2, 2);
        small << 2, 3, 1, 4;
        r = STATS_REQUIRE(ChiSquare::independence(small));
        QVERIFY(r.method_note.find("below 5") != std::string::npos);
        Eigen::MatrixXd zeroRow(2, 2);
        zeroRow << 0, 0, 3, 4;
        QVERIFY(!ChiSquare::independence(zeroRow).ok());
        Eigen::MatrixXd negative(2, 2);
        negative << 1, -1, 3, 4;
        QVERIFY(!ChiSquare::independence(negative).ok());
        QVERIFY(!ChiSquare::independence(Eigen::MatrixXd(1, 3)).ok());
    }

    void fisherExact_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("oddsRatio");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // p: fisher.test(matrix(c(a, c, b, d), 2))$p.value. The odds ratio and its interval
        // come from fisher.test's own estimating equations (dnhyper/mnhyper/pnhyper copied from
        // stats:::fisher.test) solved with uniroot(..., tol = 1e-15); fisher.test's default
        // tolerance prints e.g. 6.4083088670057879 (0.21173291530550292, 621.9337505454173) for
        // the first table, within ~1e-2 relative of the precise roots.
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("3 1 / 1 3") << 3 << 1 << 1 << 3 << 0.48571428571428582 << 6.4083196581996713
                                   << 0.21173559544657847 << 626.24353058881354;
        QTest::newRow("12 3 / 5 14")
            << 12 << 3 << 5 << 14 << 0.0048957925729217425 << 10.255264437039457
            << 1.7942814275979522 << 81.917880988063303;
        QTest::newRow("zero cell low")
            << 0 << 6 << 5 << 2 << 0.020979020979020976 << 0.0 << 0.0 << 0.82575553951981651;
        QTest::newRow("120 95 / 80 130")
            << 120 << 95 << 80 << 130 << 0.00031516166866798557 << 2.0490879837718836
            << 1.3681364463616643 << 3.0813382144836052;
        QTest::newRow("zero cell high")
            << 7 << 2 << 0 << 9 << 0.0022624434389140261 << inf << 2.9026503367014174 << inf;
    }

    void fisherExact()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(int, c);
        QFETCH(int, d);
        QFETCH(double, p);
        QFETCH(double, oddsRatio);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto r = STATS_REQUIRE(FisherExact::test(a, b, c, d));
        STATS_COMPARE(r.p_value, p, kTol);
        // Our bisection and uniroot(tol = 1e-15) agree to 1e-10 relative.
        if (std::isinf(oddsRatio))
            QVERIFY(std::isinf(*r.effect_size));
        else
            STATS_COMPARE(*r.effect_size, oddsRatio, 1e-10);
        STATS_COMPARE(*r.ci_low, low, 1e-10);
        if (std::isinf(high))
            QVERIFY(std::isinf(*r.ci_high));
        else
            STATS_COMPARE(*r.ci_high, high, 1e-10);
        // Infinite values are null in JSON.
        const auto json = r.toJson();
        QCOMPARE(json["ci_high"].isNull(), std::isinf(high));
    }

    void fisherErrors()
    {
        QVERIFY(!FisherExact::test(-1, 2, 3, 4).ok());
        QVERIFY(!FisherExact::test(0, 0, 0, 0).ok());
    }

    void proportionZ()
    {
        // pt <- prop.test(c(45, 30), c(120, 115), correct = FALSE); p1 <- 45/120; p2 <- 30/115
        // sqrt(pt$statistic) * sign(p1 - p2); pt$p.value; pt$conf.int;
        // 2*asin(sqrt(p1)) - 2*asin(sqrt(p2))
        const auto r = STATS_REQUIRE(ProportionZ::test(45, 120, 30, 115));
        STATS_COMPARE(r.statistic, 1.876222427599161, kTol);
        STATS_COMPARE(r.p_value, 0.060624743671160136, kTol);
        STATS_COMPARE(*r.ci_low, -0.0039529855725497498, kTol);
        STATS_COMPARE(*r.ci_high, 0.23221385513776716, kTol);
        STATS_COMPARE(*r.effect_size, 0.24599309191981145, kTol);
        QVERIFY(!ProportionZ::test(0, 10, 0, 12).ok());
        QVERIFY(!ProportionZ::test(10, 10, 12, 12).ok());
        QVERIFY(!ProportionZ::test(11, 10, 1, 12).ok());
        QVERIFY(!ProportionZ::test(1, 0, 1, 12).ok());
    }

    void correlation()
    {
        // px <- c(1.2, 2.4, 3.1, 4.8, 5.0, 6.3, 7.7, 8.1, 9.4, 10.2)
        // py <- c(2.0, 2.9, 3.5, 4.1, 6.2, 5.9, 8.1, 7.6, 9.9, 10.4)
        const std::vector<double> px = {1.2, 2.4, 3.1, 4.8, 5.0, 6.3, 7.7, 8.1, 9.4, 10.2};
        const std::vector<double> py = {2.0, 2.9, 3.5, 4.1, 6.2, 5.9, 8.1, 7.6, 9.9, 10.4};
        // cor.test(px, py)
        auto r = STATS_REQUIRE(Correlation::pearson(px, py));
        STATS_COMPARE(r.statistic, 14.048088614127952, kTol);
        QCOMPARE(*r.df, 8.0);
        STATS_COMPARE(r.p_value, 6.3992901846369964e-07, kTol);
        STATS_COMPARE(*r.ci_low, 0.91624278327822672, kTol);
        STATS_COMPARE(*r.ci_high, 0.99549467104417844, kTol);
        STATS_COMPARE(*r.effect_size, 0.98032744241517911, kTol);
        // cor.test(px, py, method = "spearman", exact = FALSE)
        r = STATS_REQUIRE(Correlation::spearman(px, py));
        STATS_COMPARE(r.statistic, 4.0000000000000258, 1e-10); // S = 4 up to R's rounding
        STATS_COMPARE(r.p_value, 1.4675461874042432e-06, 1e-10);
        STATS_COMPARE(*r.effect_size, 0.9757575757575756, kTol);
        // cor.test(px, -py, method = "spearman", exact = FALSE): the upper-tail branch
        std::vector<double> negPy;
        for (double v : py)
            negPy.push_back(-v);
        r = STATS_REQUIRE(Correlation::spearman(px, negPy));
        STATS_COMPARE(r.statistic, 325.99999999999994, kTol);
        STATS_COMPARE(r.p_value, 1.4675461874042982e-06, 1e-10);
        STATS_COMPARE(*r.effect_size, -0.9757575757575756, kTol);
        // u <- sin(1:200)*10 + (1:200)/20; vv <- u*0.3 + cos((1:200)*2.1)*5
        std::vector<double> u, vv;
        for (int i = 1; i <= 200; ++i) {
            u.push_back(std::sin(i) * 10.0 + i / 20.0);
            vv.push_back(u.back() * 0.3 + std::cos(i * 2.1) * 5.0);
        }
        // cor.test(u, vv)
        r = STATS_REQUIRE(Correlation::pearson(u, vv));
        STATS_COMPARE(r.statistic, 9.0823601421386968, kTol);
        STATS_COMPARE(r.p_value, 1.0962209166580622e-16, 1e-10);
        STATS_COMPARE(*r.ci_low, 0.43639427737637387, kTol);
        STATS_COMPARE(*r.ci_high, 0.63338660966742433, kTol);
        STATS_COMPARE(*r.effect_size, 0.5423012383645357, kTol);
        // cor.test(u, vv, method = "spearman", exact = FALSE)
        r = STATS_REQUIRE(Correlation::spearman(u, vv));
        STATS_COMPARE(r.statistic, 620670.0, kTol);
        STATS_COMPARE(r.p_value, 3.5936223827530155e-16, 1e-10);
        STATS_COMPARE(*r.effect_size, 0.53448586214655369, kTol);
        // cor.test(round(u), round(vv), method = "spearman", exact = FALSE)  (ties)
        std::vector<double> ur, vr;
        for (size_t i = 0; i < u.size(); ++i) {
            ur.push_back(std::nearbyint(u[i]));
            vr.push_back(std::nearbyint(vv[i]));
        }
        r = STATS_REQUIRE(Correlation::spearman(ur, vr));
        STATS_COMPARE(r.statistic, 619434.68104392127, kTol);
        STATS_COMPARE(r.p_value, 3.1267914786145473e-16, 1e-10);
        STATS_COMPARE(*r.effect_size, 0.53541237452642221, kTol);

        const std::vector<double> two = {1, 2}, flat = {3, 3, 3, 3}, four = {1, 2, 3, 4};
        QVERIFY(!Correlation::pearson(two, two).ok());
        QVERIFY(!Correlation::pearson(flat, four).ok());
        QVERIFY(!Correlation::spearman(four, flat).ok());
        QVERIFY(!Correlation::pearson(four, px).ok());
        // A perfect relation: r = 1, infinite t, p = 0, reported honestly.
        r = STATS_REQUIRE(Correlation::pearson(four, four));
        QCOMPARE(*r.effect_size, 1.0);
        QCOMPARE(r.p_value, 0.0);
        QVERIFY(r.toJson()["statistic"].isNull());
    }

    void jsonAndApa()
    {
        const auto r = STATS_REQUIRE(WelchTTest::test(kX, kY));
        const auto j = r.toJson();
        for (const char* key : {"test", "statistic", "df", "p_value", "effect_size",
                                "effect_size_name", "ci_low", "ci_high", "n"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["n"].toArray().size(), 2);
        QCOMPARE(j["effect_size_name"].toString(), QString("Cohen's d"));
        QCOMPARE(QString::fromStdString(r.apa()), QString("t(16.9) = 3.78, p = .002, d = 1.72"));
        const auto k = STATS_REQUIRE(ProportionZ::test(45, 120, 30, 115));
        QVERIFY(k.toJson()["df"].isNull());
        const std::vector<double> px = {1.2, 2.4, 3.1, 4.8, 5.0, 6.3, 7.7, 8.1, 9.4, 10.2};
        const std::vector<double> py = {2.0, 2.9, 3.5, 4.1, 6.2, 5.9, 8.1, 7.6, 9.9, 10.4};
        QCOMPARE(QString::fromStdString(Correlation::pearson(px, py).value().apa()),
                 QString("t(8) = 14.05, p < .001, r = 0.98"));
        const auto f = FisherExact::test(3, 1, 1, 3).value();
        QCOMPARE(QString::fromStdString(f.apa()), QString("OR = 6.41, p = .486"));
        QCOMPARE(TestResult::formatP(0.0004), std::string("p < .001"));
        QCOMPARE(TestResult::formatP(0.0496), std::string("p = .050"));
        QCOMPARE(TestResult::formatP(1.0), std::string("p = 1.000"));
    }

    // Under the null hypothesis p-values are uniform: seeded simulations, 2,000 tests each.
    void nullDistributions()
    {
        Random rng(2024);
        std::vector<double> welch, mw, anova, kw, pearson, spearman, prop;
        for (int rep = 0; rep < 2000; ++rep) {
            const auto x = normals(rng, 12, 5.0, 1.0);
            const auto y = normals(rng, 20, 5.0, 3.0); // unequal variances: Welch's case
            welch.push_back(WelchTTest::test(x, y).value().p_value);
            const auto u = normals(rng, 30, 0.0, 1.0), v = normals(rng, 35, 0.0, 1.0);
            mw.push_back(MannWhitney::test(u, v, {PValueMethod::Normal, false}).value().p_value);
            const std::vector<std::vector<double>> g = {
                normals(rng, 10, 0, 1), normals(rng, 15, 0, 1), normals(rng, 12, 0, 1)};
            anova.push_back(Anova::oneWay(g).value().p_value);
            kw.push_back(KruskalWallis::test(g).value().p_value);
            const auto c1 = normals(rng, 25, 0, 1), c2 = normals(rng, 25, 0, 1);
            pearson.push_back(Correlation::pearson(c1, c2).value().p_value);
            spearman.push_back(Correlation::spearman(c1, c2).value().p_value);
            int s1 = 0, s2 = 0;
            for (int i = 0; i < 400; ++i) {
                s1 += rng.uniform() < 0.3;
                s2 += rng.uniform() < 0.3;
            }
            prop.push_back(ProportionZ::test(s1, 400, s2, 400).value().p_value);
        }
        checkUniform(welch);
        checkUniform(mw);
        checkUniform(anova);
        checkUniform(kw);
        checkUniform(pearson);
        checkUniform(spearman);
        checkUniform(prop);

        // And the tests have power: a one-SD shift is found nearly always with n = 30.
        int found = 0;
        for (int rep = 0; rep < 200; ++rep) {
            const auto x = normals(rng, 30, 1.0, 1.0), y = normals(rng, 30, 0.0, 1.0);
            found += WelchTTest::test(x, y).value().p_value < 0.05;
        }
        QVERIFY(found > 180); // power.t.test(n = 30, delta = 1) gives 0.967
    }
};

QTEST_GUILESS_MAIN(TestStatsTests)
#include "tst_stats_tests.moc"
