// SPDX-License-Identifier: MIT
#include "stats/ClassificationMetrics.h"

#include "stats/InputCheck.h"
#include "stats/Ranking.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string>

namespace streamlens::stats {

namespace {

std::string check(std::span<const double> scores, std::span<const int> labels, bool bothClasses)
{
    if (scores.size() != labels.size())
        return "scores and labels differ in length (" + std::to_string(scores.size()) + " and " +
               std::to_string(labels.size()) + ")";
    if (scores.empty())
        return "no observations";
    if (auto e = checkFinite(scores, "scores"); !e.empty())
        return e;
    bool pos = false, neg = false;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] != 0 && labels[i] != 1)
            return "labels must be 0 or 1; label " + std::to_string(i) + " is not";
        pos = pos || labels[i] == 1;
        neg = neg || labels[i] == 0;
    }
    if (bothClasses && (!pos || !neg))
        return "both classes must be present (the ROC curve needs positives and negatives)";
    return {};
}

std::optional<double> ratio(int64_t num, int64_t den)
{
    if (den == 0)
        return std::nullopt;
    return static_cast<double>(num) / static_cast<double>(den);
}

} // namespace

Expected<ClassificationSummary> ClassificationMetrics::atThreshold(std::span<const double> scores,
                                                                   std::span<const int> labels,
                                                                   double threshold)
{
    using E = Expected<ClassificationSummary>;
    if (auto e = check(scores, labels, false); !e.empty())
        return E::failure(e);
    ClassificationSummary s;
    s.threshold = threshold;
    auto& c = s.confusion;
    for (size_t i = 0; i < scores.size(); ++i) {
        const bool predicted = scores[i] >= threshold;
        if (labels[i] == 1)
            ++(predicted ? c.truePositive : c.falseNegative);
        else
            ++(predicted ? c.falsePositive : c.trueNegative);
    }
    s.accuracy =
        static_cast<double>(c.truePositive + c.trueNegative) / static_cast<double>(scores.size());
    s.precision = ratio(c.truePositive, c.truePositive + c.falsePositive);
    s.recall = ratio(c.truePositive, c.truePositive + c.falseNegative);
    s.specificity = ratio(c.trueNegative, c.trueNegative + c.falsePositive);
    if (s.precision && s.recall && *s.precision + *s.recall > 0.0)
        s.f1 = 2.0 * *s.precision * *s.recall / (*s.precision + *s.recall);
    return s;
}

Expected<std::vector<RocPoint>> ClassificationMetrics::roc(std::span<const double> scores,
                                                           std::span<const int> labels)
{
    using E = Expected<std::vector<RocPoint>>;
    if (auto e = check(scores, labels, true); !e.empty())
        return E::failure(e);
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    int64_t pos = 0, neg = 0;
    for (int l : labels)
        (l == 1 ? pos : neg)++;
    std::vector<RocPoint> pts;
    pts.push_back({std::numeric_limits<double>::infinity(), 0.0, 0.0});
    int64_t tp = 0, fp = 0;
    size_t i = 0;
    while (i < order.size()) {
        const double t = scores[order[i]];
        while (i < order.size() && scores[order[i]] == t) {
            (labels[order[i]] == 1 ? tp : fp)++;
            ++i;
        }
        pts.push_back({t, static_cast<double>(fp) / static_cast<double>(neg),
                       static_cast<double>(tp) / static_cast<double>(pos)});
    }
    return pts;
}

Expected<double> ClassificationMetrics::auc(std::span<const double> scores,
                                            std::span<const int> labels)
{
    if (auto e = check(scores, labels, true); !e.empty())
        return Expected<double>::failure(e);
    const Ranking r = Ranking::of(scores);
    double rankSum = 0.0;
    int64_t pos = 0;
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == 1) {
            rankSum += r.ranks[i];
            ++pos;
        }
    const auto n1 = static_cast<double>(pos);
    const auto n0 = static_cast<double>(static_cast<int64_t>(labels.size()) - pos);
    return (rankSum - n1 * (n1 + 1.0) / 2.0) / (n1 * n0);
}

} // namespace streamlens::stats
