// SPDX-License-Identifier: MIT
#include "stats/LinearRegression.h"

#include "stats/Collinearity.h"
#include "stats/Distributions.h"
#include "stats/InputCheck.h"

#include <Eigen/QR>

#include <cmath>
#include <numbers>

namespace streamlens::stats {

Eigen::VectorXd LinearModel::predict(const Eigen::MatrixXd& x) const
{
    Eigen::VectorXd b(static_cast<Eigen::Index>(coefficients.size()));
    for (size_t i = 0; i < coefficients.size(); ++i)
        b(static_cast<Eigen::Index>(i)) = coefficients[i].estimate;
    return x * b;
}

Expected<LinearModel> LinearRegression::fit(const Design& design, std::span<const double> y,
                                            double level)
{
    using E = Expected<LinearModel>;
    const Eigen::MatrixXd& x = design.x;
    const auto n = x.rows(), p = x.cols();
    if (static_cast<Eigen::Index>(y.size()) != n)
        return E::failure("the response has " + std::to_string(y.size()) +
                          " values but the design has " + std::to_string(n) + " rows");
    if (auto e = checkFinite(y, "response"); !e.empty())
        return E::failure(e);
    if (!(level > 0.0 && level < 1.0))
        return E::failure("confidence level must lie in (0, 1)");
    if (p == 0)
        return E::failure("the model has no columns");
    if (n <= p)
        return E::failure("too few observations: " + std::to_string(n) + " rows for " +
                          std::to_string(p) + " coefficients (need more rows than coefficients)");
    if (!x.allFinite())
        return E::failure("the design matrix contains a non-finite value");
    if (const auto aliased = aliasedColumns(x); !aliased.empty()) {
        std::string names;
        for (int j : aliased)
            names +=
                (names.empty() ? "'" : ", '") + design.columnNames[static_cast<size_t>(j)] + "'";
        return E::failure("the design is rank deficient: " + names +
                          " is a linear combination of earlier columns (aliased); drop it");
    }

    const Eigen::Map<const Eigen::VectorXd> yv(y.data(), n);
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(x);
    const Eigen::VectorXd beta = qr.solve(yv);

    LinearModel m;
    m.n = n;
    m.parameters = p;
    m.fitted = x * beta;
    m.residuals = yv - m.fitted;
    m.rss = m.residuals.squaredNorm();
    m.dfResidual = static_cast<double>(n - p);
    const double meanY = yv.mean();
    const double tss = design.hasIntercept ? (yv.array() - meanY).square().sum() : yv.squaredNorm();
    if (!(tss > 0.0))
        return E::failure("the response has zero variance: nothing to explain");
    // Same threshold idea as R's "essentially perfect fit" warning: inference is undefined.
    if (m.rss <= 1e-28 * tss)
        return E::failure("essentially perfect fit (zero residual variance): standard errors "
                          "and p-values are undefined");
    const double s2 = m.rss / m.dfResidual;
    m.sigma = std::sqrt(s2);

    // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ from the triangular factor.
    const Eigen::MatrixXd r = qr.matrixQR().topRows(p).triangularView<Eigen::Upper>();
    const Eigen::MatrixXd rInv =
        r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
    const Eigen::VectorXd xtxInvDiag = (rInv * rInv.transpose()).diagonal();
    const double q = dist::tQuantile(0.5 + level / 2.0, m.dfResidual);
    for (Eigen::Index j = 0; j < p; ++j) {
        RegressionCoefficient c;
        c.name = design.columnNames[static_cast<size_t>(j)];
        c.estimate = beta(j);
        c.standardError = std::sqrt(s2 * xtxInvDiag(j));
        c.statistic = c.estimate / c.standardError;
        c.pValue = dist::tTwoSided(c.statistic, m.dfResidual);
        c.ciLow = c.estimate - q * c.standardError;
        c.ciHigh = c.estimate + q * c.standardError;
        m.coefficients.push_back(c);
    }

    m.rSquared = 1.0 - m.rss / tss;
    const double dfInt = design.hasIntercept ? 1.0 : 0.0;
    m.adjRSquared = 1.0 - (1.0 - m.rSquared) * (static_cast<double>(n) - dfInt) / m.dfResidual;
    const double df1 = static_cast<double>(p) - dfInt;
    if (df1 > 0.0) {
        m.fStatistic = ((tss - m.rss) / df1) / s2;
        m.fDf1 = df1;
        m.fDf2 = m.dfResidual;
        m.fPValue = dist::fUpper(*m.fStatistic, df1, m.dfResidual);
    }
    const auto nn = static_cast<double>(n);
    m.logLikelihood =
        -0.5 * nn * (std::log(2.0 * std::numbers::pi) + 1.0 - std::log(nn) + std::log(m.rss));
    const double k = static_cast<double>(p) + 1.0; // σ counts as a parameter
    m.aic = -2.0 * m.logLikelihood + 2.0 * k;
    m.bic = -2.0 * m.logLikelihood + std::log(nn) * k;
    return m;
}

} // namespace streamlens::stats
