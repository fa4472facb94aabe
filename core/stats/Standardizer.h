// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"

#include <Eigen/Core>

namespace streamlens::stats {

// Column-wise z-scores (x − mean)/sd with the sample sd (n − 1), remembering the means and
// sds so results (cluster centres) can be mapped back to the original units.
class Standardizer {
public:
    // Fails on fewer than 2 rows, a non-finite value, or a constant column (named by index).
    static Expected<Standardizer> fit(const Eigen::MatrixXd& data);

    Eigen::MatrixXd transform(const Eigen::MatrixXd& data) const;
    Eigen::MatrixXd inverse(const Eigen::MatrixXd& standardized) const;

    const Eigen::VectorXd& means() const { return m_means; }
    const Eigen::VectorXd& sds() const { return m_sds; }

private:
    Eigen::VectorXd m_means;
    Eigen::VectorXd m_sds;
};

} // namespace streamlens::stats
