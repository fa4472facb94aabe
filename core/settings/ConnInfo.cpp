// SPDX-License-Identifier: MIT
#include "settings/ConnInfo.h"

#include <algorithm>

namespace streamlens::settings {

namespace {
const char kApplicationName[] = "StreamLens";

void append(QString& out, const char* key, const QString& value)
{
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    out += QLatin1String(key) + QLatin1Char('=') + ConnInfo::quote(value);
}
} // namespace

QString ConnInfo::quote(const QString& value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

std::string ConnInfo::build(const ConnectionProfile& profile, const QString& password,
                            int connectTimeoutSeconds)
{
    QString out;
    append(out, "host", profile.host);
    append(out, "port", QString::number(profile.port));
    append(out, "dbname", profile.database);
    append(out, "user", profile.user);
    if (!password.isEmpty())
        append(out, "password", password);
    append(out, "sslmode", sslModeKeyword(profile.sslMode));
    append(out, "connect_timeout", QString::number(std::max(1, connectTimeoutSeconds)));
    append(out, "application_name", QLatin1String(kApplicationName));
    return out.toStdString();
}

std::optional<ConnInfo::Pairs> ConnInfo::parse(const QString& text, QString* error)
{
    // Mirrors conninfo_parse() in libpq's fe-connect.c.
    Pairs pairs;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto fail = [&](const QString& message) -> std::optional<Pairs> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    while (true) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        QString key;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            key += text.at(i++);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n || text.at(i) != QLatin1Char('='))
            return fail(tr("Missing \"=\" after \"%1\" in the connection string.").arg(key));
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n) {
                    value += text.at(i + 1);
                    i += 2;
                } else if (text.at(i) == QLatin1Char('\'')) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += text.at(i++);
                }
            }
            if (!closed)
                return fail(
                    tr("Unterminated quoted value of \"%1\" in the connection string.").arg(key));
        } else {
            while (i < n && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('\\')) {
                    ++i; // a backslash keeps the next character, even a space
                    if (i < n)
                        value += text.at(i++);
                    continue;
                }
                value += text.at(i++);
            }
        }
        pairs.emplace_back(key, value);
    }
    return pairs;
}

std::optional<ConnectionProfile> ConnInfo::toProfile(const QString& text, const QString& name,
                                                     QString* password, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<ConnectionProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.startsWith(QLatin1String("postgres://")) ||
        text.startsWith(QLatin1String("postgresql://")))
        return fail(tr("Connection URIs are not supported; use key=value pairs."));
    const auto pairs = parse(text, error);
    if (!pairs)
        return std::nullopt;
    ConnectionProfile profile;
    profile.name = name;
    for (const auto& [key, value] : *pairs) {
        if (key == QLatin1String("host")) {
            profile.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            profile.port = value.toInt(&ok);
            if (!ok)
                return fail(tr("The port \"%1\" is not a number.").arg(value));
        } else if (key == QLatin1String("dbname")) {
            profile.database = value;
        } else if (key == QLatin1String("user")) {
            profile.user = value;
        } else if (key == QLatin1String("sslmode")) {
            const auto mode = sslModeFromKeyword(value);
            if (!mode)
                return fail(tr("Unknown SSL mode \"%1\".").arg(value));
            profile.sslMode = *mode;
        } else if (key == QLatin1String("password")) {
            if (password)
                *password = value;
        } else if (key != QLatin1String("connect_timeout") &&
                   key != QLatin1String("application_name")) {
            return fail(tr("The connection setting \"%1\" is not supported.").arg(key));
        }
    }
    return profile;
}

} // namespace streamlens::settings
