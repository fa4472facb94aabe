// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "generator/ContractCsvWriter.h"
#include "generator/GeneratorOptions.h"
#include "generator/GroundTruth.h"

#include <string>

namespace streamlens::generator {

// Seeded, reproducible generation of a whole Dataset (users, content, sessions, events) from
// the model in docs/generator.md. Sessions are simulated in fixed blocks on worker threads,
// each session from its own random stream, so the result is identical for any thread count.
class SyntheticGenerator {
public:
    explicit SyntheticGenerator(GeneratorOptions options);

    // Throws std::invalid_argument for options validate() rejects. Returns an empty Dataset
    // when the progress callback cancels.
    Dataset run();
    bool cancelled() const { return m_cancelled; }

private:
    GeneratorOptions m_options;
    bool m_cancelled = false;
};

// In memory (the demo store, the benchmark).
Dataset generate(const GeneratorOptions& options);

// generate() + the contract CSV files + ground_truth.json in dir (the CLI's `generate`).
WriteResult generateToDirectory(const GeneratorOptions& options, const std::string& dir);

} // namespace streamlens::generator
