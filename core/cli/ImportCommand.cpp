// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/ExitCode.h"
#include "io/ContractImporter.h"
#include "store/SqliteStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>

namespace streamlens::cli {

namespace {
// Where the rejected rows go when the user did not say: beside the report, else beside the store.
std::string defaultRejectsPath(const CommandParser& parser, const std::string& storePath)
{
    if (parser.isSet("report")) {
        std::string report = parser.value("report").toStdString();
        if (report.size() > 5 && report.ends_with(".json"))
            report.resize(report.size() - 5);
        return report + ".rejects.csv";
    }
    return (std::filesystem::path(storePath).parent_path() / "import-rejects.csv").string();
}

bool writeJson(const std::string& path, const QJsonObject& object, std::string* error)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = "cannot write " + path + ": " + file.errorString().toStdString();
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return file.flush();
}
} // namespace

int runImport(CommandContext& ctx)
{
    CommandParser parser(ctx,
                         "streamlens import DIR|FILE... [--db STORE] [--report FILE.json] "
                         "[--rejects FILE.csv] [--max-reject-rate R]",
                         "Validates contract CSV files and loads them into the store in one "
                         "transaction. Rows whose keys exist are replaced, so re-importing the "
                         "same files changes nothing. Exit codes: 0 loaded, 2 usage, 3 file "
                         "error (nothing loaded), 4 too many rejected rows (nothing loaded), "
                         "5 store error.");
    parser.addPositional("paths", "A directory of contract CSV files, or the files.",
                         "DIR|FILE...");
    parser.addOption("db", "Store file (default: the embedded store).", "STORE");
    parser.addOption("report", "Write the run report (counts, timings, rejects) as JSON.",
                     "FILE.json");
    parser.addOption("rejects", "Where to write rejected rows as CSV.", "FILE.csv");
    parser.addOption("max-reject-rate",
                     "Load nothing when more than this fraction of rows is rejected.", "R", "0.01");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const QStringList paths = parser.positional();
    if (paths.isEmpty()) {
        ctx.err << "streamlens import: name a directory or files to import\n";
        return Usage;
    }
    const auto maxRejectRate = parser.number("max-reject-rate", 0.0, 1.0);
    if (!maxRejectRate)
        return Usage;

    const std::string storePath =
        parser.isSet("db") ? parser.value("db").toStdString() : store::SqliteStore::defaultPath();
    std::string error;
    store::SqliteStore store;
    if (!store.open(storePath, true, &error)) {
        ctx.err << "streamlens import: " << error << "\n";
        return StoreError;
    }
    // References in the new files may point at rows already stored (sessions of known users).
    Dataset dataset;
    QElapsedTimer timer;
    timer.start();
    if (!store.isEmpty() && !store.load(dataset, &error)) {
        ctx.err << "streamlens import: " << error << "\n";
        return StoreError;
    }
    const double storeOpenSeconds = timer.nsecsElapsed() / 1e9;

    io::ImportOptions options;
    options.maxRejectRate = *maxRejectRate;
    std::vector<std::string> files;
    for (const auto& p : paths)
        files.push_back(p.toStdString());
    const io::ImportReport report = io::importInto(dataset, files, options);
    ctx.err << report.summary() << "\n";

    if (!report.rejects.empty()) {
        const std::string rejectsPath = parser.isSet("rejects")
                                            ? parser.value("rejects").toStdString()
                                            : defaultRejectsPath(parser, storePath);
        if (report.writeRejectsCsv(rejectsPath, &error))
            ctx.err << "Rejected rows written to " << rejectsPath << "\n";
        else
            ctx.err << "streamlens import: " << error << "\n";
    }

    const bool loadable =
        report.status == io::ImportStatus::Ok || report.status == io::ImportStatus::OkWithRejects;
    double storeWriteSeconds = 0;
    bool saved = false;
    if (loadable) {
        timer.restart();
        saved = store.save(dataset, &error);
        storeWriteSeconds = timer.nsecsElapsed() / 1e9;
        if (saved)
            ctx.err << "Saved to " << storePath << " in " << storeWriteSeconds << " s\n";
        else
            ctx.err << "streamlens import: " << error << " (nothing was changed)\n";
    }

    if (parser.isSet("report")) {
        QJsonObject json = report.toJson();
        json["store"] = QString::fromStdString(storePath);
        json["store_open_s"] = storeOpenSeconds;
        json["store_write_s"] = storeWriteSeconds;
        json["saved"] = saved;
        std::string writeError;
        if (!writeJson(parser.value("report").toStdString(), json, &writeError))
            ctx.err << "streamlens import: " << writeError << "\n";
    }

    switch (report.status) {
    case io::ImportStatus::Ok:
    case io::ImportStatus::OkWithRejects:
        return saved ? Ok : StoreError;
    case io::ImportStatus::TooManyRejects:
        return TooManyRejects;
    case io::ImportStatus::FileError:
        return InputError;
    case io::ImportStatus::Cancelled:
        return Cancelled;
    }
    return Failure;
}

} // namespace streamlens::cli
