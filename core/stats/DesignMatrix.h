// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace streamlens::stats {

// A built model matrix with its column names.
struct Design {
    Eigen::MatrixXd x;
    std::vector<std::string> columnNames; // "(Intercept)", "bitrate", "device=tv", …
    bool hasIntercept = true;
};

// Builds a model matrix from named predictors, like R's model.matrix with treatment
// contrasts: an intercept column (optional), numeric predictors as they are, and each
// categorical predictor as 0/1 dummies for every level but the reference one. Levels are
// ordered alphabetically (R's factor default) and the reference is the first level unless
// chosen. Dummy columns are named "predictor=level".
class DesignMatrix {
public:
    explicit DesignMatrix(bool intercept = true)
        : m_intercept(intercept)
    {
    }

    DesignMatrix& addNumeric(std::string name, std::span<const double> values);
    DesignMatrix& addCategorical(std::string name, std::span<const std::string> values,
                                 std::optional<std::string> reference = std::nullopt);

    // Fails on differing lengths, no rows, non-finite numbers, a categorical predictor with a
    // single level, an unknown reference level, or duplicate names.
    Expected<Design> build() const;

private:
    struct Term {
        std::string name;
        std::vector<double> numeric;
        std::vector<std::string> categorical;
        std::optional<std::string> reference;
        bool isCategorical = false;
    };
    bool m_intercept;
    std::vector<Term> m_terms;
};

} // namespace streamlens::stats
