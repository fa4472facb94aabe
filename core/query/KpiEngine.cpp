// SPDX-License-Identifier: MIT
#include "query/KpiEngine.h"

#include "data/Dataset.h"
#include "query/DimensionColumn.h"
#include "query/KpiScan.h"
#include "query/Quantile.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <stdexcept>

namespace streamlens::query {

namespace {

KpiValues cancelledValues()
{
    KpiValues v;
    v.cancelled = true;
    return v;
}

using detail::GroupValue;
using detail::MedianMode;
using detail::ScanPlan;
using detail::ScanState;
using detail::UserMode;

struct StartupStats {
    std::optional<double> median, p95;
    double scoreSum = 0;
};

struct UserCounts {
    int64_t users = 0;
    int64_t churned = 0;
};

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

KpiValues finalize(const KpiAccumulator& a, const StartupStats& s, const UserCounts& u)
{
    KpiValues v = additiveKpis(a);
    v.startup_time_ms_median = s.median;
    v.startup_time_ms_p95 = s.p95;
    if (a.started > 0)
        v.startup_score = s.scoreSum / static_cast<double>(a.started);
    v.churn_rate = ratio(static_cast<double>(u.churned), static_cast<double>(u.users));
    return v;
}

} // namespace

KpiValues additiveKpis(const KpiAccumulator& a)
{
    KpiValues v;
    v.attempts = a.attempts;
    v.started = a.started;
    const auto attempts = static_cast<double>(a.attempts);
    const auto started = static_cast<double>(a.started);
    v.vsf_rate = ratio(static_cast<double>(a.startFailures), attempts);
    v.ebvs_rate = ratio(static_cast<double>(a.exitsBeforeStart), attempts);
    v.playback_failure_rate = ratio(static_cast<double>(a.playbackFailures), started);
    if (a.started > 0) {
        // Integer sums are exact; each ratio then rounds once.
        v.rebuffer_ratio = ratio(static_cast<double>(a.rebufferMsStarted),
                                 static_cast<double>(a.playingMsStarted + a.rebufferMsStarted));
        v.rebuffer_frequency_per_min = ratio(static_cast<double>(a.rebufferCountStarted) * 60'000.0,
                                             static_cast<double>(a.playingMsStarted));
        v.avg_bitrate_kbps = ratio(static_cast<double>(a.bitrateTimesPlaying),
                                   static_cast<double>(a.bitratePlayingMs) * 1000.0);
        v.smoothness_score = a.smoothnessSum() / (2.0 * started);
    }
    v.sessions_with_rebuffer_rate = ratio(static_cast<double>(a.withRebuffer), started);
    v.completion_rate =
        ratio(static_cast<double>(a.vodCompleted), static_cast<double>(a.vodStarted));
    v.playing_hours = static_cast<double>(a.playingMsAll) / 3'600'000.0;
    return v;
}

namespace {

StartupStats statsOf(const StartupHistogram& h)
{
    StartupStats s;
    if (h.count() == 0)
        return s;
    const double ps[2] = {0.5, 0.95};
    double q[2];
    h.quantiles(ps, q);
    s.median = q[0];
    s.p95 = q[1];
    s.scoreSum = h.scoreSum();
    return s;
}

StartupStats statsOf(std::span<int32_t> values)
{
    StartupStats s;
    if (values.empty())
        return s;
    // Only four order statistics are needed: select them (O(n)) instead of sorting. Ranks
    // ascend, and each selection leaves the larger values to the right of its rank.
    const Type7Position median = type7Position(values.size(), 0.5);
    const Type7Position p95 = type7Position(values.size(), 0.95);
    size_t ranks[4] = {median.lo, median.hi, p95.lo, p95.hi};
    std::sort(std::begin(ranks), std::end(ranks));
    auto from = values.begin();
    for (size_t k : ranks) {
        const auto at = values.begin() + static_cast<std::ptrdiff_t>(k);
        if (at >= from) {
            std::nth_element(from, at, values.end());
            from = at + 1;
        }
    }
    const auto x = [&](size_t k) { return static_cast<double>(values[k]); };
    s.median = type7Interpolate(x(median.lo), x(median.hi), median.h);
    s.p95 = type7Interpolate(x(p95.lo), x(p95.hi), p95.h);
    CompensatedSum sum;
    for (int32_t v : values)
        sum.add(StartupHistogram::startupScore(v));
    s.scoreSum = sum.value();
    return s;
}

// Orders (group, value) pairs by group, stably, in O(n); returns the start of each group.
std::vector<size_t> groupValues(std::vector<GroupValue>& pairs, uint32_t groups,
                                std::vector<int32_t>& values)
{
    std::vector<size_t> offsets(groups + 1, 0);
    for (const auto& p : pairs)
        ++offsets[p.group + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    values.resize(pairs.size());
    std::vector<size_t> next(offsets.begin(), offsets.end() - 1);
    for (const auto& p : pairs)
        values[next[p.group]++] = p.value;
    pairs.clear();
    pairs.shrink_to_fit();
    return offsets;
}

std::vector<uint64_t> churnedUserBits(const UserTable& users)
{
    std::vector<uint64_t> bits((users.size() + 63) / 64, 0);
    for (size_t u = 0; u < users.size() && u < users.churned.size(); ++u)
        if (users.churned[u] == 1)
            bits[u >> 6] |= uint64_t(1) << (u & 63);
    return bits;
}

// userGroups: the group of each user when groups are a function of the user (UserBits).
std::vector<UserCounts> userCounts(ScanState& st, const ScanPlan& plan, const UserTable& users,
                                   const std::vector<uint32_t>* userGroups)
{
    std::vector<UserCounts> out(plan.groups);
    switch (plan.users) {
    case UserMode::AllUsers: {
        UserCounts& u = out[0];
        u.users = static_cast<int64_t>(users.size());
        for (size_t i = 0; i < users.size() && i < users.churned.size(); ++i)
            u.churned += users.churned[i] == 1;
        break;
    }
    case UserMode::UserBits: {
        for (size_t w = 0; w < plan.userWords; ++w) {
            uint64_t bits = st.userBits[w];
            while (bits) {
                const size_t u = w * 64 + static_cast<size_t>(std::countr_zero(bits));
                bits &= bits - 1;
                UserCounts& g = out[userGroups ? (*userGroups)[u] : 0];
                ++g.users;
                g.churned += users.churned[u] == 1;
            }
        }
        break;
    }
    case UserMode::Bitset: {
        const std::vector<uint64_t> churned = churnedUserBits(users);
        for (uint32_t g = 0; g < plan.groups; ++g) {
            const uint64_t* bits = st.userBits.data() + g * plan.userWords;
            for (size_t w = 0; w < plan.userWords; ++w) {
                out[g].users += std::popcount(bits[w]);
                out[g].churned += std::popcount(bits[w] & churned[w]);
            }
        }
        break;
    }
    case UserMode::Pairs: {
        std::vector<int32_t> values;
        const auto offsets = groupValues(st.users, plan.groups, values);
        // A user is counted in a group the first time the group meets it: the stamp remembers
        // the last group that did (groups are visited one after the other).
        std::vector<uint32_t> stamp(users.size(), UINT32_MAX);
        for (uint32_t g = 0; g < plan.groups; ++g) {
            for (size_t i = offsets[g]; i < offsets[g + 1]; ++i) {
                const auto u = static_cast<size_t>(values[i]);
                if (stamp[u] == g)
                    continue;
                stamp[u] = g;
                ++out[g].users;
                out[g].churned += users.churned[u] == 1;
            }
        }
        break;
    }
    }
    return out;
}

// KPIs of every group with at least one session (others stay default: attempts 0).
// userGroups: for a user attribute, the group of each user (then one bit per user is enough
// to count distinct users per group).
template <typename Key>
std::optional<std::vector<KpiValues>> run(const Dataset& dataset, const SessionColumns& c,
                                          const Selection& selection, Key key, uint32_t groups,
                                          bool whole, const std::vector<uint32_t>* userGroups,
                                          const QueryOptions& options)
{
    ScanPlan plan;
    plan.groups = groups;
    plan.median = groups <= options.maxDenseGroups ? MedianMode::Dense : MedianMode::Sparse;
    plan.userWords = (c.users + 63) / 64;
    if (whole && !selection.isFiltered())
        plan.users = UserMode::AllUsers;
    else if (whole || userGroups)
        plan.users = UserMode::UserBits;
    else if (size_t(groups) * plan.userWords * 8 <= options.maxUserBitsetBytes)
        plan.users = UserMode::Bitset;
    else
        plan.users = UserMode::Pairs;
    if (dataset.users.churned.size() != dataset.users.size())
        throw std::invalid_argument("inconsistent users table: churned has " +
                                    std::to_string(dataset.users.churned.size()) + " values for " +
                                    std::to_string(dataset.users.size()) + " users");

    bool completed = false;
    ScanState st = detail::scan(c, selection, key, plan, options, &completed);
    if (!completed)
        return std::nullopt;

    std::vector<StartupStats> startup(groups);
    if (plan.median == MedianMode::Dense) {
        for (uint32_t g = 0; g < groups; ++g)
            if (st.acc[g].started > 0)
                startup[g] = statsOf(st.histograms[g]);
    } else {
        std::vector<int32_t> values;
        const auto offsets = groupValues(st.startups, groups, values);
        for (uint32_t g = 0; g < groups; ++g)
            startup[g] = statsOf(
                std::span<int32_t>(values.data() + offsets[g], offsets[g + 1] - offsets[g]));
    }
    const std::vector<UserCounts> users = userCounts(st, plan, dataset.users, userGroups);
    std::vector<KpiValues> out(groups);
    for (uint32_t g = 0; g < groups; ++g)
        if (st.acc[g].attempts > 0 || whole)
            out[g] = finalize(st.acc[g], startup[g], users[g]);
    return out;
}

SessionColumns checkedColumns(const Dataset& dataset, const Selection& selection)
{
    std::string error;
    const auto c = SessionColumns::from(dataset, &error);
    if (!c)
        throw std::invalid_argument(error);
    if (selection.rowCount() != c->rows)
        throw std::invalid_argument("the selection was made on " +
                                    std::to_string(selection.rowCount()) +
                                    " sessions, the dataset has " + std::to_string(c->rows));
    return *c;
}

} // namespace

KpiValues KpiEngine::all(const Dataset& dataset, const Selection& selection) const
{
    const SessionColumns c = checkedColumns(dataset, selection);
    if (selection.isCancelled())
        return cancelledValues();
    auto values = run(dataset, c, selection, keys::Whole{}, 1, true, nullptr, m_options);
    if (!values)
        return cancelledValues();
    return values->front();
}

std::optional<GroupedKpis> KpiEngine::by(const Dataset& dataset, const Selection& selection,
                                         std::string_view dimension, std::string* error) const
{
    const auto id = findDimension(dimension);
    if (!id) {
        if (error)
            *error = unknownDimensionError(dimension);
        return std::nullopt;
    }
    return by(dataset, selection, *id, error);
}

std::optional<GroupedKpis> KpiEngine::by(const Dataset& dataset, const Selection& selection,
                                         DimensionId dimension, std::string* error) const
{
    GroupedKpis result;
    result.dimension = std::string(dimensionInfo(dimension).name);
    SessionColumns c;
    try {
        c = checkedColumns(dataset, selection);
    } catch (const std::invalid_argument& e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
    if (selection.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    const auto column = DimensionColumn::resolve(dataset, dimension, error, m_options);
    if (!column)
        return std::nullopt;
    const bool byUser = dimensionInfo(dimension).source == DimensionSource::User;
    const std::vector<uint32_t>* userGroups = byUser ? &column->joinedCodes() : nullptr;
    std::optional<std::vector<KpiValues>> values;
    try {
        values = column->visit([&](auto key) {
            return run(dataset, c, selection, key, column->groupCount(), false, userGroups,
                       m_options);
        });
    } catch (const std::invalid_argument& e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
    if (!values) {
        result.cancelled = true;
        return result;
    }

    std::vector<uint32_t> order;
    for (uint32_t g = 0; g < values->size(); ++g)
        if ((*values)[g].attempts > 0)
            order.push_back(g);
    std::vector<std::string> labels(values->size());
    for (uint32_t g : order)
        labels[g] = column->label(g);
    const uint32_t nullCode = column->nullCode();
    const bool natural = dimensionInfo(dimension).order == DimensionOrder::Natural;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if ((a == nullCode) != (b == nullCode))
            return b == nullCode;
        if (natural)
            return column->naturalRank(a) < column->naturalRank(b);
        if ((*values)[a].attempts != (*values)[b].attempts)
            return (*values)[a].attempts > (*values)[b].attempts;
        return labels[a] < labels[b];
    });
    for (uint32_t g : order) {
        result.keys.push_back(std::move(labels[g]));
        result.values.push_back(std::move((*values)[g]));
    }
    return result;
}

KpiValues computeKpis(const Dataset& dataset, const Selection& selection,
                      const std::atomic<bool>* cancel)
{
    QueryOptions options;
    options.cancel = cancel;
    return KpiEngine(options).all(dataset, selection);
}

std::optional<GroupedKpis> computeKpisBy(const Dataset& dataset, const Selection& selection,
                                         std::string_view dimension, std::string* error,
                                         const std::atomic<bool>* cancel)
{
    QueryOptions options;
    options.cancel = cancel;
    return KpiEngine(options).by(dataset, selection, dimension, error);
}

} // namespace streamlens::query
