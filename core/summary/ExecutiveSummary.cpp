// SPDX-License-Identifier: MIT
#include "summary/ExecutiveSummary.h"

#include "facets/TimeExtent.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"
#include "summary/KpiSignificance.h"
#include "summary/SummaryScan.h"
#include "summary/SummaryText.h"
#include "summary/WhatChangedFinder.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <stdexcept>

namespace streamlens::summary {

const KpiChange* ExecutiveSummaryResult::tile(std::string_view key) const
{
    for (const auto& t : tiles)
        if (t.key == key)
            return &t;
    return nullptr;
}

QJsonObject ExecutiveSummaryResult::toJson() const
{
    QJsonObject o;
    QJsonObject period;
    if (window) {
        period["current_from"] =
            QString::fromStdString(query::formatIsoTimestamp(window->currentFromMs));
        period["current_to"] =
            QString::fromStdString(query::formatIsoTimestamp(window->currentToMs));
        period["has_previous"] = window->hasPrevious;
        if (window->hasPrevious) {
            period["previous_from"] =
                QString::fromStdString(query::formatIsoTimestamp(window->previousFromMs));
            period["previous_to"] =
                QString::fromStdString(query::formatIsoTimestamp(window->previousToMs));
        }
        period["length_ms"] = static_cast<qint64>(window->lengthMs());
        period["bucket"] = window->hourly() ? "hour" : "day";
    }
    o["period"] = period;
    o["filter"] = QString::fromStdString(filter.toString());
    o["note"] = QString::fromStdString(note);
    o["current"] = current.toJson();
    o["previous"] = previous ? QJsonValue(previous->toJson()) : QJsonValue(QJsonValue::Null);
    QJsonArray tileArray;
    for (const auto& t : tiles)
        tileArray.append(t.toJson());
    o["tiles"] = tileArray;
    o["sparklines"] = sparklines.toJson(KpiSignificance::tileKeys());
    QJsonArray findingArray;
    for (const auto& f : findings)
        findingArray.append(f.toJson());
    o["findings"] = findingArray;
    o["segment_comparisons"] = segmentComparisons;
    o["significant_segments"] = significantSegments;
    o["milliseconds"] = milliseconds;
    QJsonObject steps;
    for (const auto& [name, ms] : stepMilliseconds)
        steps[QString::fromStdString(name)] = ms;
    o["step_milliseconds"] = steps;
    return o;
}

std::optional<ExecutiveSummaryResult> ExecutiveSummary::run(const Dataset& dataset,
                                                            const query::Filter& filter,
                                                            const ExecutiveSummaryOptions& options,
                                                            std::string* error)
{
    QElapsedTimer timer;
    timer.start();
    ExecutiveSummaryResult r;
    r.filter = filter;
    const auto cancelledResult = [&] {
        ExecutiveSummaryResult c;
        c.filter = filter;
        c.cancelled = true;
        return c;
    };
    const auto stop = [&] { return options.cancel && options.cancel->load(); };
    double lastMs = 0;
    const auto step = [&](const char* name) {
        const double now = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        r.stepMilliseconds.emplace_back(name, now - lastMs);
        lastMs = now;
    };

    query::QueryOptions queryOptions;
    queryOptions.cancel = options.cancel;
    queryOptions.threads = options.threads;
    std::string selectError;
    const query::Selection current = query::select(dataset, filter, queryOptions, &selectError);
    if (!selectError.empty()) {
        if (error)
            *error = selectError;
        return std::nullopt;
    }
    if (current.isCancelled())
        return cancelledResult();
    const query::KpiEngine engine(queryOptions);
    try {
        r.current = engine.all(dataset, current);
    } catch (const std::invalid_argument& e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
    if (r.current.cancelled || stop())
        return cancelledResult();
    step("current_kpis");

    r.window = PeriodWindow::of(filter, facets::computeTimeExtent(dataset, options.cancel));
    if (!r.window) {
        r.note = filter.fromMs() && filter.toMs() && *filter.toMs() <= *filter.fromMs()
                     ? SummaryText::tr("The date range is empty.").toStdString()
                     : SummaryText::tr("There are no sessions to summarise.").toStdString();
        r.tiles = KpiSignificance::evaluate(r.current, nullptr, PeriodTally{}, nullptr);
        r.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return r;
    }
    const PeriodWindow& window = *r.window;
    std::optional<query::Selection> previous;
    if (window.hasPrevious) {
        previous =
            query::select(dataset, window.previousFilter(filter), queryOptions, &selectError);
        if (previous->isCancelled())
            return cancelledResult();
        r.previous = engine.all(dataset, *previous);
        if (r.previous->cancelled)
            return cancelledResult();
        step("previous_kpis");
    } else {
        r.note = SummaryText::tr("No date range is set, so the whole span of the data is the "
                                 "current period and there is no previous period to compare "
                                 "with.")
                     .toStdString();
    }

    ScanInput input;
    input.current = &current;
    input.previous = previous ? &*previous : nullptr;
    input.slowStartThresholdMs = r.current.startup_time_ms_median.value_or(0);
    input.threads = options.threads;
    input.cancel = options.cancel;
    const auto scan = SummaryScan::run(dataset, defaultSegmentFamilies(), input, error);
    if (!scan)
        return std::nullopt;
    if (scan->cancelled)
        return cancelledResult();
    step("scan");

    bool cancelled = false;
    auto sparklines = Sparklines::compute(dataset, current, previous ? &*previous : nullptr, window,
                                          error, options.cancel, &cancelled);
    if (!sparklines)
        return std::nullopt;
    if (cancelled || stop())
        return cancelledResult();
    r.sparklines = std::move(*sparklines);
    step("sparklines");

    // The count tiles are tested over the sparkline's buckets, paired by position.
    PeriodTally periods[2] = {scan->periods[0], scan->periods[1]};
    for (size_t i = 0; i < r.sparklines.values.size(); ++i) {
        PeriodTally& p = periods[i < r.sparklines.currentBegin ? 1 : 0];
        p.bucketAttempts.push_back(static_cast<double>(r.sparklines.values[i].attempts));
        p.bucketPlayingHours.push_back(r.sparklines.values[i].playing_hours);
    }
    r.tiles = KpiSignificance::evaluate(r.current, r.previous ? &*r.previous : nullptr, periods[0],
                                        previous ? &periods[1] : nullptr);

    const auto found =
        WhatChangedFinder::find(*scan, r.tiles, window, filter, input.slowStartThresholdMs);
    r.findings = found.findings;
    r.segmentComparisons = found.segmentComparisons;
    r.significantSegments = found.significantSegments;
    step("findings");
    r.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace streamlens::summary
