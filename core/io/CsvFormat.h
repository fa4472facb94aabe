// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <string>

namespace streamlens::io {

// How a CSV file that is not in the contract's own layout is written: the settings dialog
// keeps the user's defaults, the import dialog and `streamlens import` apply them. The
// contract's own files use the defaults (comma, double quote, UTF-8, '.', ISO dates, header).
struct CsvFormat {
    char delimiter = ',';
    char quote = '"';
    std::string encoding = "UTF-8"; // UTF-8, ISO-8859-1, Windows-1252, UTF-16LE, UTF-16BE
    char decimalSeparator = '.';
    // "iso" (ISO 8601, the contract's) or a Qt date/time pattern such as "dd-MM-yy",
    // "dd.MM.yyyy HH:mm", "MM/dd/yyyy"; "unix_s" and "unix_ms" for epoch numbers.
    std::string dateFormat = "iso";
    bool hasHeader = true;
    // Share of rejected rows above which nothing is loaded.
    double maxRejectRate = 0.01;

    bool isContractDefault() const;
    QJsonObject toJson() const;
    // Missing keys keep their defaults; *error says which key is invalid.
    static CsvFormat fromJson(const QJsonObject& json, std::string* error = nullptr);
    bool operator==(const CsvFormat&) const = default;
};

} // namespace streamlens::io
