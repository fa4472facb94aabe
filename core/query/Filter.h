// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/Measure.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::query {

// dimension IN (values), or NOT IN when negated. The empty value stands for null (as an
// empty CSV field does): `isp=` selects sessions without an ISP, and `isp!=x` keeps them.
struct DimensionCondition {
    DimensionId dimension = DimensionId::DeviceType;
    bool negated = false;
    std::vector<std::string> values; // canonical, sorted, distinct
    bool operator==(const DimensionCondition&) const = default;
};

// min <= value < max in stored units (ms, milli-kbps); null never matches a range.
struct MeasureRange {
    MeasureId measure = MeasureId::StartupTimeMs;
    std::optional<int64_t> min; // inclusive
    std::optional<int64_t> max; // exclusive
    bool operator==(const MeasureRange&) const = default;
};

// Which sessions a query looks at: a conjunction of dimension conditions, measure ranges and
// a start_ts range [from, to). A plain value (copy, compare, store, undo) that knows nothing
// of any dataset; select() resolves it. Clause syntax, as the CLI's --where takes it:
//   COL=V[,V...]  COL!=V[,V...]  COL>=X  COL>X  COL<X  COL<=X  (COL=X on a measure: exactly X)
// COL is a dimension (dimensionNames()), a measure (measureNames()) or start_ts (with a date
// or an ISO timestamp). Values holding commas, quotes or semicolons are written in double
// quotes with "" for a quote. toString() joins clauses with "; " and parse() reads it back.
class Filter {
public:
    static std::optional<Filter> parseWhere(const std::vector<std::string>& clauses,
                                            std::string* error);
    static std::optional<Filter> parse(std::string_view text, std::string* error);
    static std::optional<Filter> fromJson(const QJsonObject& json, std::string* error);

    // Adds one clause (AND). On error the filter is unchanged.
    bool addClause(std::string_view clause, std::string* error);
    // dimension IN values; values are checked and canonicalised (see canonicalDimensionValue).
    bool addCondition(DimensionId dimension, const std::vector<std::string>& values, bool negated,
                      std::string* error);
    // Narrows the range of a measure (intersection with what is there).
    void addRange(MeasureId measure, std::optional<int64_t> min, std::optional<int64_t> max);
    bool removeCondition(size_t index);
    bool removeRange(MeasureId measure);

    // --from DATE: from its midnight UTC; --to DATE: the whole day, so up to the next midnight.
    bool setFromDate(std::string_view yyyyMmDd, std::string* error);
    bool setToDate(std::string_view yyyyMmDd, std::string* error);
    void setTimeRange(std::optional<int64_t> fromMs, std::optional<int64_t> toMs);
    std::optional<int64_t> fromMs() const { return m_fromMs; }
    std::optional<int64_t> toMs() const { return m_toMs; }

    const std::vector<DimensionCondition>& conditions() const { return m_conditions; }
    const std::vector<MeasureRange>& ranges() const { return m_ranges; }

    bool isEmpty() const;
    // One clause per condition, range bound and time bound (the GUI's chips); each one is
    // accepted by addClause.
    std::vector<std::string> clauses() const;
    std::string toString() const;
    QJsonObject toJson() const;

    bool operator==(const Filter&) const = default;

private:
    std::vector<DimensionCondition> m_conditions;
    std::vector<MeasureRange> m_ranges; // at most one per measure, in measure order
    std::optional<int64_t> m_fromMs;    // inclusive
    std::optional<int64_t> m_toMs;      // exclusive
};

} // namespace streamlens::query
