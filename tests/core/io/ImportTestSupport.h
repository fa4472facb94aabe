// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the contract import tests: fixture paths, a dump of every value of a
// dataset (references shown as the referenced key) and rejects as comparable strings.
#include "data/Dataset.h"
#include "io/ContractImporter.h"

#include <QTest>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

// Lets QCOMPARE show the text of std::string values that differ.
namespace QTest {
template <> inline char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace streamlens::importtest {

inline std::string dir(const std::string& name)
{
    return STREAMLENS_TEST_DATA_DIR "/import/contract/" + name;
}

inline std::string num(int64_t v, int64_t nullValue)
{
    return v == nullValue ? "null" : std::to_string(v);
}

template <typename C> std::string cat(const C& column, size_t row)
{
    const auto v = column.value(row);
    return v ? std::string(*v) : "null";
}

// Every value of every table, one line per row, references shown as the referenced key.
inline std::vector<std::string> dump(const Dataset& d)
{
    std::vector<std::string> out;
    const auto& u = d.users;
    for (size_t r = 0; r < u.size(); ++r) {
        std::ostringstream s;
        s << "user " << u.userId.value(r) << '|' << u.signupDate[r] << '|' << cat(u.country, r)
          << '|' << num(u.age[r], kNullInt16) << '|' << cat(u.gender, r) << '|' << cat(u.plan, r)
          << '|' << u.monthlyFeeMilli[r] << '|' << cat(u.preferredGenre, r) << '|'
          << int(u.churned[r]) << '|' << num(u.churnDate[r], kNullInt32);
        out.push_back(s.str());
    }
    const auto& c = d.content;
    for (size_t r = 0; r < c.size(); ++r) {
        std::ostringstream s;
        s << "content " << c.contentId.value(r) << '|' << c.title.value(r) << '|'
          << cat(c.contentType, r) << '|' << cat(c.genre, r) << '|'
          << num(c.releaseYear[r], kNullInt16) << '|' << c.durationS[r] << '|'
          << cat(c.maturityRating, r) << '|' << num(c.avgRatingMilli[r], kNullInt32) << '|'
          << cat(c.language, r) << '|' << num(c.isOriginal[r], kNullBool);
        out.push_back(s.str());
    }
    const auto& x = d.sessions;
    for (size_t r = 0; r < x.size(); ++r) {
        std::ostringstream s;
        s << "session " << x.sessionId.value(r) << '|' << u.userId.value(size_t(x.userIndex[r]))
          << '|' << c.contentId.value(size_t(x.contentIndex[r])) << '|' << x.startTs[r] << '|'
          << cat(x.deviceType, r) << '|' << cat(x.os, r) << '|' << cat(x.playerVersion, r) << '|'
          << cat(x.connectionType, r) << '|' << cat(x.cdn, r) << '|' << cat(x.isp, r) << '|'
          << cat(x.country, r) << '|' << cat(x.streamType, r) << '|'
          << num(x.startupTimeMs[r], kNullInt32) << '|' << x.playingTimeMs[r] << '|'
          << x.rebufferCount[r] << '|' << x.rebufferTimeMs[r] << '|'
          << num(x.avgBitrateMilliKbps[r], kNullInt32) << '|' << x.bitrateSwitches[r] << '|'
          << int(x.resolutionCode[r]) << '|' << int(x.flags[r]) << '|' << cat(x.errorCode, r);
        out.push_back(s.str());
    }
    const auto& e = d.events;
    for (size_t r = 0; r < e.size(); ++r) {
        std::ostringstream s;
        s << "event " << e.eventId.value(r) << '|' << x.sessionId.value(size_t(e.sessionIndex[r]))
          << '|' << e.ts[r] << '|' << cat(e.eventType, r) << '|' << num(e.durationMs[r], kNullInt32)
          << '|' << num(e.bitrateKbps[r], kNullInt32) << '|' << cat(e.errorCode, r) << '|'
          << num(e.fatal[r], kNullBool) << '|' << cat(e.cdnPop, r);
        out.push_back(s.str());
    }
    for (const auto& extra : d.extraColumns) {
        std::string line = "extra " + extra.table + "." + extra.name + ":";
        for (size_t r = 0; r < extra.values.size(); ++r)
            line += " [" + std::string(extra.values.value(r)) + "]";
        out.push_back(line);
    }
    return out;
}

// "file:line|column|reason|value" per reject.
inline std::vector<std::string> rejects(const io::ImportReport& report)
{
    std::vector<std::string> out;
    for (const auto& r : report.rejects)
        out.push_back(r.file + ":" + std::to_string(r.line) + "|" + r.column + "|" + r.reason +
                      "|" + r.value);
    return out;
}

inline io::ImportOptions lenient()
{
    io::ImportOptions o;
    o.maxRejectRate = 1.0;
    return o;
}

inline std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace streamlens::importtest
