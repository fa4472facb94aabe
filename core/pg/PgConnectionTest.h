// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>

namespace streamlens::pg {

// The outcome of a connection test: the server's identity, or why it failed in the words of
// libpq or the server (e.g. 'FATAL: database "x" does not exist', "Connection refused").
struct PgConnectionResult {
    bool ok = false;
    QString serverVersion; // SELECT version()
    QString database;      // SELECT current_database()
    QString error;
};

// Connects to a PostgreSQL server the way the warehouse will (libpqxx, the profile's
// conninfo with the password and a connect timeout) and asks it who it is. It blocks for up
// to the timeout per address, so the GUI runs it through JobTracker, never on its thread.
class PgConnectionTest {
    Q_DECLARE_TR_FUNCTIONS(PgConnectionTest)
public:
    static constexpr int kDefaultTimeoutSeconds = 10;

    // The password goes only into the conninfo; it is removed from any message returned.
    static PgConnectionResult run(const settings::ConnectionProfile& profile,
                                  const QString& password,
                                  int timeoutSeconds = kDefaultTimeoutSeconds);
};

} // namespace streamlens::pg
