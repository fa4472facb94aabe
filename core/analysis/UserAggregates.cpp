// SPDX-License-Identifier: MIT
#include "analysis/UserAggregates.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "query/Quantile.h"
#include "query/Selection.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace streamlens::analysis {

namespace {
constexpr double kNull = std::numeric_limits<double>::quiet_NaN();
// Per-thread user arrays beyond this many bytes in total make the scan single-threaded.
constexpr size_t kMaxPerThreadBytes = size_t(512) << 20;
constexpr size_t kMinWordsPerThread = 1024; // 65,536 rows

double ratioOrNull(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : kNull;
}
} // namespace

void UserAggregates::Sums::add(const Sums& o)
{
    attempts += o.attempts;
    started += o.started;
    startFailures += o.startFailures;
    exits += o.exits;
    mobile += o.mobile;
    cellular += o.cellular;
    vodStarted += o.vodStarted;
    vodCompleted += o.vodCompleted;
    playingMsAll += o.playingMsAll;
    playingMsStarted += o.playingMsStarted;
    rebufferMsStarted += o.rebufferMsStarted;
    startupMsSum += o.startupMsSum;
    bitratePlayingMs += o.bitratePlayingMs;
    bitrateTimesPlaying += o.bitrateTimesPlaying;
}

UserAggregates::UserAggregates(const Dataset& dataset, const query::Selection& selection,
                               bool withMedians, int threads)
    : m_dataset(dataset)
{
    const SessionTable& s = dataset.sessions;
    const size_t users = dataset.users.size();
    int workers = resolveThreads(threads);
    if (size_t(workers) * users * sizeof(Sums) > kMaxPerThreadBytes)
        workers = 1;
    std::vector<std::vector<Sums>> perThread(static_cast<size_t>(workers));
    std::vector<int64_t> dangling(static_cast<size_t>(workers), 0);

    constexpr auto mobile = static_cast<uint8_t>(contract::DeviceType::Mobile);
    constexpr auto cellular = static_cast<uint8_t>(contract::ConnectionType::Cellular);
    constexpr auto vod = static_cast<uint8_t>(contract::StreamType::Vod);
    parallelFor(selection.wordCount(), workers, kMinWordsPerThread,
                [&](size_t begin, size_t end, int w) {
                    std::vector<Sums>& sums = perThread[static_cast<size_t>(w)];
                    sums.assign(users, Sums{});
                    int64_t bad = 0;
                    selection.forEachInWords(begin, end, [&](size_t r) {
                        const auto u = static_cast<uint32_t>(s.userIndex[r]);
                        if (u >= users) {
                            ++bad;
                            return;
                        }
                        Sums& x = sums[u];
                        const uint8_t f = s.flags[r];
                        ++x.attempts;
                        x.startFailures += (f & contract::StartFailure) != 0;
                        x.exits += (f & contract::ExitBeforeStart) != 0;
                        x.mobile += s.deviceType.codes[r] == mobile;
                        x.cellular += s.connectionType.codes[r] == cellular;
                        x.playingMsAll += s.playingTimeMs[r];
                        if (s.startupTimeMs[r] == kNullInt32)
                            return;
                        ++x.started;
                        x.startupMsSum += s.startupTimeMs[r];
                        x.playingMsStarted += s.playingTimeMs[r];
                        x.rebufferMsStarted += s.rebufferTimeMs[r];
                        if (s.streamType.codes[r] == vod) {
                            ++x.vodStarted;
                            x.vodCompleted += (f & contract::Completed) != 0;
                        }
                        if (s.avgBitrateMilliKbps[r] != kNullInt32) {
                            x.bitratePlayingMs += s.playingTimeMs[r];
                            x.bitrateTimesPlaying +=
                                double(s.avgBitrateMilliKbps[r]) * double(s.playingTimeMs[r]);
                        }
                    });
                    dangling[static_cast<size_t>(w)] = bad;
                });
    // Workers that got no range never touched their array.
    m_sums = std::move(perThread[0]);
    m_sums.resize(users);
    for (size_t w = 1; w < perThread.size(); ++w)
        for (size_t u = 0; u < perThread[w].size(); ++u)
            m_sums[u].add(perThread[w][u]);
    m_dangling = std::accumulate(dangling.begin(), dangling.end(), int64_t(0));
    for (size_t u = 0; u < users; ++u)
        if (m_sums[u].attempts > 0)
            m_users.push_back(static_cast<uint32_t>(u));
    if (withMedians)
        collectMedians(dataset, selection);
}

