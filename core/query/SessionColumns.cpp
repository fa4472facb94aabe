// SPDX-License-Identifier: MIT
#include "query/SessionColumns.h"

#include "data/Dataset.h"

namespace streamlens::query {

std::optional<SessionColumns> SessionColumns::from(const Dataset& dataset, std::string* error)
{
    const SessionTable& s = dataset.sessions;
    const size_t n = s.size();
    const size_t sizes[] = {s.userIndex.size(),
                            s.contentIndex.size(),
                            s.deviceType.size(),
                            s.os.size(),
                            s.playerVersion.size(),
                            s.connectionType.size(),
                            s.cdn.size(),
                            s.isp.size(),
                            s.country.size(),
                            s.streamType.size(),
                            s.startupTimeMs.size(),
                            s.playingTimeMs.size(),
                            s.rebufferCount.size(),
                            s.rebufferTimeMs.size(),
                            s.avgBitrateMilliKbps.size(),
                            s.bitrateSwitches.size(),
                            s.resolutionCode.size(),
                            s.flags.size(),
                            s.errorCode.size()};
    for (size_t size : sizes) {
        if (size != n) {
            if (error)
                *error = "inconsistent sessions table: a column has " + std::to_string(size) +
                         " values for " + std::to_string(n) + " sessions";
            return std::nullopt;
        }
    }
    if (n > static_cast<size_t>(INT32_MAX) ||
        dataset.users.size() > static_cast<size_t>(INT32_MAX)) {
        if (error)
            *error = "too many rows for 32-bit row references";
        return std::nullopt;
    }
    SessionColumns c;
    c.rows = n;
    c.startTs = s.startTs.data();
    c.userIndex = s.userIndex.data();
    c.contentIndex = s.contentIndex.data();
    c.startupMs = s.startupTimeMs.data();
    c.playingMs = s.playingTimeMs.data();
    c.rebufferCount = s.rebufferCount.data();
    c.rebufferMs = s.rebufferTimeMs.data();
    c.bitrateMilli = s.avgBitrateMilliKbps.data();
    c.flags = s.flags.data();
    c.streamType = s.streamType.codes.data();
    c.users = static_cast<uint32_t>(dataset.users.size());
    return c;
}

} // namespace streamlens::query
