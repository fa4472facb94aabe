// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "generator/GeneratorOptions.h"

#include <vector>

namespace streamlens::generator {

// Generates the catalogue of titles (movies, episodes, live events, shorts).
class ContentGenerator {
public:
    // Fills content; returns each title's popularity weight (Zipf over a random ranking).
    static std::vector<double> generate(const GeneratorOptions& options, ContentTable& content);
};

} // namespace streamlens::generator
