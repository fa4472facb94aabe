// SPDX-License-Identifier: MIT
// k-means and silhouette against R 4.2.2 (stats::kmeans, cluster 2.1.4 silhouette), printed
// with sprintf("%.17g"). Data, regenerated in R by:
//   i <- 1:60; cl <- (i-1) %/% 20; cx <- c(0, 5, 0)[cl+1]; cy <- c(0, 5, 6)[cl+1]
//   X <- cbind(cx + sin(i*1.7)*0.8, cy + cos(i*2.3)*0.8)                  # 3 known clusters
//   j <- 1:240; g <- (j-1) %% 4
//   M <- cbind(c(0,4,8,2)[g+1] + sin(j*0.7)*1.1, c(0,0,3,6)[g+1] + cos(j*1.9)*1.1,
//              c(1,5,2,7)[g+1] + sin(j*2.9)*1.1)                           # 4 known clusters
#include "StatsCompare.h"

#include "stats/KMeans.h"
#include "stats/Random.h"
#include "stats/Silhouette.h"

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace streamlens::stats;

namespace {

Eigen::MatrixXd smallData()
{
    Eigen::MatrixXd x(60, 2);
    const double cx[] = {0, 5, 0}, cy[] = {0, 5, 6};
    for (int i = 1; i <= 60; ++i) {
        const int c = (i - 1) / 20;
        x(i - 1, 0) = cx[c] + std::sin(i * 1.7) * 0.8;
        x(i - 1, 1) = cy[c] + std::cos(i * 2.3) * 0.8;
    }
    return x;
}

Eigen::MatrixXd midData()
{
    Eigen::MatrixXd m(240, 3);
    const double a[] = {0, 4, 8, 2}, b[] = {0, 0, 3, 6}, c[] = {1, 5, 2, 7};
    for (int j = 1; j <= 240; ++j) {
        const int g = (j - 1) % 4;
        m(j - 1, 0) = a[g] + std::sin(j * 0.7) * 1.1;
        m(j - 1, 1) = b[g] + std::cos(j * 1.9) * 1.1;
        m(j - 1, 2) = c[g] + std::sin(j * 2.9) * 1.1;
    }
    return m;
}

Eigen::MatrixXd rows(const Eigen::MatrixXd& x, std::initializer_list<int> oneBased)
{
    Eigen::MatrixXd r(static_cast<Eigen::Index>(oneBased.size()), x.cols());
    Eigen::Index k = 0;
    for (int i : oneBased)
        r.row(k++) = x.row(i - 1);
    return r;
}

// True when the labels partition the rows exactly like truth(i) (up to renaming).
template <class Truth> bool samePartition(const std::vector<int>& labels, Truth truth)
{
    std::map<int, int> toTruth, fromTruth;
    for (size_t i = 0; i < labels.size(); ++i) {
        const int t = truth(static_cast<int>(i));
        auto [a, insA] = toTruth.emplace(labels[i], t);
        auto [b, insB] = fromTruth.emplace(t, labels[i]);
        if (a->second != t || b->second != labels[i])
            return false;
    }
    return true;
}

constexpr double kTol = 1e-12;

} // namespace

class TestStatsKMeans : public QObject {
    Q_OBJECT

private slots:
    void lloydMatchesR()
    {
        const auto x = smallData();
        // km <- kmeans(X, centers = X[c(1,2,3),], algorithm = "Lloyd", iter.max = 100)
        const auto r = STATS_REQUIRE(KMeans::fromCenters(x, rows(x, {1, 2, 3})));
        QVERIFY(r.converged);
        QCOMPARE(r.iterations, 3); // km$iter
        // km$withinss, km$tot.withinss, km$totss
        STATS_COMPARE(r.withinSS(0), 12.725872029812145, kTol);
        STATS_COMPARE(r.withinSS(1), 12.676562241372752, kTol);
        STATS_COMPARE(r.withinSS(2), 13.194536023696912, kTol);
        STATS_COMPARE(r.totalWithinSS, 38.596970294881807, kTol);
        STATS_COMPARE(r.totalSS, 778.26559127584562, kTol);
        // t(km$centers)
        const double centers[] = {4.9488176726174569,    4.9810665006573505,   0.043060212114030209,
                                  -0.020572047785083376, 0.043803391108210007, 6.0369373294558528};
        for (int c = 0; c < 3; ++c)
            for (int d = 0; d < 2; ++d)
                STATS_COMPARE(r.centers(c, d), centers[c * 2 + d], kTol);
        QCOMPARE(r.sizes, (std::vector<int64_t>{20, 20, 20}));
        // km$cluster: rows 1-20 → 2, 21-40 → 1, 41-60 → 3 (1-based)
        for (int i = 0; i < 60; ++i)
            QCOMPARE(r.labels[static_cast<size_t>(i)], i < 20 ? 1 : i < 40 ? 0 : 2);

        // s <- silhouette(km$cluster, dist(X)); summary(s)$avg.width, $clus.avg.widths,
        // s[c(1, 25, 60), 3]
        const auto s = STATS_REQUIRE(Silhouette::compute(x, r.labels));
        QVERIFY(!s.sampled);
        STATS_COMPARE(s.mean, 0.80066043984663415, kTol);
        STATS_COMPARE(s.perCluster[0], 0.79129685696856766, kTol);
        STATS_COMPARE(s.perCluster[1], 0.82512756485431216, kTol);
        STATS_COMPARE(s.perCluster[2], 0.78555689771702275, kTol);
        STATS_COMPARE(s.values[0], 0.8293872232807763, kTol);
        STATS_COMPARE(s.values[24], 0.73733170446979301, kTol);
        STATS_COMPARE(s.values[59], 0.72501961495800016, kTol);
    }

