// SPDX-License-Identifier: MIT
#include "stats/LogisticRegression.h"

#include "stats/Collinearity.h"
#include "stats/Distributions.h"

#include <Eigen/QR>

#include <cmath>
#include <limits>

namespace streamlens::stats {

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

// R's C logit_linkinv / logit_mu_eta with their ±30 thresholds.
double linkinv(double eta)
{
    const double t = eta < -30.0 ? kEps : (eta > 30.0 ? 1.0 / kEps : std::exp(eta));
    return t / (1.0 + t);
}

double muEta(double eta)
{
    if (eta > 30.0 || eta < -30.0)
        return kEps;
    const double e = std::exp(eta);
    return e / ((1.0 + e) * (1.0 + e));
}

// y·log(y/μ) with the 0·log 0 = 0 convention (R's y_log_y).
double yLogY(double y, double mu)
{
    return y != 0.0 ? y * std::log(y / mu) : 0.0;
}

double deviance(const Eigen::VectorXd& y, const Eigen::VectorXd& mu)
{
    double d = 0.0;
    for (Eigen::Index i = 0; i < y.size(); ++i)
        d += 2.0 * (yLogY(y(i), mu(i)) + yLogY(1.0 - y(i), 1.0 - mu(i)));
    return d;
}

struct IrlsState {
    Eigen::VectorXd beta, eta, mu;
    double dev = 0.0;
    Eigen::HouseholderQR<Eigen::MatrixXd> qr; // of the last weighted design
    int iterations = 0;
    bool converged = false;
};

// One IRLS step: weighted least squares of the working response on X (R's Cdqrls).
void irlsStep(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, IrlsState& s)
{
    const Eigen::Index n = x.rows();
    Eigen::VectorXd z(n), w(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double me = muEta(s.eta(i));
        const double var = s.mu(i) * (1.0 - s.mu(i));
        z(i) = s.eta(i) + (y(i) - s.mu(i)) / me;
        w(i) = std::sqrt(me * me / var);
    }
    s.qr.compute(w.asDiagonal() * x);
    s.beta = s.qr.solve(z.cwiseProduct(w));
    s.eta = x * s.beta;
    s.mu = s.eta.unaryExpr(&linkinv);
    s.dev = deviance(y, s.mu);
}

} // namespace

Eigen::VectorXd LogisticModel::predictProbabilities(const Eigen::MatrixXd& x) const
{
    Eigen::VectorXd b(static_cast<Eigen::Index>(coefficients.size()));
    for (size_t i = 0; i < coefficients.size(); ++i)
        b(static_cast<Eigen::Index>(i)) = coefficients[i].estimate;
    return (x * b).unaryExpr(&linkinv);
}

