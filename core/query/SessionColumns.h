// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {

// Raw pointers to the session columns the KPI scan reads, taken once per query after
// checking that every column has one value per session (a hand-built or half-loaded
// dataset must give an error, not a read past the end).
struct SessionColumns {
    size_t rows = 0;
    const int64_t* startTs = nullptr;
    const int32_t* userIndex = nullptr;
    const int32_t* contentIndex = nullptr;
    const int32_t* startupMs = nullptr;
    const int32_t* playingMs = nullptr;
    const int32_t* rebufferCount = nullptr;
    const int32_t* rebufferMs = nullptr;
    const int32_t* bitrateMilli = nullptr;
    const uint8_t* flags = nullptr;
    const uint8_t* streamType = nullptr;
    uint32_t users = 0; // rows of the users table: user indexes at or past it are dangling

    static std::optional<SessionColumns> from(const Dataset& dataset, std::string* error);
};

} // namespace streamlens::query
