// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvRecord.h"
#include "io/mapping/ColumnMapping.h"
#include "io/mapping/ValueConverter.h"

#include <string>
#include <vector>

namespace streamlens::io::mapping {

// A ColumnMapping bound to one file's columns: turns each foreign record into the fields of
// a contract-layout row (the mapped contract columns, then the file's other columns kept
// aside as extras) and knows, for every output column, which of the user's columns it came
// from, so problems are reported in the user's terms.
class RowMapper {
public:
    struct Failure {
        std::string column; // the user's column ("Country", "column 3"), empty for the row
        std::string reason;
        std::string value;
    };

    // Fails with a message naming what is wrong: a source column the file does not have, a
    // required contract column without source or constant, a rule that cannot work.
    static bool create(const ColumnMapping& mapping, const std::vector<std::string>& columnNames,
                       bool hasHeader, RowMapper& out, std::string& error);

    const std::vector<std::string>& outputHeader() const { return m_outputHeader; }
    bool map(const CsvRecord& record, std::vector<std::string>& fields, Failure& failure) const;

    // The user's column behind an output column name (a contract column or a kept extra):
    // e.g. "Country" for "country", "churned (constant)" for a constant; the name itself
    // when unknown.
    std::string sourceOf(const std::string& outputColumn) const;

private:
    struct Output {
        std::string name;
        int source = -1; // field index, -1 for a constant
        std::string sourceName;
        bool passThrough = false;
        std::optional<ValueConverter> converter;
    };
    std::vector<Output> m_outputs;
    std::vector<std::string> m_outputHeader;
    std::vector<std::string> m_columnNames;
};

} // namespace streamlens::io::mapping
