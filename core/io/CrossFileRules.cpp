// SPDX-License-Identifier: MIT
#include "io/CrossFileRules.h"

#include "data/ContractEnums.h"

namespace streamlens::io {

namespace {

using contract::EventType;

// The events a session will have, summed up.
struct EventTotals {
    int32_t startups = 0;
    int32_t startupDuration = 0; // of the first startup event
    int32_t rebuffers = 0;
    int32_t bitrateChanges = 0;
    int64_t rebufferMs = 0;

    void add(uint8_t type, int32_t duration)
    {
        switch (static_cast<EventType>(type)) {
        case EventType::Startup:
            if (startups++ == 0)
                startupDuration = duration;
            break;
        case EventType::Rebuffer:
            ++rebuffers;
            rebufferMs += duration == kNullInt32 ? 0 : duration;
            break;
        case EventType::BitrateChange:
            ++bitrateChanges;
            break;
        default:
            break;
        }
    }
};

struct Violation {
    const char* column = nullptr;
    std::string reason;
    std::string value;
};

// The first rule a started session breaks, or column == nullptr.
Violation check(const SessionTable& s, size_t row, const EventTotals& e)
{
    Violation v;
    const int32_t startup = s.startupTimeMs[row];
    if (e.startups != 1) {
        v.column = "startup_time_ms";
        v.reason = std::to_string(e.startups) +
                   " startup events in performance_events (a started session has exactly 1)";
        v.value = std::to_string(startup);
    } else if (e.startupDuration != startup) {
        v.column = "startup_time_ms";
        v.reason = "the startup event's duration_ms is " + std::to_string(e.startupDuration) +
                   ", startup_time_ms is " + std::to_string(startup);
        v.value = std::to_string(startup);
    } else if (e.rebuffers != s.rebufferCount[row]) {
        v.column = "rebuffer_count";
        v.reason = std::to_string(e.rebuffers) +
                   " rebuffer events in performance_events, rebuffer_count is " +
                   std::to_string(s.rebufferCount[row]);
        v.value = std::to_string(s.rebufferCount[row]);
    } else if (e.rebufferMs != s.rebufferTimeMs[row]) {
        v.column = "rebuffer_time_ms";
        v.reason = "rebuffer events sum to " + std::to_string(e.rebufferMs) +
                   " ms, rebuffer_time_ms is " + std::to_string(s.rebufferTimeMs[row]);
        v.value = std::to_string(s.rebufferTimeMs[row]);
    } else if (e.bitrateChanges != s.bitrateSwitches[row]) {
        v.column = "bitrate_switches";
        v.reason = std::to_string(e.bitrateChanges) +
                   " bitrate_change events in performance_events, bitrate_switches is " +
                   std::to_string(s.bitrateSwitches[row]);
        v.value = std::to_string(s.bitrateSwitches[row]);
    }
    return v;
}

} // namespace

CrossFileRules::Result CrossFileRules::apply(ImportStaging& staging, const Dataset& target,
                                             bool eventsImported,
                                             const std::vector<std::string>& fileNames,
                                             RejectLog& log)
{
    Result result;
    auto& sessions = staging.sessions;
    auto& events = staging.events;
    if (!eventsImported && target.events.size() == 0)
        return result;
    result.checked = true;
    const size_t stagedSessions = sessions.size();
    const size_t targetSessions = target.sessions.size();
    const SessionTable& ss = sessions.rows.table;
    const EventTable& se = events.rows.table;

    std::vector<EventTotals> staged(stagedSessions);
    std::vector<EventTotals> loaded; // per target session, only when touched
    std::vector<uint8_t> touched;    // target sessions that staged events point at
    for (size_t e = 0; e < events.size(); ++e) {
        if (events.isRejected(e))
            continue;
        const int32_t ref = se.sessionIndex[e];
        if (StagedRef::isStaged(ref)) {
            staged[StagedRef::stagedRow(ref)].add(se.eventType.codes[e], se.durationMs[e]);
        } else {
            if (loaded.empty()) {
                loaded.resize(targetSessions);
                touched.assign(targetSessions, 0);
            }
            loaded[size_t(ref)].add(se.eventType.codes[e], se.durationMs[e]);
            touched[size_t(ref)] = 1;
        }
    }
    // The target's events stay unless a staged event with the same event_id replaces them.
    const EventTable& te = target.events;
    if (te.size() > 0 && (stagedSessions > 0 || !touched.empty())) {
        std::vector<uint8_t> replacedEvent(te.size(), 0);
        for (size_t e = 0; e < events.targetRow.size(); ++e)
            if (events.targetRow[e] >= 0 && !events.isRejected(e))
                replacedEvent[size_t(events.targetRow[e])] = 1;
        std::vector<int32_t> replacedBy(targetSessions, -1);
        for (size_t s = 0; s < sessions.targetRow.size(); ++s)
            if (sessions.targetRow[s] >= 0 && !sessions.isRejected(s))
                replacedBy[size_t(sessions.targetRow[s])] = static_cast<int32_t>(s);
        for (size_t e = 0; e < te.size(); ++e) {
            if (replacedEvent[e])
                continue;
            const auto t = size_t(te.sessionIndex[e]);
            if (replacedBy[t] >= 0)
                staged[size_t(replacedBy[t])].add(te.eventType.codes[e], te.durationMs[e]);
            else if (!touched.empty() && touched[t])
                loaded[t].add(te.eventType.codes[e], te.durationMs[e]);
        }
    }

    // Staged sessions first: a rejected one takes its staged events along.
    std::vector<uint8_t> sessionFailed(stagedSessions, 0);
    char idBuf[64];
    for (size_t s = 0; s < stagedSessions; ++s) {
        if (sessions.isRejected(s) || !ss.started(s))
            continue;
        ++result.sessionsChecked;
        Violation v = check(ss, s, staged[s]);
        if (!v.column)
            continue;
        sessionFailed[s] = 1;
        sessions.reject(s);
        ++result.sessionsRejected;
        log.add(sessions.fileOf(s), {fileNames[size_t(sessions.fileOf(s))], sessions.rows.lines[s],
                                     v.column, "cross-file rule: " + v.reason, std::move(v.value)});
    }
    std::vector<std::string> loadedFailure;
    if (!touched.empty()) {
        loadedFailure.resize(targetSessions);
        for (size_t t = 0; t < targetSessions; ++t) {
            if (!touched[t] || !target.sessions.started(t))
                continue;
            ++result.sessionsChecked;
            Violation v = check(target.sessions, t, loaded[t]);
            if (v.column)
                loadedFailure[t] = std::move(v.reason);
        }
    }
    for (size_t e = 0; e < events.size(); ++e) {
        if (events.isRejected(e))
            continue;
        const int32_t ref = se.sessionIndex[e];
        std::string reason, sessionId;
        if (StagedRef::isStaged(ref)) {
            const size_t s = StagedRef::stagedRow(ref);
            if (!sessionFailed[s])
                continue;
            sessionId = ss.sessionId.value(s, idBuf);
            reason = "session \"" + sessionId + "\" was rejected by a cross-file rule (" +
                     fileNames[size_t(sessions.fileOf(s))] + ":" +
                     std::to_string(sessions.rows.lines[s]) + ")";
        } else {
            const auto t = size_t(ref);
            if (loadedFailure.empty() || loadedFailure[t].empty())
                continue;
            sessionId = target.sessions.sessionId.value(t, idBuf);
            reason = "already loaded session \"" + sessionId +
                     "\" would break a cross-file rule: " + loadedFailure[t];
        }
        events.reject(e);
        ++result.eventsRejected;
        const int file = events.fileOf(e);
        log.add(file, {fileNames[size_t(file)], events.rows.lines[e], "session_id",
                       std::move(reason), std::move(sessionId)});
    }
    return result;
}

} // namespace streamlens::io
