// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace streamlens::generator {

// The events of one block of sessions, built by one worker and then appended, in block order,
// to the dataset's EventTable (whose dictionaries already hold every code used here).
struct EventBlock {
    std::vector<int32_t> sessionIndex;
    std::vector<int64_t> ts;
    std::vector<uint8_t> type;
    std::vector<int32_t> durationMs;
    std::vector<int32_t> bitrateKbps;
    std::vector<uint16_t> errorCode;
    std::vector<uint8_t> fatal;
    std::vector<uint16_t> cdnPop;

    size_t size() const { return ts.size(); }
    // Empties the block but keeps its memory, so a recycled block causes no page faults.
    void clear()
    {
        sessionIndex.clear();
        ts.clear();
        type.clear();
        durationMs.clear();
        bitrateKbps.clear();
        errorCode.clear();
        fatal.clear();
        cdnPop.clear();
    }
    void reserve(size_t n)
    {
        sessionIndex.reserve(n);
        ts.reserve(n);
        type.reserve(n);
        durationMs.reserve(n);
        bitrateKbps.reserve(n);
        errorCode.reserve(n);
        fatal.reserve(n);
        cdnPop.reserve(n);
    }
    void push(int32_t session, int64_t time, uint8_t eventType, int32_t duration, int32_t bitrate,
              uint16_t error, uint8_t isFatal, uint16_t pop)
    {
        sessionIndex.push_back(session);
        ts.push_back(time);
        type.push_back(eventType);
        durationMs.push_back(duration);
        bitrateKbps.push_back(bitrate);
        errorCode.push_back(error);
        fatal.push_back(isFatal);
        cdnPop.push_back(pop);
    }
};

} // namespace streamlens::generator
