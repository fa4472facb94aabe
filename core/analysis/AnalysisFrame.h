// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::analysis {

// One numeric or binary variable, one value per unit; NaN marks a null (a value that is not
// defined for that unit, e.g. the startup time of a session that never started). NaN never
// leaves the analysis layer: every consumer drops it and counts what it dropped.
struct NumericColumn {
    VariableInfo info;
    std::vector<double> values;

    static bool isNull(double v) { return std::isnan(v); }
};

// One categorical variable: a code per unit (nullCode for null), the label of each code and
// the order in which its groups are listed.
struct CategoricalColumn {
    VariableInfo info;
    std::vector<uint32_t> codes;
    std::vector<std::string> labels; // one per code below nullCode
    uint32_t nullCode = 0;
    bool naturalOrder = false; // list groups by code (hours, age bands…) rather than by size
    std::vector<int64_t> naturalRank; // sort key per code when naturalOrder

    // The codes that occur, in display order (natural, or largest group first with ties by
    // label); the null group is left out.
    std::vector<uint32_t> groupsInOrder() const;
};

// The units of one level (selected session rows, or users with sessions in the selection)
// with the variables a request asked for, aligned by position.
class AnalysisFrame {
public:
    AnalysisFrame(Level level, std::vector<uint32_t> units, int64_t selectedSessions)
        : m_level(level)
        , m_units(std::move(units))
        , m_selectedSessions(selectedSessions)
    {
    }

    Level level() const { return m_level; }
    size_t size() const { return m_units.size(); }
    // Session rows or user rows of the dataset, ascending.
    const std::vector<uint32_t>& units() const { return m_units; }
    int64_t selectedSessions() const { return m_selectedSessions; }

    void addNumeric(NumericColumn column) { m_numeric.push_back(std::move(column)); }
    void addCategorical(CategoricalColumn column) { m_categorical.push_back(std::move(column)); }

    // nullptr when the frame was built without that variable.
    const NumericColumn* numeric(std::string_view key) const;
    const CategoricalColumn* categorical(std::string_view key) const;
    const std::vector<NumericColumn>& numericColumns() const { return m_numeric; }
    const std::vector<CategoricalColumn>& categoricalColumns() const { return m_categorical; }

private:
    Level m_level;
    std::vector<uint32_t> m_units;
    int64_t m_selectedSessions = 0;
    std::vector<NumericColumn> m_numeric;
    std::vector<CategoricalColumn> m_categorical;
};

} // namespace streamlens::analysis
