// SPDX-License-Identifier: MIT
#include "analysis/QuestionRunner.h"

#include "analysis/ModelRunner.h"
#include "analysis/ValueFormat.h"

#include <cmath>

namespace streamlens::analysis {

namespace {

std::string ci(double lo, double hi, double confidence)
{
    return ValueFormat::number(100.0 * confidence, 3) + " % CI " + ValueFormat::fixed(lo, 2) + "–" +
           ValueFormat::fixed(hi, 2);
}

std::string oddsPhrase(const ModelTerm& t, double confidence)
{
    const auto& c = t.coefficient;
    return "×" + ValueFormat::fixed(std::exp(c.estimate), 2) + " (" +
           ci(std::exp(c.ciLow), std::exp(c.ciHigh), confidence) + ", " + ValueFormat::p(c.pValue) +
           ")";
}

std::string churnSentence(const ModelAnswer& m)
{
    const double alpha = 1.0 - m.request.confidence;
    const ModelTerm* rebuffer = m.term("rebuffer_pct");
    const ModelTerm* startup = m.term("mean_startup_s");
    std::string s;
    if (rebuffer) {
        s += rebuffer->coefficient.pValue < alpha
                 ? "Each percentage point of a user's rebuffering ratio multiplies the odds of "
                   "churning by " +
                       oddsPhrase(*rebuffer, m.request.confidence)
                 : "Rebuffering shows no significant link to churn (" +
                       ValueFormat::p(rebuffer->coefficient.pValue) + ")";
    }
    if (startup) {
        s += startup->coefficient.pValue < alpha
                 ? "; each second of mean startup time by " +
                       oddsPhrase(*startup, m.request.confidence)
                 : "; mean startup time shows no significant link (" +
                       ValueFormat::p(startup->coefficient.pValue) + ")";
    }
    return s + ", with plan held fixed. ";
}

} // namespace

stats::Expected<QuestionAnswer> QuestionRunner::run(const Dataset& dataset,
                                                    const query::Selection& selection, Question id,
                                                    uint64_t seed, int threads)
{
    using E = stats::Expected<QuestionAnswer>;
    ModelRequest request = questionRequest(id, seed);
    request.threads = threads;
    auto model = ModelRunner::run(dataset, selection, request);
    if (!model)
        return E::failure(std::string(questionInfo(id).key) + ": " + model.error());
    QuestionAnswer a;
    a.question = id;
    a.model = std::move(model).value();
    if (id == Question::ChurnFromQuality) {
        a.sentence = churnSentence(a.model) + a.model.sentence;
        return a;
    }
    const ModelTerm* t = a.model.term("rebuffer_pct");
    if (!t)
        return E::failure("playing_time_from_rebuffering: the model has no rebuffer_pct term");
    const auto& c = t->coefficient;
    Elasticity e;
    e.coefficient = c.estimate;
    e.percentLessPlayed = 100.0 * (1.0 - std::exp(c.estimate));
    // 1 − e^β falls as β rises: the upper β bound gives the lower percentage.
    e.ciLow = 100.0 * (1.0 - std::exp(c.ciHigh));
    e.ciHigh = 100.0 * (1.0 - std::exp(c.ciLow));
    e.pValue = c.pValue;
    a.elasticity = e;
    const double alpha = 1.0 - a.model.request.confidence;
    const std::string range = ci(e.ciLow, e.ciHigh, a.model.request.confidence);
    if (!(c.pValue < alpha))
        a.sentence = "No significant effect of rebuffering on playing time (β = " +
                     ValueFormat::number(c.estimate) + ", " + ValueFormat::p(c.pValue) + "). ";
    else if (e.percentLessPlayed >= 0)
        a.sentence = "1 % more rebuffering → " + ValueFormat::fixed(e.percentLessPlayed, 2) +
                     " % less played (" + range + " %), holding startup time fixed. ";
    else
        a.sentence = "1 % more rebuffering → " + ValueFormat::fixed(-e.percentLessPlayed, 2) +
                     " % more played (" +
                     ValueFormat::number(100.0 * a.model.request.confidence, 3) + " % CI " +
                     ValueFormat::fixed(-e.ciHigh, 2) + "–" + ValueFormat::fixed(-e.ciLow, 2) +
                     " %), holding startup time fixed. ";
    a.sentence += a.model.sentence;
    return a;
}

} // namespace streamlens::analysis
