// SPDX-License-Identifier: MIT
#include "summary/SummaryScan.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "data/Nulls.h"
#include "query/Selection.h"
#include "query/SessionColumns.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <bit>
#include <memory>

namespace streamlens::summary {

std::vector<uint32_t> FamilyTallies::codesOf(size_t group) const
{
    std::vector<uint32_t> codes(groupCounts.size());
    for (size_t a = groupCounts.size(); a-- > 0;) {
        codes[a] = static_cast<uint32_t>(group % groupCounts[a]);
        group /= groupCounts[a];
    }
    return codes;
}

namespace {

constexpr size_t kBlockWords = 64; // 4,096 rows per block: codes of a block stay in L1/L2

struct WorkerState {
    PeriodTally periods[2];
    std::vector<uint64_t> userBits[2];
    std::vector<std::vector<SegmentTally>> families;
};

} // namespace

std::optional<ScanOutput> SummaryScan::run(const Dataset& dataset,
                                           const std::vector<SegmentFamily>& families,
                                           const ScanInput& in, std::string* error)
{
    const auto columns = query::SessionColumns::from(dataset, error);
    if (!columns)
        return std::nullopt;
    const query::SessionColumns& c = *columns;
    if (dataset.users.churned.size() != dataset.users.size()) {
        if (error)
            *error = "inconsistent users table: churned does not have one value per user";
        return std::nullopt;
    }

    ScanOutput out;
    // Resolve each distinct axis once; families refer to them by index.
    for (const SegmentFamily& family : families) {
        FamilyTallies f;
        f.family = family;
        size_t groups = 1;
        bool fits = true;
        for (const SegmentAxis& axis : family.axes) {
            auto found = std::find_if(out.axes.begin(), out.axes.end(), [&](const SegmentAxis& a) {
                return a.dimension == axis.dimension && a.daypart == axis.daypart;
            });
            if (found == out.axes.end()) {
                auto column = query::DimensionColumn::resolve(dataset, axis.dimension, error);
                if (!column)
                    return std::nullopt;
                out.axes.push_back(axis);
                out.axisColumns.push_back(std::move(*column));
                found = out.axes.end() - 1;
            }
            const auto index = static_cast<size_t>(found - out.axes.begin());
            const uint32_t count =
                axis.daypart ? SegmentAxis::kDayparts : out.axisColumns[index].groupCount();
            f.axisIndex.push_back(index);
            f.groupCounts.push_back(count);
            groups *= count;
            fits = fits && groups <= kMaxGroups;
        }
        if (!fits)
            continue;
        f.groups = groups;
        out.families.push_back(std::move(f));
    }

    // Bases: the largest families first; a family whose axes all belong to a base is summed.
    std::vector<size_t> order(out.families.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return out.families[a].axisIndex.size() > out.families[b].axisIndex.size();
    });
    std::vector<size_t> bases;
    for (size_t fi : order) {
        FamilyTallies& f = out.families[fi];
        for (size_t b : bases) {
            const auto& axes = out.families[b].axisIndex;
            if (std::all_of(f.axisIndex.begin(), f.axisIndex.end(), [&](size_t a) {
                    return std::find(axes.begin(), axes.end(), a) != axes.end();
                })) {
                f.base = static_cast<int>(b);
                break;
            }
        }
        if (f.base < 0)
            bases.push_back(fi);
    }

    const int threads = resolveThreads(in.threads);
    std::vector<std::unique_ptr<WorkerState>> states(static_cast<size_t>(threads));
    std::atomic<bool> stopped = false;
    const size_t userWords = (dataset.users.size() + 63) / 64;
    const auto vod = static_cast<uint8_t>(contract::StreamType::Vod);

