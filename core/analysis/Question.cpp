// SPDX-License-Identifier: MIT
#include "analysis/Question.h"

#include <QtGlobal>

#include <array>

namespace streamlens::analysis {

namespace {
// Titles and descriptions are marked for lupdate: the GUI shows them translated.
constexpr std::array<QuestionInfo, 2> kQuestions = {{
    {Question::ChurnFromQuality, "churn_from_quality",
     QT_TRANSLATE_NOOP("Question", "Does experienced quality drive churn?"),
     QT_TRANSLATE_NOOP("Question",
                       "logistic regression per user of churned on the user's rebuffering ratio "
                       "(percentage points, Σ rebuffer / (Σ playing + Σ rebuffer) over started "
                       "sessions), mean startup time (seconds) and plan (free as reference)")},
    {Question::PlayingTimeFromRebuffering, "playing_time_from_rebuffering",
     QT_TRANSLATE_NOOP("Question", "How much viewing does rebuffering cost?"),
     QT_TRANSLATE_NOOP("Question",
                       "linear regression per started session without playback failure of "
                       "ln(playing_time_s) on the session's rebuffering ratio (percentage "
                       "points) and startup time (seconds); 1 % more rebuffering → "
                       "100·(1 − e^β) % less played")},
}};
} // namespace

std::span<const QuestionInfo> questions()
{
    return kQuestions;
}

const QuestionInfo& questionInfo(Question id)
{
    return kQuestions[static_cast<size_t>(id)];
}

std::optional<Question> findQuestion(std::string_view key)
{
    for (const auto& q : kQuestions)
        if (q.key == key)
            return q.id;
    return std::nullopt;
}

ModelRequest questionRequest(Question id, uint64_t seed)
{
    ModelRequest r;
    r.seed = seed;
    if (id == Question::ChurnFromQuality) {
        r.kind = ModelKind::Logistic;
        r.level = Level::User;
        r.target = "churned";
        r.features = {"rebuffer_pct", "mean_startup_s", "plan"};
        r.references = {{"plan", "free"}};
        return r;
    }
    r.kind = ModelKind::Linear;
    r.level = Level::Session;
    r.target = "log_playing_time";
    r.features = {"rebuffer_pct", "startup_s"};
    // A playback failure cuts viewing short and is itself more likely with rebuffering.
    r.excludeWhen = {"playback_failure"};
    return r;
}

} // namespace streamlens::analysis
