// SPDX-License-Identifier: MIT
#include "stats/Standardizer.h"

#include <cmath>
#include <string>

namespace streamlens::stats {

Expected<Standardizer> Standardizer::fit(const Eigen::MatrixXd& data)
{
    using E = Expected<Standardizer>;
    if (data.rows() < 2)
        return E::failure("standardisation needs at least 2 rows");
    if (!data.allFinite())
        return E::failure("standardisation: the data contain a non-finite value");
    Standardizer s;
    const auto n = static_cast<double>(data.rows());
    s.m_means = data.colwise().mean().transpose();
    s.m_sds.resize(data.cols());
    for (Eigen::Index j = 0; j < data.cols(); ++j) {
        const double ss = (data.col(j).array() - s.m_means(j)).square().sum();
        s.m_sds(j) = std::sqrt(ss / (n - 1.0));
        if (!(s.m_sds(j) > 0.0))
            return E::failure("feature column " + std::to_string(j) +
                              " has zero variance and cannot be standardised (drop it)");
    }
    return s;
}

Eigen::MatrixXd Standardizer::transform(const Eigen::MatrixXd& data) const
{
    return (data.rowwise() - m_means.transpose()).array().rowwise() / m_sds.transpose().array();
}

Eigen::MatrixXd Standardizer::inverse(const Eigen::MatrixXd& standardized) const
{
    Eigen::MatrixXd out = standardized.array().rowwise() * m_sds.transpose().array();
    return out.rowwise() + m_means.transpose();
}

} // namespace streamlens::stats
