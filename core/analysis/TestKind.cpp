// SPDX-License-Identifier: MIT
#include "analysis/TestKind.h"

#include <array>

namespace streamlens::analysis {

namespace {
using enum TestKind;
using enum TestShape;
constexpr std::array<TestKindInfo, 10> kKinds = {{
    {WelchT, "welch_t", TwoGroups, "Welch two-sample t test (means, unequal variances)"},
    {MannWhitney, "mann_whitney", TwoGroups, "Wilcoxon rank-sum / Mann-Whitney U test"},
    {Anova, "anova", ManyGroups, "one-way ANOVA (equal variances)"},
    {WelchAnova, "welch_anova", ManyGroups, "Welch's one-way ANOVA (unequal variances)"},
    {Kruskal, "kruskal", ManyGroups, "Kruskal-Wallis rank-sum test"},
    {ChiSquare, "chi_square", ManyRates, "Pearson chi-squared test of a 0/1 outcome by group"},
    {Fisher, "fisher", TwoRates, "Fisher's exact test of a 0/1 outcome in two groups"},
    {PropZ, "prop_z", TwoRates, "two-proportion z test of a 0/1 outcome in two groups"},
    {Pearson, "pearson", Association, "Pearson correlation of two variables"},
    {Spearman, "spearman", Association, "Spearman rank correlation of two variables"},
}};
} // namespace

std::span<const TestKindInfo> testKinds()
{
    return kKinds;
}

const TestKindInfo& testKindInfo(TestKind kind)
{
    return kKinds[static_cast<size_t>(kind)];
}

std::optional<TestKind> findTestKind(std::string_view key)
{
    for (const auto& k : kKinds)
        if (k.key == key)
            return k.kind;
    return std::nullopt;
}

std::string testKindList()
{
    std::string out;
    for (const auto& k : kKinds)
        out += (out.empty() ? "" : ", ") + std::string(k.key);
    return out;
}

} // namespace streamlens::analysis
