// SPDX-License-Identifier: MIT
#include "io/SessionRowParser.h"

#include "data/ContractEnums.h"

namespace streamlens::io {

namespace {
constexpr const char* kNotStarted = "must be empty for a session that did not start "
                                    "(startup_time_ms is empty)";
constexpr const char* kStartedNeeds = "required for a started session (startup_time_ms is set)";

// A validated row, written by a small function of its own so that the compiler inlines
// every push_back (inside the large parse function it did not).
struct SessionRow {
    std::string_view sessionId;
    int32_t userRef, contentRef;
    int64_t startTs;
    uint8_t device, connection, stream;
    int32_t startup, playing, rebufferCount, rebufferTime, bitrate, switches;
    uint8_t resolution, flags;
    uint16_t codes[6]; // os, player_version, cdn, isp, country, error_code
};

void appendRow(SessionTable& t, const SessionRow& r)
{
    t.sessionId.append(r.sessionId);
    t.userIndex.push_back(r.userRef);
    t.contentIndex.push_back(r.contentRef);
    t.startTs.push_back(r.startTs);
    t.deviceType.codes.push_back(r.device);
    t.os.codes.push_back(r.codes[0]);
    t.playerVersion.codes.push_back(r.codes[1]);
    t.connectionType.codes.push_back(r.connection);
    t.cdn.codes.push_back(r.codes[2]);
    t.isp.codes.push_back(r.codes[3]);
    t.country.codes.push_back(r.codes[4]);
    t.streamType.codes.push_back(r.stream);
    t.startupTimeMs.push_back(r.startup);
    t.playingTimeMs.push_back(r.playing);
    t.rebufferCount.push_back(r.rebufferCount);
    t.rebufferTimeMs.push_back(r.rebufferTime);
    t.avgBitrateMilliKbps.push_back(r.bitrate);
    t.bitrateSwitches.push_back(r.switches);
    t.resolutionCode.push_back(r.resolution);
    t.flags.push_back(r.flags);
    t.errorCode.codes.push_back(r.codes[5]);
}
} // namespace

bool SessionRowParser::checkRules(RowInput& row, bool started, uint8_t startFailure,
                                  uint8_t exitBeforeStart, uint8_t playbackFailure,
                                  int32_t playingMilli, int32_t rebufferCount, int32_t rebufferTime,
                                  int32_t bitrate, int32_t resolution, uint8_t streamType,
                                  uint8_t completed) const
{
    const int outcomes = int(started) + startFailure + exitBeforeStart;
    if (outcomes == 0)
        return fail(row, ExitBeforeStartCol,
                    "no start outcome: startup_time_ms is empty and start_failure and "
                    "exit_before_start are both false");
    if (outcomes > 1) {
        std::string found = started ? "startup_time_ms set" : "";
        if (startFailure)
            found += (found.empty() ? "" : ", ") + std::string("start_failure true");
        if (exitBeforeStart)
            found += (found.empty() ? "" : ", ") + std::string("exit_before_start true");
        return fail(row,
                    startFailure && (started || !exitBeforeStart) ? StartFailureCol
                                                                  : ExitBeforeStartCol,
                    "more than one start outcome (" + found + ")");
    }
    if (started) {
        if (bitrate == kNullInt32)
            return fail(row, AvgBitrateCol, kStartedNeeds);
        if (resolution == kNullInt32)
            return fail(row, ResolutionCol, kStartedNeeds);
    } else {
        if (bitrate != kNullInt32)
            return fail(row, AvgBitrateCol, kNotStarted);
        if (resolution != kNullInt32)
            return fail(row, ResolutionCol, kNotStarted);
        if (playingMilli != 0)
            return fail(row, PlayingTimeCol, "must be 0 for a session that did not start");
        if (playbackFailure)
            return fail(row, PlaybackFailureCol, "can only be true for a started session");
    }
    if (rebufferCount == 0 && rebufferTime != 0)
        return fail(row, RebufferTimeCol, "must be 0 when rebuffer_count is 0");
    if (streamType == uint8_t(contract::StreamType::Live) && completed)
        return fail(row, CompletedCol, "must be false for a live stream");
    return true;
}

void SessionRowParser::parse(const CsvRecord& record, Worker& worker) const
{
    ++worker.rowsIn;
    RowInput row{record, worker.errors, worker.checkUtf8};
    if (!checkShape(row))
        return;
    std::string_view sessionId, userId, contentId, os, player, cdn, isp, country, errorCode;
    int64_t startTs = 0;
    int32_t startup = 0, playing = 0, rebufferCount = 0, rebufferTime = 0, bitrate = 0;
    int32_t switches = 0, resolution = 0;
    uint8_t device = 0, connection = 0, stream = 0, startFailure = 0, exitBeforeStart = 0;
    uint8_t playbackFailure = 0, completed = 0;
    if (!readId(row, SessionIdCol, sessionId) || !readId(row, SessionUserIdCol, userId))
        return;
    const int32_t userRef = m_users.resolve(userId);
    if (userRef == StagedRef::kMissing) {
        fail(row, SessionUserIdCol, "unknown user_id " + quoted(userId) + " (not in users)");
        return;
    }
    if (!readId(row, SessionContentIdCol, contentId))
        return;
    const int32_t contentRef = m_content.resolve(contentId);
    if (contentRef == StagedRef::kMissing) {
        fail(row, SessionContentIdCol,
             "unknown content_id " + quoted(contentId) + " (not in content)");
        return;
    }
    if (!readTimestamp(row, StartTsCol, startTs) ||
        !readEnum(row, DeviceTypeCol, true, contract::kDeviceTypes, device) ||
        !readText(row, OsCol, false, os) || !readText(row, PlayerVersionCol, false, player) ||
        !readEnum(row, ConnectionTypeCol, true, contract::kConnectionTypes, connection) ||
        !readText(row, CdnCol, true, cdn) || !readText(row, IspCol, false, isp) ||
        !readCountry(row, SessionCountryCol, true, country) ||
        !readEnum(row, StreamTypeCol, true, contract::kStreamTypes, stream) ||
        !readInt(row, StartupTimeCol, false, 0, INT32_MAX, ">= 0", startup) ||
        !readDecimal(row, PlayingTimeCol, true, 0, INT32_MAX, ">= 0", playing) ||
        !readInt(row, RebufferCountCol, true, 0, INT32_MAX, ">= 0", rebufferCount) ||
        !readInt(row, RebufferTimeCol, true, 0, INT32_MAX, ">= 0", rebufferTime) ||
        !readDecimal(row, AvgBitrateCol, false, 0, INT32_MAX, ">= 0", bitrate) ||
        !readInt(row, BitrateSwitchesCol, true, 0, INT32_MAX, ">= 0", switches) ||
        !readInt(row, ResolutionCol, false, 0, INT32_MAX,
                 "one of 2160, 1440, 1080, 720, 540, "
                 "432, 360, 234",
                 resolution) ||
        !readBool(row, StartFailureCol, true, startFailure) ||
        !readBool(row, ExitBeforeStartCol, true, exitBeforeStart) ||
        !readBool(row, PlaybackFailureCol, true, playbackFailure) ||
        !readText(row, SessionErrorCodeCol, false, errorCode) ||
        !readBool(row, CompletedCol, true, completed))
        return;
    uint8_t resolutionCode = contract::kNullResolution;
    if (resolution != kNullInt32) {
        resolutionCode = contract::resolutionCode(resolution);
        if (resolutionCode == contract::kNullResolution) {
            fail(row, ResolutionCol,
                 quoted(field(record, ResolutionCol)) +
                     " is not a contract resolution (expected one of 2160, 1440, 1080, 720, "
                     "540, 432, 360, 234)");
            return;
        }
    }
    const bool started = startup != kNullInt32;
    if (!checkRules(row, started, startFailure, exitBeforeStart, playbackFailure, playing,
                    rebufferCount, rebufferTime, bitrate, resolution, stream, completed))
        return;
    uint16_t codes[6];
    auto& in = worker.interners;
    if (!intern(row, OsCol, os, in[0], codes[0]) ||
        !intern(row, PlayerVersionCol, player, in[1], codes[1]) ||
        !intern(row, CdnCol, cdn, in[2], codes[2]) || !intern(row, IspCol, isp, in[3], codes[3]) ||
        !intern(row, SessionCountryCol, country, in[4], codes[4]) ||
        !intern(row, SessionErrorCodeCol, errorCode, in[5], codes[5]))
        return;

    appendRow(worker.rows.table,
              {sessionId,
               userRef,
               contentRef,
               startTs,
               device,
               connection,
               stream,
               startup,
               playing,
               rebufferCount,
               rebufferTime,
               bitrate,
               switches,
               resolutionCode,
               static_cast<uint8_t>((startFailure ? contract::StartFailure : 0) |
                                    (exitBeforeStart ? contract::ExitBeforeStart : 0) |
                                    (playbackFailure ? contract::PlaybackFailure : 0) |
                                    (completed ? contract::Completed : 0)),
               {codes[0], codes[1], codes[2], codes[3], codes[4], codes[5]}});
    worker.rows.lines.push_back(record.line);
    appendExtras(record, worker.rows.extras);
}

} // namespace streamlens::io
