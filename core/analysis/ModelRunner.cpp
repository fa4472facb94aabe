// SPDX-License-Identifier: MIT
#include "analysis/ModelRunner.h"

#include "analysis/FrameBuilder.h"
#include "analysis/ModelNarrative.h"
#include "analysis/RocCurve.h"
#include "analysis/VariableCatalog.h"
#include "stats/DesignMatrix.h"
#include "stats/LinearRegression.h"
#include "stats/LogisticRegression.h"
#include "stats/TrainTestSplit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace streamlens::analysis {

namespace {

using Result = stats::Expected<ModelAnswer>;

// How one categorical feature enters the design: its levels among the rows used, alphabetical,
// and the reference.
struct Factor {
    const CategoricalColumn* column = nullptr;
    std::vector<uint32_t> levels; // codes, alphabetical by label
    uint32_t reference = 0;
};

std::optional<std::string> referenceFor(const ModelRequest& r, const std::string& key)
{
    for (const auto& [k, v] : r.references)
        if (k == key)
            return v;
    return std::nullopt;
}

stats::Design subset(const stats::Design& d, const std::vector<int64_t>& rows)
{
    stats::Design s;
    s.columnNames = d.columnNames;
    s.hasIntercept = d.hasIntercept;
    s.x.resize(static_cast<Eigen::Index>(rows.size()), d.x.cols());
    for (size_t i = 0; i < rows.size(); ++i)
        s.x.row(static_cast<Eigen::Index>(i)) = d.x.row(rows[i]);
    return s;
}

std::vector<double> pick(const std::vector<double>& y, const std::vector<int64_t>& rows)
{
    std::vector<double> out;
    out.reserve(rows.size());
    for (int64_t r : rows)
        out.push_back(y[static_cast<size_t>(r)]);
    return out;
}

void holdoutLinear(const stats::Design& design, const std::vector<double>& y, const ModelRequest& r,
                   Holdout& h)
{
    auto split =
        stats::TrainTestSplit::split(static_cast<int64_t>(y.size()), r.testFraction, r.seed);
    if (!split) {
        h.note = split.error();
        return;
    }
    h.nTrain = static_cast<int64_t>(split->train.size());
    h.nTest = static_cast<int64_t>(split->test.size());
    auto model = stats::LinearRegression::fit(subset(design, split->train), pick(y, split->train),
                                              r.confidence);
    if (!model) {
        h.note = "the model could not be refitted on the training split: " + model.error();
        return;
    }
    const Eigen::VectorXd predicted = model->predict(subset(design, split->test).x);
    const std::vector<double> truth = pick(y, split->test);
    double mean = 0;
    for (double v : truth)
        mean += v;
    mean /= double(truth.size());
    double sse = 0, sst = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        sse += (truth[i] - predicted(static_cast<Eigen::Index>(i))) *
               (truth[i] - predicted(static_cast<Eigen::Index>(i)));
        sst += (truth[i] - mean) * (truth[i] - mean);
    }
    h.rmse = std::sqrt(sse / double(truth.size()));
    if (sst > 0)
        h.rSquared = 1.0 - sse / sst;
}

void holdoutLogistic(const stats::Design& design, const std::vector<double>& y,
                     const ModelRequest& r, Holdout& h)
{
    std::vector<int> classes(y.size());
    for (size_t i = 0; i < y.size(); ++i)
        classes[i] = y[i] > 0.5 ? 1 : 0;
    auto split = stats::TrainTestSplit::stratified(classes, r.testFraction, r.seed);
    if (!split) {
        h.note = split.error();
        return;
    }
    h.nTrain = static_cast<int64_t>(split->train.size());
    h.nTest = static_cast<int64_t>(split->test.size());
    stats::LogisticOptions options;
    options.level = r.confidence;
    auto model = stats::LogisticRegression::fit(subset(design, split->train), pick(y, split->train),
                                                options);
    if (!model) {
        h.note = "the model could not be refitted on the training split: " + model.error();
        return;
    }
    const Eigen::VectorXd p = model->predictProbabilities(subset(design, split->test).x);
    const std::vector<double> scores(p.data(), p.data() + p.size());
    std::vector<int> labels;
    for (int64_t i : split->test)
        labels.push_back(classes[static_cast<size_t>(i)]);
    if (auto s = stats::ClassificationMetrics::atThreshold(scores, labels, r.threshold)) {
        h.accuracy = s->accuracy;
        h.precision = s->precision;
        h.recall = s->recall;
        h.specificity = s->specificity;
        h.f1 = s->f1;
        h.confusion = s->confusion;
    } else {
        h.note = s.error();
    }
    if (auto roc = stats::ClassificationMetrics::roc(scores, labels))
        h.roc = RocCurve::thin(*roc);
    if (auto auc = stats::ClassificationMetrics::auc(scores, labels))
        h.auc = *auc;
    else
        h.note += (h.note.empty() ? "" : "; ") + ("AUC: " + auc.error());
}

} // namespace

