// SPDX-License-Identifier: MIT
#include "analysis/Samples.h"

#include "query/Dimension.h"

#include <algorithm>
#include <set>

namespace streamlens::analysis {

namespace {

std::string listLabels(const CategoricalColumn& c)
{
    const auto order = c.groupsInOrder();
    std::string out;
    const size_t shown = std::min<size_t>(order.size(), 20);
    for (size_t i = 0; i < shown; ++i)
        out += (i ? ", " : "") + c.labels[order[i]];
    if (order.size() > shown)
        out += ", … (" + std::to_string(order.size()) + " groups)";
    return out.empty() ? "none" : out;
}

// The code of a group as the user wrote it; spelling is canonicalised like a filter value.
std::optional<uint32_t> findGroup(const CategoricalColumn& c, const std::string& text)
{
    std::string canonical = text;
    if (auto v = query::canonicalDimensionValue(static_cast<query::DimensionId>(c.info.id), text,
                                                nullptr))
        canonical = *v;
    for (uint32_t code = 0; code < c.nullCode; ++code)
        if (c.labels[code] == canonical)
            return code;
    return std::nullopt;
}

} // namespace

stats::Expected<GroupedSamples> Samples::grouped(const AnalysisFrame& frame,
                                                 std::string_view metric, std::string_view by,
                                                 const std::vector<std::string>& groups)
{
    using E = stats::Expected<GroupedSamples>;
    const NumericColumn* values = frame.numeric(metric);
    if (!values)
        return E::failure("the frame holds no variable '" + std::string(metric) + "'");
    GroupedSamples out;
    out.metric = std::string(metric);
    out.by = std::string(by);
    out.units = static_cast<int64_t>(frame.size());
    if (by.empty()) {
        if (!groups.empty())
            return E::failure("groups were named without a dimension to group by (--by)");
        SampleGroup all{"all", {}};
        all.values.reserve(values->values.size());
        for (double v : values->values) {
            if (NumericColumn::isNull(v))
                ++out.nullMetric;
            else
                all.values.push_back(v);
        }
        out.groups.push_back(std::move(all));
        return out;
    }
    const CategoricalColumn* column = frame.categorical(by);
    if (!column)
        return E::failure("the frame holds no dimension '" + std::string(by) + "'");

    std::vector<uint32_t> codes;
    if (groups.empty()) {
        codes = column->groupsInOrder();
    } else {
        std::set<uint32_t> seen;
        for (const auto& g : groups) {
            const auto code = findGroup(*column, g);
            if (!code)
                return E::failure("no " + std::string(levelName(frame.level())) + "s with " +
                                  std::string(by) + " = '" + g +
                                  "' in the selection; groups: " + listLabels(*column));
            if (!seen.insert(*code).second)
                return E::failure("group '" + g + "' is named twice");
            codes.push_back(*code);
        }
    }
    // Slot of each code among the requested groups, or -1.
    std::vector<int32_t> slot(column->nullCode + 1, -1);
    for (size_t i = 0; i < codes.size(); ++i)
        slot[codes[i]] = static_cast<int32_t>(i);
    out.groups.resize(codes.size());
    for (size_t i = 0; i < codes.size(); ++i)
        out.groups[i].label = column->labels[codes[i]];
    for (size_t i = 0; i < frame.size(); ++i) {
        const uint32_t code = std::min(column->codes[i], column->nullCode);
        const double v = values->values[i];
        if (code == column->nullCode) {
            ++out.nullGroup;
            continue;
        }
        if (slot[code] < 0) {
            ++out.otherGroups;
            continue;
        }
        if (NumericColumn::isNull(v)) {
            ++out.nullMetric;
            continue;
        }
        out.groups[static_cast<size_t>(slot[code])].values.push_back(v);
    }
    return out;
}

stats::Expected<PairedSamples> Samples::paired(const AnalysisFrame& frame, std::string_view x,
                                               std::string_view y)
{
    using E = stats::Expected<PairedSamples>;
    const NumericColumn* cx = frame.numeric(x);
    const NumericColumn* cy = frame.numeric(y);
    if (!cx || !cy)
        return E::failure("the frame holds no variable '" + std::string(cx ? y : x) + "'");
    PairedSamples out;
    out.x = std::string(x);
    out.y = std::string(y);
    out.units = static_cast<int64_t>(frame.size());
    for (size_t i = 0; i < frame.size(); ++i) {
        const double a = cx->values[i], b = cy->values[i];
        if (NumericColumn::isNull(a) || NumericColumn::isNull(b)) {
            ++out.dropped;
            continue;
        }
        out.xs.push_back(a);
        out.ys.push_back(b);
    }
    return out;
}

} // namespace streamlens::analysis