    for (int period = 0; period < 2; ++period) {
        const query::Selection* selection = period == 0 ? in.current : in.previous;
        if (!selection)
            continue;
        if (selection->rowCount() != c.rows) {
            if (error)
                *error = "the selection was made on another dataset";
            return std::nullopt;
        }
        parallelFor(selection->wordCount(), threads, 1024, [&](size_t begin, size_t end, int w) {
            auto& state = states[static_cast<size_t>(w)];
            if (!state) {
                state = std::make_unique<WorkerState>();
                for (auto& bits : state->userBits)
                    bits.assign(userWords, 0);
                for (const auto& f : out.families)
                    state->families.emplace_back(f.base < 0 ? f.groups * 2 : 0);
            }
            PeriodTally& tally = state->periods[period];
            std::vector<uint64_t>& userBits = state->userBits[period];
            std::vector<uint32_t> rows;
            rows.reserve(kBlockWords * 64);
            std::vector<std::vector<uint32_t>> codes(out.axes.size(),
                                                     std::vector<uint32_t>(kBlockWords * 64));
            std::vector<uint32_t> group(kBlockWords * 64);
            std::vector<SessionFacts> facts(kBlockWords * 64);
            for (size_t word = begin; word < end; word += kBlockWords) {
                if (in.cancel && in.cancel->load(std::memory_order_relaxed)) {
                    stopped = true;
                    return;
                }
                rows.clear();
                selection->forEachInWords(word, std::min(end, word + kBlockWords), [&](size_t r) {
                    rows.push_back(static_cast<uint32_t>(r));
                });
                const size_t n = rows.size();
                for (size_t a = 0; a < out.axes.size(); ++a) {
                    uint32_t* dst = codes[a].data();
                    const bool daypart = out.axes[a].daypart;
                    out.axisColumns[a].visit([&](auto key) {
                        for (size_t i = 0; i < n; ++i)
                            dst[i] = daypart ? key(rows[i]) / 6 : key(rows[i]);
                        return 0;
                    });
                }
                for (size_t i = 0; i < n; ++i) {
                    const size_t r = rows[i];
                    const uint8_t flags = c.flags[r];
                    const int32_t startup = c.startupMs[r];
                    SessionFacts& f = facts[i];
                    f.started = startup != kNullInt32;
                    f.startFailure = flags & contract::StartFailure;
                    f.exitBeforeStart = (flags >> 1) & 1;
                    f.playbackFailure = f.started && ((flags >> 2) & 1);
                    f.slowStart = f.started && startup > in.slowStartThresholdMs;
                    f.playingMs = c.playingMs[r];
                    f.setRebuffering(c.rebufferMs[r]);
                    tally.totals.add(f);
                    const auto u = static_cast<uint32_t>(c.userIndex[r]);
                    if (u < c.users)
                        userBits[u >> 6] |= uint64_t(1) << (u & 63);
                    if (!f.started)
                        continue;
                    tally.startup.add(startup);
                    if (c.streamType[r] == vod) {
                        ++tally.vodStarted;
                        tally.vodCompleted += (flags >> 3) & 1;
                    }
                    if (c.bitrateMilli[r] != kNullInt32) {
                        const double seconds = f.playingMs / 1000.0;
                        tally.bitrate.add(c.bitrateMilli[r] / 1000.0 * seconds, seconds);
                    }
                }
                for (size_t fi : bases) {
                    const FamilyTallies& family = out.families[fi];
                    std::fill(group.begin(), group.begin() + static_cast<std::ptrdiff_t>(n), 0u);
                    for (size_t a = 0; a < family.axisIndex.size(); ++a) {
                        const uint32_t* src = codes[family.axisIndex[a]].data();
                        const uint32_t count = family.groupCounts[a];
                        for (size_t i = 0; i < n; ++i)
                            group[i] = group[i] * count + src[i];
                    }
                    SegmentTally* tallies = state->families[fi].data();
                    for (size_t i = 0; i < n; ++i)
                        tallies[size_t(group[i]) * 2 + static_cast<size_t>(period)].add(facts[i]);
                }
            }
        });
        if (stopped) {
            out.cancelled = true;
            return out;
        }
    }

    // Merge the workers' states into the output.
    std::vector<uint64_t> userBits[2] = {std::vector<uint64_t>(userWords, 0),
                                         std::vector<uint64_t>(userWords, 0)};
    for (auto& f : out.families)
        f.tallies.assign(f.groups * 2, SegmentTally{});
    for (const auto& state : states) {
        if (!state)
            continue;
        for (int period = 0; period < 2; ++period) {
            PeriodTally& to = out.periods[period];
            const PeriodTally& from = state->periods[period];
            to.totals.merge(from.totals);
            to.vodStarted += from.vodStarted;
            to.vodCompleted += from.vodCompleted;
            to.bitrate.merge(from.bitrate);
            to.startup.merge(from.startup);
            for (size_t w = 0; w < userWords; ++w)
                userBits[period][w] |= state->userBits[period][w];
        }
        for (size_t fi : bases)
            for (size_t g = 0; g < out.families[fi].tallies.size(); ++g)
                out.families[fi].tallies[g].merge(state->families[fi][g]);
    }
    // Sum the derived families from their bases: each base group adds to the derived group
    // of its codes on the derived family's axes.
    for (FamilyTallies& f : out.families) {
        if (f.base < 0)
            continue;
        const FamilyTallies& base = out.families[static_cast<size_t>(f.base)];
        std::vector<size_t> position;
        for (size_t a : f.axisIndex)
            position.push_back(
                static_cast<size_t>(std::find(base.axisIndex.begin(), base.axisIndex.end(), a) -
                                    base.axisIndex.begin()));
        for (size_t g = 0; g < base.groups; ++g) {
            const auto codes = base.codesOf(g);
            size_t derived = 0;
            for (size_t a = 0; a < position.size(); ++a)
                derived = derived * f.groupCounts[a] + codes[position[a]];
            for (int period = 0; period < 2; ++period)
                f.tallies[derived * 2 + static_cast<size_t>(period)].merge(base.at(g, period));
        }
    }
    for (int period = 0; period < 2; ++period) {
        for (size_t w = 0; w < userWords; ++w) {
            uint64_t bits = userBits[period][w];
            out.periods[period].users += std::popcount(bits);
            while (bits) {
                const size_t u = w * 64 + static_cast<size_t>(std::countr_zero(bits));
                bits &= bits - 1;
                out.periods[period].churnedUsers += dataset.users.churned[u] == 1;
            }
        }
    }
    return out;
}

} // namespace streamlens::summary
