// SPDX-License-Identifier: MIT
#include "query/CompiledFilter.h"

#include "data/Dataset.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace streamlens::query {

namespace {

// ANDs test(row) into each word. Words already zero are skipped; words with few rows left
// test only those rows.
template <typename Test>
void andWords(uint64_t* words, size_t beginWord, size_t endWord, size_t rows, const Test& test)
{
    for (size_t w = beginWord; w < endWord; ++w) {
        const uint64_t current = words[w];
        if (current == 0)
            continue;
        const size_t base = w * 64;
        if (std::popcount(current) <= 8) {
            uint64_t bits = current, keep = 0;
            while (bits) {
                const int j = std::countr_zero(bits);
                keep |= uint64_t(test(base + static_cast<size_t>(j))) << j;
                bits &= bits - 1;
            }
            words[w] = keep;
            continue;
        }
        const size_t count = std::min<size_t>(64, rows - base);
        uint64_t bits = 0;
        for (size_t j = 0; j < count; ++j)
            bits |= uint64_t(test(base + j)) << j;
        words[w] = current & bits;
    }
}

} // namespace

std::optional<CompiledFilter> CompiledFilter::compile(const Dataset& dataset, const Filter& filter,
                                                      const QueryOptions& options,
                                                      std::string* error)
{
    const SessionTable& s = dataset.sessions;
    CompiledFilter cf;

    // Time first: with data in time order it clears whole words early, sparing the rest.
    if (filter.fromMs() || filter.toMs()) {
        // Inclusive bounds, so an open end needs no value past INT64_MAX.
        const int64_t first = filter.fromMs().value_or(std::numeric_limits<int64_t>::min());
        int64_t last = std::numeric_limits<int64_t>::max();
        if (filter.toMs()) {
            if (*filter.toMs() == std::numeric_limits<int64_t>::min())
                cf.m_nothing = true;
            else
                last = *filter.toMs() - 1;
        }
        if (first > last)
            cf.m_nothing = true;
        cf.m_tests.push_back(TimeTest{s.startTs.data(), first, last});
    }
    for (const MeasureRange& r : filter.ranges()) {
        // Null is the smallest int32, so a lower bound just above it excludes nulls.
        const int64_t min = std::max<int64_t>(r.min.value_or(std::numeric_limits<int64_t>::min()),
                                              int64_t(kNullInt32) + 1);
        const int64_t max = r.max.value_or(std::numeric_limits<int64_t>::max());
        if (min >= max)
            cf.m_nothing = true;
        cf.m_tests.push_back(RangeTest{measureColumn(s, r.measure).data(), min, max});
    }
    std::vector<Test> joinedTests;
    for (const DimensionCondition& c : filter.conditions()) {
        auto column = DimensionColumn::resolve(dataset, c.dimension, error, options);
        if (!column)
            return std::nullopt;
        std::vector<uint8_t> allowed(column->groupCount(), c.negated ? 1 : 0);
        for (const auto& v : c.values)
            if (const auto code = column->findCode(v))
                allowed[*code] = c.negated ? 0 : 1;
        const bool none = std::find(allowed.begin(), allowed.end(), 1) == allowed.end();
        const bool all = std::find(allowed.begin(), allowed.end(), 0) == allowed.end();
        if (none)
            cf.m_nothing = true;
        if (all)
            continue;
        if (column->kind() == DimensionColumn::Kind::Joined) {
            JoinedTest t{column->joinIndex(), {}, allowed[column->nullCode()]};
            const auto& codes = column->joinedCodes();
            t.allowed.resize(codes.size());
            for (size_t i = 0; i < codes.size(); ++i)
                t.allowed[i] = allowed[codes[i]];
            joinedTests.push_back(std::move(t));
        } else {
            cf.m_tests.push_back(CodeTest{std::move(*column), std::move(allowed)});
        }
    }
    // Joined lookups are random reads: they go last, on what the others left.
    for (auto& t : joinedTests)
        cf.m_tests.push_back(std::move(t));
    if (cf.m_nothing)
        cf.m_tests.clear();
    return cf;
}

void CompiledFilter::apply(uint64_t* words, size_t beginWord, size_t endWord, size_t rows) const
{
    for (const Test& test : m_tests) {
        std::visit(
            [&](const auto& t) {
                using T = std::decay_t<decltype(t)>;
                if constexpr (std::is_same_v<T, TimeTest>) {
                    const int64_t* ts = t.ts;
                    const int64_t first = t.first, last = t.last;
                    andWords(words, beginWord, endWord, rows,
                             [=](size_t r) { return ts[r] >= first && ts[r] <= last; });
                } else if constexpr (std::is_same_v<T, RangeTest>) {
                    const int32_t* v = t.values;
                    const int64_t min = t.min, max = t.max;
                    andWords(words, beginWord, endWord, rows,
                             [=](size_t r) { return v[r] >= min && v[r] < max; });
                } else if constexpr (std::is_same_v<T, CodeTest>) {
                    const uint8_t* allowed = t.allowed.data();
                    t.column.visit([&](auto key) {
                        andWords(words, beginWord, endWord, rows,
                                 [=](size_t r) { return allowed[key(r)] != 0; });
                    });
                } else {
                    const int32_t* index = t.index;
                    const uint8_t* allowed = t.allowed.data();
                    const auto size = static_cast<uint32_t>(t.allowed.size());
                    const uint8_t dangling = t.allowedDangling;
                    andWords(words, beginWord, endWord, rows, [=](size_t r) {
                        const auto i = static_cast<uint32_t>(index[r]);
                        return (i < size ? allowed[i] : dangling) != 0;
                    });
                }
            },
            test);
    }
}

} // namespace streamlens::query
