// SPDX-License-Identifier: MIT
#pragma once

#include "io/ContractSchema.h"
#include "io/CsvFormat.h"
#include "io/mapping/ColumnRule.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace streamlens::io::mapping {

// How a file that is not in the contract's layout becomes one contract table: the file's
// format and, per contract column, a ColumnRule. Saved as JSON so a mapping made once (in
// the import dialog or by hand) is reused: see docs/data-formats.md, "Column mapping".
struct ColumnMapping {
    TableKind table = TableKind::Users;
    CsvFormat format;
    std::vector<ColumnRule> rules; // one per contract column of table, in contract order
    // Source columns no rule reads are imported as extra columns (kept aside), so nothing
    // a user brought in silently vanishes.
    bool keepUnmapped = true;
    std::string description;

    ColumnMapping() = default;
    explicit ColumnMapping(TableKind kind);

    ColumnRule& rule(std::string_view contractColumn);
    // Contract columns that must have a value but have no source and no constant.
    std::vector<std::string> unmappedRequired() const;

    // Every contract column read from the file column of the same name (letter case,
    // spaces and underscores aside), with a few common synonyms (show_id -> content_id,
    // listed_in -> genre, join_date -> signup_date...): a first guess for the dialog.
    static ColumnMapping autoMatch(TableKind table, const std::vector<std::string>& header);

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, ColumnMapping& mapping, std::string* error);
    bool save(const std::string& path, std::string* error) const;
    static bool load(const std::string& path, ColumnMapping& mapping, std::string* error);
};

// "users" -> TableKind::Users ("performance_events" and "events" both name the events).
std::optional<TableKind> tableFromName(std::string_view name);

} // namespace streamlens::io::mapping
