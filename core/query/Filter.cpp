// SPDX-License-Identifier: MIT
#include "query/Filter.h"

#include "query/UtcCalendar.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace streamlens::query {

namespace {

constexpr std::string_view kStartTs = "start_ts";

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool fail(std::string* error, std::string message)
{
    if (error)
        *error = std::move(message);
    return false;
}

// Splits at sep where it is not inside double quotes; false on an unterminated quote.
bool splitOutsideQuotes(std::string_view s, char sep, std::vector<std::string_view>& parts)
{
    bool quoted = false;
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (s[i] == sep && !quoted) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(s.substr(start));
    return !quoted;
}

bool parseValues(std::string_view text, std::vector<std::string>& values, std::string* error)
{
    std::vector<std::string_view> items;
    if (!splitOutsideQuotes(text, ',', items))
        return fail(error, "unterminated quote in '" + std::string(text) + "'");
    for (auto item : items) {
        item = trim(item);
        if (item.empty() || item.front() != '"') {
            values.emplace_back(item);
            continue;
        }
        std::string v;
        size_t i = 1;
        for (; i < item.size(); ++i) {
            if (item[i] != '"') {
                v += item[i];
            } else if (i + 1 < item.size() && item[i + 1] == '"') {
                v += '"';
                ++i;
            } else {
                break;
            }
        }
        if (i + 1 != item.size())
            return fail(error,
                        "unexpected text after the closing quote in '" + std::string(item) + "'");
        values.push_back(std::move(v));
    }
    return true;
}

std::string quoteValue(const std::string& v)
{
    const bool plain = v.find_first_of(",\";") == std::string::npos &&
                       (v.empty() || (v.front() != ' ' && v.front() != '\t' && v.back() != ' ' &&
                                      v.back() != '\t'));
    if (plain)
        return v;
    std::string out = "\"";
    for (char c : v) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + '"';
}

std::string validColumns()
{
    std::string s = "; valid columns: ";
    for (const auto& d : dimensionInfos())
        s += std::string(d.name) + ", ";
    for (const auto& m : measureInfos())
        s += std::string(m.name) + ", ";
    return s + std::string(kStartTs);
}

std::string timeText(int64_t ms)
{
    return floorMod(ms, kMsPerDay) == 0 ? formatIsoDate(floorDiv(ms, kMsPerDay))
                                        : formatIsoTimestamp(ms);
}

template <typename T> std::optional<T> tighter(std::optional<T> a, std::optional<T> b, bool lower)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return lower ? std::max(*a, *b) : std::min(*a, *b);
}

} // namespace

std::optional<Filter> Filter::parseWhere(const std::vector<std::string>& clauses,
                                         std::string* error)
{
    Filter f;
    for (const auto& c : clauses)
        if (!f.addClause(c, error))
            return std::nullopt;
    return f;
}

std::optional<Filter> Filter::parse(std::string_view text, std::string* error)
{
    std::vector<std::string_view> parts;
    if (!splitOutsideQuotes(text, ';', parts)) {
        fail(error, "unterminated quote in filter '" + std::string(text) + "'");
        return std::nullopt;
    }
    Filter f;
    for (auto p : parts)
        if (!trim(p).empty() && !f.addClause(p, error))
            return std::nullopt;
    return f;
}

