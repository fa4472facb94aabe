// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "generator/CsvFormat.h"

#include <string>
#include <vector>

namespace streamlens::generator {

enum class ContractTable { Users, Content, Sessions, Events };

// Formats the rows of one contract table as CSV text. Dictionary values are escaped once up
// front; format() is const and may run on several threads at once.
class ContractRowFormatter {
public:
    ContractRowFormatter(const Dataset& data, ContractTable table, bool includeExtraColumns);

    static const char* fileName(ContractTable table);
    size_t rows() const;
    // The header line, "\n"-terminated.
    std::string header() const;
    void format(size_t begin, size_t end, csv::CharBuffer& out) const;
    // Formats the rows rows[begin..end) (row indices of the table, any order): the rows a
    // view or a filter chose, for the Data page's export.
    void formatRows(const uint32_t* rows, size_t begin, size_t end, csv::CharBuffer& out) const;

private:
    // A dictionary's values, CSV-escaped once, each at a 16-byte aligned offset of a
    // zero-padded arena so they can be block-copied.
    struct Escaped {
        std::vector<char> arena;
        std::vector<uint32_t> offset;
        std::vector<uint32_t> length;
        size_t maxLength = 0;
    };
    // An identifier column prepared for the fast path (numeric, prefix needs no quotes).
    struct Ids {
        const IdColumn* column = nullptr;
        bool fast = false;
        char prefix[64] = {}; // zero-padded
        size_t prefixLength = 0;
    };
    static Escaped escape(const Dictionary& dictionary);
    static Ids prepare(const IdColumn& column);
    template <typename Code> static char* putCode(char* p, Code code, const Escaped& values);
    char* putId(csv::CharBuffer& out, char* p, const Ids& ids, int64_t row) const;
    char* putExtras(csv::CharBuffer& out, char* p, size_t row) const;

    void formatUsers(size_t begin, size_t end, const uint32_t* rows, csv::CharBuffer& out) const;
    void formatContent(size_t begin, size_t end, const uint32_t* rows, csv::CharBuffer& out) const;
    void formatSessions(size_t begin, size_t end, const uint32_t* rows, csv::CharBuffer& out) const;
    void formatEvents(size_t begin, size_t end, const uint32_t* rows, csv::CharBuffer& out) const;

    const Dataset& m_data;
    ContractTable m_table;
    std::vector<const ExtraColumn*> m_extras;
    // Escaped dictionaries, by column, in the order the format functions use them.
    std::vector<Escaped> m_dict;
    Ids m_ownIds, m_userIds, m_contentIds, m_sessionIds;
    size_t m_rowBound = 0; // bytes a row can take apart from ids, titles and extras
};

} // namespace streamlens::generator
