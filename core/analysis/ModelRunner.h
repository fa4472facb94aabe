// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ModelAnswer.h"
#include "analysis/ModelRequest.h"
#include "stats/Expected.h"

#include <string>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// Fits a linear or logistic regression of a target on features taken from the selection.
// Coefficients, standard errors, tests and fit measures come from the fit on all units used;
// the predictive measures (AUC, accuracy, precision, recall, confusion matrix; test RMSE and
// R² for linear models) from a second fit on a seeded training split (stratified by class for
// logistic models), evaluated on the held-out rest.
class ModelRunner {
public:
    // Catalogue checks; empty when well-formed.
    static std::string check(const ModelRequest& request);
    // Fails with check()'s message or with why the data cannot be modelled (too few units, a
    // constant target, a single-level factor, an aliased column, separation...).
    static stats::Expected<ModelAnswer>
    run(const Dataset& dataset, const query::Selection& selection, const ModelRequest& request);

    // A categorical feature may have at most this many levels among the units used.
    static constexpr size_t kMaxLevels = 100;
};

} // namespace streamlens::analysis