    void lloydMidSize()
    {
        const auto m = midData();
        // km2 <- kmeans(M, centers = M[c(1,5,9,13),], algorithm = "Lloyd", iter.max = 100)
        auto r = STATS_REQUIRE(KMeans::fromCenters(m, rows(m, {1, 5, 9, 13})));
        QCOMPARE(r.iterations, 4);
        const double w2[] = {110.70891728768351, 106.33625891758575, 108.890929452373,
                             110.03656362827907};
        for (int c = 0; c < 4; ++c)
            STATS_COMPARE(r.withinSS(c), w2[c], kTol);
        STATS_COMPARE(r.totalWithinSS, 435.97266928592131, kTol);
        // summary(silhouette(km2$cluster, dist(M)))
        auto s = STATS_REQUIRE(Silhouette::compute(m, r.labels));
        STATS_COMPARE(s.mean, 0.69211544638998701, kTol);
        const double sc[] = {0.69120213141311515, 0.68888847395247532, 0.65971006057020321,
                             0.72866111962415447};
        for (int c = 0; c < 4; ++c)
            STATS_COMPARE(s.perCluster[static_cast<size_t>(c)], sc[c], kTol);
        // km3 <- kmeans(M, centers = M[c(1,2,3,5),], algorithm = "Lloyd", iter.max = 100):
        // a poor start that needs 12 iterations and reaches the same partition.
        r = STATS_REQUIRE(KMeans::fromCenters(m, rows(m, {1, 2, 3, 5})));
        QCOMPARE(r.iterations, 12);
        const double w3[] = {106.33625891758575, 110.03656362827907, 110.70891728768351,
                             108.890929452373};
        for (int c = 0; c < 4; ++c)
            STATS_COMPARE(r.withinSS(c), w3[c], kTol);
        // Stopping early reports non-convergence honestly.
        r = STATS_REQUIRE(KMeans::fromCenters(m, rows(m, {1, 2, 3, 5}), 3));
        QVERIFY(!r.converged);
        QVERIFY(r.note.find("did not converge") != std::string::npos);
    }

    void plusPlusFindsKnownClusters()
    {
        const auto m = midData();
        KMeansOptions o;
        o.k = 4;
        o.seed = 7;
        const auto r = STATS_REQUIRE(KMeans::fit(m, o));
        QVERIFY(r.converged);
        QVERIFY(samePartition(r.labels, [](int i) { return i % 4; }));
        // Clustered on z-scores: WCSS differs from R's raw value, but the profiles in original
        // units are exactly the per-cluster means of the raw data.
        QVERIFY(r.standardizer.has_value());
        for (int c = 0; c < 4; ++c) {
            Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(3);
            int count = 0;
            for (int i = 0; i < 240; ++i)
                if (r.labels[static_cast<size_t>(i)] == c) {
                    sum += m.row(i);
                    ++count;
                }
            QCOMPARE(r.sizes[static_cast<size_t>(c)], int64_t{count});
            for (int d = 0; d < 3; ++d)
                STATS_COMPARE(r.centersOriginal(c, d), sum(d) / count, 1e-12);
        }
        // Without standardisation the best of the restarts is R's optimum 435.97266928592131.
        o.standardize = false;
        const auto raw = STATS_REQUIRE(KMeans::fit(m, o));
        STATS_COMPARE(raw.totalWithinSS, 435.97266928592131, 1e-12);
        // Same seed → same result; restarts never worsen the best WCSS.
        const auto again = STATS_REQUIRE(KMeans::fit(m, o));
        QCOMPARE(again.labels, raw.labels);
        o.threads = 1; // the thread count never changes the answer
        const auto serial = STATS_REQUIRE(KMeans::fit(m, o));
        QCOMPARE(serial.labels, raw.labels);
        QCOMPARE(serial.totalWithinSS, raw.totalWithinSS);
        o.restarts = 1;
        const auto single = STATS_REQUIRE(KMeans::fit(m, o));
        QVERIFY(single.totalWithinSS >= raw.totalWithinSS - 1e-9);
    }

