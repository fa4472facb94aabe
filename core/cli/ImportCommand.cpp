// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/ExitCode.h"
#include "io/ContractImporter.h"
#include "io/mapping/ForeignImporter.h"
#include "io/mapping/ForeignPreview.h"
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

// "\t" and "tab" for a tab; otherwise exactly one ASCII character.
std::optional<char> oneChar(const QString& text)
{
    if (text == "\\t" || text.compare("tab", Qt::CaseInsensitive) == 0)
        return '\t';
    if (text.size() != 1 || text.at(0).unicode() > 0x7f)
        return std::nullopt;
    return static_cast<char>(text.at(0).unicode());
}

// The options that describe a file in another layout or format than the contract's.
bool wantsMapping(const CommandParser& parser)
{
    for (const char* name : {"mapping", "table", "delimiter", "quote", "encoding", "decimal",
                             "date-format", "no-header"})
        if (parser.isSet(name))
            return true;
    return false;
}

// The foreign file and its mapping from --mapping and the format options (which override
// the mapping's format). Without --mapping the file's columns are matched to the contract's
// by name, or taken in contract order when it has no header. Ok, or the exit code after
// printing why (Usage for bad options, InputError when the file cannot be read).
int foreignFile(CommandContext& ctx, const CommandParser& parser, const std::string& path,
                io::mapping::ForeignFile& out)
{
    using io::mapping::ColumnMapping;
    std::string error;
    ColumnMapping mapping;
    const bool fromFile = parser.isSet("mapping");
    if (fromFile && !ColumnMapping::load(parser.value("mapping").toStdString(), mapping, &error)) {
        ctx.err << "streamlens import: " << error << "\n";
        return Usage;
    }
    io::CsvFormat& format = mapping.format;
    struct CharOption {
        const char* name;
        char& target;
    };
    for (CharOption o :
         {CharOption{"delimiter", format.delimiter}, CharOption{"quote", format.quote},
          CharOption{"decimal", format.decimalSeparator}}) {
        if (!parser.isSet(o.name))
            continue;
        const auto c = oneChar(parser.value(o.name));
        if (!c) {
            ctx.err << "streamlens import: --" << o.name << " takes one character (or \\t)\n";
            return Usage;
        }
        o.target = *c;
    }
    if (format.decimalSeparator != '.' && format.decimalSeparator != ',') {
        ctx.err << "streamlens import: --decimal is . or ,\n";
        return Usage;
    }
    if (parser.isSet("encoding"))
        format.encoding = parser.value("encoding").toStdString();
    if (parser.isSet("date-format"))
        format.dateFormat = parser.value("date-format").toStdString();
    if (parser.isSet("no-header"))
        format.hasHeader = false;

    std::optional<io::TableKind> table;
    if (parser.isSet("table")) {
        table = io::mapping::tableFromName(parser.value("table").toStdString());
        if (!table) {
            ctx.err << "streamlens import: --table is users, content, sessions or events\n";
            return Usage;
        }
        if (fromFile && *table != mapping.table) {
            ctx.err << "streamlens import: --table " << parser.value("table").toStdString()
                    << " but the mapping is for " << io::tableName(mapping.table) << "\n";
            return Usage;
        }
    }
    if (!fromFile) {
        const auto preview = io::mapping::previewForeign(path, format, 1);
        if (!preview.ok()) {
            ctx.err << "streamlens import: " << preview.error << "\n";
            return InputError;
        }
        if (!table)
            table = io::tableFromFileName(path);
        if (!table && format.hasHeader)
            table = io::tableFromHeader(preview.columns);
        if (!table) {
            ctx.err << "streamlens import: cannot tell which table " << path
                    << " holds; name it with --table users|content|sessions|events\n";
            return Usage;
        }
        const io::CsvFormat chosen = format;
        if (format.hasHeader) {
            mapping = ColumnMapping::autoMatch(*table, preview.columns);
        } else {
            mapping = ColumnMapping(*table);
            for (size_t c = 0; c < mapping.rules.size() && c < preview.columns.size(); ++c) {
                mapping.rules[c].source = io::mapping::ColumnRule::Source::Position;
                mapping.rules[c].position = int(c);
            }
        }
        mapping.format = chosen;
    }
    out.path = path;
    out.mapping = std::move(mapping);
    return Ok;
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
                         "[--rejects FILE.csv] [--max-reject-rate R]\n"
                         "       streamlens import FILE --mapping MAPPING.json | --table TABLE "
                         "[--delimiter C] [--quote C] [--encoding E] [--decimal C] "
                         "[--date-format F] [--no-header] [--db STORE] ...",
                         "Validates contract CSV files and loads them into the store in one "
                         "transaction. Rows whose keys exist are replaced, so re-importing the "
                         "same files changes nothing. A file in another layout or format comes "
                         "in through a column mapping (see docs/data-formats.md, \"Column "
                         "mapping\"; resources/mappings has ready ones); without --mapping its "
                         "columns are matched to the contract's by name. Exit codes: 0 loaded, "
                         "2 usage, 3 file error (nothing loaded), 4 too many rejected rows "
                         "(nothing loaded), 5 store error.");
    parser.addPositional("paths", "A directory of contract CSV files, or the files.",
                         "DIR|FILE...");
    parser.addOption("db", "Store file (default: the embedded store).", "STORE");
    parser.addOption("report", "Write the run report (counts, timings, rejects) as JSON.",
                     "FILE.json");
    parser.addOption("rejects", "Where to write rejected rows as CSV.", "FILE.csv");
    parser.addOption("max-reject-rate",
                     "Load nothing when more than this fraction of rows is rejected (default "
                     "0.01, or the mapping's max_reject_rate).",
                     "R");
    parser.addOption("mapping", "Column mapping (JSON) for a file in another layout.",
                     "MAPPING.json");
    parser.addOption("table", "The table a single file in another layout or format holds.",
                     "users|content|sessions|events");
    parser.addOption("delimiter", "Field delimiter of that file (one character, \\t for tab).",
                     "C");
    parser.addOption("quote", "Quote character of that file.", "C");
    parser.addOption("encoding",
                     "Text encoding of that file: UTF-8, ISO-8859-1, Windows-1252, UTF-16LE, "
                     "UTF-16BE (a byte order mark is recognised).",
                     "E");
    parser.addOption("decimal", "Decimal separator of that file: \".\" or \",\".", "C");
    parser.addOption("date-format",
                     "Dates and timestamps of that file: iso, unix_s, unix_ms or a pattern such "
                     "as dd-MM-yy or MM/dd/yyyy HH:mm.",
                     "F");
    parser.addOption("no-header", "That file has no header row (columns by position).");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const QStringList paths = parser.positional();
    if (paths.isEmpty()) {
        ctx.err << "streamlens import: name a directory or files to import\n";
        return Usage;
    }
    std::optional<double> maxRejectRate = 0.01;
    if (parser.isSet("max-reject-rate")) {
        maxRejectRate = parser.number("max-reject-rate", 0.0, 1.0);
        if (!maxRejectRate)
            return Usage;
    }
    const bool mapped = wantsMapping(parser);
    io::mapping::ForeignFile foreign;
    if (mapped) {
        if (paths.size() != 1) {
            ctx.err << "streamlens import: --mapping, --table and the format options apply to "
                       "one file; name exactly one\n";
            return Usage;
        }
        if (const int code = foreignFile(ctx, parser, paths.front().toStdString(), foreign);
            code != Ok)
            return code;
        if (!parser.isSet("max-reject-rate"))
            maxRejectRate = foreign.mapping.format.maxRejectRate;
    }

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
    const io::ImportReport report = mapped ? io::mapping::importForeign(dataset, {foreign}, options)
                                           : io::importInto(dataset, files, options);
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
