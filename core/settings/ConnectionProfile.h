// SPDX-License-Identifier: MIT
#pragma once

#include "settings/SslMode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace streamlens::settings {

// A named PostgreSQL connection as the user saved it. It deliberately has no password:
// passwords live in the system keyring (or only for the session), never in settings.
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    static constexpr int kDefaultPort = 5432;

    QString name;
    QString host = QStringLiteral("localhost");
    int port = kDefaultPort;
    QString database;
    QString user;
    SslMode sslMode = SslMode::Prefer;

    // What is wrong with this profile, in sentences for users; empty when it can be used.
    QStringList problems() const;
    bool operator==(const ConnectionProfile&) const = default;
};

} // namespace streamlens::settings
