// SPDX-License-Identifier: MIT
#include "query/DashboardQueries.h"

#include "data/Dataset.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"
#include "util/ParallelFor.h"

#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <limits>
#include <stdexcept>

namespace streamlens::query {

namespace {

int64_t earliestStart(const Dataset& dataset, const QueryOptions& options)
{
    const std::vector<int64_t>& ts = dataset.sessions.startTs;
    const int threads = resolveThreads(options.threads);
    std::vector<int64_t> mins(static_cast<size_t>(threads), std::numeric_limits<int64_t>::max());
    parallelFor(ts.size(), threads, options.minRowsPerThread, [&](size_t b, size_t e, int w) {
        int64_t m = mins[static_cast<size_t>(w)];
        for (size_t i = b; i < e; ++i)
            m = std::min(m, ts[i]);
        mins[static_cast<size_t>(w)] = m;
    });
    return *std::min_element(mins.begin(), mins.end());
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

double DashboardResults::totalMilliseconds() const
{
    double total = 0;
    for (double ms : milliseconds)
        total += ms;
    return total;
}

QJsonObject DashboardResults::toJson() const
{
    QJsonArray times;
    for (double ms : milliseconds)
        times.append(ms);
    return QJsonObject{{"q1", q1.toJson()},
                       {"q2", q2.toJson()},
                       {"q2_filter", QString::fromStdString(q2Filter.toString())},
                       {"q3", q3.toJson()},
                       {"q4", q4.toJson()},
                       {"q5", q5.toJson()},
                       {"q6", q6.toJson()},
                       {"milliseconds", times},
                       {"total_milliseconds", totalMilliseconds()},
                       {"cancelled", cancelled}};
}

Filter dashboardQ2Filter(const Dataset& dataset, const QueryOptions& options)
{
    Filter f;
    f.addCondition(DimensionId::StreamType, {"vod"}, false, nullptr);
    f.addCondition(DimensionId::DeviceType, {"smart_tv", "mobile"}, false, nullptr);
    if (dataset.sessions.size() == 0) {
        f.setTimeRange(0, 0);
        return f;
    }
    const int64_t from = floorDiv(earliestStart(dataset, options), kMsPerDay) * kMsPerDay;
    f.setTimeRange(from, from + 14 * kMsPerDay);
    return f;
}

std::optional<DashboardResults> runDashboardQueries(const Dataset& dataset,
                                                    const QueryOptions& options, std::string* error)
{
    DashboardResults r;
    const KpiEngine engine(options);
    const auto cancelled = [&] {
        return options.cancel && options.cancel->load(std::memory_order_relaxed);
    };
    try {
        auto t = std::chrono::steady_clock::now();
        const Selection all = Selection::all(dataset.sessions.size());
        r.q1 = engine.all(dataset, all);
        r.milliseconds[0] = msSince(t);

        t = std::chrono::steady_clock::now();
        r.q2Filter = dashboardQ2Filter(dataset, options);
        const Selection q2 = select(dataset, r.q2Filter, options, error);
        r.q2 = engine.all(dataset, q2);
        r.milliseconds[1] = msSince(t);

        const DimensionId dims[4] = {DimensionId::Cdn, DimensionId::DeviceType,
                                     DimensionId::Country, DimensionId::Day};
        GroupedKpis* outs[4] = {&r.q3, &r.q4, &r.q5, &r.q6};
        for (int i = 0; i < 4; ++i) {
            t = std::chrono::steady_clock::now();
            auto g = engine.by(dataset, all, dims[i], error);
            if (!g)
                return std::nullopt;
            *outs[i] = std::move(*g);
            r.milliseconds[static_cast<size_t>(2 + i)] = msSince(t);
        }
    } catch (const std::invalid_argument& e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
    r.cancelled = cancelled();
    return r;
}

} // namespace streamlens::query
