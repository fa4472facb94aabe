// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/ExitCode.h"
#include "generator/SyntheticGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <filesystem>
#include <limits>

namespace streamlens::cli {

int runGenerate(CommandContext& ctx)
{
    CommandParser parser(ctx,
                         "streamlens generate --out DIR [--sessions N] [--users N] [--content N] "
                         "[--days D] [--seed S] [--no-events]",
                         "Writes a seeded, realistic synthetic dataset as the four contract CSV "
                         "files plus ground_truth.json (the planted effects). The same seed and "
                         "options give byte-identical files.");
    parser.addOption("out", "Directory to write into (created if missing).", "DIR");
    parser.addOption("sessions", "Number of viewing sessions.", "N", "1000000");
    parser.addOption("users", "Number of users (default: sessions / 20).", "N", "0");
    parser.addOption("content", "Number of titles (default: sessions / 500, at least 50).", "N",
                     "0");
    parser.addOption("days", "Days of data, ending 2026-11-23.", "D", "90");
    parser.addOption("seed", "Random seed.", "S", "42");
    parser.addOption("no-events", "Do not write performance_events.csv.");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    if (!parser.isSet("out")) {
        ctx.err << "streamlens generate: --out DIR is required\n";
        return Usage;
    }
    const auto sessions = parser.integer("sessions", 1, 200'000'000);
    const auto users = parser.integer("users", 0, 100'000'000);
    const auto content = parser.integer("content", 0, 10'000'000);
    const auto days = parser.integer("days", 1, 3650);
    const auto seed = parser.integer("seed", 0, std::numeric_limits<long long>::max());
    if (!sessions || !users || !content || !days || !seed)
        return Usage;

    generator::GeneratorOptions options;
    options.sessions = *sessions;
    options.users = *users;
    options.content = *content;
    options.days = static_cast<int>(*days);
    options.seed = static_cast<uint64_t>(*seed);
    options.withEvents = !parser.isSet("no-events");

    const std::string dir = parser.value("out").toStdString();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        ctx.err << "streamlens generate: cannot create " << dir << ": " << ec.message() << "\n";
        return InputError;
    }
    QElapsedTimer timer;
    timer.start();
    const Dataset dataset = generator::generate(options);
    const double generateSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const auto written = generator::writeContractCsv(dataset, dir);
    if (!written.ok) {
        ctx.err << "streamlens generate: " << written.error << "\n";
        return InputError;
    }
    QFile truth(QString::fromStdString(dir + "/ground_truth.json"));
    if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        truth.write(QJsonDocument(generator::groundTruth(options)).toJson()) < 0) {
        ctx.err << "streamlens generate: cannot write " << truth.fileName().toStdString() << "\n";
        return InputError;
    }
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    ctx.out << "Generated " << dataset.sessions.size() << " sessions, " << dataset.events.size()
            << " events, " << dataset.users.size() << " users, " << dataset.content.size()
            << " titles in " << generateSeconds << " s; wrote "
            << (written.bytes + (1 << 19)) / (1 << 20) << " MiB to " << dir << " in "
            << writeSeconds << " s\n";
    return Ok;
}

} // namespace streamlens::cli
