// SPDX-License-Identifier: MIT
#pragma once

#include "data/CategoricalColumn.h"
#include "data/IdColumn.h"
#include "data/StringColumn.h"

#include <cstdint>
#include <utility>
#include <vector>

// Column-generic row operations used with forEachColumn/forEachColumnPair: clearing,
// appending (all or selected rows) and replacing rows in place. Categorical codes are
// translated between the two columns' dictionaries by value.
namespace streamlens::io::ColumnOps {

// Translation of src's codes into dst's dictionary (interning new values). A value dst
// cannot take (code width exhausted) maps to kNull; callers check capacity beforehand.
template <typename Code>
std::vector<Code> codeMap(CategoricalColumn<Code>& dst, const CategoricalColumn<Code>& src)
{
    std::vector<Code> map(src.dictionary.size());
    for (uint32_t c = 0; c < map.size(); ++c) {
        const uint32_t d = dst.dictionary.intern(src.dictionary.value(c));
        map[c] = d == Dictionary::npos || d >= CategoricalColumn<Code>::kCapacity
                     ? CategoricalColumn<Code>::kNull
                     : static_cast<Code>(d);
    }
    return map;
}

template <typename Code> Code mapped(const std::vector<Code>& map, Code code)
{
    return code == CategoricalColumn<Code>::kNull ? code : map[code];
}

struct ClearRows {
    template <typename T> void operator()(std::vector<T>& c) const { c.clear(); }
    template <typename Code> void operator()(CategoricalColumn<Code>& c) const
    {
        c.codes.clear(); // the dictionary stays: a thread's codes remain valid across blocks
    }
    void operator()(StringColumn& c) const { c.clear(); }
    void operator()(IdColumn& c) const { c.clear(); }
};

struct Reserve {
    size_t rows;
    template <typename T> void operator()(std::vector<T>& c) const { c.reserve(rows); }
    template <typename Code> void operator()(CategoricalColumn<Code>& c) const
    {
        c.codes.reserve(rows);
    }
    void operator()(StringColumn& c) const { c.reserve(rows, rows * 16); }
    void operator()(IdColumn& c) const { c.reserve(rows); }
};

struct AppendAll {
    // Rows whose categorical value found no code in dst (capacity exhausted), when given.
    std::vector<uint32_t>* overflow = nullptr;
    template <typename T> void operator()(std::vector<T>& d, const std::vector<T>& s) const
    {
        d.insert(d.end(), s.begin(), s.end());
    }
    template <typename Code>
    void operator()(CategoricalColumn<Code>& d, const CategoricalColumn<Code>& s) const
    {
        const auto map = codeMap(d, s);
        const size_t base = d.codes.size();
        d.codes.resize(base + s.codes.size());
        for (size_t i = 0; i < s.codes.size(); ++i) {
            const Code c = mapped(map, s.codes[i]);
            if (overflow && c == CategoricalColumn<Code>::kNull &&
                s.codes[i] != CategoricalColumn<Code>::kNull)
                overflow->push_back(static_cast<uint32_t>(i));
            d.codes[base + i] = c;
        }
    }
    void operator()(StringColumn& d, const StringColumn& s) const
    {
        for (size_t i = 0; i < s.size(); ++i)
            d.append(s.value(i));
    }
    void operator()(IdColumn& d, const IdColumn& s) const { d.append(s); }
};

// Appends the rows of src listed in rows, in that order.
struct AppendSelected {
    const std::vector<uint32_t>& rows;
    template <typename T> void operator()(std::vector<T>& d, const std::vector<T>& s) const
    {
        d.reserve(d.size() + rows.size());
        for (uint32_t r : rows)
            d.push_back(s[r]);
    }
    template <typename Code>
    void operator()(CategoricalColumn<Code>& d, const CategoricalColumn<Code>& s) const
    {
        const auto map = codeMap(d, s);
        d.codes.reserve(d.codes.size() + rows.size());
        for (uint32_t r : rows)
            d.codes.push_back(mapped(map, s.codes[r]));
    }
    void operator()(StringColumn& d, const StringColumn& s) const
    {
        for (uint32_t r : rows)
            d.append(s.value(r));
    }
    void operator()(IdColumn& d, const IdColumn& s) const
    {
        char buf[64];
        for (uint32_t r : rows)
            d.append(s.value(r, buf));
    }
};

// Overwrites rows of dst with rows of src: pairs of (dst row, src row), ascending dst rows.
struct ReplaceRows {
    const std::vector<std::pair<uint32_t, uint32_t>>& pairs;
    template <typename T> void operator()(std::vector<T>& d, const std::vector<T>& s) const
    {
        for (const auto& [dr, sr] : pairs)
            d[dr] = s[sr];
    }
    template <typename Code>
    void operator()(CategoricalColumn<Code>& d, const CategoricalColumn<Code>& s) const
    {
        const auto map = codeMap(d, s);
        for (const auto& [dr, sr] : pairs)
            d.codes[dr] = mapped(map, s.codes[sr]);
    }
    void operator()(StringColumn& d, const StringColumn& s) const
    {
        // An arena cannot be edited in place: rebuild it with the replaced values.
        StringColumn out;
        out.reserve(d.size(), 0);
        size_t next = 0;
        for (size_t row = 0; row < d.size(); ++row) {
            if (next < pairs.size() && pairs[next].first == row)
                out.append(s.value(pairs[next++].second));
            else
                out.append(d.value(row));
        }
        d = std::move(out);
    }
    // Identifiers are the keys rows are matched by: a replaced row keeps its identifier.
    void operator()(IdColumn&, const IdColumn&) const {}
};

} // namespace streamlens::io::ColumnOps
