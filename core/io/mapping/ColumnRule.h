// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace streamlens::io::mapping {

// Where one contract column's value comes from in a foreign file, and how the text is
// turned into what the contract expects. Transforms run in this order: null values, trim,
// split (take the first item), case, value map, country name, duration text, decimal
// separator, date format, template. Empty text after the null check stays empty (null).
struct ColumnRule {
    enum class Source { None, Header, Position, Constant };
    enum class Case { Keep, Lower, Upper };
    enum class Unmapped { Keep, Reject, Null };

    Source source = Source::None;
    std::string header;   // Source::Header: the column's name in the file's header
    int position = -1;    // Source::Position: 0-based field index
    std::string constant; // Source::Constant: the value for every row

    std::vector<std::string> nullValues; // texts that mean "no value" ("NA", "n/a", "-")
    bool trim = true;
    std::string split; // when set: split on it and take the first non-empty item
    Case caseFold = Case::Keep;
    // Replacements matched without regard to letter case; values not listed are kept, rejected
    // or made null as `unmapped` says.
    std::vector<std::pair<std::string, std::string>> valueMap;
    Unmapped unmapped = Unmapped::Keep;
    bool countryName = false; // English country name (or alpha-2/alpha-3) -> ISO alpha-2
    bool durationText = false;
    int64_t secondsPerSeason = 0; // with durationText: length of a season; 0 refuses seasons
    std::string dateFormat;       // overrides the file's CsvFormat::dateFormat for this column
    std::string idTemplate;       // "nf-u{}": {} is replaced by the value

    bool isSet() const { return source != Source::None; }
    bool operator==(const ColumnRule&) const = default;

    // {"source": "Country" | 3 (1-based), "constant": "false", "null_values": [...],
    //  "trim": true, "split": ",", "case": "lower", "map": {...}, "unmapped": "keep",
    //  "country": "name", "duration": {"per_season_s": 0}, "date_format": "...",
    //  "template": "u{}"}
    QJsonObject toJson() const;
    // *error says which key is wrong.
    static bool fromJson(const QJsonObject& json, ColumnRule& rule, std::string* error);
};

} // namespace streamlens::io::mapping
