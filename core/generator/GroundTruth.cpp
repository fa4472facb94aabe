// SPDX-License-Identifier: MIT
#include "generator/GroundTruth.h"

#include "data/ContractEnums.h"
#include "generator/Catalog.h"
#include "generator/CsvFormat.h"
#include "generator/ModelParameters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <filesystem>

namespace streamlens::generator {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonObject timeOf(int64_t ms)
{
    return {{"iso", q(csv::isoTimestamp(ms))}, {"ms", static_cast<double>(ms)}};
}

QJsonObject baseline()
{
    using namespace model;
    const Catalog& cat = catalog();
    QJsonObject devices, connections, plans;
    for (size_t d = 0; d < cat.devices.size(); ++d)
        devices[q(contract::kDeviceTypes[d])] =
            QJsonObject{{"startup_factor", cat.devices[d].startupFactor},
                        {"stall_factor", cat.devices[d].stallFactor},
                        {"max_resolution_p",
                         cat.ladder[static_cast<size_t>(cat.devices[d].maxRung)].resolution}};
    for (size_t c = 0; c < cat.connections.size(); ++c)
        connections[q(contract::kConnectionTypes[c])] =
            QJsonObject{{"startup_factor", cat.connections[c].startupFactor},
                        {"stall_factor", cat.connections[c].stallFactor},
                        {"start_failure_factor", cat.connections[c].startFailureFactor},
                        {"throughput_median_kbps", cat.connections[c].throughputMedianKbps}};
    for (size_t p = 0; p < cat.plans.size(); ++p)
        plans[q(contract::kPlans[p])] = QJsonObject{{"fee_usd", cat.plans[p].feeUsd},
                                                    {"churn_log_odds", cat.plans[p].churnLogOdds}};
    QJsonArray ladder;
    for (const auto& r : cat.ladder)
        ladder.append(QJsonObject{{"kbps", r.kbps}, {"resolution_p", r.resolution}});
    return {
        {"startup",
         QJsonObject{{"distribution", "log-normal"},
                     {"median_ms", kStartupMedianMs},
                     {"sigma_log", kStartupSigma},
                     {"live_factor", kLiveStartupFactor},
                     {"peak_factor", kPeakFactorStartup},
                     {"peak_local_hours", QJsonArray{kPeakFromLocalHour, kPeakToLocalHour}}}},
        {"abandonment",
         QJsonObject{{"model", "P(exit before start) = base + per_second × max(0, startup_s - "
                               "after_s), capped"},
                     {"base", kAbandonBase},
                     {"per_second", kAbandonPerSecond},
                     {"after_s", kAbandonAfterSeconds},
                     {"max", kAbandonMax}}},
        {"start_failure_base", kStartFailureBase},
        {"playback_failure_base", kPlaybackFailureBase},
        {"rebuffering", QJsonObject{{"probability_base", kRebufferProbabilityBase},
                                    {"stall_ratio_median", kStallRatioMedian},
                                    {"stall_ratio_sigma_log", kStallRatioSigma},
                                    {"stall_ratio_max", kStallRatioMax},
                                    {"peak_factor", kPeakFactorStall}}},
        {"devices", devices},
        {"connections", connections},
        {"plans", plans},
        {"bitrate_ladder", ladder},
        {"churn_intercept", kChurnIntercept},
        {"zipf_exponent", kZipfExponent},
    };
}

} // namespace

