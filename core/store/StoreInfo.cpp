// SPDX-License-Identifier: MIT
#include "store/StoreInfo.h"

#include "store/DateText.h"

#include <QJsonValue>

namespace streamlens::store {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonValue optionalMs(const std::optional<int64_t>& ms)
{
    return ms ? QJsonValue(static_cast<qint64>(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalIso(const std::optional<int64_t>& ms)
{
    return ms ? QJsonValue(q(formatTimestampMs(*ms))) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject StoreInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("path")] = q(path);
    o[QStringLiteral("schema_version")] = schemaVersion;
    o[QStringLiteral("users")] = static_cast<qint64>(users);
    o[QStringLiteral("content")] = static_cast<qint64>(content);
    o[QStringLiteral("sessions")] = static_cast<qint64>(sessions);
    o[QStringLiteral("performance_events")] = static_cast<qint64>(events);
    o[QStringLiteral("first_start_ts")] = optionalIso(firstStartMs);
    o[QStringLiteral("last_start_ts")] = optionalIso(lastStartMs);
    o[QStringLiteral("first_start_ms")] = optionalMs(firstStartMs);
    o[QStringLiteral("last_start_ms")] = optionalMs(lastStartMs);
    o[QStringLiteral("file_bytes")] = static_cast<qint64>(fileBytes);
    o[QStringLiteral("source")] = q(source);
    o[QStringLiteral("created_at")] = q(createdAt);
    o[QStringLiteral("updated_at")] = q(updatedAt);
    o[QStringLiteral("generation")] = static_cast<qint64>(generation);
    o[QStringLiteral("snapshot_fresh")] = snapshotFresh;
    return o;
}

} // namespace streamlens::store
