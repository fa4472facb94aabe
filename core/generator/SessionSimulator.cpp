// SPDX-License-Identifier: MIT
#include "generator/SessionSimulator.h"

#include "data/ContractEnums.h"
#include "generator/ModelParameters.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace streamlens::generator {

namespace {

using namespace model;
using contract::EventType;

constexpr int kMaxSwitches = 64; // ramp (≤ 11 rungs) + kMaxRandomSwitches
constexpr int kMaxPending = kMaxStalls + kMaxSwitches + kMaxSeeks + 1;

uint8_t code(EventType t)
{
    return static_cast<uint8_t>(t);
}

// What one started session did between its first frame and its end.
struct Playback {
    int64_t playMs = 0;
    int64_t rebufferMs = 0;
    int rebufferCount = 0;
    bool failed = false;
    uint16_t failureCode = Categorical::kNull;
    bool warning = false;
    uint16_t warningCode = Categorical::kNull;
    int32_t avgBitrateMilli = 0;
    uint8_t resolution = contract::kNullResolution;
    int switches = 0;
    // Only the first `switches` entries are meaningful (left uninitialised: hot path).
    std::array<int64_t, kMaxSwitches> switchAt; // playing-time positions
    std::array<int32_t, kMaxSwitches> switchKbps;
    std::array<uint8_t, kMaxSwitches> switchRung;
};

// The inputs of the playback model for one session.
struct Conditions {
    const UserTraits* user;
    const DeviceInfo* device;
    const ConnectionInfo* network;
    const CountryInfo* country;
    const CdnInfo* cdn;
    bool live;
    bool peak;
    bool degraded; // planted effect (a) applies
    int contentType;
    int32_t durationS;
};

// Adaptive bitrate: the rung the ABR settles on, a ramp up to it from a lower start, then
// occasional switches within three rungs below it. Fills the time-weighted average bitrate,
// the predominant resolution and the switch list.
void chooseBitrates(const SimulationContext& c, const Conditions& k, bool stalls, Playback& p,
                    Random& rng)
{
    const auto& ladder = c.cat.ladder;
    const int cap = std::min(k.device->maxRung, c.cat.plans[k.user->plan].maxRung);
    const double throughput =
        rng.logNormal(k.network->throughputMedianKbps / k.country->networkFactor,
                      kThroughputSigma) *
        k.user->throughputFactor;
    int top = 0;
    while (top < cap && ladder[top + 1].kbps <= kLadderHeadroom * throughput)
        ++top;
    if (stalls && top > 0 && rng.chance(0.5))
        --top; // the ABR backs off on a stalling stream
    const double g = rng.uniform();
    int gap = 0;
    while (gap < 3 && g >= kStartGapCdf[gap])
        ++gap;
    const int first = std::max(0, top - gap);

    int rung = first;
    int64_t at = 0;
    auto push = [&](int64_t position, int to) {
        p.switchAt[p.switches] = position;
        p.switchKbps[p.switches] = ladder[to].kbps;
        p.switchRung[p.switches] = static_cast<uint8_t>(to);
        ++p.switches;
        rung = to;
    };
    while (rung < top) {
        at += 500 + static_cast<int64_t>(rng.exponential(kRampMeanMs));
        if (at >= p.playMs)
            break;
        push(at, rung + ((top - rung >= 2 && rng.chance(0.3)) ? 2 : 1));
    }
    const int lo = std::max(0, top - 3);
    if (rung == top && top > 0 && at < p.playMs - 1) {
        const double perMinute = kSwitchesPerMinute * (stalls ? 3.0 : 1.0);
        const int m = std::min(kMaxRandomSwitches, rng.poisson(p.playMs / 60000.0 * perMinute));
        std::array<int64_t, kMaxRandomSwitches> positions;
        for (int j = 0; j < m; ++j) {
            const int64_t x = at + 1 + static_cast<int64_t>(rng.below(uint64_t(p.playMs - at - 1)));
            int i = j;
            for (; i > 0 && positions[i - 1] > x; --i)
                positions[i] = positions[i - 1];
            positions[i] = x;
        }
        for (int j = 0; j < m; ++j) {
            const int step = rng.chance(0.8) ? 1 : 2;
            const bool up = rung <= lo ? true : rung >= top ? false : rng.chance(0.5);
            push(positions[j], up ? std::min(top, rung + step) : std::max(lo, rung - step));
        }
    }

    // Time-weighted average and the resolution shown longest (ties go to the higher one).
    std::array<int64_t, contract::kResolutions.size()> perResolution{};
    int64_t weighted = 0, previous = 0;
    int current = first;
    auto account = [&](int64_t until) {
        const int64_t len = until - previous;
        weighted += int64_t(ladder[current].kbps) * len;
        perResolution[c.rungResolution[current]] += len;
        previous = until;
    };
    for (int j = 0; j < p.switches; ++j) {
        account(p.switchAt[j]);
        current = p.switchRung[j];
    }
    account(p.playMs);
    p.avgBitrateMilli = static_cast<int32_t>((weighted * 1000 + p.playMs / 2) / p.playMs);
    uint8_t best = 0;
    for (uint8_t r = 1; r < perResolution.size(); ++r)
        if (perResolution[r] > perResolution[best])
            best = r;
    p.resolution = best;
}

void playback(const SimulationContext& c, const Conditions& k, Playback& p, Random& rng)
{
    // Intended viewing: VOD viewers either watch to the end or drop off early; live viewers
    // stay a log-normal while.
    double intended;
    if (k.live) {
        intended =
            std::min(k.durationS * 1000.0, rng.logNormal(kLiveWatchMedianMs, kLiveWatchSigma));
    } else {
        const double f = rng.chance(kCompleteIntent[k.contentType])
                             ? rng.uniform(0.93, 1.0)
                             : 0.9 * std::pow(rng.uniform(), 1.4);
        intended = f * k.durationS * 1000.0;
    }
    intended = std::max(intended, kMinIntendedMs);

    // Rebuffering: whether it stalls at all, then the stall ratio r.
    const double scale = k.device->stallFactor * k.network->stallFactor * k.country->networkFactor *
                         k.cdn->stallFactor * (k.peak ? kPeakFactorStall : 1.0);
    const bool stalls = rng.chance(
        std::min(0.95, kRebufferProbabilityBase * scale * k.user->stallProbabilityFactor));
    double r = 0.0;
    if (stalls) {
        r = rng.logNormal(kStallRatioMedian * scale * k.user->stallRatioFactor, kStallRatioSigma);
        if (k.degraded)
            r *= c.degradeMultiplier;
        r = std::clamp(r, kStallRatioMin, kStallRatioMax);
    }
    // Planted effect (d): log playing time falls by k per percentage point of rebuffering.
    double playing = intended * std::exp(-c.elasticity * 100.0 * r);
    p.failed = rng.chance(kPlaybackFailureBase * k.network->playbackFailureFactor *
                          (1.0 + kPlaybackFailurePerStallRatio * r));
    if (p.failed) {
        playing *= rng.uniform(0.02, 1.0);
        p.failureCode = c.playbackErrorCode[c.playbackErrorPick.sample(rng)];
    }
    p.playMs = std::max<int64_t>(static_cast<int64_t>(kMinPlayingMs), std::llround(playing));
    if (stalls) {
        // Rebuffer time keeps the stall ratio r: rebuffer / (play + rebuffer) = r.
        // No floor beyond 1 ms: a floor would raise the ratio of short sessions only and bias
        // the planted playing-time relation.
        p.rebufferMs = std::max<int64_t>(1, std::llround(r / (1.0 - r) * double(p.playMs)));
        const int64_t count = 1 + rng.poisson(double(p.rebufferMs) / kMeanStallMs);
        p.rebufferCount = static_cast<int>(
            std::min<int64_t>({count, kMaxStalls, std::max<int64_t>(1, p.rebufferMs / 50)}));
    }
    chooseBitrates(c, k, stalls, p, rng);
    p.warning = rng.chance(kWarningRate);
    if (p.warning)
        p.warningCode = c.warningCode[c.warningPick.sample(rng)];
}

struct Pending {
    int64_t position; // in playing time
    uint8_t type;
    int32_t value; // stall duration or new bitrate
    uint16_t error;
};

// The events of a started session; draws only what nothing in sessions.csv depends on.
void emitStarted(int32_t row, int64_t ts, int32_t startupMs, uint16_t pop, bool live,
                 const Playback& p, EventBlock& ev, Random& rng)
{
    ev.push(row, ts, code(EventType::Startup), startupMs, kNullInt32, Categorical::kNull, kNullBool,
            pop);
    std::array<Pending, kMaxPending> pending;
    int n = 0;
    auto add = [&](const Pending& e) {
        int i = n++;
        for (; i > 0 && pending[i - 1].position > e.position; --i)
            pending[i] = pending[i - 1];
        pending[i] = e;
    };
    if (p.rebufferCount > 0) {
        // Split the rebuffer time into stalls of random, strictly positive lengths.
        std::array<double, kMaxStalls> w;
        double sum = 0.0;
        for (int i = 0; i < p.rebufferCount; ++i)
            sum += (w[i] = 0.2 + rng.uniform());
        int64_t left = p.rebufferMs;
        for (int i = 0; i < p.rebufferCount; ++i) {
            const int64_t len = i + 1 == p.rebufferCount
                                    ? left
                                    : static_cast<int64_t>(double(p.rebufferMs) * w[i] / sum);
            left -= len;
            add({static_cast<int64_t>(rng.below(uint64_t(p.playMs))), code(EventType::Rebuffer),
                 static_cast<int32_t>(len), Categorical::kNull});
        }
    }
    for (int j = 0; j < p.switches; ++j)
        add({p.switchAt[j], code(EventType::BitrateChange), p.switchKbps[j], Categorical::kNull});
    if (!live) {
        const int seeks = std::min(
            kMaxSeeks, rng.poisson(kSeeksBase + kSeeksPerMinute * double(p.playMs) / 60000.0));
        for (int j = 0; j < seeks; ++j)
            add({static_cast<int64_t>(rng.below(uint64_t(p.playMs))), code(EventType::Seek), 0,
                 Categorical::kNull});
    }
    if (p.warning)
        add({static_cast<int64_t>(rng.below(uint64_t(p.playMs))), code(EventType::Error), 0,
             p.warningCode});

    // Wall-clock time = first frame + playing position + the stalls before it.
    const int64_t firstFrame = ts + startupMs;
    int64_t stalled = 0;
    for (int i = 0; i < n; ++i) {
        const Pending& e = pending[i];
        const int64_t at = firstFrame + e.position + stalled;
        switch (static_cast<EventType>(e.type)) {
        case EventType::Rebuffer:
            ev.push(row, at, e.type, e.value, kNullInt32, Categorical::kNull, kNullBool, pop);
            stalled += e.value;
            break;
        case EventType::BitrateChange:
            ev.push(row, at, e.type, kNullInt32, e.value, Categorical::kNull, kNullBool, pop);
            break;
        case EventType::Error:
            ev.push(row, at, e.type, kNullInt32, kNullInt32, e.error, 0, pop);
            break;
        default:
            ev.push(row, at, e.type, kNullInt32, kNullInt32, Categorical::kNull, kNullBool, pop);
            break;
        }
    }
    const int64_t end = firstFrame + p.playMs + p.rebufferMs;
    if (p.failed)
        ev.push(row, end, code(EventType::Error), kNullInt32, kNullInt32, p.failureCode, 1, pop);
    else
        ev.push(row, end, code(EventType::End), kNullInt32, kNullInt32, Categorical::kNull,
                kNullBool, pop);
}

} // namespace

