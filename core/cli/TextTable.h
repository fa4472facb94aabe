// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace streamlens::cli {

// A plain-text table for terminal output: the first column left-aligned, the rest right.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> header)
        : m_header(std::move(header))
    {
    }
    void addRow(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    void print(std::ostream& os) const;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace streamlens::cli
