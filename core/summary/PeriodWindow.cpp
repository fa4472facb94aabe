// SPDX-License-Identifier: MIT
#include "summary/PeriodWindow.h"

#include "query/UtcCalendar.h"

namespace streamlens::summary {

bool PeriodWindow::hourly() const
{
    return lengthMs() <= kHourlyDays * query::kMsPerDay;
}

int64_t PeriodWindow::bucketMs() const
{
    return hourly() ? query::kMsPerHour : query::kMsPerDay;
}

int64_t PeriodWindow::bucketCount() const
{
    return (lengthMs() + bucketMs() - 1) / bucketMs();
}

query::Filter PeriodWindow::currentFilter(const query::Filter& filter) const
{
    query::Filter f = filter;
    f.setTimeRange(currentFromMs, currentToMs);
    return f;
}

query::Filter PeriodWindow::previousFilter(const query::Filter& filter) const
{
    query::Filter f = filter;
    f.setTimeRange(previousFromMs, previousToMs);
    return f;
}

query::Filter PeriodWindow::spanFilter(const query::Filter& filter) const
{
    query::Filter f = filter;
    f.setTimeRange(hasPrevious ? previousFromMs : currentFromMs, currentToMs);
    return f;
}

std::optional<PeriodWindow> PeriodWindow::of(const query::Filter& filter,
                                             const facets::TimeExtent& extent)
{
    if (extent.isEmpty() && !(filter.fromMs() && filter.toMs()))
        return std::nullopt;
    PeriodWindow w;
    const int64_t dataFrom = extent.isEmpty() ? 0 : *extent.firstDay * query::kMsPerDay;
    const int64_t dataTo = extent.isEmpty() ? 0 : (*extent.lastDay + 1) * query::kMsPerDay;
    w.currentFromMs = filter.fromMs().value_or(dataFrom);
    w.currentToMs = filter.toMs().value_or(dataTo);
    if (w.currentToMs <= w.currentFromMs)
        return std::nullopt;
    w.hasPrevious = filter.fromMs() || filter.toMs();
    if (w.hasPrevious) {
        w.previousToMs = w.currentFromMs;
        w.previousFromMs = w.currentFromMs - w.lengthMs();
    }
    return w;
}

} // namespace streamlens::summary
