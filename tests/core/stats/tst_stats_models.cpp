// SPDX-License-Identifier: MIT
// Linear and logistic regression, design matrices, classification metrics and the seeded
// split, checked against R 4.2.2 (printed with sprintf("%.17g")). Mid-size data (n = 200):
//   i <- 1:200
//   bitrate <- 1500 + 800*sin(i*0.37) + (i %% 13)*40
//   startup <- 1.2 + 0.9*cos(i*0.83) + (i %% 7)*0.15
//   device <- c("tv","mobile","desktop","tablet")[(i %% 4)+1]
//   ylin <- 3 + 0.002*bitrate - 1.5*startup +
//           c(desktop=0, mobile=-0.8, tablet=0.3, tv=1.1)[device] + sin(i*2.7)*1.3
//   eta <- -2 + 0.0012*bitrate - 0.9*startup + c(desktop=0, mobile=-0.6, tablet=0.2,
//   tv=0.9)[device] yl <- as.numeric(sin(i*1.9)*0.5 + 0.5 < plogis(eta))                    # 63
//   ones
// Small data:
//   px <- c(1.2, 2.4, 3.1, 4.8, 5.0, 6.3, 7.7, 8.1, 9.4, 10.2)
//   py <- c(2.0, 2.9, 3.5, 4.1, 6.2, 5.9, 8.1, 7.6, 9.9, 10.4)
//   xs <- c(0.5, 1.1, 1.9, 2.3, 2.8, 3.4, 3.9, 4.4, 5.1, 5.6, 6.2, 6.9)
//   ys <- c(0,0,0,1,0,0,1,1,0,1,1,1)
#include "StatsCompare.h"

#include "stats/ClassificationMetrics.h"
#include "stats/DesignMatrix.h"
#include "stats/LinearRegression.h"
#include "stats/LogisticRegression.h"
#include "stats/Random.h"
#include "stats/TrainTestSplit.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace streamlens::stats;

namespace {

struct MidData {
    std::vector<double> bitrate, startup, ylin, yl;
    std::vector<std::string> device;
};

MidData midData()
{
    MidData d;
    const char* devices[] = {"tv", "mobile", "desktop", "tablet"};
    for (int i = 1; i <= 200; ++i) {
        const double br = 1500 + 800 * std::sin(i * 0.37) + (i % 13) * 40;
        const double st = 1.2 + 0.9 * std::cos(i * 0.83) + (i % 7) * 0.15;
        const std::string dev = devices[i % 4];
        const double effLin = dev == "mobile"   ? -0.8
                              : dev == "tablet" ? 0.3
                              : dev == "tv"     ? 1.1
                                                : 0;
        const double effLog = dev == "mobile"   ? -0.6
                              : dev == "tablet" ? 0.2
                              : dev == "tv"     ? 0.9
                                                : 0;
        d.bitrate.push_back(br);
        d.startup.push_back(st);
        d.device.push_back(dev);
        d.ylin.push_back(3 + 0.002 * br - 1.5 * st + effLin + std::sin(i * 2.7) * 1.3);
        const double eta = -2 + 0.0012 * br - 0.9 * st + effLog;
        d.yl.push_back(std::sin(i * 1.9) * 0.5 + 0.5 < 1.0 / (1.0 + std::exp(-eta)) ? 1.0 : 0.0);
    }
    return d;
}

Design midDesign(const MidData& d, std::optional<std::string> reference = std::nullopt)
{
    return DesignMatrix()
        .addNumeric("bitrate", d.bitrate)
        .addNumeric("startup", d.startup)
        .addCategorical("device", d.device, reference)
        .build()
        .value();
}

const std::vector<double> kPx = {1.2, 2.4, 3.1, 4.8, 5.0, 6.3, 7.7, 8.1, 9.4, 10.2};
const std::vector<double> kPy = {2.0, 2.9, 3.5, 4.1, 6.2, 5.9, 8.1, 7.6, 9.9, 10.4};

// One coefficient row: estimate, SE, statistic, p, CI low, CI high.
void compareRow(const RegressionCoefficient& c, const std::array<double, 6>& r, double tol)
{
    STATS_COMPARE(c.estimate, r[0], tol);
    STATS_COMPARE(c.standardError, r[1], tol);
    STATS_COMPARE(c.statistic, r[2], tol);
    STATS_COMPARE(c.pValue, r[3], tol);
    STATS_COMPARE(c.ciLow, r[4], tol);
    STATS_COMPARE(c.ciHigh, r[5], tol);
}

constexpr double kTol = 1e-10;

} // namespace

