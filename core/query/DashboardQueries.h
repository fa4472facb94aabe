// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"
#include "query/GroupedKpis.h"
#include "query/KpiValues.h"
#include "query/QueryOptions.h"

#include <QJsonObject>

#include <array>
#include <optional>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {

// The "dashboard query set", the benchmark's unit of work:
// Q1 all KPIs over all sessions; Q2 the same for stream_type=vod, device_type IN
// (smart_tv, mobile) and start_ts in the first 14 UTC days of the data (from midnight of the
// earliest start date, end exclusive); Q3 KPIs by cdn; Q4 by device_type; Q5 by country;
// Q6 the daily series (by day).
struct DashboardResults {
    KpiValues q1;
    KpiValues q2;
    GroupedKpis q3, q4, q5, q6;
    Filter q2Filter;
    // Wall time of each query in milliseconds (Q2 includes finding the earliest start and
    // building its selection).
    std::array<double, 6> milliseconds{};
    bool cancelled = false;

    double totalMilliseconds() const;
    QJsonObject toJson() const;
};

// The Q2 filter for this dataset (an empty time range when there are no sessions).
Filter dashboardQ2Filter(const Dataset& dataset, const QueryOptions& options = {});
// Runs Q1..Q6 in order; nullopt with *error only for a malformed dataset.
std::optional<DashboardResults> runDashboardQueries(const Dataset& dataset,
                                                    const QueryOptions& options = {},
                                                    std::string* error = nullptr);

} // namespace streamlens::query
