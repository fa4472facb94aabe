// SPDX-License-Identifier: MIT
#pragma once

#include "data/Nulls.h"
#include "query/ExposureBuffer.h"
#include "query/KpiAccumulator.h"
#include "query/QueryOptions.h"
#include "query/Selection.h"
#include "query/SessionColumns.h"
#include "query/StartupHistogram.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

// The one-pass KPI scan behind KpiEngine: every selected row is added to its group's
// accumulator, startup histogram (or sparse value list) and distinct-user set, on all
// cores, each thread into its own state; the states are then merged. Internal to the query
// layer.
namespace streamlens::query::detail {

struct GroupValue {
    uint32_t group;
    int32_t value;
};

enum class MedianMode : uint8_t { Dense, Sparse };
// AllUsers: churn over the users table (the unfiltered, ungrouped query needs no per-row
// work); UserBits: one bit per user, for groups that are a function of the user (no
// grouping, or a user attribute: each user is in one group only); Bitset: one bit per user
// and group; Pairs: (group, user) pairs, sorted later.
enum class UserMode : uint8_t { AllUsers, UserBits, Bitset, Pairs };

struct ScanPlan {
    uint32_t groups = 1;
    MedianMode median = MedianMode::Dense;
    UserMode users = UserMode::AllUsers;
    size_t userWords = 0; // bitset words per group
};

struct ScanState {
    std::vector<KpiAccumulator> acc;
    std::vector<StartupHistogram> histograms;
    std::vector<GroupValue> startups;
    std::vector<uint64_t> userBits;
    std::vector<GroupValue> users;

