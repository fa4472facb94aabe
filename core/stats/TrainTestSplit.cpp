// SPDX-License-Identifier: MIT
#include "stats/TrainTestSplit.h"

#include "stats/Random.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace streamlens::stats {

namespace {

std::string checkFraction(double f)
{
    if (!(f > 0.0 && f < 1.0))
        return "the test fraction must lie strictly between 0 and 1";
    return {};
}

} // namespace

Expected<Split> TrainTestSplit::split(int64_t n, double testFraction, uint64_t seed)
{
    if (auto e = checkFraction(testFraction); !e.empty())
        return Expected<Split>::failure(e);
    if (n < 2)
        return Expected<Split>::failure("a train/test split needs at least 2 rows");
    const auto nTest = std::clamp<int64_t>(
        static_cast<int64_t>(std::llround(static_cast<double>(n) * testFraction)), 1, n - 1);
    Random rng(seed);
    const auto perm = rng.permutation(n);
    Split s;
    s.test.assign(perm.begin(), perm.begin() + nTest);
    s.train.assign(perm.begin() + nTest, perm.end());
    std::sort(s.test.begin(), s.test.end());
    std::sort(s.train.begin(), s.train.end());
    return s;
}

Expected<Split> TrainTestSplit::stratified(std::span<const int> classes, double testFraction,
                                           uint64_t seed)
{
    if (auto e = checkFraction(testFraction); !e.empty())
        return Expected<Split>::failure(e);
    if (classes.size() < 2)
        return Expected<Split>::failure("a train/test split needs at least 2 rows");
    std::map<int, std::vector<int64_t>> byClass;
    for (size_t i = 0; i < classes.size(); ++i)
        byClass[classes[i]].push_back(static_cast<int64_t>(i));
    Random rng(seed);
    Split s;
    for (auto& [cls, rows] : byClass) {
        const auto n = static_cast<int64_t>(rows.size());
        const auto nTest =
            static_cast<int64_t>(std::llround(static_cast<double>(n) * testFraction));
        const auto perm = rng.permutation(n);
        for (int64_t i = 0; i < n; ++i)
            (i < nTest ? s.test : s.train)
                .push_back(rows[static_cast<size_t>(perm[static_cast<size_t>(i)])]);
    }
    if (s.test.empty() || s.train.empty())
        return Expected<Split>::failure("too few rows per class for this test fraction");
    std::sort(s.test.begin(), s.test.end());
    std::sort(s.train.begin(), s.train.end());
    return s;
}

} // namespace streamlens::stats
