// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <vector>

namespace streamlens::stats {

// Columns of a design matrix that are (numerically) linear combinations of the columns before
// them, found left to right as R's lm/glm QR (dqrdc2, tol = 1e-7) marks them aliased: a
// column is aliased when what remains of it after projecting out the kept columns has a norm
// below tol × its own norm. An all-zero column is always aliased.
std::vector<int> aliasedColumns(const Eigen::MatrixXd& x, double tol = 1e-7);

} // namespace streamlens::stats
