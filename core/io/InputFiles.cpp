// SPDX-License-Identifier: MIT
#include "io/InputFiles.h"

#include "io/Utf8.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace streamlens::io {

namespace {

namespace fs = std::filesystem;

std::string lower(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    return s;
}

bool expandDirectory(const std::string& dir, std::vector<std::string>& out, std::string& error)
{
    std::error_code ec;
    std::vector<std::string> found(std::size(kTableKinds));
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        const std::string name = lower(it->path().filename().string());
        for (size_t t = 0; t < std::size(kTableKinds); ++t)
            if (name == std::string(tableName(kTableKinds[t])) + ".csv")
                found[t] = it->path().string();
    }
    if (ec) {
        error = "cannot list " + dir + ": " + ec.message();
        return false;
    }
    const size_t before = out.size();
    for (const auto& f : found)
        if (!f.empty())
            out.push_back(f);
    if (out.size() == before) {
        error = dir + " holds none of users.csv, content.csv, sessions.csv, "
                      "performance_events.csv";
        return false;
    }
    return true;
}

bool openOne(const std::string& path, const CsvReader::Options& options, InputFile& file,
             std::string& error)
{
    file.path = path;
    file.name = fs::path(path).filename().string();
    file.reader = std::make_unique<CsvReader>(options);
    if (!file.reader->open(path)) {
        error = file.reader->error();
        return false;
    }
    file.bytes = static_cast<int64_t>(file.reader->fileSize());
    CsvRecord header;
    if (!file.reader->readRecord(header)) {
        error =
            file.reader->failed() ? file.reader->error() : path + ": empty file (no header row)";
        return false;
    }
    std::vector<std::string> names;
    for (auto f : header.fields) {
        if (!isValidUtf8(f)) {
            error = path + ": the header is not valid UTF-8 text";
            return false;
        }
        names.emplace_back(f);
    }
    auto table = tableFromFileName(path);
    if (!table)
        table = tableFromHeader(names);
    if (!table) {
        error = path + ": cannot tell which contract table it holds (the file name is not "
                       "users/content/sessions/performance_events.csv and the header has none "
                       "of event_id, session_id, content_id, user_id)";
        return false;
    }
    file.table = *table;
    std::string mapError;
    if (!mapHeader(file.table, names, file.mapping, mapError)) {
        error = path + " (" + std::string(tableName(file.table)) + "): " + mapError;
        // One column holding another separator: the usual cause is a different delimiter.
        for (char c : {';', '\t', '|'}) {
            if (names.size() == 1 && names[0].find(c) != std::string::npos) {
                error += std::string(" (the header is one column containing '") +
                         (c == '\t' ? "\\t" : std::string(1, c)) +
                         "': is the file delimited by it? Set the delimiter)";
                break;
            }
        }
        return false;
    }
    return true;
}

} // namespace

bool openInputs(const std::vector<std::string>& paths, const CsvReader::Options& options,
                std::vector<InputFile>& files, std::string& error)
{
    files.clear();
    if (paths.empty()) {
        error = "no files to import";
        return false;
    }
    std::vector<std::string> expanded;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            if (!expandDirectory(p, expanded, error))
                return false;
        } else {
            expanded.push_back(p);
        }
    }
    std::vector<fs::path> seen;
    for (const auto& p : expanded) {
        // The same file named twice (a folder and a file in it) is read once.
        std::error_code ec;
        const fs::path canonical = fs::weakly_canonical(p, ec);
        if (!ec && std::find(seen.begin(), seen.end(), canonical) != seen.end())
            continue;
        seen.push_back(canonical);
        InputFile file;
        if (!openOne(p, options, file, error))
            return false;
        files.push_back(std::move(file));
    }
    std::stable_sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) {
        return static_cast<int>(a.table) < static_cast<int>(b.table);
    });
    return true;
}

} // namespace streamlens::io
