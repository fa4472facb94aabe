// SPDX-License-Identifier: MIT
#include "table/TableKind.h"

namespace streamlens::table {

std::string_view tableName(TableKind table)
{
    switch (table) {
    case TableKind::Sessions:
        return "sessions";
    case TableKind::Users:
        return "users";
    case TableKind::Content:
        return "content";
    case TableKind::Events:
        return "events";
    }
    return "";
}

std::optional<TableKind> tableFromName(std::string_view name)
{
    for (TableKind t : kAllTables)
        if (tableName(t) == name)
            return t;
    return std::nullopt;
}

generator::ContractTable contractTable(TableKind table)
{
    switch (table) {
    case TableKind::Sessions:
        return generator::ContractTable::Sessions;
    case TableKind::Users:
        return generator::ContractTable::Users;
    case TableKind::Content:
        return generator::ContractTable::Content;
    case TableKind::Events:
        return generator::ContractTable::Events;
    }
    return generator::ContractTable::Sessions;
}

} // namespace streamlens::table
