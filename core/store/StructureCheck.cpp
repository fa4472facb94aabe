// SPDX-License-Identifier: MIT
#include "store/StructureCheck.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "store/TableColumns.h"

#include <type_traits>

namespace streamlens::store {

namespace {

struct Checker {
    std::string table;
    size_t rows = 0;
    std::string* error = nullptr;
    bool ok = true;

    bool fail(const std::string& message)
    {
        if (ok && error)
            *error = message;
        ok = false;
        return false;
    }

    bool checkSize(const char* column, size_t size)
    {
        if (size == rows)
            return true;
        return fail(table + ": columns differ in length (" + column + " has " +
                    std::to_string(size) + " values, the table " + std::to_string(rows) + " rows)");
    }

    template <typename T> void operator()(const char* column, const std::vector<T>& v)
    {
        checkSize(column, v.size());
    }
    void operator()(const char* column, const IdColumn& c) { checkSize(column, c.size()); }
    void operator()(const char* column, const StringColumn& c) { checkSize(column, c.size()); }

    template <typename Code> void operator()(const char* column, const CategoricalColumn<Code>& c)
    {
        if (!checkSize(column, c.size()))
            return;
        using Col = CategoricalColumn<Code>;
        const size_t dictSize = c.dictionary.size();
        if (dictSize > Col::kCapacity) {
            fail(table + "." + column + " has more distinct values than its code width holds");
            return;
        }
        const Code* codes = c.codes.data();
        bool bad = false;
        for (size_t i = 0; i < rows; ++i)
            bad |= codes[i] != Col::kNull && codes[i] >= dictSize;
        if (!bad)
            return;
        for (size_t i = 0; i < rows; ++i)
            if (codes[i] != Col::kNull && codes[i] >= dictSize) {
                fail(table + "." + column + " row " + std::to_string(i) + ": code " +
                     std::to_string(codes[i]) + " is outside its dictionary (" +
                     std::to_string(dictSize) + " values)");
                return;
            }
    }
};

bool checkReferences(const std::vector<int32_t>& refs, size_t targetRows, const std::string& what,
                     std::string* error)
{
    bool bad = false;
    for (int32_t r : refs)
        bad |= r < 0 || static_cast<size_t>(r) >= targetRows;
    if (!bad)
        return true;
    for (size_t i = 0; i < refs.size(); ++i)
        if (refs[i] < 0 || static_cast<size_t>(refs[i]) >= targetRows) {
            if (error)
                *error = what + " row " + std::to_string(i) + " refers to row " +
                         std::to_string(refs[i]) + " of a table with " +
                         std::to_string(targetRows) + " rows";
            return false;
        }
    return true;
}

} // namespace

bool checkStructure(const Dataset& d, std::string* error)
{
    bool ok = true;
    forEachTable(d, [&](const char* name, const auto& table) {
        if (!ok)
            return;
        Checker checker{name, table.size(), error};
        forEachColumn(table, checker);
        ok = checker.ok;
    });
    if (!ok)
        return false;
    if (!checkReferences(d.sessions.userIndex, d.users.size(), "sessions.user_id", error) ||
        !checkReferences(d.sessions.contentIndex, d.content.size(), "sessions.content_id", error) ||
        !checkReferences(d.events.sessionIndex, d.sessions.size(), "performance_events.session_id",
                         error))
        return false;
    const auto& res = d.sessions.resolutionCode;
    for (size_t i = 0; i < res.size(); ++i)
        if (res[i] != contract::kNullResolution && res[i] >= contract::kResolutions.size()) {
            if (error)
                *error = "sessions.resolution_p row " + std::to_string(i) +
                         ": invalid resolution code " + std::to_string(res[i]);
            return false;
        }
    for (const auto& extra : d.extraColumns) {
        size_t rows = 0;
        bool known = false;
        forEachTable(d, [&](const char* name, const auto& table) {
            if (extra.table == name) {
                known = true;
                rows = table.size();
            }
        });
        if (!known) {
            if (error)
                *error = "extra column '" + extra.name + "' belongs to unknown table '" +
                         extra.table + "'";
            return false;
        }
        if (extra.values.size() != rows) {
            if (error)
                *error = "extra column " + extra.table + "." + extra.name + " has " +
                         std::to_string(extra.values.size()) + " values for " +
                         std::to_string(rows) + " rows";
            return false;
        }
    }
    return true;
}

} // namespace streamlens::store
