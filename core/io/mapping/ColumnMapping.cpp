// SPDX-License-Identifier: MIT
#include "io/mapping/ColumnMapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace streamlens::io::mapping {

namespace {

constexpr int kFormatVersion = 1;

// Lower case without spaces, underscores, dashes and dots: "Join_Date" and "join date" meet.
std::string squeeze(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t')
            continue;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
    }
    return out;
}

struct Synonym {
    TableKind table;
    std::string_view column;
    std::string_view name; // squeezed
};

// Names other tools give these columns (Kaggle-style exports, BI tools).
constexpr Synonym kSynonyms[] = {
    {TableKind::Users, "user_id", "userid"},
    {TableKind::Users, "user_id", "customerid"},
    {TableKind::Users, "user_id", "id"},
    {TableKind::Users, "signup_date", "joindate"},
    {TableKind::Users, "signup_date", "signup"},
    {TableKind::Users, "signup_date", "createdat"},
    {TableKind::Users, "plan", "subscriptiontype"},
    {TableKind::Users, "plan", "subscription"},
    {TableKind::Users, "monthly_fee", "monthlyrevenue"},
    {TableKind::Users, "monthly_fee", "fee"},
    {TableKind::Users, "monthly_fee", "price"},
    {TableKind::Users, "preferred_genre", "favoritegenre"},
    {TableKind::Content, "content_id", "showid"},
    {TableKind::Content, "content_id", "titleid"},
    {TableKind::Content, "content_id", "id"},
    {TableKind::Content, "content_type", "type"},
    {TableKind::Content, "genre", "listedin"},
    {TableKind::Content, "genre", "genres"},
    {TableKind::Content, "duration_s", "duration"},
    {TableKind::Content, "duration_s", "runtime"},
    {TableKind::Content, "maturity_rating", "rating"},
    {TableKind::Content, "language", "originallanguage"},
    {TableKind::Sessions, "start_ts", "starttime"},
    {TableKind::Sessions, "start_ts", "timestamp"},
    {TableKind::Sessions, "device_type", "device"},
    {TableKind::Events, "ts", "timestamp"},
    {TableKind::Events, "event_type", "type"},
};

} // namespace

ColumnMapping::ColumnMapping(TableKind kind)
    : table(kind)
    , rules(columnsOf(kind).size())
{
}

ColumnRule& ColumnMapping::rule(std::string_view contractColumn)
{
    const auto defs = columnsOf(table);
    rules.resize(defs.size());
    for (size_t c = 0; c < defs.size(); ++c)
        if (defs[c].name == contractColumn)
            return rules[c];
    // An unknown name is a programming error; in release builds the edit goes nowhere.
    Q_ASSERT_X(false, "ColumnMapping::rule", "not a column of the mapping's table");
    thread_local ColumnRule none;
    none = ColumnRule{};
    return none;
}

std::vector<std::string> ColumnMapping::unmappedRequired() const
{
    std::vector<std::string> missing;
    const auto defs = columnsOf(table);
    for (size_t c = 0; c < defs.size(); ++c) {
        // startup_time_ms and the other "iff started" columns are required columns whose
        // values may be empty; they still need a source.
        if (defs[c].required && (c >= rules.size() || !rules[c].isSet()))
            missing.emplace_back(defs[c].name);
    }
    return missing;
}

