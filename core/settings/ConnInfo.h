// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace streamlens::settings {

// libpq's "key=value key='value'" connection strings. Every value is written single-quoted
// with backslash escapes, as libpq's parser expects, so a password or database name with
// spaces, quotes or backslashes can never add or change a keyword.
class ConnInfo {
    Q_DECLARE_TR_FUNCTIONS(ConnInfo)
public:
    using Pairs = std::vector<std::pair<QString, QString>>;

    // 'value' with \ and ' escaped by a backslash.
    static QString quote(const QString& value);
    // The conninfo (UTF-8) for a profile; the password is added only when not empty.
    static std::string build(const ConnectionProfile& profile, const QString& password,
                             int connectTimeoutSeconds);
    // Splits a conninfo the way libpq does; nullopt and *error for a malformed string.
    static std::optional<Pairs> parse(const QString& text, QString* error = nullptr);
    // A profile (named `name`) from a conninfo with host, port, dbname, user, sslmode and
    // optionally password (returned in *password, never kept in the profile).
    static std::optional<ConnectionProfile> toProfile(const QString& text, const QString& name,
                                                      QString* password = nullptr,
                                                      QString* error = nullptr);
};

} // namespace streamlens::settings