void SessionSimulator::run(size_t begin, size_t end, EventBlock* events) const
{
    // Users are drawn in batches: the alias slot and then the user's traits are prefetched
    // for the whole batch before any session of it is simulated. The random numbers drawn
    // are the same as drawing each session's user in turn.
    constexpr size_t kBatch = 8;
    const auto& users = m_ctx.users;
    for (size_t first = begin; first < end; first += kBatch) {
        const size_t n = std::min(kBatch, end - first);
        std::array<Random, kBatch> rngs;
        std::array<AliasTable::Draw, kBatch> draws;
        std::array<uint32_t, kBatch> user;
        for (size_t j = 0; j < n; ++j) {
            rngs[j] = Random(m_ctx.options.seed, SessionStream, first + j);
            draws[j] = m_ctx.userPick.draw(rngs[j]);
        }
        for (size_t j = 0; j < n; ++j) {
            user[j] = m_ctx.userPick.resolve(draws[j]);
            __builtin_prefetch(&users[user[j]]);
        }
        for (size_t j = 0; j < n; ++j)
            simulate(first + j, rngs[j], user[j], events);
    }
}

void SessionSimulator::simulate(size_t row, Random& rng, uint32_t user, EventBlock* ev) const
{
    using namespace contract;
    const SimulationContext& c = m_ctx;
    const Catalog& cat = c.cat;
    SessionTable& s = m_sessions;

    // Who watches what, where, on what.
    const uint32_t title = c.contentPick.sample(rng);
    const UserTraits& ut = c.users[user];
    const bool away = rng.chance(kTravelShare);
    const uint32_t country = away ? c.countryPick.sample(rng) : ut.country;
    const CountryInfo& ci = cat.countries[country];
    const int device = rng.chance(kPrimaryDeviceShare) ? ut.primaryDevice : ut.secondaryDevice;
    const uint16_t os = rng.chance(kOsNullShare) ? Categorical::kNull
                                                 : c.osCode[device][c.osPick[device].sample(rng)];
    const auto conn = static_cast<int>(c.connPick[device].sample(rng));
    const auto cdn = static_cast<int>(c.cdnPick.sample(rng));
    uint16_t isp = Categorical::kNull;
    if (!rng.chance(kIspNullShare)) {
        const bool cellular = conn == static_cast<int>(ConnectionType::Cellular);
        const auto& list = cellular ? c.mobileIspCode[country] : c.fixedIspCode[country];
        const size_t home = cellular ? ut.mobileIsp : ut.fixedIsp;
        isp = list[away ? rng.below(list.size()) : home % list.size()];
    }
    const auto& pops = c.popCode[size_t(cdn) * cat.countries.size() + country];
    uint16_t pop = Categorical::kNull;
    if (!rng.chance(kPopNullShare))
        pop = pops[away ? rng.below(pops.size()) : ut.pop % pops.size()];

    // When: a day (weekly cycle and growth), a local hour (diurnal cycle), then UTC; the few
    // sessions a time zone pushes out of the window wrap by one day.
    const uint32_t day = c.dayPick.sample(rng);
    const bool weekend = weekdayOf(c.startDay + int32_t(day)) >= 5;
    const int localHour = static_cast<int>((weekend ? c.hourWeekend : c.hourWeekday).sample(rng));
    int64_t ts = c.windowStartMs + int64_t(day) * kMsPerDay + int64_t(localHour) * kMsPerHour +
                 int64_t(rng.below(kMsPerHour)) - int64_t(ci.utcOffsetMin) * 60'000;
    if (ts < c.windowStartMs)
        ts += kMsPerDay;
    else if (ts >= c.windowEndMs)
        ts -= kMsPerDay;
    const int64_t sinceStart = ts - c.windowStartMs;
    const int hourUtc = static_cast<int>((sinceStart % kMsPerDay) / kMsPerHour);
    const int release = rng.chance(kVersionNullShare)
                            ? -1
                            : static_cast<int>(c.sampleRelease(sinceStart / kMsPerDay, rng));
    const auto contentType = static_cast<int>(c.content.contentType.codes[title]);
    const bool live = contentType == static_cast<int>(ContentType::Live);
    const bool peak = localHour >= kPeakFromLocalHour && localHour < kPeakToLocalHour;
    const DeviceInfo& dev = cat.devices[device];
    const ConnectionInfo& net = cat.connections[conn];
    const CdnInfo& cd = cat.cdns[cdn];

    // Startup time (would-be, also for sessions that never start).
    double median = kStartupMedianMs * dev.startupFactor * net.startupFactor * ci.networkFactor *
                    cd.startupFactor * ut.startupFactor;
    if (live)
        median *= kLiveStartupFactor;
    if (peak)
        median *= kPeakFactorStartup;
    if (c.slowOn && int(os) == c.slowOs && release == c.slowRelease)
        median *= c.slowMultiplier; // planted effect (b)
    const auto startupMs = static_cast<int32_t>(std::lround(
        std::clamp(rng.logNormal(median, kStartupSigma), kMinStartupMs, kMaxStartupMs)));

    // Start outcome: failure, else abandonment growing with the wait, else started.
    const bool incident =
        c.incidentOn && cdn == c.incidentCdn && ts >= c.incidentFromMs && ts < c.incidentToMs;
    double pFail = kStartFailureBase * net.startFailureFactor * ci.networkFactor;
    if (incident)
        pFail *= c.incidentMultiplier; // planted effect (c)
    int32_t startupColumn = kNullInt32;
    uint8_t flags = 0;
    uint16_t error = Categorical::kNull;
    Playback p;
    enum class Outcome { Failed, Exited, Started } outcome = Outcome::Started;
    if (rng.chance(std::min(pFail, 0.95))) {
        outcome = Outcome::Failed;
        flags = StartFailure;
        error = incident && rng.chance(kIncidentErrorShare)
                    ? c.incidentErrorCode
                    : c.startErrorCode[c.startErrorPick.sample(rng)];
    } else {
        const double excess = std::max(0.0, startupMs / 1000.0 - kAbandonAfterSeconds);
        if (rng.chance(std::min(kAbandonMax, kAbandonBase + kAbandonPerSecond * excess))) {
            outcome = Outcome::Exited;
            flags = ExitBeforeStart;
        }
    }
    if (outcome == Outcome::Started) {
        const bool degraded = c.degradeOn && cdn == c.degradeCdn && c.degradeCountry[country] &&
                              hourUtc >= c.degradeFromHour && hourUtc < c.degradeToHour;
        const Conditions k{&ut,  &dev, &net,     &ci,         &cd,
                           live, peak, degraded, contentType, c.content.durationS[title]};
        playback(c, k, p, rng);
        startupColumn = startupMs;
        if (p.failed) {
            flags |= PlaybackFailure;
            error = p.failureCode; // the fatal error is the last one
        } else if (p.warning) {
            error = p.warningCode;
        }
        // The contract's definition: played ≥ 90 % of duration_s, vod only.
        if (!live && p.playMs * 10 >= int64_t(k.durationS) * 9000)
            flags |= Completed;
    }

    s.userIndex[row] = static_cast<int32_t>(user);
    s.contentIndex[row] = static_cast<int32_t>(title);
    s.startTs[row] = ts;
    s.deviceType.codes[row] = static_cast<uint8_t>(device);
    s.os.codes[row] = os;
    s.playerVersion.codes[row] = release < 0 ? Categorical::kNull : c.releaseCode[release];
    s.connectionType.codes[row] = static_cast<uint8_t>(conn);
    s.cdn.codes[row] = c.cdnCode[cdn];
    s.isp.codes[row] = isp;
    s.country.codes[row] = c.countryCode[country];
    s.streamType.codes[row] = static_cast<uint8_t>(live ? StreamType::Live : StreamType::Vod);
    s.startupTimeMs[row] = startupColumn;
    const bool started = outcome == Outcome::Started;
    s.playingTimeMs[row] = started ? static_cast<int32_t>(p.playMs) : 0;
    s.rebufferCount[row] = p.rebufferCount;
    s.rebufferTimeMs[row] = static_cast<int32_t>(p.rebufferMs);
    s.avgBitrateMilliKbps[row] = started ? p.avgBitrateMilli : kNullInt32;
    s.bitrateSwitches[row] = p.switches;
    s.resolutionCode[row] = started ? p.resolution : kNullResolution;
    s.flags[row] = flags;
    s.errorCode.codes[row] = error;

    if (!ev)
        return;
    const auto r32 = static_cast<int32_t>(row);
    switch (outcome) {
    case Outcome::Failed: {
        // The fatal error ends the wait at some point around the would-be startup time.
        const int64_t at = std::max<int64_t>(100, std::llround(startupMs * rng.uniform(0.4, 1.5)));
        ev->push(r32, ts + at, code(EventType::Error), kNullInt32, kNullInt32, error, 1, pop);
        break;
    }
    case Outcome::Exited: {
        // Viewers who outwaited 2 s leave between 2 s and the would-be first frame.
        const double at =
            startupMs > 2000 ? rng.uniform(2000.0, startupMs) : startupMs * rng.uniform(0.3, 1.0);
        ev->push(r32, ts + std::llround(at), code(EventType::End), kNullInt32, kNullInt32,
                 Categorical::kNull, kNullBool, pop);
        break;
    }
    case Outcome::Started:
        emitStarted(r32, ts, startupMs, pop, live, p, *ev, rng);
        break;
    }
}

} // namespace streamlens::generator