std::string ModelRunner::check(const ModelRequest& r)
{
    if (!(r.confidence > 0.0 && r.confidence < 1.0))
        return "the confidence level must lie strictly between 0 and 1";
    if (!(r.testFraction >= 0.0 && r.testFraction <= 0.9))
        return "the test fraction must lie in [0, 0.9]";
    if (!(r.threshold > 0.0 && r.threshold < 1.0))
        return "the classification threshold must lie strictly between 0 and 1";
    if (r.target.empty())
        return "the model needs a target variable (--target)";
    const auto target = findMetric(r.level, r.target);
    if (!target) {
        if (findCategorical(r.level, r.target))
            return "'" + r.target + "' is a dimension; the target must be numeric or 0/1";
        return unknownMetricError(r.level, r.target);
    }
    if (r.kind == ModelKind::Logistic && target->type != VariableType::Binary) {
        std::string outcomes;
        for (const auto& v : metricVariables(r.level))
            if (v.type == VariableType::Binary)
                outcomes += (outcomes.empty() ? "" : ", ") + std::string(v.key);
        return "a logistic model needs a 0/1 target; '" + r.target + "' is numeric (" +
               std::string(levelName(r.level)) + " 0/1 outcomes: " + outcomes + ")";
    }
    if (r.features.empty())
        return "the model needs at least one feature (--features K1,K2,...)";
    std::set<std::string> seen;
    for (const auto& f : r.features) {
        if (!findVariable(r.level, f))
            return unknownVariableError(r.level, f);
        if (f == r.target)
            return "'" + f + "' is the target; it cannot also be a feature";
        if (!seen.insert(f).second)
            return "feature '" + f + "' is named twice";
    }
    for (const auto& [key, level] : r.references) {
        if (std::find(r.features.begin(), r.features.end(), key) == r.features.end() ||
            findMetric(r.level, key))
            return "a reference level is given for '" + key +
                   "', which is not a categorical feature of the model";
    }
    for (const auto& e : r.excludeWhen) {
        const auto v = findMetric(r.level, e);
        if (!v || v->type != VariableType::Binary)
            return "units can only be excluded by a 0/1 variable; '" + e + "' is not one";
    }
    return {};
}

