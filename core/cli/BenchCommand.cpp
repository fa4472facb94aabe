// SPDX-License-Identifier: MIT
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/ExitCode.h"
#include "cli/ResourceUsage.h"
#include "generator/SyntheticGenerator.h"
#include "io/ContractImporter.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "store/SqliteStore.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>

namespace streamlens::cli {

namespace {
double seconds(QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e9;
}

// Median wall time in ms of `runs` calls after one warm-up call.
double medianMs(int runs, const std::function<void()>& fn)
{
    fn();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
}

// Q2's time window: the first 14 UTC days from midnight of the earliest start date.
std::pair<std::string, std::string> firstFortnight(const Dataset& data)
{
    const auto& ts = data.sessions.startTs;
    const int64_t first = ts.empty() ? 0 : *std::min_element(ts.begin(), ts.end());
    const QDate day = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).date();
    return {day.toString(Qt::ISODate).toStdString(),
            day.addDays(13).toString(Qt::ISODate).toStdString()}; // --to is inclusive
}

struct QueryTimes {
    double q[6] = {};
};

QueryTimes timeDashboardQueries(const Dataset& data, int runs)
{
    QueryTimes times;
    std::string error;
    const query::Filter all;
    auto [from, to] = firstFortnight(data);
    auto q2filter =
        query::Filter::parseWhere({"stream_type=vod", "device_type=smart_tv,mobile"}, &error);
    if (!q2filter || !q2filter->setFromDate(from, &error) || !q2filter->setToDate(to, &error))
        throw std::runtime_error("bench: Q2 filter: " + error);

    times.q[0] = medianMs(runs, [&] { query::computeKpis(data, query::select(data, all)); });
    times.q[1] = medianMs(runs, [&] { query::computeKpis(data, query::select(data, *q2filter)); });
    const char* dims[] = {"cdn", "device_type", "country", "day"};
    for (int i = 0; i < 4; ++i)
        times.q[2 + i] = medianMs(runs, [&] {
            if (!query::computeKpisBy(data, query::select(data, all), dims[i], &error))
                throw std::runtime_error("bench: " + error);
        });
    return times;
}
} // namespace