void UserAggregates::collectMedians(const Dataset& dataset, const query::Selection& selection)
{
    // Counting sort of the startup times by user, then a type-7 median per user.
    const SessionTable& s = dataset.sessions;
    const size_t users = m_sums.size();
    std::vector<size_t> offsets(users + 1, 0);
    for (size_t u = 0; u < users; ++u)
        offsets[u + 1] = offsets[u] + static_cast<size_t>(m_sums[u].started);
    std::vector<int32_t> values(offsets[users]);
    std::vector<size_t> next(offsets.begin(), offsets.end() - 1);
    selection.forEachInWords(0, selection.wordCount(), [&](size_t r) {
        const auto u = static_cast<uint32_t>(s.userIndex[r]);
        if (u < users && s.startupTimeMs[r] != kNullInt32)
            values[next[u]++] = s.startupTimeMs[r];
    });
    m_medianStartup.assign(users, kNull);
    for (uint32_t u : m_users) {
        if (offsets[u] == offsets[u + 1])
            continue;
        auto first = values.begin() + static_cast<std::ptrdiff_t>(offsets[u]);
        auto last = values.begin() + static_cast<std::ptrdiff_t>(offsets[u + 1]);
        std::sort(first, last);
        m_medianStartup[u] =
            query::quantileType7(std::span<const int32_t>(&*first, size_t(last - first)), 0.5);
    }
}

std::vector<double> UserAggregates::values(UserMetric metric) const
{
    const UserTable& t = m_dataset.users;
    std::vector<double> out;
    out.reserve(m_users.size());
    for (uint32_t u : m_users) {
        const Sums& x = m_sums[u];
        const double attempts = x.attempts;
        const double stallBase = double(x.playingMsStarted) + double(x.rebufferMsStarted);
        double v = kNull;
        switch (metric) {
        case UserMetric::Sessions:
            v = attempts;
            break;
        case UserMetric::StartedSessions:
            v = x.started;
            break;
        case UserMetric::PlayingHours:
            v = double(x.playingMsAll) / 3'600'000.0;
            break;
        case UserMetric::MeanStartupMs:
            v = ratioOrNull(double(x.startupMsSum), x.started);
            break;
        case UserMetric::MeanStartupS:
            v = ratioOrNull(double(x.startupMsSum) / 1000.0, x.started);
            break;
        case UserMetric::MedianStartupMs:
            v = u < m_medianStartup.size() ? m_medianStartup[u] : kNull;
            break;
        case UserMetric::RebufferRatio:
            v = ratioOrNull(double(x.rebufferMsStarted), stallBase);
            break;
        case UserMetric::RebufferPct:
            v = ratioOrNull(100.0 * double(x.rebufferMsStarted), stallBase);
            break;
        case UserMetric::VsfRate:
            v = ratioOrNull(x.startFailures, attempts);
            break;
        case UserMetric::EbvsRate:
            v = ratioOrNull(x.exits, attempts);
            break;
        case UserMetric::ShareMobile:
            v = ratioOrNull(x.mobile, attempts);
            break;
        case UserMetric::ShareCellular:
            v = ratioOrNull(x.cellular, attempts);
            break;
        case UserMetric::CompletionRate:
            v = ratioOrNull(x.vodCompleted, x.vodStarted);
            break;
        case UserMetric::AvgBitrateKbps:
            v = ratioOrNull(x.bitrateTimesPlaying / 1000.0, double(x.bitratePlayingMs));
            break;
        case UserMetric::Age:
            v = t.age[u] == kNullInt16 ? kNull : double(t.age[u]);
            break;
        case UserMetric::MonthlyFee:
            v = t.monthlyFeeMilli[u] == kNullInt32 ? kNull : double(t.monthlyFeeMilli[u]) / 1000.0;
            break;
        case UserMetric::Churned:
            v = t.churned[u] <= 1 ? double(t.churned[u]) : kNull;
            break;
        }
        out.push_back(v);
    }
    return out;
}

} // namespace streamlens::analysis
