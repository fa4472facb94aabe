// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {

class Filter;
struct QueryOptions;

// The rows of the sessions table that a filter matched. A bitmap (one bit per row: 1.25 MB
// for 10M sessions, the same scan order as the columns, cheap to build block by block) or,
// for an empty filter or one that matches everything, the "all rows" fast path with no
// bitmap. isFiltered() remembers whether a filter was applied at all, because churn is
// defined differently for the unfiltered set.
class Selection {
public:
    Selection() = default;
    static Selection all(size_t rows, bool filtered = false);
    // Adopts a bitmap of ceil(rows / 64) words; bits past rows must be zero.
    static Selection fromBits(size_t rows, std::vector<uint64_t> words, bool filtered = true);
    static Selection cancelled(size_t rows);

    size_t count() const { return m_count; }
    // Rows of the table the selection was made on.
    size_t rowCount() const { return m_rows; }
    bool isAll() const { return m_all; }
    bool isFiltered() const { return m_filtered; }
    bool isCancelled() const { return m_cancelled; }
    bool contains(size_t row) const
    {
        return row < m_rows && (m_all || (m_words[row >> 6] >> (row & 63) & 1));
    }
    // The bitmap; empty when isAll().
    const std::vector<uint64_t>& words() const { return m_words; }
    std::vector<uint32_t> rowIndices() const;

    // Calls fn(row) for the selected rows in [beginWord * 64, endWord * 64), in order.
    template <typename Fn>
    [[gnu::always_inline]] void forEachInWords(size_t beginWord, size_t endWord, const Fn& fn) const
    {
        if (m_all) {
            const size_t end = std::min(m_rows, endWord * 64);
            for (size_t r = beginWord * 64; r < end; ++r)
                fn(r);
            return;
        }
        for (size_t w = beginWord; w < endWord; ++w) {
            uint64_t bits = m_words[w];
            if (bits == ~uint64_t(0)) { // dense selections: no bit scanning
                for (size_t r = w * 64; r < w * 64 + 64; ++r)
                    fn(r);
                continue;
            }
            while (bits) {
                fn(w * 64 + static_cast<size_t>(std::countr_zero(bits)));
                bits &= bits - 1;
            }
        }
    }
    size_t wordCount() const { return (m_rows + 63) / 64; }

    bool operator==(const Selection&) const = default;

private:
    size_t m_rows = 0;
    size_t m_count = 0;
    bool m_all = true;
    bool m_filtered = false;
    bool m_cancelled = false;
    std::vector<uint64_t> m_words;
};

// The sessions matching filter, evaluated on all cores. Unknown values match nothing; a
// dataset whose session columns disagree in length is an error (empty, invalid selection and
// *error set). A cancelled query returns isCancelled().
Selection select(const Dataset& dataset, const Filter& filter, std::string* error = nullptr,
                 const std::atomic<bool>* cancel = nullptr);
Selection select(const Dataset& dataset, const Filter& filter, const QueryOptions& options,
                 std::string* error = nullptr);

} // namespace streamlens::query