int runBench(CommandContext& ctx)
{
    CommandParser parser(ctx, "streamlens bench [--sessions N | --csv DIR] [--no-events] [--json]",
                         "Measures generation, CSV import with full validation, memory, store "
                         "write/open and the dashboard query set Q1-Q6 (median of 5 runs after "
                         "a warm-up).");
    parser.addOption("sessions", "Sessions to generate.", "N", "10000000");
    parser.addOption("csv", "Benchmark existing contract files instead of generating.", "DIR");
    parser.addOption("no-events", "Generate without performance events.");
    parser.addOption("runs", "Timed runs per query.", "N", "5");
    parser.addOption("json", "Machine-readable output.");
    int code = Ok;
    if (!parser.parse(code))
        return code;
    const auto sessions = parser.integer("sessions", 1, 200'000'000);
    const auto runs = parser.integer("runs", 1, 100);
    if (!sessions || !runs)
        return Usage;

    QJsonObject result;
    QTemporaryDir work;
    if (!work.isValid()) {
        ctx.err << "streamlens bench: cannot create a temporary folder\n";
        return Failure;
    }
    std::string dir = parser.value("csv").toStdString();
    QElapsedTimer timer;
    if (dir.empty()) {
        dir = work.path().toStdString() + "/csv";
        generator::GeneratorOptions options;
        options.sessions = *sessions;
        options.withEvents = !parser.isSet("no-events");
        timer.start();
        {
            const Dataset generated = generator::generate(options);
            const auto written = generator::writeContractCsv(generated, dir);
            if (!written.ok) {
                ctx.err << "streamlens bench: " << written.error << "\n";
                return Failure;
            }
            result["csv_bytes"] = static_cast<double>(written.bytes);
        }
        result["generate_s"] = seconds(timer);
    }

    Dataset data;
    timer.restart();
    const io::ImportReport report = io::importInto(data, {dir}, io::ImportOptions{});
    result["import_s"] = seconds(timer);
    if (report.status != io::ImportStatus::Ok && report.status != io::ImportStatus::OkWithRejects) {
        ctx.err << "streamlens bench: import failed: " << report.summary() << "\n";
        return InputError;
    }
    QJsonArray files;
    for (const auto& f : report.toJson().value("files").toArray())
        files.append(f);
    result["import_files"] = files;
    data.shrinkToFit();
    const size_t n = std::max<size_t>(1, data.sessions.size());
    result["sessions"] = static_cast<double>(data.sessions.size());
    result["events"] = static_cast<double>(data.events.size());
    result["bytes_per_session"] = static_cast<double>(data.sessions.memoryBytes()) / n;
    result["session_dictionary_bytes"] = static_cast<double>(data.sessions.dictionaryBytes());
    result["bytes_per_event"] =
        data.events.size() ? static_cast<double>(data.events.memoryBytes()) / data.events.size()
                           : 0.0;

    const std::string storePath = work.path().toStdString() + "/bench.db";
    std::string error;
    {
        store::SqliteStore store;
        timer.restart();
        if (!store.open(storePath, true, &error) || !store.save(data, &error)) {
            ctx.err << "streamlens bench: " << error << "\n";
            return StoreError;
        }
        result["store_write_s"] = seconds(timer);
    }
    {
        Dataset reopened;
        store::SqliteStore store;
        timer.restart();
        if (!store.open(storePath, false, &error) || !store.load(reopened, &error)) {
            ctx.err << "streamlens bench: " << error << "\n";
            return StoreError;
        }
        result["store_open_s"] = seconds(timer);
        data = std::move(reopened); // the queries run on what a user opening the store gets
    }

    const QueryTimes q = timeDashboardQueries(data, static_cast<int>(*runs));
    double total = 0;
    for (int i = 0; i < 6; ++i) {
        result[QString("q%1_ms").arg(i + 1)] = q.q[i];
        total += q.q[i];
    }
    result["q_total_ms"] = total;
    result["peak_rss_mb"] = peakResidentBytes() / (1024.0 * 1024.0);
    result["threads"] = static_cast<double>(std::thread::hardware_concurrency());

    if (parser.isSet("json")) {
        ctx.out << QJsonDocument(result).toJson().toStdString();
        return Ok;
    }
    char line[160];
    auto print = [&](const char* label, const char* key, const char* unit) {
        if (!result.contains(key))
            return;
        std::snprintf(line, sizeof line, "%-34s %12.3f %s\n", label, result[key].toDouble(), unit);
        ctx.out << line;
    };
    ctx.out << "StreamLens benchmark: " << data.sessions.size() << " sessions, "
            << data.events.size() << " events, " << std::thread::hardware_concurrency()
            << " threads\n";
    print("generate + write CSV", "generate_s", "s");
    print("import CSV (full validation)", "import_s", "s");
    for (const auto& f : files) {
        const auto o = f.toObject();
        std::snprintf(line, sizeof line, "  %-32s %12.3f s\n",
                      o.value("table").toString().toStdString().c_str(),
                      o.value("seconds").toDouble());
        ctx.out << line;
    }
    print("bytes per session (resident)", "bytes_per_session", "B");
    print("bytes per event (resident)", "bytes_per_event", "B");
    print("store write", "store_write_s", "s");
    print("store open", "store_open_s", "s");
    print("Q1 all KPIs", "q1_ms", "ms");
    print("Q2 vod, smart_tv+mobile, 14 days", "q2_ms", "ms");
    print("Q3 by cdn", "q3_ms", "ms");
    print("Q4 by device_type", "q4_ms", "ms");
    print("Q5 by country", "q5_ms", "ms");
    print("Q6 daily series", "q6_ms", "ms");
    print("Q1-Q6 total", "q_total_ms", "ms");
    print("peak RSS", "peak_rss_mb", "MiB");
    return Ok;
}

} // namespace streamlens::cli
