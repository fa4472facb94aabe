// SPDX-License-Identifier: MIT
#pragma once

#include "io/KeyIndex.h"
#include "io/StagedRows.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace streamlens::io {

// Resolves a reference (user_id, content_id, session_id) to a row: the rows staged by this
// import win over the target dataset's (a staged row with the same key replaces the
// target's); the result is a StagedRef encoding, or StagedRef::kMissing.
class KeyResolver {
public:
    KeyResolver() = default;
    KeyResolver(const KeyIndex* staged, const std::vector<uint8_t>* stagedRejected,
                const KeyIndex* target)
        : m_staged(staged)
        , m_rejected(stagedRejected)
        , m_target(target)
    {
    }

    int32_t resolve(std::string_view id) const
    {
        if (m_staged) {
            const int32_t r = m_staged->find(id);
            if (r >= 0 && !(m_rejected && !m_rejected->empty() && (*m_rejected)[size_t(r)]))
                return StagedRef::fromStaged(size_t(r));
        }
        if (m_target) {
            const int32_t r = m_target->find(id);
            if (r >= 0)
                return r;
        }
        return StagedRef::kMissing;
    }

    // Starts loading the slots resolve(id) will read (see KeyIndex::prefetch).
    void prefetch(std::string_view id) const
    {
        if (m_staged)
            m_staged->prefetch(id);
        if (m_target)
            m_target->prefetch(id);
    }

private:
    const KeyIndex* m_staged = nullptr;
    const std::vector<uint8_t>* m_rejected = nullptr; // late rejects of staged rows
    const KeyIndex* m_target = nullptr;
};

} // namespace streamlens::io
