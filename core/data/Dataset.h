// SPDX-License-Identifier: MIT
#pragma once

#include "data/StringColumn.h"
#include "data/Tables.h"

#include <string>
#include <vector>

namespace streamlens {

// Columns of an imported file that the contract does not know: kept aside, as text,
// so nothing a user brought in silently vanishes.
struct ExtraColumn {
    std::string table; // "users", "content", "sessions", "performance_events"
    std::string name;
    StringColumn values; // one value per row of that table
};

// Everything the analysis works on, in memory, columnar. Immutable once loaded: queries
// from several threads read it without locks.
struct Dataset {
    UserTable users;
    ContentTable content;
    SessionTable sessions;
    EventTable events;
    std::vector<ExtraColumn> extraColumns;
    // Where the data came from, for the status bar and reports (a path or a URL without
    // credentials).
    std::string source;

    void shrinkToFit()
    {
        users.shrinkToFit();
        content.shrinkToFit();
        sessions.shrinkToFit();
        events.shrinkToFit();
    }
    size_t memoryBytes() const
    {
        return users.memoryBytes() + content.memoryBytes() + sessions.memoryBytes() +
               events.memoryBytes();
    }
};

} // namespace streamlens
