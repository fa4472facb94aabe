// SPDX-License-Identifier: MIT
#include "summary/Sparkline.h"

#include "explore/Crosstab.h"
#include "query/KpiEngine.h"
#include "query/UtcCalendar.h"

#include <QJsonArray>

#include <cmath>

namespace streamlens::summary {

std::vector<std::optional<double>> Sparklines::series(std::string_view key) const
{
    std::vector<std::optional<double>> out;
    out.reserve(values.size());
    for (const auto& v : values)
        out.push_back(v.attempts > 0 ? v.value(key) : std::nullopt);
    return out;
}

QJsonObject Sparklines::toJson(std::span<const std::string_view> keys) const
{
    QJsonObject o;
    o["bucket"] = hourly ? "hour" : "day";
    o["current_begin"] = static_cast<qint64>(currentBegin);
    QJsonArray starts;
    for (int64_t ms : bucketStartMs)
        starts.append(QString::fromStdString(hourly ? query::formatIsoTimestamp(ms)
                                                    : query::formatIsoDate(ms / query::kMsPerDay)));
    o["buckets"] = starts;
    QJsonObject series;
    for (std::string_view key : keys) {
        QJsonArray values;
        for (const auto& v : this->series(key))
            values.append(v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
        series[QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()))] = values;
    }
    o["series"] = series;
    return o;
}

namespace {

// Adds the engine's values of one period's buckets at their place in out.
bool fill(const Dataset& dataset, const query::Selection& selection, bool hourly,
          int64_t periodFrom, size_t offset, size_t buckets, int64_t bucketMs, Sparklines& out,
          std::string* error, const std::atomic<bool>* cancel, bool* cancelled)
{
    const auto place = [&](int64_t startMs, const query::KpiValues& v) {
        if (startMs < periodFrom)
            return;
        const auto index = static_cast<size_t>((startMs - periodFrom) / bucketMs);
        if (index < buckets)
            out.values[offset + index] = v;
    };
    if (!hourly) {
        auto days = query::computeKpisBy(dataset, selection, "day", error, cancel);
        if (!days)
            return false;
        if (days->cancelled) {
            *cancelled = true;
            return true;
        }
        for (size_t i = 0; i < days->size(); ++i)
            if (const auto day = query::parseIsoDate(days->keys[i]))
                place(*day * query::kMsPerDay, days->values[i]);
        return true;
    }
    explore::CrosstabOptions options;
    options.maxRows = 64;
    options.maxColumns = 24;
    auto table = explore::computeCrosstab(dataset, selection, query::DimensionId::Day,
                                          query::DimensionId::Hour, options, error, cancel);
    if (!table)
        return false;
    if (table->cancelled) {
        *cancelled = true;
        return true;
    }
    for (size_t r = 0; r < table->rowKeys.size(); ++r) {
        const auto day = query::parseIsoDate(table->rowKeys[r]);
        if (!day)
            continue;
        for (size_t c = 0; c < table->columnKeys.size(); ++c)
            if (table->cell(r, c).attempts > 0)
                place(*day * query::kMsPerDay +
                          std::stoll(table->columnKeys[c]) * query::kMsPerHour,
                      table->cell(r, c));
    }
    return true;
}

} // namespace

std::optional<Sparklines> Sparklines::compute(const Dataset& dataset,
                                              const query::Selection& current,
                                              const query::Selection* previous,
                                              const PeriodWindow& window, std::string* error,
                                              const std::atomic<bool>* cancel, bool* cancelled)
{
    Sparklines out;
    out.hourly = window.hourly();
    const int64_t bucketMs = window.bucketMs();
    const auto buckets = static_cast<size_t>(window.bucketCount());
    const bool withPrevious = previous && window.hasPrevious;
    out.currentBegin = withPrevious ? buckets : 0;
    const size_t total = out.currentBegin + buckets;
    out.values.assign(total, query::KpiValues{});
    for (size_t i = 0; i < total; ++i) {
        const int64_t from = i < out.currentBegin ? window.previousFromMs : window.currentFromMs;
        const size_t index = i < out.currentBegin ? i : i - out.currentBegin;
        out.bucketStartMs.push_back(from + static_cast<int64_t>(index) * bucketMs);
    }
    *cancelled = false;
    if (withPrevious && !fill(dataset, *previous, out.hourly, window.previousFromMs, 0, buckets,
                              bucketMs, out, error, cancel, cancelled))
        return std::nullopt;
    if (*cancelled)
        return out;
    if (!fill(dataset, current, out.hourly, window.currentFromMs, out.currentBegin, buckets,
              bucketMs, out, error, cancel, cancelled))
        return std::nullopt;
    return out;
}

} // namespace streamlens::summary