stats::Expected<ModelAnswer>
ModelRunner::run(const Dataset& dataset, const query::Selection& selection, const ModelRequest& r)
{
    if (auto e = check(r); !e.empty())
        return Result::failure(e);
    FrameRequest fr;
    fr.level = r.level;
    fr.threads = r.threads;
    fr.metrics.push_back(r.target);
    for (const auto& f : r.features) {
        if (findMetric(r.level, f))
            fr.metrics.push_back(f);
        else
            fr.categoricals.push_back(f);
    }
    for (const auto& e : r.excludeWhen)
        if (std::find(fr.metrics.begin(), fr.metrics.end(), e) == fr.metrics.end())
            fr.metrics.push_back(e);
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return Result::failure(frame.error());

    ModelAnswer a;
    a.request = r;
    a.units = static_cast<int64_t>(frame->size());
    a.holdout.threshold = r.threshold;

    // Units used: no null in target or features, none of excludeWhen set.
    std::vector<const NumericColumn*> used{frame->numeric(r.target)};
    std::vector<const CategoricalColumn*> factors;
    for (const auto& f : r.features) {
        if (const NumericColumn* c = frame->numeric(f))
            used.push_back(c);
        else
            factors.push_back(frame->categorical(f));
    }
    std::vector<const NumericColumn*> exclusions;
    for (const auto& e : r.excludeWhen)
        exclusions.push_back(frame->numeric(e));
    std::vector<int64_t> nulls(used.size() + factors.size(), 0);
    std::vector<uint32_t> rows;
    for (size_t i = 0; i < frame->size(); ++i) {
        bool excluded = false;
        for (const auto* e : exclusions)
            excluded = excluded || e->values[i] == 1.0;
        if (excluded) {
            ++a.excludedWhen;
            continue;
        }
        bool ok = true;
        for (size_t k = 0; k < used.size(); ++k)
            if (NumericColumn::isNull(used[k]->values[i])) {
                ++nulls[k];
                ok = false;
            }
        for (size_t k = 0; k < factors.size(); ++k)
            if (factors[k]->codes[i] >= factors[k]->nullCode) {
                ++nulls[used.size() + k];
                ok = false;
            }
        if (ok)
            rows.push_back(static_cast<uint32_t>(i));
        else
            ++a.nullValues;
    }
    for (size_t k = 0; k < used.size(); ++k)
        a.nullsByVariable.emplace_back(std::string(used[k]->info.key), nulls[k]);
    for (size_t k = 0; k < factors.size(); ++k)
        a.nullsByVariable.emplace_back(std::string(factors[k]->info.key), nulls[used.size() + k]);
    a.n = static_cast<int64_t>(rows.size());
    const std::string unitWord = std::string(levelName(r.level)) + "s";
    if (rows.empty())
        return Result::failure("no " + unitWord + " in the selection have values for " + r.target +
                               " and every feature");

    std::vector<double> y;
    y.reserve(rows.size());
    for (uint32_t i : rows)
        y.push_back(used[0]->values[i]);

    stats::DesignMatrix builder(true);
    std::vector<ModelTerm> terms{ModelTerm{}};
    for (const auto& f : r.features) {
        if (const NumericColumn* c = frame->numeric(f)) {
            std::vector<double> x;
            x.reserve(rows.size());
            for (uint32_t i : rows)
                x.push_back(c->values[i]);
            builder.addNumeric(f, x);
            ModelTerm t;
            t.variable = f;
            t.unit = c->info.unit;
            terms.push_back(t);
            continue;
        }
        const CategoricalColumn* c = frame->categorical(f);
        std::vector<int64_t> counts(c->nullCode, 0);
        for (uint32_t i : rows)
            ++counts[c->codes[i]];
        std::vector<uint32_t> levels;
        for (uint32_t code = 0; code < c->nullCode; ++code)
            if (counts[code] > 0)
                levels.push_back(code);
        std::sort(levels.begin(), levels.end(),
                  [&](uint32_t x, uint32_t y) { return c->labels[x] < c->labels[y]; });
        if (levels.size() > kMaxLevels)
            return Result::failure("categorical feature '" + f + "' has " +
                                   std::to_string(levels.size()) + " levels among the " + unitWord +
                                   " used (at most " + std::to_string(kMaxLevels) +
                                   "); narrow the selection or drop it");
        if (levels.size() < 2)
            return Result::failure("categorical feature '" + f + "' has a single level ('" +
                                   (levels.empty() ? "" : c->labels[levels[0]]) + "') among the " +
                                   unitWord +
                                   " used: it cannot explain "
                                   "anything; drop it or widen the selection");
        uint32_t reference = levels[0];
        if (const auto ref = referenceFor(r, f)) {
            auto it = std::find_if(levels.begin(), levels.end(),
                                   [&](uint32_t code) { return c->labels[code] == *ref; });
            if (it == levels.end()) {
                std::string list;
                for (uint32_t code : levels)
                    list += (list.empty() ? "" : ", ") + c->labels[code];
                return Result::failure("reference level '" + *ref + "' of '" + f +
                                       "' does not occur among the " + unitWord +
                                       " used; levels: " + list);
            }
            reference = *it;
        }
        for (uint32_t code : levels) {
            if (code == reference)
                continue;
            std::vector<double> dummy;
            dummy.reserve(rows.size());
            for (uint32_t i : rows)
                dummy.push_back(c->codes[i] == code ? 1.0 : 0.0);
            builder.addNumeric(f + "=" + c->labels[code], dummy);
            ModelTerm t;
            t.variable = f;
            t.level = c->labels[code];
            t.reference = c->labels[reference];
            terms.push_back(t);
        }
    }
    auto design = builder.build();
    if (!design)
        return Result::failure(design.error());

    const std::string what = std::string(modelKindName(r.kind)) + " model of " + r.target +
                             " over " + std::to_string(rows.size()) + " " + unitWord + ": ";
    if (r.kind == ModelKind::Linear) {
        auto model = stats::LinearRegression::fit(*design, y, r.confidence);
        if (!model)
            return Result::failure(what + model.error());
        for (size_t k = 0; k < terms.size(); ++k)
            terms[k].coefficient = model->coefficients[k];
        a.fit.rSquared = model->rSquared;
        a.fit.adjRSquared = model->adjRSquared;
        a.fit.sigma = model->sigma;
        a.fit.fStatistic = model->fStatistic;
        a.fit.fPValue = model->fPValue;
        a.fit.aic = model->aic;
        a.fit.bic = model->bic;
        a.fit.logLikelihood = model->logLikelihood;
        a.fit.deviance = model->rss;
        // Null deviance of a Gaussian model: the total sum of squares about the mean.
        double mean = 0, tss = 0;
        for (double v : y)
            mean += v;
        mean /= double(y.size());
        for (double v : y)
            tss += (v - mean) * (v - mean);
        a.fit.nullDeviance = tss;
    } else {
        stats::LogisticOptions options;
        options.level = r.confidence;
        auto model = stats::LogisticRegression::fit(*design, y, options);
        if (!model)
            return Result::failure(what + model.error());
        for (size_t k = 0; k < terms.size(); ++k)
            terms[k].coefficient = model->coefficients[k];
        a.fit.pseudoRSquared = model->mcFaddenR2;
        a.fit.aic = model->aic;
        a.fit.bic = model->bic;
        a.fit.deviance = model->deviance;
        a.fit.nullDeviance = model->nullDeviance;
        a.fit.logLikelihood = -model->deviance / 2.0; // 0/1 response: saturated logLik is 0
        a.fit.iterations = model->iterations;
    }
    a.terms = std::move(terms);
    if (r.testFraction > 0) {
        if (r.kind == ModelKind::Linear)
            holdoutLinear(*design, y, r, a.holdout);
        else
            holdoutLogistic(*design, y, r, a.holdout);
    } else {
        a.holdout.note = "no holdout split was asked for (test fraction 0)";
    }
    a.sentence = ModelNarrative::sentence(a);
    return a;
}

} // namespace streamlens::analysis