class TestStatsModels : public QObject {
    Q_OBJECT

private slots:
    void designMatrix()
    {
        const auto d = midData();
        const auto x = midDesign(d);
        QCOMPARE(x.x.rows(), 200);
        QCOMPARE(x.x.cols(), 6);
        const std::vector<std::string> names = {"(Intercept)",   "bitrate",       "startup",
                                                "device=mobile", "device=tablet", "device=tv"};
        QCOMPARE(x.columnNames, names);
        // Row 1 (i = 1) is "mobile": dummies 1, 0, 0. Row 2 (i = 2) is "desktop": all 0.
        QCOMPARE(x.x(0, 3), 1.0);
        QCOMPARE(x.x(0, 5), 0.0);
        QCOMPARE(x.x.row(1).tail(3).sum(), 0.0);
        const auto tv = midDesign(d, "tv");
        QCOMPARE(tv.columnNames[3], std::string("device=desktop"));

        const std::vector<std::string> oneLevel(5, "tv"), dev3 = {"a", "b", "c"};
        const std::vector<double> two = {1, 2}, nan = {1, std::nan(""), 3};
        QVERIFY(!DesignMatrix().addCategorical("device", oneLevel).build().ok());
        QVERIFY(!DesignMatrix().addCategorical("device", dev3, "z").build().ok());
        QVERIFY(!DesignMatrix().addCategorical("device", dev3).addNumeric("x", two).build().ok());
        QVERIFY(!DesignMatrix().addNumeric("x", nan).build().ok());
        QVERIFY(!DesignMatrix().addNumeric("x", two).addNumeric("x", two).build().ok());
        QVERIFY(!DesignMatrix(false).build().ok());
    }

    void linearMidSize()
    {
        const auto d = midData();
        // m <- lm(ylin ~ bitrate + startup + device); s <- summary(m)
        // rows: cbind(s$coefficients, confint(m))
        const auto m = STATS_REQUIRE(LinearRegression::fit(midDesign(d), d.ylin));
        const std::array<double, 6> rows[] = {
            {3.2376132196955729, 0.28186436749261234, 11.486422524764258, 1.239790129510345e-23,
             2.6817012790980947, 3.7935251602930511},
            {0.0020050296851891617, 0.00011049368652240366, 18.146101811732226,
             1.1382639776464339e-43, 0.0017871065747057169, 0.0022229527956726066},
            {-1.6498351993468858, 0.094839478175110112, -17.396080525671557, 1.8439351748807799e-41,
             -1.8368840229586874, -1.4627863757350843},
            {-0.79932089477503399, 0.18521593126997565, -4.315616314937416, 2.5344419910187835e-05,
             -1.164616262535771, -0.43402552701429709},
            {0.30287303308227737, 0.18521776900440137, 1.6352266562236808, 0.1036230252375436,
             -0.062425959182400903, 0.66817202534695563},
            {1.0935488704101959, 0.18521975489670087, 5.9040617509729474, 1.5610300482634548e-08,
             0.72824596143461218, 1.4588517793857796}};
        QCOMPARE(m.coefficients.size(), size_t{6});
        for (size_t k = 0; k < 6; ++k)
            compareRow(m.coefficients[k], rows[k], 1e-10);
        // s$r.squared, s$adj.r.squared, s$fstatistic, pf(...), s$sigma, logLik(m), AIC, BIC
        STATS_COMPARE(m.rSquared, 0.79401461040771648, kTol);
        STATS_COMPARE(m.adjRSquared, 0.78870570861410094, kTol);
        STATS_COMPARE(*m.fStatistic, 149.56287406984853, kTol);
        QCOMPARE(*m.fDf1, 5.0);
        QCOMPARE(*m.fDf2, 194.0);
        STATS_COMPARE(*m.fPValue, 1.4403155416906782e-64, 1e-10);
        STATS_COMPARE(m.sigma, 0.92606721350555088, kTol);
        STATS_COMPARE(m.logLikelihood, -265.38009345428515, kTol);
        STATS_COMPARE(m.aic, 544.76018690857029, kTol);
        STATS_COMPARE(m.bic, 567.8484084744066, kTol);
        STATS_COMPARE(m.predict(midDesign(d).x)(7), m.fitted(7), 1e-14);

        // Reference level "tv": m2 <- lm(ylin ~ bitrate + startup + relevel(factor(device), "tv"))
        // coef(m2)[4:6]; summary(m2)$coefficients[4:6, 2]
        const auto m2 = STATS_REQUIRE(LinearRegression::fit(midDesign(d, "tv"), d.ylin));
        const double est[] = {-1.0935488704101948, -1.8928697651852304, -0.7906758373279188};
        const double se[] = {0.18521975489670078, 0.18522954750630513, 0.18521431899408164};
        for (size_t k = 0; k < 3; ++k) {
            STATS_COMPARE(m2.coefficients[3 + k].estimate, est[k], kTol);
            STATS_COMPARE(m2.coefficients[3 + k].standardError, se[k], kTol);
        }
    }

