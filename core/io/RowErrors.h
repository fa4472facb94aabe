// SPDX-License-Identifier: MIT
#pragma once

#include "io/ImportReport.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::io {

// The rejects one import thread found, in line order. All are counted; at most `limit`
// are kept with their text, so a file of garbage cannot exhaust memory.
struct RowErrors {
    std::vector<RejectedRow> listed;
    int64_t count = 0;
    size_t limit = SIZE_MAX;

    void add(const std::string& file, int64_t line, std::string column, std::string reason,
             std::string_view value)
    {
        ++count;
        if (listed.size() >= limit)
            return;
        constexpr size_t kMaxValue = 1024;
        listed.push_back({file, line, std::move(column), std::move(reason),
                          std::string(value.substr(0, kMaxValue))});
    }
    void clear()
    {
        listed.clear();
        count = 0;
    }
};

} // namespace streamlens::io
