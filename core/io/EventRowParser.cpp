// SPDX-License-Identifier: MIT
#include "io/EventRowParser.h"

#include "data/ContractEnums.h"

namespace streamlens::io {

void EventRowParser::parse(const CsvRecord& record, Worker& worker) const
{
    using contract::EventType;
    ++worker.rowsIn;
    RowInput row{record, worker.errors, worker.checkUtf8};
    if (!checkShape(row))
        return;
    std::string_view eventId, sessionId, errorCode, cdnPop;
    int64_t ts = 0;
    int32_t duration = 0, bitrate = 0;
    uint8_t type = 0, fatal = 0;
    if (!readId(row, EventIdCol, eventId) || !readId(row, EventSessionIdCol, sessionId))
        return;
    const int32_t sessionRef = m_sessions.resolve(sessionId);
    if (sessionRef == StagedRef::kMissing) {
        fail(row, EventSessionIdCol,
             "unknown session_id " + quoted(sessionId) + " (not in sessions)");
        return;
    }
    if (!readTimestamp(row, TsCol, ts))
        return;
    const int64_t start = StagedRef::isStaged(sessionRef)
                              ? (*m_stagedStarts)[StagedRef::stagedRow(sessionRef)]
                              : (*m_targetStarts)[size_t(sessionRef)];
    if (ts < start) {
        fail(row, TsCol, "is before the session's start_ts (" + formatTimestamp(start) + ")");
        return;
    }
    if (!readEnum(row, EventTypeCol, true, contract::kEventTypes, type) ||
        !readInt(row, DurationMsCol, false, 0, INT32_MAX, ">= 0", duration) ||
        !readInt(row, BitrateKbpsCol, false, 1, INT32_MAX, "> 0", bitrate) ||
        !readText(row, EventErrorCodeCol, false, errorCode) ||
        !readBool(row, FatalCol, false, fatal) || !readText(row, CdnPopCol, false, cdnPop))
        return;
    const auto kind = static_cast<EventType>(type);
    if ((kind == EventType::Startup || kind == EventType::Rebuffer) && duration == kNullInt32) {
        fail(row, DurationMsCol,
             "required for " + std::string(contract::kEventTypes[type]) + " events");
        return;
    }
    if (kind == EventType::BitrateChange && bitrate == kNullInt32) {
        fail(row, BitrateKbpsCol, "required for bitrate_change events");
        return;
    }
    if (kind == EventType::Error && errorCode.empty()) {
        fail(row, EventErrorCodeCol, "required for error events");
        return;
    }
    if (kind == EventType::Error && fatal == kNullBool) {
        fail(row, FatalCol, "required for error events");
        return;
    }
    uint16_t errorCodeCode = 0, popCode = 0;
    if (!intern(row, EventErrorCodeCol, errorCode, worker.interners[0], errorCodeCode) ||
        !intern(row, CdnPopCol, cdnPop, worker.interners[1], popCode))
        return;

    EventTable& t = worker.rows.table;
    t.eventId.append(eventId);
    t.sessionIndex.push_back(sessionRef);
    t.ts.push_back(ts);
    t.eventType.codes.push_back(type);
    t.durationMs.push_back(duration);
    t.bitrateKbps.push_back(bitrate);
    t.errorCode.codes.push_back(errorCodeCode);
    t.fatal.push_back(fatal);
    t.cdnPop.codes.push_back(popCode);
    worker.rows.lines.push_back(record.line);
    appendExtras(record, worker.rows.extras);
}

} // namespace streamlens::io
