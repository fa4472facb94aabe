// SPDX-License-Identifier: MIT
#pragma once

#include "generator/ContractCsvWriter.h"
#include "generator/GeneratorOptions.h"

#include <QJsonObject>

#include <string>

namespace streamlens::generator {

// The content of ground_truth.json: seed and options, the time window, each planted effect
// with its exact parameters (CDN, countries, hours, window timestamps, multipliers,
// coefficients) and the baseline model constants. Format documented in docs/generator.md.
QJsonObject groundTruth(const GeneratorOptions& options);

// Writes groundTruth(options) as dir/ground_truth.json (indented JSON).
WriteResult writeGroundTruth(const GeneratorOptions& options, const std::string& dir);

} // namespace streamlens::generator
