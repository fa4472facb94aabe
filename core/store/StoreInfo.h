// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>

namespace streamlens::store {

// What `streamlens info` shows about a store.
struct StoreInfo {
    std::string path;
    int schemaVersion = 0;
    int64_t users = 0;
    int64_t content = 0;
    int64_t sessions = 0;
    int64_t events = 0;
    // start_ts range of the sessions (UTC ms); empty without sessions.
    std::optional<int64_t> firstStartMs;
    std::optional<int64_t> lastStartMs;
    int64_t fileBytes = 0;
    std::string source;
    std::string createdAt; // ISO-8601 UTC
    std::string updatedAt;
    int64_t generation = 0;     // number of saves
    bool snapshotFresh = false; // opening will use the fast columnar snapshot

    // snake_case keys; timestamps both as ISO text and as ms; null when absent.
    QJsonObject toJson() const;
};

} // namespace streamlens::store