ColumnMapping ColumnMapping::autoMatch(TableKind kind, const std::vector<std::string>& header)
{
    ColumnMapping m(kind);
    const auto defs = columnsOf(kind);
    std::vector<bool> used(header.size(), false);
    auto take = [&](size_t c, size_t i) {
        m.rules[c].source = ColumnRule::Source::Header;
        m.rules[c].header = header[i];
        used[i] = true;
    };
    // Exact names first, so a synonym never takes a column another contract column owns.
    for (size_t c = 0; c < defs.size(); ++c)
        for (size_t i = 0; i < header.size(); ++i)
            if (!used[i] && !m.rules[c].isSet() && squeeze(header[i]) == squeeze(defs[c].name))
                take(c, i);
    for (const Synonym& s : kSynonyms) {
        if (s.table != kind)
            continue;
        auto def = std::find_if(defs.begin(), defs.end(),
                                [&](const ColumnDef& d) { return d.name == s.column; });
        const size_t c = size_t(def - defs.begin());
        if (def == defs.end() || m.rules[c].isSet())
            continue;
        for (size_t i = 0; i < header.size(); ++i)
            if (!used[i] && squeeze(header[i]) == s.name) {
                take(c, i);
                break;
            }
    }
    return m;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    const auto defs = columnsOf(table);
    for (size_t c = 0; c < defs.size() && c < rules.size(); ++c)
        if (rules[c].isSet())
            columns[QString::fromUtf8(defs[c].name.data(), qsizetype(defs[c].name.size()))] =
                rules[c].toJson();
    QJsonObject o;
    o["streamlens_mapping"] = kFormatVersion;
    o["table"] = QString::fromUtf8(tableName(table).data());
    if (!description.empty())
        o["description"] = QString::fromStdString(description);
    o["format"] = format.toJson();
    o["keep_unmapped"] = keepUnmapped;
    o["columns"] = columns;
    return o;
}

bool ColumnMapping::fromJson(const QJsonObject& json, ColumnMapping& mapping, std::string* error)
{
    auto fail = [&](std::string why) {
        if (error)
            *error = std::move(why);
        return false;
    };
    const int version = json.value("streamlens_mapping").toInt(0);
    if (version != kFormatVersion)
        return fail(version > kFormatVersion
                        ? "written by a newer StreamLens (mapping version " +
                              std::to_string(version) + ")"
                        : "not a StreamLens column mapping (\"streamlens_mapping\": 1 missing)");
    const auto kind = tableFromName(json.value("table").toString().toStdString());
    if (!kind)
        return fail("\"table\" must be users, content, sessions or performance_events");
    ColumnMapping m(*kind);
    m.description = json.value("description").toString().toStdString();
    m.keepUnmapped = json.value("keep_unmapped").toBool(true);
    std::string formatError;
    m.format = CsvFormat::fromJson(json.value("format").toObject(), &formatError);
    if (!formatError.empty())
        return fail("format: " + formatError);
    const QJsonObject columns = json.value("columns").toObject();
    const auto defs = columnsOf(*kind);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const std::string name = it.key().toStdString();
        auto def = std::find_if(defs.begin(), defs.end(),
                                [&](const ColumnDef& d) { return d.name == name; });
        if (def == defs.end())
            return fail("\"" + name + "\" is not a column of " + std::string(tableName(*kind)));
        std::string ruleError;
        if (!ColumnRule::fromJson(it.value().toObject(), m.rules[size_t(def - defs.begin())],
                                  &ruleError))
            return fail("column " + name + ": " + ruleError);
    }
    mapping = std::move(m);
    return true;
}

bool ColumnMapping::save(const std::string& path, std::string* error) const
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = "cannot write " + path + ": " + file.errorString().toStdString();
        return false;
    }
    return true;
}

bool ColumnMapping::load(const std::string& path, ColumnMapping& mapping, std::string* error)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = "cannot read " + path + ": " + file.errorString().toStdString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = path + ": not JSON (" + parseError.errorString().toStdString() + " at byte " +
                     std::to_string(parseError.offset) + ")";
        return false;
    }
    std::string why;
    if (!fromJson(doc.object(), mapping, &why)) {
        if (error)
            *error = path + ": " + why;
        return false;
    }
    return true;
}

std::optional<TableKind> tableFromName(std::string_view name)
{
    if (name == "events")
        return TableKind::Events;
    for (TableKind t : kTableKinds)
        if (tableName(t) == name)
            return t;
    return std::nullopt;
}

} // namespace streamlens::io::mapping
