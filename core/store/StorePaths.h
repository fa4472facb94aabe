// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace streamlens::store {

// Where the default store lives: QStandardPaths::AppDataLocation + "/streamlens.db"
// (e.g. ~/.local/share/StreamLens/StreamLens/streamlens.db), its folder created if needed.
class StorePaths {
public:
    static constexpr const char* kFileName = "streamlens.db";

    // The default store file; an empty string only when no writable folder exists.
    static std::string defaultStorePath();
    // The path to use for a store: `path` when given, the default otherwise.
    static std::string resolve(const std::string& path);
};

} // namespace streamlens::store
