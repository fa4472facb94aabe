// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ModelAnswer.h"
#include "analysis/Question.h"

#include <QJsonObject>

#include <optional>
#include <string>

namespace streamlens::analysis {

// "1 % more rebuffering → X % less played": X = 100·(1 − e^β) for the coefficient β of
// rebuffer_pct in the model of ln(playing time); the interval maps β's interval.
struct Elasticity {
    double coefficient = 0;
    double percentLessPlayed = 0; // negative when playing time rises
    double ciLow = 0;             // of percentLessPlayed
    double ciHigh = 0;
    double pValue = 1;
};

struct QuestionAnswer {
    Question question = Question::ChurnFromQuality;
    ModelAnswer model;
    std::optional<Elasticity> elasticity;
    std::string sentence; // the question's answer first, then the model summary

    // {"question", "title", "description", "sentence", "elasticity": {...} | null,
    //  "model": ModelAnswer::toJson()}
    QJsonObject toJson() const;
};

} // namespace streamlens::analysis
