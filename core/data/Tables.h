// SPDX-License-Identifier: MIT
#pragma once

#include "data/CategoricalColumn.h"
#include "data/IdColumn.h"
#include "data/Nulls.h"
#include "data/StringColumn.h"

#include <cstdint>
#include <vector>

// The four datasets of the data contract, column by column. Conventions:
// - timestamps are int64 UTC milliseconds, dates int32 days since 1970-01-01;
// - decimals are int32 scaled by kMilli (three decimals), nulls per data/Nulls.h;
// - references (user, content, session) are row indices into the referenced table.
namespace streamlens {

struct UserTable {
    IdColumn userId;
    std::vector<int32_t> signupDate;
    Categorical country;
    std::vector<int16_t> age; // kNullInt16 when unknown
    SmallCategorical gender;  // closed: contract::kGenders
    SmallCategorical plan;    // closed: contract::kPlans
    std::vector<int32_t> monthlyFeeMilli;
    Categorical preferredGenre;
    std::vector<uint8_t> churned;   // 0/1
    std::vector<int32_t> churnDate; // kNullInt32 when not churned

    UserTable();
    size_t size() const { return signupDate.size(); }
    void reserve(size_t rows);
    void shrinkToFit();
    size_t memoryBytes() const;
};

struct ContentTable {
    IdColumn contentId;
    StringColumn title;
    SmallCategorical contentType; // closed: contract::kContentTypes
    Categorical genre;
    std::vector<int16_t> releaseYear; // kNullInt16
    std::vector<int32_t> durationS;
    Categorical maturityRating;
    std::vector<int32_t> avgRatingMilli; // kNullInt32
    Categorical language;
    std::vector<uint8_t> isOriginal; // 0/1/kNullBool

    ContentTable();
    size_t size() const { return durationS.size(); }
    void reserve(size_t rows);
    void shrinkToFit();
    size_t memoryBytes() const;
};

struct SessionTable {
    IdColumn sessionId;
    std::vector<int32_t> userIndex;
    std::vector<int32_t> contentIndex;
    std::vector<int64_t> startTs;
    SmallCategorical deviceType; // closed: contract::kDeviceTypes
    Categorical os;
    Categorical playerVersion;
    SmallCategorical connectionType; // closed: contract::kConnectionTypes
    Categorical cdn;
    Categorical isp;
    Categorical country;
    SmallCategorical streamType;        // closed: contract::kStreamTypes
    std::vector<int32_t> startupTimeMs; // kNullInt32 unless started
    std::vector<int32_t> playingTimeMs; // playing_time_s × 1000
    std::vector<int32_t> rebufferCount;
    std::vector<int32_t> rebufferTimeMs;
    std::vector<int32_t> avgBitrateMilliKbps; // avg_bitrate_kbps × 1000; kNullInt32
    std::vector<int32_t> bitrateSwitches;
    std::vector<uint8_t> resolutionCode; // index into contract::kResolutions
    std::vector<uint8_t> flags;          // contract::SessionFlag bits
    Categorical errorCode;

    SessionTable();
    size_t size() const { return startTs.size(); }
    bool started(size_t row) const { return startupTimeMs[row] != kNullInt32; }
    void reserve(size_t rows);
    void shrinkToFit();
    // Bytes held by the per-row columns (dictionaries excluded).
    size_t memoryBytes() const;
    size_t dictionaryBytes() const;
};

struct EventTable {
    IdColumn eventId;
    std::vector<int32_t> sessionIndex;
    std::vector<int64_t> ts;
    SmallCategorical eventType;       // closed: contract::kEventTypes
    std::vector<int32_t> durationMs;  // kNullInt32
    std::vector<int32_t> bitrateKbps; // kNullInt32
    Categorical errorCode;
    std::vector<uint8_t> fatal; // 0/1/kNullBool
    Categorical cdnPop;

    EventTable();
    size_t size() const { return ts.size(); }
    void reserve(size_t rows);
    void shrinkToFit();
    size_t memoryBytes() const;
};

} // namespace streamlens
