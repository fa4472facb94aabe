// SPDX-License-Identifier: MIT
#include "stats/DesignMatrix.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace streamlens::stats {

DesignMatrix& DesignMatrix::addNumeric(std::string name, std::span<const double> values)
{
    Term t;
    t.name = std::move(name);
    t.numeric.assign(values.begin(), values.end());
    m_terms.push_back(std::move(t));
    return *this;
}

DesignMatrix& DesignMatrix::addCategorical(std::string name, std::span<const std::string> values,
                                           std::optional<std::string> reference)
{
    Term t;
    t.name = std::move(name);
    t.categorical.assign(values.begin(), values.end());
    t.reference = std::move(reference);
    t.isCategorical = true;
    m_terms.push_back(std::move(t));
    return *this;
}

Expected<Design> DesignMatrix::build() const
{
    using E = Expected<Design>;
    if (m_terms.empty() && !m_intercept)
        return E::failure("the model has no columns");
    std::optional<size_t> rows;
    std::set<std::string> names;
    for (const auto& t : m_terms) {
        const size_t n = t.isCategorical ? t.categorical.size() : t.numeric.size();
        if (rows && *rows != n)
            return E::failure("predictor '" + t.name + "' has " + std::to_string(n) +
                              " values, expected " + std::to_string(*rows));
        rows = n;
        if (!names.insert(t.name).second)
            return E::failure("predictor '" + t.name + "' is added twice");
    }
    if (!rows || *rows == 0)
        return E::failure("the model needs at least one row and one predictor");

    Design d;
    d.hasIntercept = m_intercept;
    std::vector<std::vector<double>> cols;
    if (m_intercept) {
        cols.emplace_back(*rows, 1.0);
        d.columnNames.emplace_back("(Intercept)");
    }
    for (const auto& t : m_terms) {
        if (!t.isCategorical) {
            for (size_t i = 0; i < t.numeric.size(); ++i)
                if (!std::isfinite(t.numeric[i]))
                    return E::failure("predictor '" + t.name + "': value " + std::to_string(i) +
                                      " is not a finite number");
            cols.push_back(t.numeric);
            d.columnNames.push_back(t.name);
            continue;
        }
        std::set<std::string> levels(t.categorical.begin(), t.categorical.end());
        if (levels.size() < 2)
            return E::failure("categorical predictor '" + t.name +
                              "' needs at least 2 levels, it has " + std::to_string(levels.size()));
        const std::string ref = t.reference ? *t.reference : *levels.begin();
        if (!levels.count(ref))
            return E::failure("reference level '" + ref + "' does not occur in predictor '" +
                              t.name + "'");
        std::map<std::string, size_t> colOf;
        for (const auto& l : levels) {
            if (l == ref)
                continue;
            colOf[l] = cols.size();
            cols.emplace_back(*rows, 0.0);
            d.columnNames.push_back(t.name + "=" + l);
        }
        for (size_t i = 0; i < t.categorical.size(); ++i) {
            auto it = colOf.find(t.categorical[i]);
            if (it != colOf.end())
                cols[it->second][i] = 1.0;
        }
    }
    d.x.resize(static_cast<Eigen::Index>(*rows), static_cast<Eigen::Index>(cols.size()));
    for (size_t j = 0; j < cols.size(); ++j)
        for (size_t i = 0; i < *rows; ++i)
            d.x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = cols[j][i];
    return d;
}

} // namespace streamlens::stats