    void init(const ScanPlan& plan)
    {
        acc.assign(plan.groups, KpiAccumulator{});
        if (plan.median == MedianMode::Dense)
            histograms.resize(plan.groups);
        if (plan.users == UserMode::Bitset)
            userBits.assign(plan.groups * plan.userWords, 0);
        else if (plan.users == UserMode::UserBits)
            userBits.assign(plan.userWords, 0);
    }
    void merge(ScanState&& other)
    {
        for (size_t g = 0; g < acc.size() && g < other.acc.size(); ++g)
            acc[g].merge(other.acc[g]);
        for (size_t g = 0; g < histograms.size() && g < other.histograms.size(); ++g)
            histograms[g].merge(other.histograms[g]);
        startups.insert(startups.end(), other.startups.begin(), other.startups.end());
        for (size_t i = 0; i < userBits.size() && i < other.userBits.size(); ++i)
            userBits[i] |= other.userBits[i];
        users.insert(users.end(), other.users.begin(), other.users.end());
        other = ScanState{};
    }
};

// Adds one row to its group. A functor with a forced-inline call operator: as a lambda,
// GCC kept it out of line inside the row loop, which cost a third of the scan time.
template <typename Key> struct RowAdder {
    const SessionColumns& c;
    Key key;
    const ScanPlan& plan;
    KpiAccumulator* acc;
    StartupHistogram* hist;
    uint64_t* bits;
    ScanState& st;
    ExposureBuffer& exposure;

    [[gnu::always_inline]] void operator()(size_t row) const { add(row, key(row)); }

    size_t bitsetOffset(uint32_t g) const
    {
        return plan.users == UserMode::Bitset ? g * plan.userWords : 0;
    }

    // Issues the loads of the row's random accesses (its histogram bin and its user's bit)
    // ahead of time: with many groups those miss the caches, and issued back to back they
    // overlap instead of stalling the row loop one by one.
    [[gnu::always_inline]] void prefetch(size_t row, uint32_t g) const
    {
        if (plan.median == MedianMode::Dense)
            hist[g].prefetch(c.startupMs[row]);
        if (plan.users == UserMode::Bitset || plan.users == UserMode::UserBits) {
            const auto u = static_cast<uint32_t>(c.userIndex[row]);
            if (u < c.users)
                __builtin_prefetch(bits + bitsetOffset(g) + (u >> 6), 1);
        }
    }

    [[gnu::always_inline]] void add(size_t row, uint32_t g) const
    {
        const int32_t startup = c.startupMs[row];
        acc[g].addRow(c, row, startup);
        if (startup != kNullInt32) {
            if (plan.median == MedianMode::Dense)
                hist[g].add(startup);
            else
                st.startups.push_back({g, startup});
            exposure.add(acc, g, c.playingMs[row], c.rebufferMs[row]);
        }
        if (plan.users != UserMode::AllUsers) {
            const auto u = static_cast<uint32_t>(c.userIndex[row]);
            if (u < c.users) {
                if (plan.users != UserMode::Pairs)
                    bits[bitsetOffset(g) + (u >> 6)] |= uint64_t(1) << (u & 63);
                else
                    st.users.push_back({g, static_cast<int32_t>(u)});
            }
        }
    }
};

// The rows of words [begin, end), 64-row word by word: keys are computed for the next word
// ahead, and each row's random accesses are prefetched kDistance rows before it is added
// (far enough to hide an L3 access, near enough not to flood the miss buffers).
template <typename Key>
void scanPrefetched(const Selection& selection, const Key& key, const RowAdder<Key>& adder,
                    size_t begin, size_t end)
{
    constexpr int kDistance = 12;
    struct Batch {
        uint32_t rows[64];
        uint32_t groups[64];
        int n = 0;
    };
    Batch batches[2];
    const auto gather = [&](size_t word, Batch& b) {
        b.n = 0;
        selection.forEachInWords(word, word + 1, [&](size_t row) {
            b.rows[b.n] = static_cast<uint32_t>(row);
            b.groups[b.n++] = key(row);
        });
    };
    if (begin >= end)
        return;
    gather(begin, batches[0]);
    for (int i = 0; i < std::min(kDistance, batches[0].n); ++i)
        adder.prefetch(batches[0].rows[i], batches[0].groups[i]);
    for (size_t word = begin; word < end; ++word) {
        const Batch& current = batches[(word - begin) & 1];
        Batch& next = batches[(word + 1 - begin) & 1];
        next.n = 0;
        if (word + 1 < end)
            gather(word + 1, next);
        for (int i = 0; i < current.n; ++i) {
            const int ahead = i + kDistance;
            if (ahead < current.n)
                adder.prefetch(current.rows[ahead], current.groups[ahead]);
            else if (ahead - current.n < next.n)
                adder.prefetch(next.rows[ahead - current.n], next.groups[ahead - current.n]);
            adder.add(current.rows[i], current.groups[i]);
        }
    }
}

template <typename Key> constexpr bool randomKey()
{
    if constexpr (requires { Key::kRandomAccess; })
        return Key::kRandomAccess;
    return false;
}

// Returns the merged state, or false in *completed when the query was cancelled.
template <typename Key>
ScanState scan(const SessionColumns& c, const Selection& selection, Key key, const ScanPlan& plan,
               const QueryOptions& options, bool* completed)
{
    // Words of 64 rows between two looks at the cancel flag.
    constexpr size_t kChunkWords = 1024;
    const size_t wordCount = selection.wordCount();
    const int threads = resolveThreads(options.threads);
    std::vector<ScanState> states(static_cast<size_t>(threads));
    std::atomic<bool> stopped = false;
    const size_t minWords = std::max<size_t>(1, options.minRowsPerThread / 64);
    // Prefetching pays once the randomly accessed state (distinct-user bits, the hot part of
    // the histograms: ~16 KB per group) outgrows the 1-2 MB of L2; below that it is overhead.
    const size_t randomBytes = (plan.users == UserMode::Bitset ? plan.groups * plan.userWords * 8
                                : plan.users == UserMode::UserBits ? plan.userWords * 8
                                                                   : 0) +
                               (plan.median == MedianMode::Dense ? plan.groups * size_t(16384) : 0);
    const bool prefetch = randomBytes > (size_t(1) << 20) || randomKey<Key>();

    parallelFor(wordCount, threads, minWords, [&](size_t begin, size_t end, int worker) {
        ScanState& st = states[static_cast<size_t>(worker)];
        st.init(plan); // in the worker, so its pages are first touched by its core
        if (plan.median == MedianMode::Sparse || plan.users == UserMode::Pairs) {
            const size_t share = selection.count() / static_cast<size_t>(threads) + 64;
            if (plan.median == MedianMode::Sparse)
                st.startups.reserve(share);
            if (plan.users == UserMode::Pairs)
                st.users.reserve(share);
        }
        // On the heap: 12 KB is a lot for a worker thread's stack frame.
        const auto exposure = std::make_unique<ExposureBuffer>();
        const RowAdder<Key> adder{
            c, key, plan, st.acc.data(), st.histograms.data(), st.userBits.data(), st, *exposure};
        for (size_t w = begin; w < end; w += kChunkWords) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const size_t chunkEnd = std::min(end, w + kChunkWords);
            if (prefetch)
                scanPrefetched(selection, key, adder, w, chunkEnd);
            else
                selection.forEachInWords(w, chunkEnd, adder);
        }
        exposure->flush(st.acc.data());
    });
    *completed = !stopped;
    if (stopped)
        return {};
    // Workers that got no range (small inputs) never initialised their state.
    if (states[0].acc.empty())
        states[0].init(plan);
    for (size_t t = 1; t < states.size(); ++t)
        if (!states[t].acc.empty())
            states[0].merge(std::move(states[t]));
    return std::move(states[0]);
}

} // namespace streamlens::query::detail
