// SPDX-License-Identifier: MIT
#include "generator/SimulationContext.h"

#include "data/ContractEnums.h"
#include "generator/ModelParameters.h"

#include <algorithm>

namespace streamlens::generator {

namespace {

uint16_t internCode(Categorical& column, std::string_view value)
{
    return static_cast<uint16_t>(column.dictionary.intern(value));
}

std::vector<uint16_t> internAll(Categorical& column, const std::vector<Weighted>& items)
{
    std::vector<uint16_t> codes;
    for (const auto& i : items)
        codes.push_back(internCode(column, i.name));
    return codes;
}

// Share of a release at fraction f of the window: ramps up over 15 % of the window after its
// release, fades out over the 30 % before its retirement.
double releaseShare(const PlayerRelease& r, double f)
{
    const double up = std::clamp((f - r.releasedAt) / 0.15, 0.0, 1.0);
    const double down = std::clamp((r.retiredAt - f) / 0.30, 0.0, 1.0);
    return r.weight * up * down;
}

} // namespace

SimulationContext::SimulationContext(const GeneratorOptions& o, Dataset& data,
                                     const std::vector<UserTraits>& userTraits,
                                     const std::vector<double>& activity,
                                     const std::vector<double>& popularity)
    : options(o)
    , cat(catalog())
    , users(userTraits)
    , content(data.content)
{
    using namespace model;
    startDay = o.resolvedStartDate();
    days = o.days;
    windowStartMs = int64_t(startDay) * kMsPerDay;
    windowEndMs = windowStartMs + int64_t(days) * kMsPerDay;

    userPick = AliasTable(activity);
    contentPick = AliasTable(popularity);
    std::vector<double> w;
    for (const auto& c : cat.countries)
        w.push_back(c.weight);
    countryPick = AliasTable(w);
    w.clear();
    for (int d = 0; d < days; ++d)
        w.push_back(cat.weekday[weekdayOf(startDay + d)] *
                    (1.0 + kWeeklyGrowth * (d + 0.5) / days));
    dayPick = AliasTable(w);
    hourWeekday = AliasTable(std::vector<double>(cat.hourWeekday.begin(), cat.hourWeekday.end()));
    hourWeekend = AliasTable(std::vector<double>(cat.hourWeekend.begin(), cat.hourWeekend.end()));
    w.clear();
    for (const auto& c : cat.cdns)
        w.push_back(c.weight);
    cdnPick = AliasTable(w);

    SessionTable& s = data.sessions;
    EventTable& e = data.events;
    for (auto name : cat.osNames)
        internCode(s.os, name);
    for (size_t d = 0; d < cat.devices.size(); ++d) {
        osPick[d] = AliasTable(weightsOf(cat.devices[d].os));
        connPick[d] = AliasTable(std::vector<double>(cat.devices[d].connection.begin(),
                                                     cat.devices[d].connection.end()));
        osCode[d] = internAll(s.os, cat.devices[d].os);
    }
    for (const auto& r : cat.releases)
        releaseCode.push_back(internCode(s.playerVersion, r.version));
    releaseCdf.resize(static_cast<size_t>(days));
    for (int d = 0; d < days; ++d) {
        const double f = (d + 0.5) / days;
        double sum = 0.0;
        for (const auto& r : cat.releases)
            releaseCdf[d].push_back(sum += releaseShare(r, f));
    }
    for (const auto& c : cat.cdns)
        cdnCode.push_back(internCode(s.cdn, c.name));
    for (const auto& c : cat.countries) {
        countryCode.push_back(internCode(s.country, c.code));
        std::vector<uint16_t> fixed, mobile;
        for (auto isp : c.fixedIsps)
            fixed.push_back(internCode(s.isp, isp));
        for (auto isp : c.mobileIsps)
            mobile.push_back(internCode(s.isp, isp));
        fixedIspCode.push_back(std::move(fixed));
        mobileIspCode.push_back(std::move(mobile));
    }
    // Edge locations are named "<cdn>-<iata><1|2>", e.g. "cdn_b-fra2".
    for (const auto& cdn : cat.cdns)
        for (const auto& c : cat.countries) {
            std::vector<uint16_t> codes;
            for (auto pop : c.pops)
                for (int k = 1; k <= 2; ++k)
                    codes.push_back(internCode(e.cdnPop, std::string(cdn.name) + "-" +
                                                             std::string(pop) + char('0' + k)));
            popCode.push_back(std::move(codes));
        }

    // Session and event error codes share one order, so the same code means the same text.
    for (auto code : cat.errorCodes) {
        internCode(s.errorCode, code);
        internCode(e.errorCode, code);
    }
    startErrorPick = AliasTable(weightsOf(cat.startErrors));
    playbackErrorPick = AliasTable(weightsOf(cat.playbackErrors));
    warningPick = AliasTable(weightsOf(cat.warningErrors));
    startErrorCode = internAll(s.errorCode, cat.startErrors);
    playbackErrorCode = internAll(s.errorCode, cat.playbackErrors);
    warningCode = internAll(s.errorCode, cat.warningErrors);
    incidentErrorCode = internCode(s.errorCode, cat.incidentError);
    for (size_t r = 0; r < cat.ladder.size() && r < rungResolution.size(); ++r)
        rungResolution[r] = contract::resolutionCode(cat.ladder[r].resolution);

    const auto& a = o.cdnDegradation;
    degradeOn = a.enabled;
    degradeCountry.assign(cat.countries.size(), 0);
    if (degradeOn) {
        degradeCdn = cat.cdnIndex(a.cdn);
        for (const auto& code : a.countries)
            if (const int k = cat.countryIndex(code); k >= 0)
                degradeCountry[k] = 1;
        degradeFromHour = a.fromHourUtc;
        degradeToHour = a.toHourUtc;
        degradeMultiplier = a.rebufferMultiplier;
    }
    const auto& b = o.slowStartup;
    slowOn = b.enabled;
    if (slowOn) {
        slowOs = static_cast<int>(s.os.dictionary.find(b.os)); // compared with session os codes
        slowRelease = cat.releaseIndex(b.playerVersion);
        slowMultiplier = b.startupMultiplier;
    }
    const auto& c = o.incident;
    incidentOn = c.enabled;
    if (incidentOn) {
        incidentCdn = cat.cdnIndex(c.cdn);
        incidentFromMs = windowStartMs + int64_t(o.resolvedIncidentDay()) * kMsPerDay +
                         int64_t(c.fromHourUtc) * kMsPerHour;
        incidentToMs = incidentFromMs + int64_t(c.hours) * kMsPerHour;
        incidentMultiplier = c.startFailureMultiplier;
    }
    elasticity = o.elasticity.enabled ? o.elasticity.lossPerRebufferPct : 0.0;
}

uint32_t SimulationContext::sampleRelease(int64_t day, Random& rng) const
{
    const auto& cdf = releaseCdf[static_cast<size_t>(std::clamp<int64_t>(day, 0, days - 1))];
    const double u = rng.uniform() * cdf.back();
    uint32_t i = 0;
    while (i + 1 < cdf.size() && u >= cdf[i])
        ++i;
    return i;
}

} // namespace streamlens::generator
