// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ModelRequest.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace streamlens::analysis {

// Ready-made questions: a model request with fixed variables and a tailored answer.
enum class Question : uint8_t {
    // Logistic, per user: churned ~ rebuffer_pct + mean_startup_s + plan (free as reference).
    ChurnFromQuality,
    // Linear, per started session without playback failure: log_playing_time ~ rebuffer_pct +
    // startup_s; reports the elasticity "1 % more rebuffering → X % less played".
    PlayingTimeFromRebuffering,
};

struct QuestionInfo {
    Question id;
    std::string_view key;
    std::string_view title;
    std::string_view description;
};

std::span<const QuestionInfo> questions();
const QuestionInfo& questionInfo(Question id);
std::optional<Question> findQuestion(std::string_view key);

// The model behind a question.
ModelRequest questionRequest(Question id, uint64_t seed = 1);

} // namespace streamlens::analysis
