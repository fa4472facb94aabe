// SPDX-License-Identifier: MIT
#pragma once

#include "query/DimensionColumn.h"
#include "query/Filter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {

// A Filter bound to one dataset: each condition turned into a per-row test on raw columns
// (value sets become flag tables over codes; a condition on a user or title attribute
// becomes one flag per user or title, looked up through the session's reference). Tests
// that pass every row are dropped; a test that can pass no row makes the filter empty.
class CompiledFilter {
public:
    static std::optional<CompiledFilter> compile(const Dataset& dataset, const Filter& filter,
                                                 const QueryOptions& options, std::string* error);

    // True when some test can pass no row at all: the selection is empty.
    bool matchesNothing() const { return m_nothing; }
    // True when every test was dropped: every row passes.
    bool matchesEverything() const { return !m_nothing && m_tests.empty(); }
    // ANDs the tests into words [beginWord, endWord) of a bitmap over rows rows.
    void apply(uint64_t* words, size_t beginWord, size_t endWord, size_t rows) const;

private:
    struct TimeTest {
        const int64_t* ts;
        int64_t first; // inclusive
        int64_t last;  // inclusive
    };
    struct RangeTest {
        const int32_t* values;
        int64_t min; // inclusive; above the int32 null sentinel
        int64_t max; // exclusive
    };
    struct CodeTest {
        DimensionColumn column;
        std::vector<uint8_t> allowed; // per code, null code included
    };
    struct JoinedTest {
        const int32_t* index;
        std::vector<uint8_t> allowed; // per user or title
        uint8_t allowedDangling;      // a reference outside the table counts as null
    };
    using Test = std::variant<TimeTest, RangeTest, CodeTest, JoinedTest>;

    std::vector<Test> m_tests;
    bool m_nothing = false;
};

} // namespace streamlens::query