QJsonObject groundTruth(const GeneratorOptions& o)
{
    const int32_t first = o.resolvedStartDate();
    const int32_t last = first + o.days - 1;
    const int64_t windowStart = int64_t(first) * kMsPerDay;

    QJsonObject options{{"sessions", static_cast<double>(o.sessions)},
                        {"users", static_cast<double>(o.resolvedUsers())},
                        {"content", static_cast<double>(o.resolvedContent())},
                        {"days", o.days},
                        {"start_date", q(csv::isoDate(first))},
                        {"end_date", q(csv::isoDate(last))},
                        {"with_events", o.withEvents}};

    const auto& a = o.cdnDegradation;
    QJsonArray countries;
    for (const auto& c : a.countries)
        countries.append(q(c));
    QJsonObject degradation{
        {"enabled", a.enabled},
        {"cdn", q(a.cdn)},
        {"countries", countries},
        {"hours_utc", QJsonArray{a.fromHourUtc, a.toHourUtc}},
        {"rebuffer_ratio_multiplier", a.rebufferMultiplier},
        {"applies_to", "started sessions with this cdn, viewer country in countries and start_ts "
                       "hour (UTC) in [from, to): the stall ratio of sessions that stall is "
                       "multiplied (capped at 30 %), before the playing-time effect"}};

    const auto& b = o.slowStartup;
    QJsonObject slow{{"enabled", b.enabled},
                     {"os", q(b.os)},
                     {"player_version", q(b.playerVersion)},
                     {"startup_time_multiplier", b.startupMultiplier},
                     {"applies_to", "sessions with this os and player_version: the log-normal "
                                    "startup median is multiplied; slower starts also raise "
                                    "abandonment, so the observed median of started sessions "
                                    "rises a little less"}};

    const auto& c = o.incident;
    const int64_t incidentFrom = windowStart + int64_t(o.resolvedIncidentDay()) * kMsPerDay +
                                 int64_t(c.fromHourUtc) * kMsPerHour;
    QJsonObject incident{{"enabled", c.enabled},
                         {"cdn", q(c.cdn)},
                         {"day_index", o.resolvedIncidentDay()},
                         {"start", timeOf(incidentFrom)},
                         {"end", timeOf(incidentFrom + int64_t(c.hours) * kMsPerHour)},
                         {"start_failure_multiplier", c.startFailureMultiplier},
                         {"error_code", q(catalog().incidentError)},
                         {"error_code_share", model::kIncidentErrorShare},
                         {"applies_to", "sessions with this cdn and start_ts in [start, end)"}};

    QJsonObject elasticity{
        {"enabled", o.elasticity.enabled},
        {"k", o.elasticity.enabled ? o.elasticity.lossPerRebufferPct : 0.0},
        {"model", "playing_time_s = intended × exp(-k × rebuffer_ratio_pct), rebuffer_ratio_pct "
                  "= 100 × rebuffer_time / (playing_time + rebuffer_time)"},
        {"recover_with", "OLS of ln(playing_time_s) on rebuffer_ratio_pct over started vod "
                         "sessions without playback failure: slope = -k (intended viewing is "
                         "drawn independently of rebuffering)"}};

    const auto& e = o.churn;
    QJsonObject churnPlans;
    for (size_t p = 0; p < catalog().plans.size(); ++p)
        churnPlans[q(contract::kPlans[p])] = catalog().plans[p].churnLogOdds;
    QJsonObject churn{{"enabled", e.enabled},
                      {"model", "logit P(churned) = intercept + plan[plan] + per_rebuffer_pct × "
                                "rebuffer_ratio_pct + per_startup_second × mean_startup_s"},
                      {"intercept", model::kChurnIntercept},
                      {"plan", churnPlans},
                      {"per_rebuffer_pct", e.enabled ? e.logOddsPerRebufferPct : 0.0},
                      {"per_startup_second", e.enabled ? e.logOddsPerStartupSecond : 0.0},
                      {"covariates",
                       "per user over their started sessions: rebuffer_ratio_pct = 100 × Σ "
                       "rebuffer_time_ms / (Σ playing_time_ms + Σ rebuffer_time_ms); "
                       "mean_startup_s = mean startup_time_ms / 1000; both 0 for users "
                       "without a started session"}};

    return {{"generator", "StreamLens synthetic generator"},
            {"format_version", 1},
            // Exact as a JSON number up to 2^53, as text beyond.
            {"seed", o.seed <= (uint64_t(1) << 53) ? QJsonValue(static_cast<double>(o.seed))
                                                   : QJsonValue(QString::number(o.seed))},
            {"options", options},
            {"window", QJsonObject{{"start", timeOf(windowStart)},
                                   {"end", timeOf(windowStart + int64_t(o.days) * kMsPerDay)}}},
            {"effects", QJsonObject{{"cdn_degradation", degradation},
                                    {"slow_startup", slow},
                                    {"cdn_incident", incident},
                                    {"rebuffer_elasticity", elasticity},
                                    {"churn_quality", churn}}},
            {"baseline", baseline()}};
}

WriteResult writeGroundTruth(const GeneratorOptions& options, const std::string& dir)
{
    WriteResult result;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const std::string path = (std::filesystem::path(dir) / "ground_truth.json").string();
    QFile file(QString::fromStdString(path));
    const QByteArray json = QJsonDocument(groundTruth(options)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        result.error = "cannot write " + path + ": " + file.errorString().toStdString();
        return result;
    }
    result.ok = true;
    result.files.push_back(path);
    result.bytes = json.size();
    return result;
}

} // namespace streamlens::generator
