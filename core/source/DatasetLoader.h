// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "util/ProgressCallback.h"

#include <cstdint>
#include <memory>
#include <string>

namespace streamlens::io {
struct ImportReport;
}

// Opening data for analysis, the same way for the CLI and the GUI.
namespace streamlens::source {

// Sessions of the demo dataset made on first run: enough to feel real, quick to make.
inline constexpr int64_t kDemoSessions = 1'000'000;

// Opens a store file into memory; nullptr and error when it cannot.
std::shared_ptr<Dataset> loadStore(const std::string& path, std::string* error,
                                   const ProgressCallback& progress = {});

// Validates and loads a directory of contract CSV files without a store; the import report
// (rejects included) is written to report when given. nullptr when nothing could be loaded.
std::shared_ptr<Dataset> loadCsv(const std::string& dir, std::string* error,
                                 io::ImportReport* report = nullptr,
                                 const ProgressCallback& progress = {});

// True when path does not exist yet or holds a store without sessions.
bool storeIsEmpty(const std::string& path);

// Generates the demo dataset (seed 42) and saves it into the store at path.
bool createDemoStore(const std::string& path, int64_t sessions, std::string* error,
                     const ProgressCallback& progress = {});

} // namespace streamlens::source
