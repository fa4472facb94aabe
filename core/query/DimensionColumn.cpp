// SPDX-License-Identifier: MIT
#include "query/DimensionColumn.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <unordered_map>

namespace streamlens::query {

namespace {

// Start times spread over more days than this get materialised codes (keys::RowCodes)
// instead of a direct offset, so a stray timestamp cannot create millions of groups.
constexpr int64_t kMaxDirectDays = int64_t(1) << 16;

template <typename Code>
std::vector<uint32_t> codesOf(const CategoricalColumn<Code>& column, uint32_t nullCode)
{
    std::vector<uint32_t> out(column.codes.size());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = column.codes[i] < nullCode ? column.codes[i] : nullCode;
    return out;
}

std::vector<uint32_t> boolCodes(const std::vector<uint8_t>& values)
{
    std::vector<uint32_t> out(values.size());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = values[i] <= 1 ? values[i] : 2;
    return out;
}

bool sizeMismatch(size_t column, size_t rows, std::string_view what, std::string* error)
{
    if (column == rows)
        return false;
    if (error)
        *error = "inconsistent " + std::string(what) + " table: a column has " +
                 std::to_string(column) + " values for " + std::to_string(rows) + " rows";
    return true;
}

} // namespace

std::optional<DimensionColumn> DimensionColumn::resolve(const Dataset& dataset, DimensionId id,
                                                        std::string* error,
                                                        const QueryOptions& options)
{
    const SessionTable& s = dataset.sessions;
    const UserTable& u = dataset.users;
    const ContentTable& c = dataset.content;
    DimensionColumn d;
    d.m_id = id;

    const auto small = [&](const SmallCategorical& col) {
        d.m_kind = Kind::Code8;
        d.m_codes8 = col.codes.data();
        d.m_dictionary = &col.dictionary;
        d.m_nullCode = static_cast<uint32_t>(col.dictionary.size());
        return !sizeMismatch(col.size(), s.size(), "sessions", error);
    };
    const auto wide = [&](const Categorical& col) {
        d.m_kind = Kind::Code16;
        d.m_codes16 = col.codes.data();
        d.m_dictionary = &col.dictionary;
        d.m_nullCode = static_cast<uint32_t>(col.dictionary.size());
        return !sizeMismatch(col.size(), s.size(), "sessions", error);
    };
    const auto joined = [&](bool user, std::vector<uint32_t> codes, uint32_t nullCode) {
        d.m_kind = Kind::Joined;
        d.m_joinIndex = user ? s.userIndex.data() : s.contentIndex.data();
        d.m_nullCode = nullCode;
        const size_t rows = user ? u.size() : c.size();
        d.m_joinedCodes = std::move(codes);
        if (nullCode <= UINT8_MAX)
            d.m_joined8.assign(d.m_joinedCodes.begin(), d.m_joinedCodes.end());
        else if (nullCode <= UINT16_MAX)
            d.m_joined16.assign(d.m_joinedCodes.begin(), d.m_joinedCodes.end());
        return !sizeMismatch(d.m_joinedCodes.size(), rows, user ? "users" : "content", error) &&
               !sizeMismatch(user ? s.userIndex.size() : s.contentIndex.size(), s.size(),
                             "sessions", error);
    };
    const auto labels = [&](auto names) {
        d.m_labels.assign(names.begin(), names.end());
        return static_cast<uint32_t>(d.m_labels.size());
    };
    const auto userDictionary = [&](const auto& col) {
        d.m_dictionary = &col.dictionary;
        const auto n = static_cast<uint32_t>(col.dictionary.size());
        return joined(true, codesOf(col, n), n);
    };
    const auto contentDictionary = [&](const auto& col) {
        d.m_dictionary = &col.dictionary;
        const auto n = static_cast<uint32_t>(col.dictionary.size());
        return joined(false, codesOf(col, n), n);
    };

    bool ok = true;
    using enum DimensionId;
    switch (id) {
    case DeviceType:
        ok = small(s.deviceType);
        break;
    case ConnectionType:
        ok = small(s.connectionType);
        break;
    case StreamType:
        ok = small(s.streamType);
        break;
    case Os:
        ok = wide(s.os);
        break;
    case PlayerVersion:
        ok = wide(s.playerVersion);
        break;
    case Cdn:
        ok = wide(s.cdn);
        break;
    case Isp:
        ok = wide(s.isp);
        break;
    case Country:
        ok = wide(s.country);
        break;
    case ErrorCode:
        ok = wide(s.errorCode);
        break;
    case Resolution: {
        d.m_kind = Kind::Code8;
        d.m_codes8 = s.resolutionCode.data();
        std::vector<std::string> names;
        for (int lines : contract::kResolutions)
            names.push_back(std::to_string(lines));
        d.m_nullCode = labels(names);
        ok = !sizeMismatch(s.resolutionCode.size(), s.size(), "sessions", error);
        break;
    }
    case Outcome:
        d.m_kind = Kind::Outcome;
        d.m_startupMs = s.startupTimeMs.data();
        d.m_flags = s.flags.data();
        d.m_nullCode = labels(kOutcomes);
        ok = !sizeMismatch(s.flags.size(), s.size(), "sessions", error) &&
             !sizeMismatch(s.startupTimeMs.size(), s.size(), "sessions", error);
        break;
    case Plan:
        ok = userDictionary(u.plan);
        break;
    case Gender:
        ok = userDictionary(u.gender);
        break;
    case UserCountry:
        ok = userDictionary(u.country);
        break;
    case PreferredGenre:
        ok = userDictionary(u.preferredGenre);
        break;
    case Churned:
        ok = joined(true, boolCodes(u.churned), labels(std::array{"false", "true"}));
        break;
    case AgeBand: {
        std::vector<uint32_t> codes(u.age.size());
        const uint32_t n = labels(kAgeBands);
        for (size_t i = 0; i < codes.size(); ++i) {
            const int band = u.age[i] == kNullInt16 ? -1 : ageBand(u.age[i]);
            codes[i] = band < 0 ? n : static_cast<uint32_t>(band);
        }
        ok = joined(true, std::move(codes), n);
        break;
    }
    case ContentType:
        ok = contentDictionary(c.contentType);
        break;
    case Genre:
        ok = contentDictionary(c.genre);
        break;
    case Language:
        ok = contentDictionary(c.language);
        break;
    case MaturityRating:
        ok = contentDictionary(c.maturityRating);
        break;
    case IsOriginal:
        ok = joined(false, boolCodes(c.isOriginal), labels(std::array{"false", "true"}));
        break;
    case ContentId: {
        std::vector<uint32_t> codes(c.contentId.size());
        for (size_t i = 0; i < codes.size(); ++i) {
            codes[i] = static_cast<uint32_t>(i);
            d.m_labels.push_back(c.contentId.value(i));
        }
        const auto n = static_cast<uint32_t>(codes.size());
        ok = joined(false, std::move(codes), n);
        break;
    }
    case Title: {
        // Titles repeat (remakes, episodes named alike): one group per distinct text.
        std::unordered_map<std::string_view, uint32_t> index;
        std::vector<uint32_t> codes(c.title.size());
        for (size_t i = 0; i < codes.size(); ++i) {
            const std::string_view t = c.title.value(i);
            const auto [it, inserted] = index.emplace(t, static_cast<uint32_t>(index.size()));
            if (inserted)
                d.m_labels.emplace_back(t);
            codes[i] = it->second;
        }
        ok = joined(false, std::move(codes), static_cast<uint32_t>(d.m_labels.size()));
        break;
    }
    case Day:
        ok = d.resolveDay(dataset, options);
        break;
    case Hour:
        d.m_kind = Kind::Hour;
        d.m_ts = s.startTs.data();
        d.m_nullCode = 24;
        break;
    case Weekday:
        d.m_kind = Kind::Weekday;
        d.m_ts = s.startTs.data();
        d.m_nullCode = labels(kWeekdays);
        break;
    }
    if (!ok)
        return std::nullopt;
    return d;
}

bool DimensionColumn::resolveDay(const Dataset& dataset, const QueryOptions& options)
{
    const std::vector<int64_t>& ts = dataset.sessions.startTs;
    m_ts = ts.data();
    const int threads = resolveThreads(options.threads);
    std::vector<int64_t> lo(threads, std::numeric_limits<int64_t>::max());
    std::vector<int64_t> hi(threads, std::numeric_limits<int64_t>::min());
    parallelFor(ts.size(), threads, options.minRowsPerThread, [&](size_t b, size_t e, int w) {
        int64_t mn = lo[w], mx = hi[w];
        for (size_t i = b; i < e; ++i) {
            mn = std::min(mn, ts[i]);
            mx = std::max(mx, ts[i]);
        }
        lo[w] = mn;
        hi[w] = mx;
    });
    const int64_t minTs = *std::min_element(lo.begin(), lo.end());
    const int64_t maxTs = *std::max_element(hi.begin(), hi.end());
    if (ts.empty()) {
        m_kind = Kind::Day;
        m_nullCode = 0;
        return true;
    }
    m_baseDay = floorDiv(minTs, kMsPerDay);
    const int64_t span = floorDiv(maxTs, kMsPerDay) - m_baseDay + 1;
    if (span <= kMaxDirectDays) {
        m_kind = Kind::Day;
        m_nullCode = static_cast<uint32_t>(span);
        return true;
    }
    // Few distinct days over a huge span: number the days that occur.
    std::vector<int64_t> days(ts.size());
    for (size_t i = 0; i < ts.size(); ++i)
        days[i] = floorDiv(ts[i], kMsPerDay);
    m_days = days;
    std::sort(m_days.begin(), m_days.end());
    m_days.erase(std::unique(m_days.begin(), m_days.end()), m_days.end());
    m_rowCodes.resize(ts.size());
    for (size_t i = 0; i < ts.size(); ++i)
        m_rowCodes[i] = static_cast<uint32_t>(
            std::lower_bound(m_days.begin(), m_days.end(), days[i]) - m_days.begin());
    m_kind = Kind::RowCodes;
    m_nullCode = static_cast<uint32_t>(m_days.size());
    return true;
}

std::string DimensionColumn::label(uint32_t code) const
{
    if (code >= m_nullCode)
        return {};
    switch (m_kind) {
    case Kind::Day:
        return formatIsoDate(m_baseDay + code);
    case Kind::RowCodes:
        return formatIsoDate(m_days[code]);
    case Kind::Hour:
        return std::to_string(code);
    default:
        return m_dictionary ? m_dictionary->value(code) : m_labels[code];
    }
}

std::optional<uint32_t> DimensionColumn::findCode(std::string_view value) const
{
    if (value.empty())
        return m_nullCode;
    if (m_dictionary) {
        const uint32_t code = m_dictionary->find(value);
        if (code < m_nullCode)
            return code;
        return std::nullopt;
    }
    switch (m_kind) {
    case Kind::Day:
    case Kind::RowCodes: {
        const auto day = parseIsoDate(value);
        if (!day)
            return std::nullopt;
        if (m_kind == Kind::Day) {
            const int64_t code = *day - m_baseDay;
            if (code >= 0 && code < m_nullCode)
                return static_cast<uint32_t>(code);
            return std::nullopt;
        }
        const auto it = std::lower_bound(m_days.begin(), m_days.end(), *day);
        if (it != m_days.end() && *it == *day)
            return static_cast<uint32_t>(it - m_days.begin());
        return std::nullopt;
    }
    case Kind::Hour: {
        uint32_t h = 0;
        const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), h);
        if (ec == std::errc() && p == value.data() + value.size() && h < 24)
            return h;
        return std::nullopt;
    }
    default:
        for (size_t i = 0; i < m_labels.size(); ++i)
            if (m_labels[i] == value)
                return static_cast<uint32_t>(i);
        return std::nullopt;
    }
}

int64_t DimensionColumn::naturalRank(uint32_t code) const
{
    // Resolutions are stored in the contract's order (2160 first); charts read low to high.
    if (m_id == DimensionId::Resolution && code < contract::kResolutions.size())
        return contract::kResolutions[code];
    return code;
}

} // namespace streamlens::query
