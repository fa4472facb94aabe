// SPDX-License-Identifier: MIT
#include "generator/ContractRowFormatter.h"

#include "data/ContractEnums.h"

#include <algorithm>

namespace streamlens::generator {

using namespace csv;

namespace {

const char* tableName(ContractTable t)
{
    switch (t) {
    case ContractTable::Users:
        return "users";
    case ContractTable::Content:
        return "content";
    case ContractTable::Sessions:
        return "sessions";
    case ContractTable::Events:
        return "performance_events";
    }
    return "";
}

// Contract column order.
const char* headerOf(ContractTable t)
{
    switch (t) {
    case ContractTable::Users:
        return "user_id,signup_date,country,age,gender,plan,monthly_fee,preferred_genre,churned,"
               "churn_date";
    case ContractTable::Content:
        return "content_id,title,content_type,genre,release_year,duration_s,maturity_rating,"
               "avg_rating,language,is_original";
    case ContractTable::Sessions:
        return "session_id,user_id,content_id,start_ts,device_type,os,player_version,"
               "connection_type,cdn,isp,country,stream_type,startup_time_ms,playing_time_s,"
               "rebuffer_count,rebuffer_time_ms,avg_bitrate_kbps,bitrate_switches,resolution_p,"
               "start_failure,exit_before_start,playback_failure,error_code,completed";
    case ContractTable::Events:
        return "event_id,session_id,ts,event_type,duration_ms,bitrate_kbps,error_code,fatal,"
               "cdn_pop";
    }
    return "";
}

inline char* comma(char* p)
{
    *p++ = ',';
    return p;
}

inline char* putBool(char* p, bool b)
{
    if (b) {
        std::memcpy(p, "true", 4);
        return p + 4;
    }
    std::memcpy(p, "false", 5);
    return p + 5;
}

// 0/1 with kNullBool (or any other value) as null.
inline char* putNullableBool(char* p, uint8_t b)
{
    return b <= 1 ? putBool(p, b == 1) : p;
}

inline char* putInt32(char* p, int32_t v)
{
    if (v == kNullInt32)
        return p;
    return v >= 0 ? putUnsigned(p, static_cast<uint32_t>(v)) : putInt(p, v);
}

inline char* putInt16(char* p, int16_t v)
{
    return v == kNullInt16 ? p : putInt(p, v);
}

inline char* putMilli32(char* p, int32_t v)
{
    return v == kNullInt32 ? p : putMilli(p, v);
}

} // namespace

template <typename Code>
inline char* ContractRowFormatter::putCode(char* p, Code code, const Escaped& values)
{
    // Null and out-of-range codes (a damaged dataset) print as empty.
    if (code == CategoricalColumn<Code>::kNull || code >= values.offset.size())
        return p;
    return putBlocks(p, values.arena.data() + values.offset[code], values.length[code]);
}

ContractRowFormatter::ContractRowFormatter(const Dataset& data, ContractTable table,
                                           bool includeExtraColumns)
    : m_data(data)
    , m_table(table)
{
    if (includeExtraColumns)
        for (const auto& extra : data.extraColumns)
            if (extra.table == tableName(table))
                m_extras.push_back(&extra);
    switch (table) {
    case ContractTable::Users:
        for (const Dictionary* d :
             {&data.users.country.dictionary, &data.users.gender.dictionary,
              &data.users.plan.dictionary, &data.users.preferredGenre.dictionary})
            m_dict.push_back(escape(*d));
        break;
    case ContractTable::Content:
        for (const Dictionary* d :
             {&data.content.contentType.dictionary, &data.content.genre.dictionary,
              &data.content.maturityRating.dictionary, &data.content.language.dictionary})
            m_dict.push_back(escape(*d));
        break;
    case ContractTable::Sessions: {
        const SessionTable& s = data.sessions;
        for (const Dictionary* d :
             {&s.deviceType.dictionary, &s.os.dictionary, &s.playerVersion.dictionary,
              &s.connectionType.dictionary, &s.cdn.dictionary, &s.isp.dictionary,
              &s.country.dictionary, &s.streamType.dictionary, &s.errorCode.dictionary})
            m_dict.push_back(escape(*d));
        break;
    }
    case ContractTable::Events:
        for (const Dictionary* d :
             {&data.events.eventType.dictionary, &data.events.errorCode.dictionary,
              &data.events.cdnPop.dictionary})
            m_dict.push_back(escape(*d));
        break;
    }
    m_ownIds = prepare(table == ContractTable::Users      ? data.users.userId
                       : table == ContractTable::Content  ? data.content.contentId
                       : table == ContractTable::Sessions ? data.sessions.sessionId
                                                          : data.events.eventId);
    m_userIds = prepare(data.users.userId);
    m_contentIds = prepare(data.content.contentId);
    m_sessionIds = prepare(data.sessions.sessionId);
    // 24 columns at most, each number/date/timestamp well within kMaxTimestamp bytes, plus
    // the block copies' slack.
    m_rowBound = 32 * kMaxTimestamp + kSlack;
    for (const auto& d : m_dict)
        m_rowBound += d.maxLength;
}

ContractRowFormatter::Escaped ContractRowFormatter::escape(const Dictionary& dictionary)
{
    Escaped e;
    for (const auto& v : dictionary.values()) {
        const std::string text = escaped(v);
        e.offset.push_back(static_cast<uint32_t>(e.arena.size()));
        e.length.push_back(static_cast<uint32_t>(text.size()));
        e.arena.insert(e.arena.end(), text.begin(), text.end());
        e.arena.resize((e.arena.size() + 15) / 16 * 16 + 16, '\0');
        e.maxLength = std::max(e.maxLength, text.size());
    }
    return e;
}

ContractRowFormatter::Ids ContractRowFormatter::prepare(const IdColumn& column)
{
    Ids ids;
    ids.column = &column;
    const std::string& prefix = column.prefix();
    ids.fast = column.isNumeric() && !needsQuotes(prefix) && prefix.size() < sizeof ids.prefix - 16;
    if (ids.fast) {
        std::memcpy(ids.prefix, prefix.data(), prefix.size());
        ids.prefixLength = prefix.size();
    }
    return ids;
}

const char* ContractRowFormatter::fileName(ContractTable table)
{
    switch (table) {
    case ContractTable::Users:
        return "users.csv";
    case ContractTable::Content:
        return "content.csv";
    case ContractTable::Sessions:
        return "sessions.csv";
    case ContractTable::Events:
        return "performance_events.csv";
    }
    return "";
}

size_t ContractRowFormatter::rows() const
{
    switch (m_table) {
    case ContractTable::Users:
        return m_data.users.size();
    case ContractTable::Content:
        return m_data.content.size();
    case ContractTable::Sessions:
        return m_data.sessions.size();
    case ContractTable::Events:
        return m_data.events.size();
    }
    return 0;
}

std::string ContractRowFormatter::header() const
{
    std::string h = headerOf(m_table);
    for (const ExtraColumn* extra : m_extras)
        h += "," + escaped(extra->name);
    return h + "\n";
}

void ContractRowFormatter::format(size_t begin, size_t end, CharBuffer& out) const
{
    formatRows(nullptr, begin, end, out);
}

void ContractRowFormatter::formatRows(const uint32_t* rows, size_t begin, size_t end,
                                      CharBuffer& out) const
{
    switch (m_table) {
    case ContractTable::Users:
        return formatUsers(begin, end, rows, out);
    case ContractTable::Content:
        return formatContent(begin, end, rows, out);
    case ContractTable::Sessions:
        return formatSessions(begin, end, rows, out);
    case ContractTable::Events:
        return formatEvents(begin, end, rows, out);
    }
}

char* ContractRowFormatter::putId(CharBuffer& out, char* p, const Ids& ids, int64_t row) const
{
    const IdColumn& column = *ids.column;
    if (row < 0 || static_cast<size_t>(row) >= column.size())
        return p; // a dangling reference prints as empty rather than reading out of bounds
    const auto r = static_cast<size_t>(row);
    if (ids.fast) {
        // prefix + zero-padded number: ≤ 47 + 10 chars, plus block-copy slack.
        p = out.reserve(p, sizeof ids.prefix + 16 + kSlack);
        p = putBlocks(p, ids.prefix, ids.prefixLength);
        return putUnsigned(p, column.numbers()[r], column.width());
    }
    char buf[64];
    const std::string_view v = column.value(r, buf);
    p = out.reserve(p, 2 * v.size() + 2 + kSlack);
    return putText(p, v);
}

char* ContractRowFormatter::putExtras(CharBuffer& out, char* p, size_t row) const
{
    for (const ExtraColumn* extra : m_extras) {
        *p++ = ',';
        if (row < extra->values.size()) {
            const std::string_view v = extra->values.value(row);
            p = out.reserve(p, 2 * v.size() + 3);
            // An empty kept-aside value was an empty field: write it back as one.
            if (!v.empty())
                p = putText(p, v);
        }
        p = out.reserve(p, 2);
    }
    return p;
}

void ContractRowFormatter::formatUsers(size_t begin, size_t end, const uint32_t* rows,
                                       CharBuffer& out) const
{
    const UserTable& u = m_data.users;
    char* p = out.begin();
    for (size_t k = begin; k < end; ++k) {
        const size_t i = rows ? rows[k] : k;
        p = putId(out, p, m_ownIds, static_cast<int64_t>(i));
        p = out.reserve(p, m_rowBound + m_extras.size() + 2);
        p = comma(p);
        p = u.signupDate[i] == kNullInt32 ? p : putDate(p, u.signupDate[i]);
        p = putCode(comma(p), u.country.codes[i], m_dict[0]);
        p = putInt16(comma(p), u.age[i]);
        p = putCode(comma(p), u.gender.codes[i], m_dict[1]);
        p = putCode(comma(p), u.plan.codes[i], m_dict[2]);
        p = putMilli32(comma(p), u.monthlyFeeMilli[i]);
        p = putCode(comma(p), u.preferredGenre.codes[i], m_dict[3]);
        p = putNullableBool(comma(p), u.churned[i]);
        p = comma(p);
        p = u.churnDate[i] == kNullInt32 ? p : putDate(p, u.churnDate[i]);
        p = putExtras(out, p, i);
        *p++ = '\n';
    }
    out.commit(p);
}

void ContractRowFormatter::formatContent(size_t begin, size_t end, const uint32_t* rows,
                                         CharBuffer& out) const
{
    const ContentTable& c = m_data.content;
    char* p = out.begin();
    for (size_t k = begin; k < end; ++k) {
        const size_t i = rows ? rows[k] : k;
        p = putId(out, p, m_ownIds, static_cast<int64_t>(i));
        const std::string_view title = c.title.value(i);
        p = out.reserve(p, m_rowBound + 2 * title.size() + m_extras.size() + 4);
        p = putText(comma(p), title);
        p = putCode(comma(p), c.contentType.codes[i], m_dict[0]);
        p = putCode(comma(p), c.genre.codes[i], m_dict[1]);
        p = putInt16(comma(p), c.releaseYear[i]);
        p = putInt32(comma(p), c.durationS[i]);
        p = putCode(comma(p), c.maturityRating.codes[i], m_dict[2]);
        p = putMilli32(comma(p), c.avgRatingMilli[i]);
        p = putCode(comma(p), c.language.codes[i], m_dict[3]);
        p = putNullableBool(comma(p), c.isOriginal[i]);
        p = putExtras(out, p, i);
        *p++ = '\n';
    }
    out.commit(p);
}

void ContractRowFormatter::formatSessions(size_t begin, size_t end, const uint32_t* rows,
                                          CharBuffer& out) const
{
    using namespace contract;
    const SessionTable& s = m_data.sessions;
    TimestampFormatter time;
    char* p = out.begin();
    for (size_t k = begin; k < end; ++k) {
        const size_t i = rows ? rows[k] : k;
        p = putId(out, p, m_ownIds, static_cast<int64_t>(i));
        p = putId(out, comma(out.reserve(p, 1)), m_userIds, s.userIndex[i]);
        p = putId(out, comma(out.reserve(p, 1)), m_contentIds, s.contentIndex[i]);
        p = out.reserve(p, m_rowBound + m_extras.size() + 2);
        p = comma(p);
        p = s.startTs[i] == kNullInt64 ? p : time.put(p, s.startTs[i]);
        p = putCode(comma(p), s.deviceType.codes[i], m_dict[0]);
        p = putCode(comma(p), s.os.codes[i], m_dict[1]);
        p = putCode(comma(p), s.playerVersion.codes[i], m_dict[2]);
        p = putCode(comma(p), s.connectionType.codes[i], m_dict[3]);
        p = putCode(comma(p), s.cdn.codes[i], m_dict[4]);
        p = putCode(comma(p), s.isp.codes[i], m_dict[5]);
        p = putCode(comma(p), s.country.codes[i], m_dict[6]);
        p = putCode(comma(p), s.streamType.codes[i], m_dict[7]);
        p = putInt32(comma(p), s.startupTimeMs[i]);
        p = putMilli32(comma(p), s.playingTimeMs[i]);
        p = putInt32(comma(p), s.rebufferCount[i]);
        p = putInt32(comma(p), s.rebufferTimeMs[i]);
        p = putMilli32(comma(p), s.avgBitrateMilliKbps[i]);
        p = putInt32(comma(p), s.bitrateSwitches[i]);
        p = comma(p);
        if (const uint8_t r = s.resolutionCode[i]; r < kResolutions.size())
            p = putInt(p, kResolutions[r]);
        const uint8_t f = s.flags[i];
        p = putBool(comma(p), f & StartFailure);
        p = putBool(comma(p), f & ExitBeforeStart);
        p = putBool(comma(p), f & PlaybackFailure);
        p = putCode(comma(p), s.errorCode.codes[i], m_dict[8]);
        p = putBool(comma(p), f & Completed);
        p = putExtras(out, p, i);
        *p++ = '\n';
    }
    out.commit(p);
}

void ContractRowFormatter::formatEvents(size_t begin, size_t end, const uint32_t* rows,
                                        CharBuffer& out) const
{
    const EventTable& e = m_data.events;
    TimestampFormatter time;
    char* p = out.begin();
    for (size_t k = begin; k < end; ++k) {
        const size_t i = rows ? rows[k] : k;
        p = putId(out, p, m_ownIds, static_cast<int64_t>(i));
        p = putId(out, comma(out.reserve(p, 1)), m_sessionIds, e.sessionIndex[i]);
        p = out.reserve(p, m_rowBound + m_extras.size() + 2);
        p = comma(p);
        p = e.ts[i] == kNullInt64 ? p : time.put(p, e.ts[i]);
        p = putCode(comma(p), e.eventType.codes[i], m_dict[0]);
        p = putInt32(comma(p), e.durationMs[i]);
        p = putInt32(comma(p), e.bitrateKbps[i]);
        p = putCode(comma(p), e.errorCode.codes[i], m_dict[1]);
        p = putNullableBool(comma(p), e.fatal[i]);
        p = putCode(comma(p), e.cdnPop.codes[i], m_dict[2]);
        p = putExtras(out, p, i);
        *p++ = '\n';
    }
    out.commit(p);
}

} // namespace streamlens::generator