    void linearSmall()
    {
        // ms <- lm(py ~ px); cbind(summary(ms)$coefficients, confint(ms))
        const auto x = DesignMatrix().addNumeric("px", kPx).build().value();
        const auto m = STATS_REQUIRE(LinearRegression::fit(x, kPy));
        compareRow(m.coefficients[0],
                   {0.56756581163674602, 0.43631336691434724, 1.300821507373541,
                    0.22953555562123118, -0.43857461671259113, 1.5737062399860831},
                   kTol);
        compareRow(m.coefficients[1],
                   {0.94371721449540413, 0.067177623975572115, 14.048088614127961,
                    6.3992901846369625e-07, 0.78880533581454437, 1.0986290931762639},
                   kTol);
        // r.squared, adj.r.squared, fstatistic[1], AIC(ms)
        STATS_COMPARE(m.rSquared, 0.96104189435228626, kTol);
        STATS_COMPARE(m.adjRSquared, 0.95617213114632205, kTol);
        STATS_COMPARE(*m.fStatistic, 197.3487937103917, kTol);
        STATS_COMPARE(m.aic, 22.341406106207256, kTol);
        // No intercept: ms0 <- lm(py ~ px - 1); summary(ms0): uncentred R², F on (1, 9)
        const auto x0 = DesignMatrix(false).addNumeric("px", kPx).build().value();
        const auto m0 = STATS_REQUIRE(LinearRegression::fit(x0, kPy));
        STATS_COMPARE(m0.coefficients[0].estimate, 1.0220225677982173, kTol);
        STATS_COMPARE(m0.coefficients[0].standardError, 0.030944365740568632, kTol);
        STATS_COMPARE(m0.coefficients[0].pValue, 1.0528380010511462e-10, kTol);
        STATS_COMPARE(m0.rSquared, 0.99181693074966326, kTol);
        STATS_COMPARE(m0.adjRSquared, 0.9909077008329592, kTol);
        STATS_COMPARE(*m0.fStatistic, 1090.8318265032092, kTol);
        QCOMPARE(*m0.fDf1, 1.0);
        QCOMPARE(*m0.fDf2, 9.0);
    }