    void threadCountIndependent()
    {
        // 9,000 rows: enough for the assignment step to run on 2+ threads (4,096 per worker).
        Random rng(5);
        Eigen::MatrixXd x(9000, 3);
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            for (Eigen::Index j = 0; j < 3; ++j)
                x(i, j) = static_cast<double>((i % 3) * (j + 1)) + rng.normal();
        KMeansOptions o;
        o.k = 3;
        o.restarts = 1;
        o.threads = 1;
        const auto one = STATS_REQUIRE(KMeans::fit(x, o));
        o.threads = 4;
        const auto four = STATS_REQUIRE(KMeans::fit(x, o));
        QCOMPARE(four.labels, one.labels);
        QCOMPARE(four.totalWithinSS, one.totalWithinSS);
    }

    void chooseK()
    {
        KMeansOptions o;
        o.seed = 3;
        const auto rowsK = STATS_REQUIRE(KMeans::scan(smallData(), 1, 6, o));
        QCOMPARE(rowsK.size(), size_t{6});
        QVERIFY(!rowsK[0].silhouette.has_value());
        int bestK = 0;
        double best = -2.0;
        for (size_t i = 0; i < rowsK.size(); ++i) {
            if (i > 0)
                QVERIFY(rowsK[i].totalWithinSS <= rowsK[i - 1].totalWithinSS + 1e-9);
            if (rowsK[i].silhouette && *rowsK[i].silhouette > best) {
                best = *rowsK[i].silhouette;
                bestK = rowsK[i].k;
            }
        }
        QCOMPARE(bestK, 3); // three clusters were generated
        // k = 1: WCSS equals the total sum of squares of the z-scores: (n − 1)·d = 59·2.
        STATS_COMPARE(rowsK[0].totalWithinSS, 118.0, 1e-12);
    }

    void sampledSilhouette()
    {
        const auto m = midData();
        const auto r = STATS_REQUIRE(KMeans::fromCenters(m, rows(m, {1, 5, 9, 13})));
        SilhouetteOptions so;
        so.exactLimit = 120;
        so.seed = 9;
        const auto s = STATS_REQUIRE(Silhouette::compute(m, r.labels, so));
        QVERIFY(s.sampled);
        QCOMPARE(s.rows.size(), size_t{120});
        QCOMPARE(std::set<int64_t>(s.rows.begin(), s.rows.end()).size(), size_t{120});
        // A random half of well-separated data: close to the exact 0.692 (R above).
        QVERIFY(std::fabs(s.mean - 0.69211544638998701) < 0.03);
        const auto s2 = STATS_REQUIRE(Silhouette::compute(m, r.labels, so));
        QCOMPARE(s2.mean, s.mean); // seeded
    }

    void edgeCases()
    {
        const auto x = smallData();
        KMeansOptions o;
        o.k = 61;
        QVERIFY(!KMeans::fit(x, o).ok()); // more clusters than rows
        o.k = 0;
        QVERIFY(!KMeans::fit(x, o).ok());
        o.k = 2;
        Eigen::MatrixXd flat = x;
        flat.col(1).setConstant(3.0);
        auto e = KMeans::fit(flat, o);
        QVERIFY(!e.ok());
        QVERIFY(e.error().find("column 1") != std::string::npos);
        Eigen::MatrixXd nan = x;
        nan(4, 0) = std::nan("");
        QVERIFY(!KMeans::fit(nan, o).ok());
        QVERIFY(!KMeans::fromCenters(x, Eigen::MatrixXd::Zero(2, 3)).ok());
        // k = 1 works; a single cluster has no silhouette.
        o.k = 1;
        const auto one = STATS_REQUIRE(KMeans::fit(x, o));
        QCOMPARE(one.sizes[0], int64_t{60});
        QVERIFY(!Silhouette::compute(x, one.labels).ok());
        // Duplicate points: fewer distinct points than k still returns (a cluster may be
        // emptied and re-seeded); nothing crashes and sizes add up.
        Eigen::MatrixXd dup(6, 2);
        dup << 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2;
        o.k = 3;
        o.standardize = false;
        const auto d = STATS_REQUIRE(KMeans::fit(dup, o));
        QCOMPARE(d.sizes[0] + d.sizes[1] + d.sizes[2], int64_t{6});
        // Singletons get silhouette 0, as in cluster::silhouette.
        Eigen::MatrixXd three(3, 1);
        three << 0, 1, 10;
        const std::vector<int> lab = {0, 0, 1};
        const auto s = STATS_REQUIRE(Silhouette::compute(three, lab));
        QCOMPARE(s.values[2], 0.0);
        // silhouette(c(1,1,2), dist(c(0,1,10)))[1,3] = 1 - 1/10 = 0.9 (a = 1, b = 10)
        STATS_COMPARE(s.values[0], 0.9, 1e-15);
    }
};

QTEST_GUILESS_MAIN(TestStatsKMeans)
#include "tst_stats_kmeans.moc"
