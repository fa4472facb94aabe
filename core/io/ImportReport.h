// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::io {

enum class ImportStatus {
    Ok,             // everything loaded
    OkWithRejects,  // loaded, some rows rejected (within maxRejectRate)
    TooManyRejects, // nothing loaded: rejected rows exceed maxRejectRate
    FileError,      // nothing loaded: unreadable, not CSV, missing required columns...
    Cancelled,      // nothing loaded: the progress callback asked to stop
};

// "ok", "ok-with-rejects", "too-many-rejects", "file-error", "cancelled".
std::string_view statusName(ImportStatus status);

// One row that was not loaded. line is the physical line the record starts on (the header
// is line 1); column is empty for problems of the whole row (e.g. a wrong field count).
struct RejectedRow {
    std::string file; // file name without directories, as users see it in their folder
    int64_t line = 0;
    std::string column;
    std::string reason;
    std::string value; // the raw field text, when one field is at fault

    // "sessions.csv:1042: column device_type: unknown value ..."
    std::string message() const;
};

struct FileImportStats {
    std::string path;
    std::string table; // "users", "content", "sessions", "performance_events"
    int64_t bytes = 0;
    int64_t rowsIn = 0;       // data rows read (blank lines are not rows)
    int64_t rowsLoaded = 0;   // rows that went into the dataset (0 when nothing was loaded)
    int64_t rowsRejected = 0; // includes rows rejected by duplicate keys and cross-file rules
    int64_t rowsInserted = 0;
    int64_t rowsReplaced = 0;
    double seconds = 0; // reading, parsing and row validation of this file
    // CPU time of the process (all threads) meanwhile: with other work on the machine, wall
    // time says little, and on an otherwise idle machine wall >= cpuSeconds / cores.
    double cpuSeconds = 0;
    // Parts of seconds: reading blocks; tokenizing and validating (on all threads);
    // appending the threads' rows to the staging.
    double readSeconds = 0;
    double parseSeconds = 0;
    double mergeSeconds = 0;
    std::vector<std::string> unknownColumns;
};

struct ImportReport {
    ImportStatus status = ImportStatus::Ok;
    std::string error; // the file-level reason when status is FileError, TooManyRejects...
    std::vector<FileImportStats> files;
    // Ordered by file (in import order) and line. At most ImportOptions::maxListedRejects
    // are listed; rowsRejected counts them all.
    std::vector<RejectedRow> rejects;
    int64_t rowsIn = 0;
    int64_t rowsLoaded = 0;
    int64_t rowsRejected = 0;
    int64_t rowsInserted = 0;
    int64_t rowsReplaced = 0;
    double seconds = 0;
    double cpuSeconds = 0; // of the whole process (all threads) during the import
    // Wall time of the phases after parsing.
    double crossFileSeconds = 0;
    double commitSeconds = 0;
    // Things worth knowing that are not errors (e.g. cross-file rules not checked).
    std::vector<std::string> notes;

    bool loaded() const
    {
        return status == ImportStatus::Ok || status == ImportStatus::OkWithRejects;
    }
    int64_t rejectsNotListed() const { return rowsRejected - static_cast<int64_t>(rejects.size()); }
    // Machine-readable form; lists at most jsonRejectLimit rejects (writeRejectsCsv has all).
    QJsonObject toJson(int jsonRejectLimit = 1000) const;
    // file,line,column,reason,raw_value with RFC 4180 quoting.
    bool writeRejectsCsv(const std::string& path, std::string* error) const;
    // A few lines for people: status, rows per file, the first rejects.
    std::string summary() const;
};

} // namespace streamlens::io
