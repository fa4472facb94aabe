// SPDX-License-Identifier: MIT
#pragma once

#include "io/ShortText.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::io {

// Text → dense code (in order of first appearance), for one import thread. It sits in front
// of a column's Dictionary: an open-addressing table with a cheap hash and the text in one
// arena, because std::unordered_map's lookups dominate a categorical column's import time.
class FastInterner {
public:
    FastInterner();

    uint32_t intern(std::string_view text)
    {
        const uint64_t h = ShortText::hash(text);
        for (uint64_t slot = slotOf(h);; slot = (slot + 1) & m_mask) {
            const uint32_t entry = m_slots[slot];
            if (entry == 0)
                return insert(text, h, slot);
            const uint32_t code = entry - 1;
            if (m_hashes[code] == h && ShortText::equal(value(code), text))
                return code;
        }
    }
    std::string_view value(uint32_t code) const
    {
        return {m_arena.data() + m_offsets[code], m_offsets[code + 1] - m_offsets[code]};
    }
    size_t size() const { return m_hashes.size(); }
    void clear();

private:
    // The top bits of a Fibonacci multiply pick the slot.
    uint64_t slotOf(uint64_t h) const { return (h * 0x9E3779B97F4A7C15ull) >> m_shift; }
    uint32_t insert(std::string_view text, uint64_t h, uint64_t slot);
    void grow();

    std::vector<uint32_t> m_slots; // code + 1; 0 marks an empty slot
    std::vector<uint64_t> m_hashes;
    std::vector<size_t> m_offsets; // begin of each code's text in m_arena, plus the end
    std::string m_arena;
    uint64_t m_mask = 0;
    int m_shift = 64;
};

} // namespace streamlens::io
