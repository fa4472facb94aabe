// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "io/KeyResolver.h"
#include "io/RowValidator.h"
#include "io/RowWorker.h"

#include <tuple>

namespace streamlens::io {

// Validates sessions.csv rows: field types, enums and ranges; user_id and content_id must
// resolve; exactly one start outcome; startup_time_ms, avg_bitrate_kbps and resolution_p iff
// started; playing_time_s 0 and playback_failure false unless started; rebuffer_time_ms 0
// when rebuffer_count is 0; completed false for live streams.
class SessionRowParser : public RowValidator {
public:
    using Table = SessionTable;
    static auto internedColumns()
    {
        return std::make_tuple(&SessionTable::os, &SessionTable::playerVersion, &SessionTable::cdn,
                               &SessionTable::isp, &SessionTable::country,
                               &SessionTable::errorCode);
    }
    using Worker = RowWorker<SessionTable, 6>;

    SessionRowParser(const ColumnMapping& mapping, std::string fileName, KeyResolver users,
                     KeyResolver content)
        : RowValidator(mapping, std::move(fileName))
        , m_users(users)
        , m_content(content)
    {
    }
    void parse(const CsvRecord& record, Worker& worker) const;
    // Starts loading the user and content rows the record refers to.
    void prefetch(const CsvRecord& record) const
    {
        if (record.size() != mapping().fieldCount)
            return;
        m_users.prefetch(field(record, SessionUserIdCol));
        m_content.prefetch(field(record, SessionContentIdCol));
    }

private:
    bool checkRules(RowInput& row, bool started, uint8_t startFailure, uint8_t exitBeforeStart,
                    uint8_t playbackFailure, int32_t playingMilli, int32_t rebufferCount,
                    int32_t rebufferTime, int32_t bitrate, int32_t resolution, uint8_t streamType,
                    uint8_t completed) const;

    KeyResolver m_users;
    KeyResolver m_content;
};

} // namespace streamlens::io
