// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/Filter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens::summary {

// One axis along which the "what changed" search cuts the sessions: a query dimension, or
// the part of the day (night 0–5, morning 6–11, afternoon 12–17, evening 18–23 h UTC), which
// groups hours the way viewing peaks and CDN congestion come (the evening peak).
struct SegmentAxis {
    query::DimensionId dimension = query::DimensionId::Cdn;
    bool daypart = false; // dimension is then Hour, grouped in four parts

    static constexpr uint32_t kDayparts = 4;
    static SegmentAxis of(query::DimensionId id) { return {id, false}; }
    static SegmentAxis partOfDay() { return {query::DimensionId::Hour, true}; }

    std::string name() const;
    // Hours of a part of the day: "18", …, "23" for the evening.
    static std::vector<std::string> daypartHours(uint32_t part);
    // "evening (18–23 h UTC)" (translated).
    static std::string daypartLabel(uint32_t part);
};

// A family of segments: every combination of the values of up to three axes (cdn × country
// × part of day). Groups are numbered row-major over the axes' codes.
struct SegmentFamily {
    std::vector<SegmentAxis> axes;
    // A family that is only scanned so that smaller ones can be summed from it (the
    // combinations of ISP, connection, stream type and content type are not reported).
    bool reported = true;
};

// The families searched, single axes first: single dimensions that QoE depends on, and the
// pairs and triples where planted and real incidents show (a CDN in some countries in the
// evening, a player release on one OS, a CDN on one day and part of day).
std::vector<SegmentFamily> defaultSegmentFamilies();

} // namespace streamlens::summary
