// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/TestChoice.h"
#include "analysis/TestKind.h"
#include "stats/StatsRequest.h"

#include <QString>

namespace streamlens::ui {

// Translated names of the core's statistical choices, for choosers and notes.
namespace StatsText {

QString testName(analysis::TestKind kind);
QString choiceReason(analysis::TestChoiceReason reason);
QString questionKindName(StatsQuestionKind kind);

} // namespace StatsText

} // namespace streamlens::ui
