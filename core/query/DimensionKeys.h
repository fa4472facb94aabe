// SPDX-License-Identifier: MIT
#pragma once

#include "data/Nulls.h"
#include "query/UtcCalendar.h"

#include <cstddef>
#include <cstdint>

// Per-row group code functions, one small type per way a dimension is stored, so the scan
// loops are instantiated for each and inline the lookup. Every key returns a code in
// [0, nullCode]; nullCode (the dimension's cardinality) is the null group, and anything
// malformed (a code past the dictionary, a dangling reference) also lands there. Keys whose
// lookup is a random memory read say so with kRandomAccess.
namespace streamlens::query::keys {

// One group: the ungrouped query.
struct Whole {
    uint32_t operator()(size_t) const { return 0; }
};

// A dictionary-coded session column.
template <typename Code> struct Column {
    const Code* codes;
    uint32_t nullCode;
    uint32_t operator()(size_t row) const
    {
        const uint32_t c = codes[row];
        return c < nullCode ? c : nullCode;
    }
};

// An attribute of the session's user or title: a code per user/title row, reached through
// the session's reference. Codes are stored as narrow as they fit: the lookup is random
// over all users, and 500k one-byte codes stay in L2 where four-byte ones do not.
template <typename Code> struct Joined {
    // The lookup is a random read: scans compute these keys ahead, a word at a time.
    static constexpr bool kRandomAccess = true;
    const int32_t* index;
    const Code* codes;
    uint32_t size;
    uint32_t nullCode;
    uint32_t operator()(size_t row) const
    {
        const auto i = static_cast<uint32_t>(index[row]);
        return i < size ? codes[i] : nullCode;
    }
};

// UTC day of start_ts, counted from a base day.
struct Day {
    const int64_t* ts;
    int64_t baseDay;
    uint32_t nullCode;
    uint32_t operator()(size_t row) const
    {
        const uint64_t d = static_cast<uint64_t>(floorDiv(ts[row], kMsPerDay) - baseDay);
        return d < nullCode ? static_cast<uint32_t>(d) : nullCode;
    }
};

struct Hour {
    const int64_t* ts;
    uint32_t operator()(size_t row) const
    {
        return static_cast<uint32_t>(floorMod(ts[row], kMsPerDay) / kMsPerHour);
    }
};

struct Weekday {
    const int64_t* ts;
    uint32_t operator()(size_t row) const
    {
        return static_cast<uint32_t>(isoWeekday(floorDiv(ts[row], kMsPerDay)));
    }
};

// started (0), start_failure (1), exit_before_start (2); null (3) for a session that claims
// none of them.
struct Outcome {
    const int32_t* startupMs;
    const uint8_t* flags;
    uint32_t operator()(size_t row) const
    {
        if (startupMs[row] != kNullInt32)
            return 0;
        const uint8_t f = flags[row];
        return (f & 1) ? 1 : (f & 2) ? 2 : 3;
    }
};

// A code materialised per row (only for unusual data, such as start times spread over
// centuries, where a direct day offset would need too many groups).
struct RowCodes {
    const uint32_t* codes;
    uint32_t operator()(size_t row) const { return codes[row]; }
};

} // namespace streamlens::query::keys
