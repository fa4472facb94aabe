// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/ExitCode.h"
#include "store/SqliteStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>

namespace streamlens::cli {

namespace {
std::string utcDay(int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}
} // namespace

int runInfo(CommandContext& ctx)
{
    CommandParser parser(ctx, "streamlens info [--db STORE] [--json]",
                         "What a store holds: row counts, date range, size, schema version.");
    parser.addOption("db", "Store file (default: the embedded store).", "STORE");
    parser.addOption("json", "Machine-readable output.");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const std::string path =
        parser.isSet("db") ? parser.value("db").toStdString() : store::SqliteStore::defaultPath();
    if (!std::filesystem::exists(path)) {
        ctx.err << "streamlens info: no store at " << path << "\n";
        return StoreError;
    }
    store::SqliteStore store;
    std::string error;
    if (!store.open(path, false, &error)) {
        ctx.err << "streamlens info: " << error << "\n";
        return StoreError;
    }
    auto info = store.info(&error);
    if (!info) {
        ctx.err << "streamlens info: " << error << "\n";
        return StoreError;
    }
    if (parser.isSet("json")) {
        ctx.out << QJsonDocument(info->toJson()).toJson().toStdString();
        return Ok;
    }
    ctx.out << "Store:          " << info->path << "\n"
            << "Schema version: " << info->schemaVersion << "\n"
            << "Source:         " << (info->source.empty() ? "-" : info->source) << "\n"
            << "Size:           " << (info->fileBytes + 512 * 1024) / (1024 * 1024) << " MiB\n"
            << "Users:          " << info->users << "\n"
            << "Content:        " << info->content << "\n"
            << "Sessions:       " << info->sessions << "\n"
            << "Events:         " << info->events << "\n";
    if (info->firstStartMs && info->lastStartMs)
        ctx.out << "Sessions from:  " << utcDay(*info->firstStartMs) << "\n"
                << "Sessions to:    " << utcDay(*info->lastStartMs) << "\n";
    return Ok;
}

} // namespace streamlens::cli
