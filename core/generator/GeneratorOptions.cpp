// SPDX-License-Identifier: MIT
#include "generator/GeneratorOptions.h"

#include "generator/Catalog.h"

#include <algorithm>
#include <cmath>

namespace streamlens::generator {

void GeneratorOptions::setAllEffects(bool on)
{
    cdnDegradation.enabled = on;
    slowStartup.enabled = on;
    incident.enabled = on;
    elasticity.enabled = on;
    churn.enabled = on;
}

int64_t GeneratorOptions::resolvedUsers() const
{
    return users > 0 ? users : std::max<int64_t>(1, sessions / 20);
}

int64_t GeneratorOptions::resolvedContent() const
{
    return content > 0 ? content : std::max<int64_t>(50, sessions / 500);
}

int32_t GeneratorOptions::resolvedStartDate() const
{
    return startDate ? *startDate : kDefaultEndDate - days + 1;
}

int GeneratorOptions::resolvedIncidentDay() const
{
    return incident.day >= 0 ? incident.day : (days * 2) / 3;
}

namespace {

bool positiveFinite(double x)
{
    return std::isfinite(x) && x > 0.0;
}

std::string checkHours(const char* what, int from, int to)
{
    if (from < 0 || from > 23 || to < 1 || to > 24 || from >= to)
        return std::string(what) + ": hours must satisfy 0 <= from < to <= 24 (UTC)";
    return {};
}

} // namespace

std::string validate(const GeneratorOptions& o)
{
    const Catalog& cat = catalog();
    if (o.sessions < 0 || o.sessions > GeneratorOptions::kMaxSessions)
        return "sessions must be between 0 and " + std::to_string(GeneratorOptions::kMaxSessions);
    if (o.users < 0 || o.users > INT32_MAX)
        return "users must be between 0 (automatic) and " + std::to_string(INT32_MAX);
    if (o.content < 0 || o.content > INT32_MAX)
        return "content must be between 0 (automatic) and " + std::to_string(INT32_MAX);
    if (o.days < 1 || o.days > 36500)
        return "days must be between 1 and 36500";
    if (o.threads < 0)
        return "threads must be 0 (all cores) or more";
    const int64_t firstDay = o.resolvedStartDate();
    // Keeps every timestamp within years 1900..9999, which the writers print with 4 digits.
    if (firstDay < daysFromCivil(1900, 1, 1) || firstDay + o.days > daysFromCivil(9999, 1, 1))
        return "the date window must lie between 1900 and 9999";

    const auto& a = o.cdnDegradation;
    if (a.enabled) {
        if (cat.cdnIndex(a.cdn) < 0)
            return "cdn degradation: unknown cdn '" + a.cdn + "' (cdn_a, cdn_b, cdn_c)";
        if (a.countries.empty())
            return "cdn degradation: no countries given";
        for (const auto& country : a.countries)
            if (cat.countryIndex(country) < 0)
                return "cdn degradation: country '" + country + "' is not generated";
        if (auto e = checkHours("cdn degradation", a.fromHourUtc, a.toHourUtc); !e.empty())
            return e;
        if (!positiveFinite(a.rebufferMultiplier) || a.rebufferMultiplier > 100)
            return "cdn degradation: multiplier must be in (0, 100]";
    }
    const auto& b = o.slowStartup;
    if (b.enabled) {
        if (cat.osIndex(b.os) < 0)
            return "slow startup: unknown os '" + b.os + "'";
        if (cat.releaseIndex(b.playerVersion) < 0)
            return "slow startup: unknown player version '" + b.playerVersion + "'";
        if (!positiveFinite(b.startupMultiplier) || b.startupMultiplier > 20)
            return "slow startup: multiplier must be in (0, 20]";
    }
    const auto& c = o.incident;
    if (c.enabled) {
        if (cat.cdnIndex(c.cdn) < 0)
            return "incident: unknown cdn '" + c.cdn + "' (cdn_a, cdn_b, cdn_c)";
        if (c.day < -1 || c.day >= o.days)
            return "incident: day must be -1 (automatic) or within the window (0.." +
                   std::to_string(o.days - 1) + ")";
        if (auto e = checkHours("incident", c.fromHourUtc, c.fromHourUtc + c.hours); !e.empty())
            return e;
        if (!positiveFinite(c.startFailureMultiplier) || c.startFailureMultiplier > 60)
            return "incident: multiplier must be in (0, 60]";
    }
    if (o.elasticity.enabled &&
        (!std::isfinite(o.elasticity.lossPerRebufferPct) || o.elasticity.lossPerRebufferPct < 0 ||
         o.elasticity.lossPerRebufferPct > 1))
        return "elasticity: loss per rebuffering percentage point must be in [0, 1]";
    const auto& e = o.churn;
    if (e.enabled &&
        (!std::isfinite(e.logOddsPerRebufferPct) || !std::isfinite(e.logOddsPerStartupSecond) ||
         std::abs(e.logOddsPerRebufferPct) > 10 || std::abs(e.logOddsPerStartupSecond) > 10))
        return "churn: coefficients must be finite and within ±10";
    return {};
}

} // namespace streamlens::generator