bool Filter::addClause(std::string_view clause, std::string* error)
{
    clause = trim(clause);
    const size_t pos = clause.find_first_of("!<>=");
    if (pos == std::string_view::npos)
        return fail(error, "no operator in '" + std::string(clause) +
                               "'; expected COL=V[,V...], COL!=V[,V...], COL>=X, COL>X, "
                               "COL<X or COL<=X");
    const std::string_view name = trim(clause.substr(0, pos));
    if (name.empty())
        return fail(error, "missing column name in '" + std::string(clause) + "'");
    std::string_view op;
    for (std::string_view candidate : {"!=", ">=", "<=", "=", ">", "<"})
        if (clause.substr(pos, candidate.size()) == candidate) {
            op = candidate;
            break;
        }
    if (op.empty())
        return fail(error, "bad operator in '" + std::string(clause) + "'");
    const std::string_view rest = clause.substr(pos + op.size());

    if (const auto dim = findDimension(name)) {
        if (op != "=" && op != "!=")
            return fail(error, std::string(name) + " is a dimension: use = or != in '" +
                                   std::string(clause) + "'");
        std::vector<std::string> values;
        if (!parseValues(rest, values, error))
            return false;
        return addCondition(*dim, values, op == "!=", error);
    }

    const std::string_view value = trim(rest);
    if (const auto measure = findMeasure(name)) {
        const int64_t scale = measureInfo(*measure).scale;
        if (op == "!=")
            return fail(error, std::string(name) + " is a measure: use =, >=, >, < or <=");
        const auto lo = scaledFloor(value, scale), hi = scaledCeil(value, scale);
        if (!lo || !hi)
            return fail(error,
                        "invalid number '" + std::string(value) + "' for " + std::string(name));
        if (op == "=")
            addRange(*measure, *hi, *lo + 1);
        else if (op == ">=")
            addRange(*measure, *hi, std::nullopt);
        else if (op == ">")
            addRange(*measure, *lo + 1, std::nullopt);
        else if (op == "<")
            addRange(*measure, std::nullopt, *hi);
        else
            addRange(*measure, std::nullopt, *lo + 1);
        return true;
    }

    if (name == kStartTs) {
        if (op == "=" || op == "!=")
            return fail(error, "start_ts takes >=, >, < or <= (or use day=YYYY-MM-DD)");
        const auto ms = parseIsoTimestamp(value);
        if (!ms)
            return fail(error, "invalid timestamp '" + std::string(value) +
                                   "' for start_ts; expected YYYY-MM-DD or "
                                   "YYYY-MM-DDTHH:MM:SS[.mmm]Z");
        if (op == ">=" || op == ">")
            m_fromMs = tighter(m_fromMs, std::optional<int64_t>(*ms + (op == ">" ? 1 : 0)), true);
        else
            m_toMs = tighter(m_toMs, std::optional<int64_t>(*ms + (op == "<=" ? 1 : 0)), false);
        return true;
    }
    return fail(error, "unknown column '" + std::string(name) + "'" + validColumns());
}

bool Filter::addCondition(DimensionId dimension, const std::vector<std::string>& values,
                          bool negated, std::string* error)
{
    if (values.empty())
        return fail(error, "no values for " + std::string(dimensionInfo(dimension).name));
    DimensionCondition c{dimension, negated, {}};
    for (const auto& v : values) {
        auto canonical = canonicalDimensionValue(dimension, v, error);
        if (!canonical)
            return false;
        c.values.push_back(std::move(*canonical));
    }
    std::sort(c.values.begin(), c.values.end());
    c.values.erase(std::unique(c.values.begin(), c.values.end()), c.values.end());
    m_conditions.push_back(std::move(c));
    return true;
}

void Filter::addRange(MeasureId measure, std::optional<int64_t> min, std::optional<int64_t> max)
{
    auto it = std::find_if(m_ranges.begin(), m_ranges.end(),
                           [&](const MeasureRange& r) { return r.measure >= measure; });
    if (it == m_ranges.end() || it->measure != measure)
        it = m_ranges.insert(it, MeasureRange{measure, std::nullopt, std::nullopt});
    it->min = tighter(it->min, min, true);
    it->max = tighter(it->max, max, false);
}

