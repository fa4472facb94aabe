// SPDX-License-Identifier: MIT
#include "io/ContractSchema.h"

#include <algorithm>
#include <array>
#include <filesystem>

namespace streamlens::io {

namespace {

constexpr std::array<ColumnDef, kUserColumns> kUsers = {{
    {"user_id", true},
    {"signup_date", true},
    {"country", true},
    {"age", false},
    {"gender", false},
    {"plan", true},
    {"monthly_fee", true},
    {"preferred_genre", false},
    {"churned", true},
    {"churn_date", false},
}};

constexpr std::array<ColumnDef, kContentColumns> kContent = {{
    {"content_id", true},
    {"title", true},
    {"content_type", true},
    {"genre", true},
    {"release_year", false},
    {"duration_s", true},
    {"maturity_rating", false},
    {"avg_rating", false},
    {"language", false},
    {"is_original", false},
}};

// startup_time_ms, avg_bitrate_kbps and resolution_p are required "iff started": the columns
// must exist, their values are empty for sessions that did not start.
constexpr std::array<ColumnDef, kSessionColumns> kSessions = {{
    {"session_id", true},
    {"user_id", true},
    {"content_id", true},
    {"start_ts", true},
    {"device_type", true},
    {"os", false},
    {"player_version", false},
    {"connection_type", true},
    {"cdn", true},
    {"isp", false},
    {"country", true},
    {"stream_type", true},
    {"startup_time_ms", true},
    {"playing_time_s", true},
    {"rebuffer_count", true},
    {"rebuffer_time_ms", true},
    {"avg_bitrate_kbps", true},
    {"bitrate_switches", true},
    {"resolution_p", true},
    {"start_failure", true},
    {"exit_before_start", true},
    {"playback_failure", true},
    {"error_code", false},
    {"completed", true},
}};

// duration_ms, bitrate_kbps, error_code and fatal are required for some event types only;
// a file without one of these columns can still hold events of the other types.
constexpr std::array<ColumnDef, kEventColumns> kEvents = {{
    {"event_id", true},
    {"session_id", true},
    {"ts", true},
    {"event_type", true},
    {"duration_ms", false},
    {"bitrate_kbps", false},
    {"error_code", false},
    {"fatal", false},
    {"cdn_pop", false},
}};

std::string lowerTrimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    return out;
}

std::string trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

std::string_view tableName(TableKind table)
{
    switch (table) {
    case TableKind::Users:
        return "users";
    case TableKind::Content:
        return "content";
    case TableKind::Sessions:
        return "sessions";
    case TableKind::Events:
        return "performance_events";
    }
    return "unknown";
}

std::span<const ColumnDef> columnsOf(TableKind table)
{
    switch (table) {
    case TableKind::Users:
        return kUsers;
    case TableKind::Content:
        return kContent;
    case TableKind::Sessions:
        return kSessions;
    case TableKind::Events:
        return kEvents;
    }
    return {};
}

std::optional<TableKind> tableFromFileName(std::string_view path)
{
    const std::string stem = lowerTrimmed(std::filesystem::path(std::string(path)).stem().string());
    for (TableKind t : kTableKinds)
        if (stem == tableName(t))
            return t;
    return std::nullopt;
}

std::optional<TableKind> tableFromHeader(std::span<const std::string> header)
{
    auto has = [&](std::string_view name) {
        return std::any_of(header.begin(), header.end(),
                           [&](const std::string& h) { return lowerTrimmed(h) == name; });
    };
    if (has("event_id"))
        return TableKind::Events;
    if (has("session_id"))
        return TableKind::Sessions;
    if (has("content_id"))
        return TableKind::Content;
    if (has("user_id"))
        return TableKind::Users;
    return std::nullopt;
}

std::string ColumnMapping::columnName(size_t index) const
{
    if (index < header.size() && !header[index].empty())
        return header[index];
    return "column " + std::to_string(index + 1);
}

bool mapHeader(TableKind table, std::span<const std::string> header, ColumnMapping& mapping,
               std::string& error)
{
    const auto defs = columnsOf(table);
    mapping = ColumnMapping{};
    mapping.table = table;
    mapping.fieldCount = header.size();
    mapping.fileIndex.assign(defs.size(), -1);
    std::vector<std::string> seen;
    for (size_t i = 0; i < header.size(); ++i) {
        mapping.header.push_back(trimmed(header[i]));
        const std::string key = lowerTrimmed(header[i]);
        if (!key.empty() && std::find(seen.begin(), seen.end(), key) != seen.end()) {
            error = "duplicate column name \"" + mapping.header.back() + "\"";
            return false;
        }
        seen.push_back(key);
        auto it = std::find_if(defs.begin(), defs.end(),
                               [&](const ColumnDef& d) { return d.name == key; });
        if (it == defs.end())
            mapping.unknownIndexes.push_back(static_cast<int>(i));
        else
            mapping.fileIndex[size_t(it - defs.begin())] = static_cast<int>(i);
    }
    std::string missing;
    for (size_t c = 0; c < defs.size(); ++c) {
        if (defs[c].required && mapping.fileIndex[c] < 0)
            missing += (missing.empty() ? "" : ", ") + std::string(defs[c].name);
    }
    if (!missing.empty()) {
        error = "missing required column" +
                std::string(missing.find(',') == std::string::npos ? " " : "s ") + missing;
        return false;
    }
    return true;
}

} // namespace streamlens::io