Expected<LogisticModel> LogisticRegression::fit(const Design& design, std::span<const double> y,
                                                const LogisticOptions& options)
{
    using E = Expected<LogisticModel>;
    const Eigen::MatrixXd& x = design.x;
    const auto n = x.rows(), p = x.cols();
    if (static_cast<Eigen::Index>(y.size()) != n)
        return E::failure("the response has " + std::to_string(y.size()) +
                          " values but the design has " + std::to_string(n) + " rows");
    if (!(options.level > 0.0 && options.level < 1.0) || options.maxIterations < 1 ||
        !(options.epsilon > 0.0))
        return E::failure("invalid logistic regression options");
    int64_t ones = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        if (y[i] != 0.0 && y[i] != 1.0)
            return E::failure("the response must be 0 or 1; value " + std::to_string(i) +
                              " is not");
        ones += y[i] == 1.0;
    }
    if (ones == 0 || ones == n)
        return E::failure("the response has a single class (all " +
                          std::string(ones == 0 ? "0" : "1") + "): nothing to model");
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
    IrlsState s;
    // R's binomial initialisation: mustart = (y + 0.5)/2, eta = logit(mustart).
    s.mu = (yv.array() + 0.5) / 2.0;
    s.eta = (s.mu.array() / (1.0 - s.mu.array())).log();
    double devOld = deviance(yv, s.mu);
    for (int it = 1; it <= options.maxIterations; ++it) {
        irlsStep(x, yv, s);
        s.iterations = it;
        if (!std::isfinite(s.dev))
            return E::failure("the deviance became infinite during fitting");
        if (std::fabs(s.dev - devOld) / (std::fabs(s.dev) + 0.1) < options.epsilon) {
            s.converged = true;
            break;
        }
        devOld = s.dev;
    }

    // Separation: R's "fitted probabilities numerically 0 or 1", or coefficients that keep
    // moving by a sizeable step under further Newton iterations (they diverge to ±∞ when the
    // classes are perfectly or quasi-completely separated, while a proper maximum attracts
    // quadratically).
    const double tiny = 10.0 * kEps;
    bool extreme = false;
    for (Eigen::Index i = 0; i < n; ++i)
        extreme = extreme || s.mu(i) > 1.0 - tiny || s.mu(i) < tiny;
    IrlsState probe = s;
    Eigen::VectorXd step = Eigen::VectorXd::Zero(p);
    for (int it = 0; it < 8; ++it) {
        const Eigen::VectorXd before = probe.beta;
        irlsStep(x, yv, probe);
        step = probe.beta - before;
    }
    const double maxStep = step.cwiseAbs().maxCoeff();
    if (extreme || maxStep > 0.05) {
        if (!(maxStep > 0.0) || !std::isfinite(maxStep))
            step = s.beta;
        // Name the predictor whose divergence moves the linear predictor most (|Δβ|·sd);
        // constant columns (the intercept) only when nothing else moves.
        Eigen::Index worst = 0;
        double worstScore = -1.0;
        for (Eigen::Index j = 0; j < p; ++j) {
            const double mean = x.col(j).mean();
            const double sd = std::sqrt((x.col(j).array() - mean).square().mean());
            const double score = sd > 0.0 ? std::fabs(step(j)) * sd : -0.5;
            if (score > worstScore) {
                worstScore = score;
                worst = j;
            }
        }
        return E::failure(
            "perfect or quasi-complete separation: the outcome is (almost) perfectly predicted, "
            "fitted probabilities reach 0 or 1 and the coefficient of '" +
            design.columnNames[static_cast<size_t>(worst)] +
            "' diverges; maximum-likelihood estimates do not exist (drop or merge that "
            "predictor, or use penalised regression)");
    }
    if (!s.converged)
        return E::failure("IRLS did not converge in " + std::to_string(options.maxIterations) +
                          " iterations");

    LogisticModel m;
    m.n = n;
    m.parameters = p;
    m.iterations = s.iterations;
    m.deviance = s.dev;
    m.fitted = s.mu;
    // Null model: intercept only (μ = ȳ), or μ = ½ without an intercept, as R.
    const double ybar = static_cast<double>(ones) / static_cast<double>(n);
    m.nullDeviance = deviance(yv, Eigen::VectorXd::Constant(n, design.hasIntercept ? ybar : 0.5));
    m.dfResidual = static_cast<double>(n - p);
    m.dfNull = static_cast<double>(n - (design.hasIntercept ? 1 : 0));
    m.aic = m.deviance + 2.0 * static_cast<double>(p);
    m.bic = m.deviance + std::log(static_cast<double>(n)) * static_cast<double>(p);
    m.mcFaddenR2 = 1.0 - m.deviance / m.nullDeviance;

    const Eigen::MatrixXd r = s.qr.matrixQR().topRows(p).triangularView<Eigen::Upper>();
    const Eigen::MatrixXd rInv =
        r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
    const Eigen::VectorXd varDiag = (rInv * rInv.transpose()).diagonal();
    const double q = dist::normalQuantile(0.5 + options.level / 2.0);
    for (Eigen::Index j = 0; j < p; ++j) {
        RegressionCoefficient c;
        c.name = design.columnNames[static_cast<size_t>(j)];
        c.estimate = s.beta(j);
        c.standardError = std::sqrt(varDiag(j));
        c.statistic = c.estimate / c.standardError;
        c.pValue = dist::normalTwoSided(c.statistic);
        c.ciLow = c.estimate - q * c.standardError;
        c.ciHigh = c.estimate + q * c.standardError;
        m.coefficients.push_back(c);
    }
    return m;
}

} // namespace streamlens::stats
