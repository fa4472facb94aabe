// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace streamlens::analysis {

enum class TestKind : uint8_t {
    WelchT,
    MannWhitney,
    Anova,
    WelchAnova,
    Kruskal,
    ChiSquare,
    Fisher,
    PropZ,
    Pearson,
    Spearman,
};

// What a test compares, which decides the variables it needs.
enum class TestShape : uint8_t {
    TwoGroups,   // a numeric variable in exactly two groups
    ManyGroups,  // a numeric variable in two or more groups
    TwoRates,    // a 0/1 outcome in exactly two groups
    ManyRates,   // a 0/1 outcome in two or more groups (rows of a contingency table)
    Association, // two numeric variables on the same units
};

struct TestKindInfo {
    TestKind kind;
    std::string_view key; // as the CLI takes it: welch_t, mann_whitney...
    TestShape shape;
    std::string_view description;
};

std::span<const TestKindInfo> testKinds();
const TestKindInfo& testKindInfo(TestKind kind);
std::optional<TestKind> findTestKind(std::string_view key);
// "welch_t, mann_whitney, ..." for help texts and errors.
std::string testKindList();

} // namespace streamlens::analysis
