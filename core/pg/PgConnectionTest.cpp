// SPDX-License-Identifier: MIT
#include "pg/PgConnectionTest.h"

#include "settings/ConnInfo.h"

#include <pqxx/pqxx>

#include <exception>
#include <string>

namespace streamlens::pg {

namespace {
// libpq's messages end in a newline and indent continuation lines with a tab.
QString tidy(const char* message, const QString& password)
{
    QString text = QString::fromUtf8(message).trimmed();
    text.replace(QLatin1String("\n\t"), QLatin1String("\n"));
    // libpq does not echo passwords; this guards against a future one that would, for any
    // password long enough that blanking it cannot mangle an unrelated word.
    if (password.size() >= 4)
        text.replace(password, QStringLiteral("********"));
    return text;
}
} // namespace

PgConnectionResult PgConnectionTest::run(const settings::ConnectionProfile& profile,
                                         const QString& password, int timeoutSeconds)
{
    PgConnectionResult result;
    const QStringList problems = profile.problems();
    if (!problems.isEmpty()) {
        result.error = problems.join(QLatin1Char('\n'));
        return result;
    }
    try {
        pqxx::connection connection(settings::ConnInfo::build(profile, password, timeoutSeconds));
        pqxx::nontransaction transaction(connection);
        const pqxx::result rows = transaction.exec("SELECT version(), current_database()");
        result.serverVersion = QString::fromUtf8(rows[0][0].c_str());
        result.database = QString::fromUtf8(rows[0][1].c_str());
        result.ok = true;
    } catch (const std::exception& e) {
        result.error = tidy(e.what(), password);
        if (result.error.isEmpty())
            result.error = tr("The connection failed without a message from the server.");
    }
    return result;
}

} // namespace streamlens::pg
