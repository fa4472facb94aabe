// SPDX-License-Identifier: MIT
#include "io/FastInterner.h"

namespace streamlens::io {

namespace {
constexpr int kInitialBits = 6;
}

FastInterner::FastInterner()
{
    clear();
}

void FastInterner::clear()
{
    m_slots.assign(size_t(1) << kInitialBits, 0);
    m_mask = m_slots.size() - 1;
    m_shift = 64 - kInitialBits;
    m_hashes.clear();
    m_offsets.assign(1, 0);
    m_arena.clear();
}

uint32_t FastInterner::insert(std::string_view text, uint64_t h, uint64_t slot)
{
    const auto code = static_cast<uint32_t>(m_hashes.size());
    m_hashes.push_back(h);
    m_arena.append(text);
    m_offsets.push_back(m_arena.size());
    m_slots[slot] = code + 1;
    // Kept at most half full so probe runs stay short.
    if (2 * m_hashes.size() > m_slots.size())
        grow();
    return code;
}

void FastInterner::grow()
{
    std::vector<uint32_t> slots(m_slots.size() * 2, 0);
    m_mask = slots.size() - 1;
    m_shift -= 1;
    for (uint32_t code = 0; code < m_hashes.size(); ++code) {
        uint64_t slot = slotOf(m_hashes[code]);
        while (slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        slots[slot] = code + 1;
    }
    m_slots = std::move(slots);
}

} // namespace streamlens::io
