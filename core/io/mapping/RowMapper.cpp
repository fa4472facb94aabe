// SPDX-License-Identifier: MIT
#include "io/mapping/RowMapper.h"

#include "io/Utf8.h"

#include <algorithm>

namespace streamlens::io::mapping {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    return out;
}

// A kept-aside column must not be taken for a column of its table or for the key columns by
// which the importer recognises a table, nor repeat another output name.
std::string extraName(TableKind table, const std::string& name,
                      const std::vector<std::string>& taken)
{
    std::string base = name;
    for (char& c : base)
        if (c == '\n' || c == '\r')
            c = ' ';
    const std::string key = lower(base);
    bool contractName =
        key == "event_id" || key == "session_id" || key == "content_id" || key == "user_id";
    for (const ColumnDef& d : columnsOf(table))
        contractName = contractName || d.name == key;
    if (contractName)
        base = "source_" + base;
    std::string candidate = base;
    for (int n = 2; std::any_of(taken.begin(), taken.end(),
                                [&](const std::string& t) { return lower(t) == lower(candidate); });
         ++n)
        candidate = base + "_" + std::to_string(n);
    return candidate;
}

} // namespace

bool RowMapper::create(const ColumnMapping& mapping, const std::vector<std::string>& columnNames,
                       bool hasHeader, RowMapper& out, std::string& error)
{
    RowMapper m;
    m.m_columnNames = columnNames;
    const auto defs = columnsOf(mapping.table);
    const auto missing = mapping.unmappedRequired();
    if (!missing.empty()) {
        std::string list;
        for (const auto& c : missing)
            list += (list.empty() ? "" : ", ") + c;
        error = "required contract column" + std::string(missing.size() > 1 ? "s " : " ") + list +
                " of " + std::string(tableName(mapping.table)) +
                (missing.size() > 1 ? " have" : " has") +
                " no source: map a column of the file or give a constant";
        return false;
    }
    std::vector<bool> used(columnNames.size(), false);
    for (size_t c = 0; c < defs.size() && c < mapping.rules.size(); ++c) {
        const ColumnRule& rule = mapping.rules[c];
        if (!rule.isSet())
            continue;
        Output o;
        o.name = std::string(defs[c].name);
        switch (rule.source) {
        case ColumnRule::Source::Header: {
            if (!hasHeader) {
                error = "column " + o.name +
                        ": the file has no header row, so its columns are "
                        "chosen by position, not by the name \"" +
                        rule.header + "\"";
                return false;
            }
            auto it =
                std::find_if(columnNames.begin(), columnNames.end(),
                             [&](const std::string& n) { return lower(n) == lower(rule.header); });
            if (it == columnNames.end()) {
                std::string have;
                for (const auto& n : columnNames)
                    have += (have.empty() ? "" : ", ") + n;
                error = "column " + o.name + " reads \"" + rule.header +
                        "\", which the file's header does not have (it has: " + have + ")";
                return false;
            }
            o.source = int(it - columnNames.begin());
            break;
        }
        case ColumnRule::Source::Position:
            if (rule.position < 0 || size_t(rule.position) >= columnNames.size()) {
                error = "column " + o.name + " reads column " + std::to_string(rule.position + 1) +
                        " but the file has " + std::to_string(columnNames.size()) + " columns";
                return false;
            }
            o.source = rule.position;
            break;
        case ColumnRule::Source::Constant:
        case ColumnRule::Source::None:
            break;
        }
        o.sourceName = o.source >= 0 ? columnNames[size_t(o.source)] : o.name + " (constant)";
        if (o.source >= 0)
            used[size_t(o.source)] = true;
        o.converter = ValueConverter::prepare(rule, valueKindOf(mapping.table, c), o.name,
                                              mapping.format, &error);
        if (!o.converter)
            return false;
        m.m_outputHeader.push_back(o.name);
        m.m_outputs.push_back(std::move(o));
    }
    if (mapping.keepUnmapped) {
        for (size_t i = 0; i < columnNames.size(); ++i) {
            if (used[i])
                continue;
            Output o;
            o.name = extraName(mapping.table, columnNames[i], m.m_outputHeader);
            o.source = int(i);
            o.sourceName = columnNames[i];
            o.passThrough = true;
            m.m_outputHeader.push_back(o.name);
            m.m_outputs.push_back(std::move(o));
        }
    }
    out = std::move(m);
    return true;
}

bool RowMapper::map(const CsvRecord& record, std::vector<std::string>& fields,
                    Failure& failure) const
{
    if (record.size() != m_columnNames.size()) {
        failure = {{},
                   "the row has " + std::to_string(record.size()) + " fields, the " +
                       (m_columnNames.empty() ? "header" : "header (or first row)") + " has " +
                       std::to_string(m_columnNames.size()),
                   {}};
        return false;
    }
    if (record.malformedField >= 0) {
        const size_t f = size_t(record.malformedField);
        failure = {m_columnNames[f], "text after the closing quote", std::string(record[f])};
        return false;
    }
    for (size_t i = 0; i < record.size(); ++i) {
        if (!isValidUtf8(record[i])) {
            failure = {m_columnNames[i],
                       "not valid UTF-8 text: is the file's encoding right (ISO-8859-1, "
                       "Windows-1252, UTF-16)?",
                       {}};
            return false;
        }
    }
    fields.resize(m_outputs.size());
    std::string reason;
    for (size_t o = 0; o < m_outputs.size(); ++o) {
        const Output& out = m_outputs[o];
        const std::string_view in =
            out.source >= 0 ? record[size_t(out.source)] : std::string_view();
        if (out.passThrough) {
            fields[o].assign(in);
            continue;
        }
        if (!out.converter->convert(in, fields[o], reason)) {
            if (out.sourceName != out.name)
                reason += " (for " + out.name + ")";
            failure = {out.sourceName, std::move(reason), std::string(in.substr(0, 1024))};
            return false;
        }
    }
    return true;
}

std::string RowMapper::sourceOf(const std::string& outputColumn) const
{
    for (const Output& o : m_outputs)
        if (o.name == outputColumn)
            return o.sourceName;
    return outputColumn;
}

} // namespace streamlens::io::mapping
