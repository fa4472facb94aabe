// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/GroupDistribution.h"
#include "analysis/TestKind.h"
#include "stats/Expected.h"

#include <cstdint>

namespace streamlens::analysis {

// Why the automatic choice took a test; the GUI words each reason in the user's language.
enum class TestChoiceReason : uint8_t {
    TwoGroupsMeans,          // Welch t: robust to unequal variances, large enough groups
    TwoGroupsSmallSkewed,    // Mann–Whitney: a small group from a skewed distribution
    ManyGroupsEqualSpread,   // classic ANOVA: standard deviations within a factor of 2
    ManyGroupsUnequalSpread, // Welch ANOVA: standard deviations differ more
    ManyGroupsSmallSkewed,   // Kruskal–Wallis: a small group from a skewed distribution
    TwoRatesLargeCounts,     // two-proportion z: every expected count ≥ 5
    TwoRatesSmallCounts,     // Fisher's exact test: an expected count < 5
    ManyRates,               // χ² test of the groups × outcome table
};

struct TestChoice {
    TestKind kind = TestKind::WelchT;
    TestChoiceReason reason = TestChoiceReason::TwoGroupsMeans;
};

// A fitting test for comparing a variable between the groups of a distribution: 0/1
// outcomes get the proportion tests, numeric variables the tests of location. A group
// counts as small below kSmallGroup values and as skewed beyond |skewness| kSkewed; rank
// tests are picked only then (with larger groups the t and F tests hold by the central
// limit theorem and say more: a difference in means).
class TestChooser {
public:
    static constexpr int64_t kSmallGroup = 30;
    static constexpr double kSkewed = 1.0;
    static constexpr double kSpreadRatio = 2.0;

    // Fails when fewer than two groups have values.
    static stats::Expected<TestChoice> choose(const GroupDistribution& groups);
};

} // namespace streamlens::analysis
