// SPDX-License-Identifier: MIT
#include "cli/TextTable.h"

#include <algorithm>

namespace streamlens::cli {

namespace {
// Display width in code points, so UTF-8 names (countries, titles) line up.
size_t displayWidth(const std::string& s)
{
    return static_cast<size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}
} // namespace

void TextTable::print(std::ostream& os) const
{
    std::vector<size_t> width(m_header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (size_t i = 0; i < row.size() && i < width.size(); ++i)
            width[i] = std::max(width[i], displayWidth(row[i]));
    };
    measure(m_header);
    for (const auto& r : m_rows)
        measure(r);
    auto printRow = [&](const std::vector<std::string>& row) {
        for (size_t i = 0; i < width.size(); ++i) {
            const std::string cell = i < row.size() ? row[i] : std::string();
            const std::string pad(width[i] - displayWidth(cell), ' ');
            if (i > 0)
                os << "  ";
            os << (i == 0 ? cell + pad : pad + cell);
        }
        os << "\n";
    };
    printRow(m_header);
    size_t total = 0;
    for (auto w : width)
        total += w + 2;
    os << std::string(total > 2 ? total - 2 : 0, '-') << "\n";
    for (const auto& r : m_rows)
        printRow(r);
}

} // namespace streamlens::cli
