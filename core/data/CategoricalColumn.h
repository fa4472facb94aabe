// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dictionary.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace streamlens {

// A dictionary-encoded column. Code is uint8_t for the contract's small enums and uint16_t
// for open text dimensions (cdn, isp, country...), which keeps a session row compact.
template <typename Code> struct CategoricalColumn {
    static constexpr Code kNull = std::numeric_limits<Code>::max();
    // Largest number of distinct values the code width can hold (kNull is reserved).
    static constexpr uint32_t kCapacity = std::numeric_limits<Code>::max();

    std::vector<Code> codes;
    Dictionary dictionary;

    size_t size() const { return codes.size(); }
    bool isNull(size_t row) const { return codes[row] == kNull; }
    // The value's text, or nullopt for null.
    std::optional<std::string_view> value(size_t row) const
    {
        const Code c = codes[row];
        if (c == kNull)
            return std::nullopt;
        return std::string_view(dictionary.value(c));
    }
    // Appends a value; returns false (appending nothing) when it is not allowed by a closed
    // dictionary or the code width is exhausted.
    bool append(std::string_view text)
    {
        const uint32_t c = dictionary.intern(text);
        if (c == Dictionary::npos || c >= kCapacity)
            return false;
        codes.push_back(static_cast<Code>(c));
        return true;
    }
    void appendNull() { codes.push_back(kNull); }
    size_t memoryBytes() const { return codes.size() * sizeof(Code); }
};

using SmallCategorical = CategoricalColumn<uint8_t>;
using Categorical = CategoricalColumn<uint16_t>;

} // namespace streamlens
