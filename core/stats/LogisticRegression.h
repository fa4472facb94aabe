// SPDX-License-Identifier: MIT
#pragma once

#include "stats/DesignMatrix.h"
#include "stats/Expected.h"
#include "stats/RegressionCoefficient.h"

#include <Eigen/Core>

#include <cstdint>
#include <span>
#include <vector>

namespace streamlens::stats {

struct LogisticOptions {
    double epsilon = 1e-8;  // R's glm.control(epsilon): |Δdeviance|/(|deviance| + 0.1)
    int maxIterations = 25; // R's glm.control(maxit)
    double level = 0.95;    // Wald intervals (R's confint.default)
};

struct LogisticModel {
    std::vector<RegressionCoefficient> coefficients; // Wald z, normal p-values
    int64_t n = 0;
    int64_t parameters = 0;
    double deviance = 0.0;
    double nullDeviance = 0.0;
    double dfResidual = 0.0;
    double dfNull = 0.0;
    double aic = 0.0; // deviance + 2p (0/1 response)
    double bic = 0.0;
    double mcFaddenR2 = 0.0; // 1 − deviance / null deviance
    int iterations = 0;
    Eigen::VectorXd fitted; // probabilities

    Eigen::VectorXd predictProbabilities(const Eigen::MatrixXd& x) const;
};

// Binary logistic regression by iteratively reweighted least squares, step for step as R's
// glm.fit(family = binomial()): same starting values, same clamped logit link, same
// convergence rule, covariance from the last weighted QR — so the numbers equal R's
// summary(glm(...)). Instead of R's warnings the fit fails with a message on a response that
// is not 0/1 or has one class, too few rows, an aliased column, non-convergence, and on
// perfect or quasi-complete separation (fitted probabilities numerically 0 or 1, or
// coefficients that keep diverging when the iterations are continued).
class LogisticRegression {
public:
    static Expected<LogisticModel> fit(const Design& design, std::span<const double> y,
                                       const LogisticOptions& options = {});
};

} // namespace streamlens::stats
