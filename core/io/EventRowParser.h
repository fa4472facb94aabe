// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "io/KeyResolver.h"
#include "io/RowValidator.h"
#include "io/RowWorker.h"

#include <tuple>

namespace streamlens::io {

// Validates performance_events.csv rows: types and enums; session_id must resolve and ts
// must not precede that session's start_ts; duration_ms is required for startup and
// rebuffer events, bitrate_kbps (> 0) for bitrate_change, error_code and fatal for error.
class EventRowParser : public RowValidator {
public:
    using Table = EventTable;
    static auto internedColumns()
    {
        return std::make_tuple(&EventTable::errorCode, &EventTable::cdnPop);
    }
    using Worker = RowWorker<EventTable, 2>;

    // stagedStarts/targetStarts: start_ts of the staged and the target sessions.
    EventRowParser(const ColumnMapping& mapping, std::string fileName, KeyResolver sessions,
                   const std::vector<int64_t>* stagedStarts,
                   const std::vector<int64_t>* targetStarts)
        : RowValidator(mapping, std::move(fileName))
        , m_sessions(sessions)
        , m_stagedStarts(stagedStarts)
        , m_targetStarts(targetStarts)
    {
    }
    void parse(const CsvRecord& record, Worker& worker) const;
    // Starts loading the session row the record refers to.
    void prefetch(const CsvRecord& record) const
    {
        if (record.size() == mapping().fieldCount)
            m_sessions.prefetch(field(record, EventSessionIdCol));
    }

private:
    KeyResolver m_sessions;
    const std::vector<int64_t>* m_stagedStarts;
    const std::vector<int64_t>* m_targetStarts;
};

} // namespace streamlens::io
