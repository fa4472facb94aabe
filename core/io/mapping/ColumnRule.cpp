// SPDX-License-Identifier: MIT
#include "io/mapping/ColumnRule.h"

#include <QJsonArray>

namespace streamlens::io::mapping {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string s(const QJsonValue& v)
{
    return v.toString().toStdString();
}
} // namespace

QJsonObject ColumnRule::toJson() const
{
    QJsonObject o;
    switch (source) {
    case Source::None:
        break;
    case Source::Header:
        o["source"] = q(header);
        break;
    case Source::Position:
        o["source"] = position + 1;
        break;
    case Source::Constant:
        o["constant"] = q(constant);
        break;
    }
    if (!nullValues.empty()) {
        QJsonArray a;
        for (const auto& v : nullValues)
            a.append(q(v));
        o["null_values"] = a;
    }
    if (!trim)
        o["trim"] = false;
    if (!split.empty())
        o["split"] = q(split);
    if (caseFold != Case::Keep)
        o["case"] = caseFold == Case::Lower ? "lower" : "upper";
    if (!valueMap.empty()) {
        QJsonObject m;
        for (const auto& [from, to] : valueMap)
            m[q(from)] = q(to);
        o["map"] = m;
    }
    if (unmapped != Unmapped::Keep)
        o["unmapped"] = unmapped == Unmapped::Reject ? "reject" : "null";
    if (countryName)
        o["country"] = "name";
    if (durationText)
        o["duration"] = QJsonObject{{"per_season_s", static_cast<qint64>(secondsPerSeason)}};
    if (!dateFormat.empty())
        o["date_format"] = q(dateFormat);
    if (!idTemplate.empty())
        o["template"] = q(idTemplate);
    return o;
}

bool ColumnRule::fromJson(const QJsonObject& json, ColumnRule& rule, std::string* error)
{
    auto fail = [&](std::string why) {
        if (error)
            *error = std::move(why);
        return false;
    };
    static const QStringList kKeys = {"source",  "constant", "null_values", "trim",
                                      "split",   "case",     "map",         "unmapped",
                                      "country", "duration", "date_format", "template"};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!kKeys.contains(it.key()))
            return fail("unknown key \"" + it.key().toStdString() + "\"");
    rule = ColumnRule{};
    if (json.contains("source") && json.contains("constant"))
        return fail("give either \"source\" or \"constant\", not both");
    const QJsonValue source = json.value("source");
    if (source.isString()) {
        rule.source = Source::Header;
        rule.header = s(source);
        if (rule.header.empty())
            return fail("\"source\" is empty");
    } else if (source.isDouble()) {
        const double p = source.toDouble();
        if (p < 1 || p != double(int(p)))
            return fail("\"source\" as a number is a 1-based column position");
        rule.source = Source::Position;
        rule.position = int(p) - 1;
    } else if (!source.isUndefined()) {
        return fail("\"source\" is a column name or a 1-based position");
    }
    if (json.contains("constant")) {
        rule.source = Source::Constant;
        rule.constant = s(json.value("constant"));
    }
    for (const auto& v : json.value("null_values").toArray())
        rule.nullValues.push_back(s(v));
    rule.trim = json.value("trim").toBool(true);
    rule.split = s(json.value("split"));
    const QString c = json.value("case").toString();
    if (c == "lower")
        rule.caseFold = Case::Lower;
    else if (c == "upper")
        rule.caseFold = Case::Upper;
    else if (!c.isEmpty() && c != "keep")
        return fail("\"case\" is lower, upper or keep");
    const QJsonObject map = json.value("map").toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        rule.valueMap.emplace_back(it.key().toStdString(), s(it.value()));
    const QString unmapped = json.value("unmapped").toString();
    if (unmapped == "reject")
        rule.unmapped = Unmapped::Reject;
    else if (unmapped == "null")
        rule.unmapped = Unmapped::Null;
    else if (!unmapped.isEmpty() && unmapped != "keep")
        return fail("\"unmapped\" is keep, reject or null");
    const QJsonValue country = json.value("country");
    if (!country.isUndefined()) {
        if (country.toString() != "name" && !country.isBool())
            return fail("\"country\" is \"name\"");
        rule.countryName = country.isBool() ? country.toBool() : true;
    }
    const QJsonValue duration = json.value("duration");
    if (duration.isBool()) {
        rule.durationText = duration.toBool();
    } else if (duration.isObject()) {
        rule.durationText = true;
        const double perSeason = duration.toObject().value("per_season_s").toDouble(0);
        if (perSeason < 0)
            return fail("\"per_season_s\" must not be negative");
        rule.secondsPerSeason = int64_t(perSeason);
    } else if (!duration.isUndefined()) {
        return fail("\"duration\" is true or {\"per_season_s\": N}");
    }
    rule.dateFormat = s(json.value("date_format"));
    rule.idTemplate = s(json.value("template"));
    if (!rule.idTemplate.empty() && rule.idTemplate.find("{}") == std::string::npos)
        return fail("\"template\" must contain {} where the value goes");
    return true;
}

} // namespace streamlens::io::mapping
