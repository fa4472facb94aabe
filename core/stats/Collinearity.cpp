// SPDX-License-Identifier: MIT
#include "stats/Collinearity.h"

namespace streamlens::stats {

std::vector<int> aliasedColumns(const Eigen::MatrixXd& x, double tol)
{
    std::vector<int> aliased;
    // Orthonormal basis of the kept columns, by modified Gram–Schmidt applied twice
    // ("twice is enough") so near-dependence is measured reliably.
    Eigen::MatrixXd q(x.rows(), 0);
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        Eigen::VectorXd v = x.col(j);
        const double norm0 = v.norm();
        if (norm0 == 0.0) {
            aliased.push_back(static_cast<int>(j));
            continue;
        }
        for (int pass = 0; pass < 2; ++pass)
            for (Eigen::Index c = 0; c < q.cols(); ++c)
                v -= q.col(c).dot(v) * q.col(c);
        const double norm = v.norm();
        if (norm < tol * norm0) {
            aliased.push_back(static_cast<int>(j));
            continue;
        }
        q.conservativeResize(Eigen::NoChange, q.cols() + 1);
        q.col(q.cols() - 1) = v / norm;
    }
    return aliased;
}

} // namespace streamlens::stats
