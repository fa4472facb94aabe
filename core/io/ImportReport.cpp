// SPDX-License-Identifier: MIT
#include "io/ImportReport.h"

#include <QJsonArray>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace streamlens::io {

namespace {

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// RFC 4180: quote when the text holds a delimiter, a quote or a line break.
void appendCsvField(std::string& out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string fixed(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

} // namespace

std::string_view statusName(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Ok:
        return "ok";
    case ImportStatus::OkWithRejects:
        return "ok-with-rejects";
    case ImportStatus::TooManyRejects:
        return "too-many-rejects";
    case ImportStatus::FileError:
        return "file-error";
    case ImportStatus::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

std::string RejectedRow::message() const
{
    std::string m = file + ":" + std::to_string(line) + ": ";
    if (!column.empty())
        m += "column " + column + ": ";
    m += reason;
    return m;
}

QJsonObject ImportReport::toJson(int jsonRejectLimit) const
{
    QJsonObject o;
    o["status"] = q(std::string(statusName(status)));
    if (!error.empty())
        o["error"] = q(error);
    o["rows_in"] = static_cast<qint64>(rowsIn);
    o["rows_loaded"] = static_cast<qint64>(rowsLoaded);
    o["rows_rejected"] = static_cast<qint64>(rowsRejected);
    o["rows_inserted"] = static_cast<qint64>(rowsInserted);
    o["rows_replaced"] = static_cast<qint64>(rowsReplaced);
    o["seconds"] = seconds;
    o["cpu_seconds"] = cpuSeconds;
    o["cross_file_seconds"] = crossFileSeconds;
    o["commit_seconds"] = commitSeconds;
    QJsonArray fileArray;
    for (const auto& f : files) {
        QJsonObject fo;
        fo["path"] = q(f.path);
        fo["table"] = q(f.table);
        fo["bytes"] = static_cast<qint64>(f.bytes);
        fo["rows_in"] = static_cast<qint64>(f.rowsIn);
        fo["rows_loaded"] = static_cast<qint64>(f.rowsLoaded);
        fo["rows_rejected"] = static_cast<qint64>(f.rowsRejected);
        fo["rows_inserted"] = static_cast<qint64>(f.rowsInserted);
        fo["rows_replaced"] = static_cast<qint64>(f.rowsReplaced);
        fo["seconds"] = f.seconds;
        fo["cpu_seconds"] = f.cpuSeconds;
        fo["read_seconds"] = f.readSeconds;
        fo["parse_seconds"] = f.parseSeconds;
        fo["merge_seconds"] = f.mergeSeconds;
        QJsonArray unknown;
        for (const auto& c : f.unknownColumns)
            unknown.append(q(c));
        fo["unknown_columns"] = unknown;
        fileArray.append(fo);
    }
    o["files"] = fileArray;
    QJsonArray rejectArray;
    const size_t limit =
        jsonRejectLimit < 0 ? rejects.size() : std::min(rejects.size(), size_t(jsonRejectLimit));
    for (size_t i = 0; i < limit; ++i) {
        const auto& r = rejects[i];
        QJsonObject ro;
        ro["file"] = q(r.file);
        ro["line"] = static_cast<qint64>(r.line);
        ro["column"] = q(r.column);
        ro["reason"] = q(r.reason);
        ro["value"] = q(r.value);
        rejectArray.append(ro);
    }
    o["rejects"] = rejectArray;
    o["rejects_not_listed"] = static_cast<qint64>(rowsRejected - static_cast<int64_t>(limit));
    QJsonArray noteArray;
    for (const auto& n : notes)
        noteArray.append(q(n));
    o["notes"] = noteArray;
    return o;
}

bool ImportReport::writeRejectsCsv(const std::string& path, std::string* error) const
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "wb"),
                                                         &std::fclose);
    if (!file) {
        if (error)
            *error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    std::string out = "file,line,column,reason,raw_value\n";
    for (const auto& r : rejects) {
        appendCsvField(out, r.file);
        out += ',' + std::to_string(r.line) + ',';
        appendCsvField(out, r.column);
        out.push_back(',');
        appendCsvField(out, r.reason);
        out.push_back(',');
        appendCsvField(out, r.value);
        out.push_back('\n');
        if (out.size() > (size_t(1) << 20)) {
            if (std::fwrite(out.data(), 1, out.size(), file.get()) != out.size())
                break;
            out.clear();
        }
    }
    const bool ok = std::fwrite(out.data(), 1, out.size(), file.get()) == out.size() &&
                    std::fflush(file.get()) == 0;
    if (!ok && error)
        *error = "cannot write " + path + ": " + std::strerror(errno);
    return ok;
}

std::string ImportReport::summary() const
{
    std::string s = "import " + std::string(statusName(status)) + ": " +
                    std::to_string(rowsLoaded) + " of " + std::to_string(rowsIn) +
                    " rows loaded (" + std::to_string(rowsInserted) + " new, " +
                    std::to_string(rowsReplaced) + " replaced), " + std::to_string(rowsRejected) +
                    " rejected, " + fixed(seconds, 2) + " s (" + fixed(cpuSeconds, 2) + " s CPU)\n";
    if (!error.empty())
        s += "  " + error + "\n";
    for (const auto& f : files) {
        s += "  " + f.table + " <- " + f.path + ": " + std::to_string(f.rowsIn) + " rows, " +
             std::to_string(f.rowsLoaded) + " loaded, " + std::to_string(f.rowsRejected) +
             " rejected, " + fixed(f.seconds, 2) + " s";
        if (!f.unknownColumns.empty()) {
            s += "; unknown columns kept aside:";
            for (const auto& c : f.unknownColumns)
                s += " " + c;
        }
        s += "\n";
    }
    for (const auto& n : notes)
        s += "  note: " + n + "\n";
    const size_t shown = std::min<size_t>(rejects.size(), 5);
    for (size_t i = 0; i < shown; ++i)
        s += "  " + rejects[i].message() + "\n";
    if (rowsRejected > static_cast<int64_t>(shown))
        s += "  ... and " + std::to_string(rowsRejected - static_cast<int64_t>(shown)) +
             " more rejected rows\n";
    return s;
}

} // namespace streamlens::io
