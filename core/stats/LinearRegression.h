// SPDX-License-Identifier: MIT
#pragma once

#include "stats/DesignMatrix.h"
#include "stats/Expected.h"
#include "stats/RegressionCoefficient.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace streamlens::stats {

struct LinearModel {
    std::vector<RegressionCoefficient> coefficients; // t statistics on n − p df
    int64_t n = 0;
    int64_t parameters = 0; // p, columns of the design
    double dfResidual = 0.0;
    double rss = 0.0;
    double sigma = 0.0; // residual standard error √(RSS/(n − p))
    double rSquared = 0.0;
    double adjRSquared = 0.0;
    // Overall F test against the intercept-only model (absent when the model has no
    // predictor besides the intercept).
    std::optional<double> fStatistic, fDf1, fDf2, fPValue;
    double logLikelihood = 0.0; // Gaussian, σ² = RSS/n, as R's logLik.lm
    double aic = 0.0;           // −2 logLik + 2(p + 1), as R's AIC(lm)
    double bic = 0.0;
    Eigen::VectorXd fitted;
    Eigen::VectorXd residuals;

    Eigen::VectorXd predict(const Eigen::MatrixXd& x) const;
};

// Ordinary least squares by Householder QR, as R's summary(lm(...)). R² uses the centred
// total sum of squares when the design has an intercept and the uncentred one otherwise, as R.
// Rank deficiency is an error naming the aliased column(s) (R would drop them as NA).
class LinearRegression {
public:
    static Expected<LinearModel> fit(const Design& design, std::span<const double> y,
                                     double level = 0.95);
};

} // namespace streamlens::stats
