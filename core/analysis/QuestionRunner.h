// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/QuestionAnswer.h"
#include "stats/Expected.h"

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// Answers a ready-made question on the selection (the filter narrows the sessions; per-user
// variables then aggregate only those sessions).
class QuestionRunner {
public:
    static stats::Expected<QuestionAnswer> run(const Dataset& dataset,
                                               const query::Selection& selection, Question id,
                                               uint64_t seed = 1, int threads = 0);
};

} // namespace streamlens::analysis