bool Filter::removeCondition(size_t index)
{
    if (index >= m_conditions.size())
        return false;
    m_conditions.erase(m_conditions.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

bool Filter::removeRange(MeasureId measure)
{
    return std::erase_if(m_ranges, [&](const MeasureRange& r) { return r.measure == measure; }) > 0;
}

bool Filter::setFromDate(std::string_view date, std::string* error)
{
    const auto day = parseIsoDate(trim(date));
    if (!day)
        return fail(error, "invalid --from date '" + std::string(date) + "'; expected YYYY-MM-DD");
    m_fromMs = *day * kMsPerDay;
    return true;
}

bool Filter::setToDate(std::string_view date, std::string* error)
{
    const auto day = parseIsoDate(trim(date));
    if (!day)
        return fail(error, "invalid --to date '" + std::string(date) + "'; expected YYYY-MM-DD");
    m_toMs = (*day + 1) * kMsPerDay;
    return true;
}

void Filter::setTimeRange(std::optional<int64_t> fromMs, std::optional<int64_t> toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
}

bool Filter::isEmpty() const
{
    return m_conditions.empty() && m_ranges.empty() && !m_fromMs && !m_toMs;
}

std::vector<std::string> Filter::clauses() const
{
    std::vector<std::string> out;
    for (const auto& c : m_conditions) {
        std::string s = std::string(dimensionInfo(c.dimension).name) + (c.negated ? "!=" : "=");
        for (size_t i = 0; i < c.values.size(); ++i)
            s += (i ? "," : "") + quoteValue(c.values[i]);
        out.push_back(std::move(s));
    }
    for (const auto& r : m_ranges) {
        const auto& info = measureInfo(r.measure);
        if (r.min)
            out.push_back(std::string(info.name) + ">=" + formatScaled(*r.min, info.scale));
        if (r.max)
            out.push_back(std::string(info.name) + "<" + formatScaled(*r.max, info.scale));
    }
    if (m_fromMs)
        out.push_back(std::string(kStartTs) + ">=" + timeText(*m_fromMs));
    if (m_toMs)
        out.push_back(std::string(kStartTs) + "<" + timeText(*m_toMs));
    return out;
}

std::string Filter::toString() const
{
    std::string s;
    for (const auto& c : clauses())
        s += (s.empty() ? "" : "; ") + c;
    return s;
}

QJsonObject Filter::toJson() const
{
    QJsonObject json;
    QJsonArray conditions;
    for (const auto& c : m_conditions) {
        QJsonArray values;
        for (const auto& v : c.values)
            values.append(v.empty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(QString::fromStdString(v)));
        conditions.append(
            QJsonObject{{"dimension", QString::fromUtf8(dimensionInfo(c.dimension).name)},
                        {"op", c.negated ? "not_in" : "in"},
                        {"values", values}});
    }
    QJsonArray ranges;
    for (const auto& r : m_ranges) {
        const auto& info = measureInfo(r.measure);
        QJsonObject range{{"measure", QString::fromUtf8(info.name)}};
        // Stored units are multiples of 1/scale, so a double round-trips them exactly enough
        // for fromJson's rounding to recover the integer.
        if (r.min)
            range["min"] = static_cast<double>(*r.min) / static_cast<double>(info.scale);
        if (r.max)
            range["max"] = static_cast<double>(*r.max) / static_cast<double>(info.scale);
        ranges.append(range);
    }
    json["conditions"] = conditions;
    json["ranges"] = ranges;
    if (m_fromMs)
        json["from"] = QString::fromStdString(formatIsoTimestamp(*m_fromMs));
    if (m_toMs)
        json["to"] = QString::fromStdString(formatIsoTimestamp(*m_toMs));
    return json;
}

std::optional<Filter> Filter::fromJson(const QJsonObject& json, std::string* error)
{
    Filter f;
    for (const QJsonValue& cv : json.value("conditions").toArray()) {
        const QJsonObject c = cv.toObject();
        const std::string name = c.value("dimension").toString().toStdString();
        const auto dim = findDimension(name);
        if (!dim) {
            fail(error, unknownDimensionError(name));
            return std::nullopt;
        }
        const QString op = c.value("op").toString();
        if (op != "in" && op != "not_in") {
            fail(error, "invalid op '" + op.toStdString() + "' (expected in or not_in)");
            return std::nullopt;
        }
        std::vector<std::string> values;
        for (const QJsonValue& v : c.value("values").toArray()) {
            if (!v.isNull() && !v.isString()) {
                fail(error, "values of " + name + " must be strings or null");
                return std::nullopt;
            }
            values.push_back(v.toString().toStdString());
        }
        if (!f.addCondition(*dim, values, op == "not_in", error))
            return std::nullopt;
    }
    for (const QJsonValue& rv : json.value("ranges").toArray()) {
        const QJsonObject r = rv.toObject();
        const std::string name = r.value("measure").toString().toStdString();
        const auto measure = findMeasure(name);
        if (!measure) {
            fail(error, "unknown measure '" + name + "'");
            return std::nullopt;
        }
        const auto scale = static_cast<double>(measureInfo(*measure).scale);
        std::optional<int64_t> bounds[2];
        const char* keys[2] = {"min", "max"};
        for (int i = 0; i < 2; ++i) {
            const QJsonValue v = r.value(keys[i]);
            if (v.isUndefined() || v.isNull())
                continue;
            const double x = v.toDouble(std::nan(""));
            if (!v.isDouble() || !std::isfinite(x) || std::fabs(x * scale) > 4e18) {
                fail(error, std::string("invalid ") + keys[i] + " for " + name);
                return std::nullopt;
            }
            bounds[i] = std::llround(x * scale);
        }
        f.addRange(*measure, bounds[0], bounds[1]);
    }
    const char* timeKeys[2] = {"from", "to"};
    std::optional<int64_t> times[2];
    for (int i = 0; i < 2; ++i) {
        const QJsonValue v = json.value(timeKeys[i]);
        if (v.isUndefined() || v.isNull())
            continue;
        times[i] = parseIsoTimestamp(v.toString().toStdString());
        if (!times[i]) {
            fail(error, std::string("invalid ") + timeKeys[i] + " timestamp");
            return std::nullopt;
        }
    }
    f.setTimeRange(times[0], times[1]);
    return f;
}

} // namespace streamlens::query
