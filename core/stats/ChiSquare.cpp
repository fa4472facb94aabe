// SPDX-License-Identifier: MIT
#include "stats/ChiSquare.h"

#include "stats/Distributions.h"

#include <algorithm>
#include <cmath>

namespace streamlens::stats {

Expected<TestResult> ChiSquare::independence(const Eigen::MatrixXd& table, bool yates)
{
    using E = Expected<TestResult>;
    const auto rows = table.rows(), cols = table.cols();
    if (rows < 2 || cols < 2)
        return E::failure("chi-squared test needs at least a 2 × 2 table");
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index j = 0; j < cols; ++j)
            if (!std::isfinite(table(i, j)) || table(i, j) < 0.0)
                return E::failure("chi-squared test: counts must be finite and non-negative");
    const Eigen::VectorXd rowSums = table.rowwise().sum();
    const Eigen::RowVectorXd colSums = table.colwise().sum();
    const double n = table.sum();
    for (Eigen::Index i = 0; i < rows; ++i)
        if (rowSums(i) == 0.0)
            return E::failure("chi-squared test: row " + std::to_string(i + 1) +
                              " has no observations (drop empty categories)");
    for (Eigen::Index j = 0; j < cols; ++j)
        if (colSums(j) == 0.0)
            return E::failure("chi-squared test: column " + std::to_string(j + 1) +
                              " has no observations (drop empty categories)");

    const bool correct = yates && rows == 2 && cols == 2;
    double x2 = 0.0, x2Plain = 0.0, minExpected = n;
    for (Eigen::Index i = 0; i < rows; ++i) {
        for (Eigen::Index j = 0; j < cols; ++j) {
            const double e = rowSums(i) * colSums(j) / n;
            minExpected = std::min(minExpected, e);
            const double d = std::fabs(table(i, j) - e);
            x2Plain += d * d / e;
            // R: YATES <- min(0.5, abs(x - E)), the correction never overshoots.
            const double dc = correct ? d - std::min(0.5, d) : d;
            x2 += dc * dc / e;
        }
    }
    TestResult r;
    r.test = "Pearson's chi-squared test of independence";
    r.statistic_name = "χ²";
    r.statistic = x2;
    r.df = static_cast<double>((rows - 1) * (cols - 1));
    r.p_value = dist::chiSquaredUpper(x2, *r.df);
    r.effect_size = std::sqrt(x2Plain / (n * static_cast<double>(std::min(rows, cols) - 1)));
    r.effect_size_name = "Cramér's V";
    r.group_sizes = {static_cast<int64_t>(std::llround(n))};
    r.method_note = correct ? "Yates' continuity correction" : "no continuity correction";
    if (minExpected < 5.0)
        r.method_note += "; some expected counts are below 5, the chi-squared approximation "
                         "may be incorrect (consider Fisher's exact test)";
    return r;
}

} // namespace streamlens::stats
