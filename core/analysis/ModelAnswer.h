// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ModelRequest.h"
#include "stats/ClassificationMetrics.h"
#include "stats/RegressionCoefficient.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::analysis {

// One coefficient with what it refers to: a numeric feature (per unit of it), a dummy
// (level vs reference) or the intercept.
struct ModelTerm {
    stats::RegressionCoefficient coefficient; // name is the design column: "plan=premium"
    std::string variable;                     // feature key; empty for the intercept
    std::string level;                        // dummy level
    std::string reference;                    // the dummy's reference level
    Unit unit = Unit::None;                   // of a numeric feature
};

// Fit measures of the model on all units used; those that do not apply to the kind are
// absent (null in JSON).
struct ModelFit {
    std::optional<double> rSquared, adjRSquared, sigma, fStatistic, fPValue; // linear
    std::optional<double> pseudoRSquared;                                    // logistic
    std::optional<double> aic, bic, deviance, nullDeviance, logLikelihood;
    std::optional<int> iterations;
};

// Predictive quality on the held-out split, of a model refitted on the training split.
struct Holdout {
    int64_t nTrain = 0;
    int64_t nTest = 0;
    double threshold = 0.5;
    std::optional<double> auc, accuracy, precision, recall, specificity, f1; // logistic
    std::optional<stats::ConfusionMatrix> confusion;                         // logistic
    std::vector<stats::RocPoint> roc;     // logistic: held-out ROC curve, thinned for drawing
    std::optional<double> rmse, rSquared; // linear
    std::string note;                     // why something is missing
};

struct ModelAnswer {
    ModelRequest request;
    int64_t units = 0;        // units of the level in the selection
    int64_t n = 0;            // units used
    int64_t nullValues = 0;   // left out: a null in target or a feature
    int64_t excludedWhen = 0; // left out by excludeWhen
    std::vector<std::pair<std::string, int64_t>> nullsByVariable;
    std::vector<ModelTerm> terms;
    ModelFit fit;
    Holdout holdout;
    std::vector<std::string> notes;
    std::string sentence;

    const ModelTerm* term(std::string_view designColumn) const;
    // {"kind", "level", "target", "features", "n", "units", "excluded", "coefficients": [{"term",
    // "estimate", "std_error", "statistic", "p_value", "ci_low", "ci_high", "odds_ratio"...}],
    // "r_squared", "adj_r_squared", "aic", "bic", "deviance", "null_deviance",
    // "pseudo_r_squared", "auc", "accuracy", "precision", "recall", "confusion_matrix", ...}
    QJsonObject toJson() const;
};

} // namespace streamlens::analysis
