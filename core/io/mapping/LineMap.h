// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace streamlens::io::mapping {

// Which line of the user's file a record of the normalised copy started on. Kept as runs of
// a constant difference: rows dropped by the mapping or line breaks that change in the copy
// start a new run, so a clean file of any size needs one entry.
class LineMap {
public:
    void add(int64_t copyLine, int64_t originalLine)
    {
        const int64_t delta = originalLine - copyLine;
        if (m_runs.empty() || m_runs.back().delta != delta)
            m_runs.push_back({copyLine, delta});
    }
    int64_t original(int64_t copyLine) const
    {
        auto it = std::upper_bound(m_runs.begin(), m_runs.end(), copyLine,
                                   [](int64_t line, const Run& r) { return line < r.from; });
        if (it == m_runs.begin())
            return copyLine;
        return copyLine + std::prev(it)->delta;
    }
    size_t runs() const { return m_runs.size(); }

private:
    struct Run {
        int64_t from;
        int64_t delta;
    };
    std::vector<Run> m_runs;
};

} // namespace streamlens::io::mapping