    void linearEdgeCases()
    {
        const std::vector<double> three = {1, 2, 3}, y3 = {2, 4, 7};
        // n ≤ p
        const auto small =
            DesignMatrix().addNumeric("a", three).addNumeric("b", y3).build().value();
        auto r = LinearRegression::fit(small, y3);
        QVERIFY(!r.ok());
        QVERIFY(r.error().find("too few observations") != std::string::npos);
        // Aliased column, named.
        std::vector<double> twice;
        for (double v : kPx)
            twice.push_back(2.0 * v + 1.0);
        const auto al =
            DesignMatrix().addNumeric("px", kPx).addNumeric("px2", twice).build().value();
        r = LinearRegression::fit(al, kPy);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().find("'px2'") != std::string::npos, r.error().c_str());
        // Zero-variance predictor: aliased with the intercept.
        const std::vector<double> constant(10, 5.0);
        const auto zc =
            DesignMatrix().addNumeric("px", kPx).addNumeric("c", constant).build().value();
        r = LinearRegression::fit(zc, kPy);
        QVERIFY(!r.ok());
        QVERIFY(r.error().find("'c'") != std::string::npos);
        // Zero-variance response, perfect fit, length mismatch, NaN response.
        const auto x = DesignMatrix().addNumeric("px", kPx).build().value();
        QVERIFY(!LinearRegression::fit(x, constant).ok());
        QVERIFY(LinearRegression::fit(x, twice).error().find("perfect fit") != std::string::npos);
        QVERIFY(!LinearRegression::fit(x, y3).ok());
        std::vector<double> withNan = kPy;
        withNan[3] = std::nan("");
        QVERIFY(!LinearRegression::fit(x, withNan).ok());
    }

    void logisticMidSize()
    {
        const auto d = midData();
        // g <- glm(yl ~ bitrate + startup + device, family = binomial)
        // rows: cbind(summary(g)$coefficients, confint.default(g))
        const auto m = STATS_REQUIRE(LogisticRegression::fit(midDesign(d), d.yl));
        const std::array<double, 6> rows[] = {
            {-1.1639244244780493, 0.68722188650600291, -1.6936661176431878, 0.090328746368230392,
             -2.5108545714174872, 0.18300572246138858},
            {0.00079825018577658305, 0.00027688410740382794, 2.8829758170712085,
             0.0039393768236768312, 0.00025556730737356025, 0.001340933064179606},
            {-0.58218029240306524, 0.23640142934218217, -2.4626767021800919, 0.013790420135704777,
             -1.0455185798075326, -0.11884200499859793},
            {-0.63859692852674144, 0.4698308324353605, -1.3592060895973654, 0.17408129216085008,
             -1.5594484389265209, 0.28225458187303798},
            {-0.091624593926678377, 0.44233313065044733, -0.20713934267583609, 0.83590103732630971,
             -0.9585815991704052, 0.77533241131704855},
            {0.20764905937932857, 0.43518088930119658, 0.47715574025496987, 0.63325122522110711,
             -0.64528981041112865, 1.0605879291697857}};
        for (size_t k = 0; k < 6; ++k)
            compareRow(m.coefficients[k], rows[k], kTol);
        // g$deviance, g$null.deviance, df.residual, df.null, AIC(g), BIC(g), 1 - dev/null; g$iter
        STATS_COMPARE(m.deviance, 230.92662907049777, kTol);
        STATS_COMPARE(m.nullDeviance, 249.21719741697532, kTol);
        QCOMPARE(m.dfResidual, 194.0);
        QCOMPARE(m.dfNull, 199.0);
        STATS_COMPARE(m.aic, 242.92662907049777, kTol);
        STATS_COMPARE(m.bic, 262.716533269786, kTol);
        STATS_COMPARE(m.mcFaddenR2, 0.073392079423294621, 1e-10);
        QCOMPARE(m.iterations, 4);

        // p <- fitted(g); wilcox.test(p[yl==1], p[yl==0], exact=FALSE)$statistic / (63*137)
        std::vector<int> labels;
        for (double v : d.yl)
            labels.push_back(static_cast<int>(v));
        const std::vector<double> p(m.fitted.data(), m.fitted.data() + m.fitted.size());
        const double auc = STATS_REQUIRE(ClassificationMetrics::auc(p, labels));
        STATS_COMPARE(auc, 0.68300312825860277, kTol);
        // Trapezoid area under roc() equals the Mann–Whitney AUC.
        const auto roc = STATS_REQUIRE(ClassificationMetrics::roc(p, labels));
        double area = 0.0;
        for (size_t i = 1; i < roc.size(); ++i)
            area += (roc[i].falsePositiveRate - roc[i - 1].falsePositiveRate) *
                    (roc[i].truePositiveRate + roc[i - 1].truePositiveRate) / 2.0;
        STATS_COMPARE(area, auc, 1e-13);
        QCOMPARE(roc.back().truePositiveRate, 1.0);
        QCOMPARE(roc.back().falsePositiveRate, 1.0);
        // pr <- as.numeric(p >= 0.5): TP 13, FP 8, TN 129, FN 50
        const auto s = STATS_REQUIRE(ClassificationMetrics::atThreshold(p, labels, 0.5));
        QCOMPARE(s.confusion.truePositive, int64_t{13});
        QCOMPARE(s.confusion.falsePositive, int64_t{8});
        QCOMPARE(s.confusion.trueNegative, int64_t{129});
        QCOMPARE(s.confusion.falseNegative, int64_t{50});
        STATS_COMPARE(s.accuracy, 142.0 / 200.0, 1e-15);
        STATS_COMPARE(*s.precision, 13.0 / 21.0, 1e-15);
        STATS_COMPARE(*s.recall, 13.0 / 63.0, 1e-15);
        STATS_COMPARE(*s.f1, 2.0 * 13.0 / (2.0 * 13.0 + 8.0 + 50.0), 1e-15); // 2TP/(2TP+FP+FN)
    }

    void logisticSmall()
    {
        // gs <- glm(ys ~ xs, family = binomial); cbind(summary(gs)$coefficients,
        // confint.default(gs))
        const std::vector<double> xs = {0.5, 1.1, 1.9, 2.3, 2.8, 3.4, 3.9, 4.4, 5.1, 5.6, 6.2, 6.9};
        const std::vector<double> ys = {0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1};
        const auto x = DesignMatrix().addNumeric("xs", xs).build().value();
        const auto m = STATS_REQUIRE(LogisticRegression::fit(x, ys));
        compareRow(m.coefficients[0],
                   {-3.2602730408476406, 1.9500932861173419, -1.6718549128174691,
                    0.094552935405039146, -7.0823856481309928, 0.56183956643571165},
                   kTol);
        compareRow(m.coefficients[1],
                   {0.88954787929208723, 0.49461025140166165, 1.7984824956038079,
                    0.072100580110819559, -0.079870399839471196, 1.8589661584236457},
                   kTol);
        // gs$deviance, gs$null.deviance, AIC(gs)
        STATS_COMPARE(m.deviance, 11.271821581121898, kTol);
        STATS_COMPARE(m.nullDeviance, 16.635532333438686, kTol);
        STATS_COMPARE(m.aic, 15.271821581121898, kTol);
        STATS_COMPARE(m.predictProbabilities(x.x)(4), m.fitted(4), 1e-14);
    }

    void logisticEdgeCases()
    {
        // Complete separation: x <- 1:10; y <- as.numeric(x > 5) (R: "did not converge",
        // "fitted probabilities numerically 0 or 1").
        std::vector<double> x, y;
        for (int i = 1; i <= 10; ++i) {
            x.push_back(i);
            y.push_back(i > 5 ? 1.0 : 0.0);
        }
        auto r = LogisticRegression::fit(DesignMatrix().addNumeric("x", x).build().value(), y);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().find("separation") != std::string::npos, r.error().c_str());
        QVERIFY2(r.error().find("'x'") != std::string::npos, r.error().c_str());
        // Quasi-complete separation that R fits without any warning (coefficient 19.57):
        // z <- c(0,0,0,0,1,1,1,1,1,1,0,0); w <- c(1,0,1,0,1,1,1,1,1,1,0,1); glm(w ~ z, binomial)
        const std::vector<double> z = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0};
        const std::vector<double> w = {1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1};
        r = LogisticRegression::fit(DesignMatrix().addNumeric("z", z).build().value(), w);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().find("'z'") != std::string::npos, r.error().c_str());
        // Single class, non-binary response, too few rows, aliased column, non-convergence.
        const auto d = midData();
        const auto design = midDesign(d);
        const std::vector<double> zeros(200, 0.0);
        QVERIFY(!LogisticRegression::fit(design, zeros).ok());
        QVERIFY(!LogisticRegression::fit(design, d.ylin).ok());
        const std::vector<double> two = {0, 1}, twoX = {1, 2};
        QVERIFY(!LogisticRegression::fit(DesignMatrix().addNumeric("x", twoX).build().value(), two)
                     .ok());
        std::vector<double> scaled;
        for (double v : d.bitrate)
            scaled.push_back(v / 1000.0);
        const auto al = DesignMatrix()
                            .addNumeric("bitrate", d.bitrate)
                            .addNumeric("bitrate_mbps", scaled)
                            .build()
                            .value();
        r = LogisticRegression::fit(al, d.yl);
        QVERIFY(!r.ok());
        QVERIFY(r.error().find("'bitrate_mbps'") != std::string::npos);
        LogisticOptions once;
        once.maxIterations = 1;
        r = LogisticRegression::fit(design, d.yl, once);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().find("did not converge") != std::string::npos, r.error().c_str());
    }

    // Seeded simulations: strong but non-separated logistic data must fit (no false separation
    // alarm) and recover the true coefficients within a few standard errors; the Wald 95 %
    // intervals of a linear model cover the true slope in about 95 % of 400 replications.
    void simulatedRecovery()
    {
        Random rng(77);
        std::vector<double> x(2000), y(2000);
        for (size_t i = 0; i < x.size(); ++i) {
            x[i] = rng.normal();
            const double prob = 1.0 / (1.0 + std::exp(-(0.5 + 4.0 * x[i])));
            y[i] = rng.uniform() < prob ? 1.0 : 0.0;
        }
        const auto design = DesignMatrix().addNumeric("x", x).build().value();
        const auto m = STATS_REQUIRE(LogisticRegression::fit(design, y));
        QVERIFY(std::fabs(m.coefficients[0].estimate - 0.5) < 4 * m.coefficients[0].standardError);
        QVERIFY(std::fabs(m.coefficients[1].estimate - 4.0) < 4 * m.coefficients[1].standardError);

        int covered = 0;
        for (int rep = 0; rep < 400; ++rep) {
            std::vector<double> u(30), v(30);
            for (size_t i = 0; i < u.size(); ++i) {
                u[i] = rng.normal();
                v[i] = 1.0 + 2.0 * u[i] + 0.5 * rng.normal();
            }
            const auto lm =
                LinearRegression::fit(DesignMatrix().addNumeric("u", u).build().value(), v).value();
            covered += lm.coefficients[1].ciLow <= 2.0 && 2.0 <= lm.coefficients[1].ciHigh;
        }
        // Binomial(400, 0.95): mean 380, sd 4.4; ±4.5 sd.
        QVERIFY2(std::abs(covered - 380) <= 20, qPrintable(QString::number(covered)));
    }

    void classificationEdgeCases()
    {
        // sc <- c(0.1, 0.4, 0.35, 0.8, 0.4, 0.9, 0.2, 0.4); lb <- c(0, 0, 1, 1, 1, 1, 0, 0)
        // wilcox.test(sc[lb==1], sc[lb==0], exact=FALSE)$statistic / 16 = 0.8125 (ties half)
        const std::vector<double> sc = {0.1, 0.4, 0.35, 0.8, 0.4, 0.9, 0.2, 0.4};
        const std::vector<int> lb = {0, 0, 1, 1, 1, 1, 0, 0};
        STATS_COMPARE(ClassificationMetrics::auc(sc, lb).value(), 0.8125, 1e-15);
        const auto roc = ClassificationMetrics::roc(sc, lb).value();
        QCOMPARE(roc.size(), size_t{7}); // (0,0) + 6 distinct scores
        QCOMPARE(roc[3].threshold, 0.4); // the tied 0.4s move FPR and TPR together
        QCOMPARE(roc[3].falsePositiveRate, 0.5);
        QCOMPARE(roc[3].truePositiveRate, 0.75);
        // No predicted positives: precision and F1 are absent, not NaN.
        const auto s = ClassificationMetrics::atThreshold(sc, lb, 2.0).value();
        QVERIFY(!s.precision.has_value());
        QVERIFY(!s.f1.has_value());
        QCOMPARE(*s.recall, 0.0);
        const std::vector<int> allOnes(8, 1), bad = {0, 1, 2, 0, 1, 0, 1, 0};
        QVERIFY(!ClassificationMetrics::auc(sc, allOnes).ok());
        QVERIFY(!ClassificationMetrics::roc(sc, bad).ok());
        QVERIFY(!ClassificationMetrics::atThreshold(sc, std::span(lb).first(3)).ok());
    }

    void trainTestSplit()
    {
        const auto s = STATS_REQUIRE(TrainTestSplit::split(200, 0.25, 42));
        QCOMPARE(s.test.size(), size_t{50});
        QCOMPARE(s.train.size(), size_t{150});
        std::set<int64_t> all(s.train.begin(), s.train.end());
        all.insert(s.test.begin(), s.test.end());
        QCOMPARE(all.size(), size_t{200});
        QCOMPARE(*all.rbegin(), int64_t{199});
        const auto again = TrainTestSplit::split(200, 0.25, 42).value();
        QCOMPARE(again.test, s.test);
        QVERIFY(TrainTestSplit::split(200, 0.25, 43).value().test != s.test);
        // Stratified: 63 ones / 137 zeros → round(15.75) = 16 and round(34.25) = 34 test rows.
        const auto d = midData();
        std::vector<int> cls;
        for (double v : d.yl)
            cls.push_back(static_cast<int>(v));
        const auto st = STATS_REQUIRE(TrainTestSplit::stratified(cls, 0.25, 1));
        int testOnes = 0;
        for (auto i : st.test)
            testOnes += cls[static_cast<size_t>(i)];
        QCOMPARE(testOnes, 16);
        QCOMPARE(st.test.size(), size_t{50});
        QVERIFY(!TrainTestSplit::split(1, 0.5, 1).ok());
        QVERIFY(!TrainTestSplit::split(10, 1.0, 1).ok());
        QVERIFY(!TrainTestSplit::split(10, 0.0, 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestStatsModels)
#include "tst_stats_models.moc"
