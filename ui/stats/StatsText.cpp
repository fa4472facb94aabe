// SPDX-License-Identifier: MIT
#include "stats/StatsText.h"

#include <QCoreApplication>

namespace streamlens::ui::StatsText {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StatsText", text);
}
} // namespace

QString testName(analysis::TestKind kind)
{
    using analysis::TestKind;
    switch (kind) {
    case TestKind::WelchT:
        return tr("Welch t test");
    case TestKind::MannWhitney:
        return tr("Mann–Whitney U test");
    case TestKind::Anova:
        return tr("One-way ANOVA");
    case TestKind::WelchAnova:
        return tr("Welch ANOVA");
    case TestKind::Kruskal:
        return tr("Kruskal–Wallis test");
    case TestKind::ChiSquare:
        return tr("χ² test of independence");
    case TestKind::Fisher:
        return tr("Fisher's exact test");
    case TestKind::PropZ:
        return tr("Two-proportion z test");
    case TestKind::Pearson:
        return tr("Pearson correlation");
    case TestKind::Spearman:
        return tr("Spearman rank correlation");
    }
    return {};
}

QString choiceReason(analysis::TestChoiceReason reason)
{
    using analysis::TestChoiceReason;
    switch (reason) {
    case TestChoiceReason::TwoGroupsMeans:
        return tr("two groups large enough for a comparison of means that does not assume "
                  "equal variances");
    case TestChoiceReason::TwoGroupsSmallSkewed:
        return tr("a group has fewer than 30 values from a skewed distribution, so ranks are "
                  "compared instead of means");
    case TestChoiceReason::ManyGroupsEqualSpread:
        return tr("more than two groups whose standard deviations differ by less than a "
                  "factor of 2");
    case TestChoiceReason::ManyGroupsUnequalSpread:
        return tr("more than two groups whose standard deviations differ by more than a "
                  "factor of 2");
    case TestChoiceReason::ManyGroupsSmallSkewed:
        return tr("a group has fewer than 30 values from a skewed distribution, so ranks are "
                  "compared instead of means");
    case TestChoiceReason::TwoRatesLargeCounts:
        return tr("a 0/1 outcome in two groups with every expected count at least 5");
    case TestChoiceReason::TwoRatesSmallCounts:
        return tr("a 0/1 outcome in two groups with an expected count below 5");
    case TestChoiceReason::ManyRates:
        return tr("a 0/1 outcome in more than two groups");
    }
    return {};
}

QString questionKindName(StatsQuestionKind kind)
{
    switch (kind) {
    case StatsQuestionKind::CompareGroups:
        return tr("Compare groups");
    case StatsQuestionKind::RelateVariables:
        return tr("Relate two variables");
    case StatsQuestionKind::SegmentViewers:
        return tr("Segment viewers");
    case StatsQuestionKind::Predict:
        return tr("Predict an outcome");
    case StatsQuestionKind::ReadyMade:
        return tr("Ready-made questions");
    }
    return {};
}

} // namespace streamlens::ui::StatsText
