// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "io/ImportReport.h"
#include "io/StagedTable.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace streamlens::io {

// Rejects of a whole import, tagged with the file they belong to (its index in the import),
// counted per file, listed up to a limit.
struct RejectLog {
    std::vector<std::pair<int, RejectedRow>> listed;
    std::vector<int64_t> perFile;
    size_t limit = SIZE_MAX;

    void add(int file, RejectedRow row)
    {
        ++perFile[size_t(file)];
        if (listed.size() < limit)
            listed.emplace_back(file, std::move(row));
    }
    int64_t total() const
    {
        int64_t n = 0;
        for (int64_t c : perFile)
            n += c;
        return n;
    }
    // In file order, then line order.
    std::vector<RejectedRow> sorted()
    {
        std::stable_sort(listed.begin(), listed.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first < b.first : a.second.line < b.second.line;
        });
        std::vector<RejectedRow> out;
        out.reserve(listed.size());
        for (auto& [file, row] : listed)
            out.push_back(std::move(row));
        return out;
    }
};

// The four tables an import validates before anything reaches the target dataset.
struct ImportStaging {
    StagedTable<UserTable> users;
    StagedTable<ContentTable> content;
    StagedTable<SessionTable> sessions;
    StagedTable<EventTable> events;
};

} // namespace streamlens::io
