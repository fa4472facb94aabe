// SPDX-License-Identifier: MIT
// Randomized cross-check of the fast paths (histogram quantiles, per-thread accumulators and
// their merge, sparse groups, distinct-user bitsets and pairs, bitmap selections) against a
// naive implementation written here from the contract's definitions: row predicates,
// std::sort quantiles, std::set distinct users, long double sums, std::chrono calendar.

#include "QueryTestData.h"

#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"

#include <QtTest>

#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <random>
#include <set>

using namespace streamlens;
using namespace streamlens::query;

namespace {

constexpr size_t kSessions = 100'000;
constexpr int kUsers = 3'000;
constexpr int kTitles = 300;

const char* const kDevices[] = {"mobile",   "tablet",  "desktop",
                                "smart_tv", "console", "streaming_stick"};
const char* const kPlans[] = {"free", "basic", "standard", "premium"};

Dataset randomDataset()
{
    std::mt19937_64 rng(20260301); // fixed seed: the same data on every run
    const auto pick = [&](uint64_t n) { return rng() % n; };
    std::vector<querytest::UserSpec> users(kUsers);
    for (int i = 0; i < kUsers; ++i) {
        users[i].id = "u" + std::to_string(i);
        users[i].age = pick(10) == 0 ? -1 : static_cast<int>(13 + pick(80));
        users[i].plan = kPlans[pick(4)];
        users[i].churned = pick(5) == 0;
    }
    std::vector<querytest::ContentSpec> content(kTitles);
    for (int i = 0; i < kTitles; ++i) {
        content[i].id = "c" + std::to_string(i);
        content[i].title = "Title " + std::to_string(i % 250); // some titles repeat
        content[i].isOriginal = static_cast<int>(pick(3)) - 1;
    }
    std::vector<querytest::SessionSpec> s(kSessions);
    // Start times over 40 days around 1970-01-01, so floor division is exercised.
    const int64_t base = -20 * int64_t(86'400'000);
    for (auto& x : s) {
        x.user = static_cast<int>(pick(kUsers));
        x.content = static_cast<int>(pick(kTitles));
        x.ts = base + static_cast<int64_t>(pick(40ull * 86'400'000));
        x.device = kDevices[pick(6)];
        x.cdn = "cdn_" + std::string(1, static_cast<char>('a' + pick(5)));
        x.country = std::string("C") + std::to_string(pick(40));
        x.isp = pick(4) == 0 ? "" : "isp" + std::to_string(pick(3));
        x.stream = pick(4) == 0 ? "live" : "vod";
        const uint64_t outcome = pick(100);
        if (outcome < 90) {
            // Many ties (whole 10 ms steps) and a tail past the histogram's 65,535 ms.
            x.startupMs = pick(50) == 0 ? static_cast<int32_t>(60'000 + pick(40'000))
                                        : static_cast<int32_t>(10 * pick(600));
            x.playingMs = pick(20) == 0 ? 0 : static_cast<int32_t>(pick(7'200'000));
            x.rebufferCount = pick(3) == 0 ? static_cast<int32_t>(pick(60)) : 0;
            x.rebufferMs = x.rebufferCount ? static_cast<int32_t>(pick(120'000)) : 0;
            x.bitrateMilli =
                pick(30) == 0
                    ? std::nullopt
                    : std::optional<int32_t>(static_cast<int32_t>(145'000 + pick(16'800'000)));
            x.resolution = streamlens::contract::kResolutions[pick(8)];
            x.flags = static_cast<uint8_t>((pick(50) == 0 ? contract::PlaybackFailure : 0) |
                                           (pick(2) ? contract::Completed : 0));
        } else {
            x.flags = outcome < 95 ? contract::StartFailure : contract::ExitBeforeStart;
        }
    }
    return querytest::makeDataset(users, content, s);
}

// ---- the naive reference ---------------------------------------------------------------

long double naiveQuantile(std::vector<int32_t> x, long double p)
{
    std::sort(x.begin(), x.end());
    const long double h = (x.size() - 1) * p; // 0-based position
    const size_t lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(x.size() - 1, lo + 1);
    return x[lo] + (h - lo) * (static_cast<long double>(x[hi]) - x[lo]);
}

struct Naive {
    int64_t attempts = 0, started = 0;
    std::optional<long double> vsf, ebvs, pf, median, p95, ratio, freq, withRebuf, bitrate,
        completion, startupScore, smoothness, churn;
    long double hours = 0;
};

Naive naiveKpis(const Dataset& d, const std::vector<size_t>& rows, bool filtered)
{
    const SessionTable& s = d.sessions;
    Naive n;
    int64_t sf = 0, eb = 0, pf = 0, vod = 0, completed = 0, withRebuf = 0, count = 0;
    long double playing = 0, playingAll = 0, rebuf = 0, brNum = 0, brDen = 0, score = 0, smooth = 0;
    std::vector<int32_t> startups;
    std::set<int32_t> users;
    for (size_t r : rows) {
        ++n.attempts;
        users.insert(s.userIndex[r]);
        const uint8_t f = s.flags[r];
        sf += (f & contract::StartFailure) != 0;
        eb += (f & contract::ExitBeforeStart) != 0;
        playingAll += s.playingTimeMs[r] / 1000.0L;
        if (s.startupTimeMs[r] == kNullInt32)
            continue;
        ++n.started;
        pf += (f & contract::PlaybackFailure) != 0;
        if (s.streamType.value(r) == "vod") {
            ++vod;
            completed += (f & contract::Completed) != 0;
        }
        const long double p = s.playingTimeMs[r] / 1000.0L, rb = s.rebufferTimeMs[r] / 1000.0L;
        playing += p;
        rebuf += rb;
        count += s.rebufferCount[r];
        withRebuf += s.rebufferCount[r] > 0;
        if (s.avgBitrateMilliKbps[r] != kNullInt32) {
            brNum += s.avgBitrateMilliKbps[r] / 1000.0L * p;
            brDen += p;
        }
        startups.push_back(s.startupTimeMs[r]);
        score += 100.0L * 8 / (8 + s.startupTimeMs[r] / 1000.0L);
        const long double c = s.rebufferCount[r];
        const long double ratio = (p + rb) > 0 ? rb / (p + rb) : 0;
        smooth += (100 / std::sqrt(1 + (c / 2) * (c / 2)) + 100 * std::exp(-10 * ratio)) / 2;
    }
    const auto div = [](long double a, long double b) -> std::optional<long double> {
        if (b == 0)
            return std::nullopt;
        return a / b;
    };
    n.vsf = div(sf, n.attempts);
    n.ebvs = div(eb, n.attempts);
    n.pf = div(pf, n.started);
    if (!startups.empty()) {
        n.median = naiveQuantile(startups, 0.5L);
        n.p95 = naiveQuantile(startups, 0.95L);
    }
    if (n.started) {
        n.ratio = div(rebuf, playing + rebuf);
        n.freq = div(count, playing / 60);
        n.bitrate = div(brNum, brDen);
        n.startupScore = score / n.started;
        n.smoothness = smooth / n.started;
    }
    n.withRebuf = div(withRebuf, n.started);
    n.completion = div(completed, vod);
    n.hours = playingAll / 3600;
    int64_t churned = 0, userCount = 0;
    if (filtered) {
        for (int32_t u : users)
            churned += d.users.churned[static_cast<size_t>(u)];
        userCount = static_cast<int64_t>(users.size());
    } else {
        for (uint8_t c : d.users.churned)
            churned += c;
        userCount = static_cast<int64_t>(d.users.size());
    }
    n.churn = div(churned, userCount);
    return n;
}

std::string dayText(int64_t ms)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    const year_month_day ymd(day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::string naiveKey(const Dataset& d, std::string_view dim, size_t r)
{
    using namespace std::chrono;
    const SessionTable& s = d.sessions;
    const int64_t ts = s.startTs[r];
    if (dim == "device_type")
        return std::string(*s.deviceType.value(r));
    if (dim == "cdn")
        return std::string(*s.cdn.value(r));
    if (dim == "isp")
        return std::string(s.isp.value(r).value_or(""));
    if (dim == "day")
        return dayText(ts);
    if (dim == "hour") {
        const auto t = sys_time<milliseconds>(milliseconds(ts));
        return std::to_string(floor<hours>(t - floor<days>(t)).count());
    }
    if (dim == "weekday") {
        static const char* names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
        return names[weekday(floor<days>(sys_time<milliseconds>(milliseconds(ts)))).c_encoding()];
    }
    if (dim == "plan")
        return std::string(*d.users.plan.value(static_cast<size_t>(s.userIndex[r])));
    if (dim == "age_band") {
        const int age = d.users.age[static_cast<size_t>(s.userIndex[r])];
        if (age == kNullInt16)
            return "";
        return age < 18   ? "13-17"
               : age < 25 ? "18-24"
               : age < 35 ? "25-34"
               : age < 45 ? "35-44"
               : age < 55 ? "45-54"
               : age < 65 ? "55-64"
                          : "65+";
    }
    if (dim == "content_id")
        return d.content.contentId.value(static_cast<size_t>(s.contentIndex[r]));
    if (dim == "title")
        return std::string(d.content.title.value(static_cast<size_t>(s.contentIndex[r])));
    if (dim == "outcome")
        return s.startupTimeMs[r] != kNullInt32        ? "started"
               : (s.flags[r] & contract::StartFailure) ? "start_failure"
                                                       : "exit_before_start";
    if (dim == "resolution")
        return s.resolutionCode[r] == contract::kNullResolution
                   ? ""
                   : std::to_string(contract::kResolutions[s.resolutionCode[r]]);
    qFatal("no naive key for %s", std::string(dim).c_str());
}

std::string compare(const KpiValues& v, const Naive& n)
{
    if (v.attempts != n.attempts || v.started != n.started)
        return "counts differ";
    const auto check = [](const char* name, std::optional<double> a, std::optional<long double> b,
                          long double rel) -> std::string {
        if (a.has_value() != b.has_value())
            return std::string(name) + ": null on one side";
        if (a && std::fabs(*a - *b) > rel * std::max(1.0L, std::fabs(*b)))
            return std::string(name) + ": " + std::to_string(*a) + " vs " +
                   std::to_string(static_cast<double>(*b));
        return {};
    };
    const long double rel = 1e-12L;
    for (const std::string& e :
         {check("vsf", v.vsf_rate, n.vsf, rel), check("ebvs", v.ebvs_rate, n.ebvs, rel),
          check("pf", v.playback_failure_rate, n.pf, rel),
          check("median", v.startup_time_ms_median, n.median, rel),
          check("p95", v.startup_time_ms_p95, n.p95, rel),
          check("ratio", v.rebuffer_ratio, n.ratio, rel),
          check("freq", v.rebuffer_frequency_per_min, n.freq, rel),
          check("with", v.sessions_with_rebuffer_rate, n.withRebuf, rel),
          check("bitrate", v.avg_bitrate_kbps, n.bitrate, rel),
          check("completion", v.completion_rate, n.completion, rel),
          check("hours", v.playing_hours, n.hours, rel),
          check("startup_score", v.startup_score, n.startupScore, rel),
          check("smoothness", v.smoothness_score, n.smoothness, rel),
          check("churn", v.churn_rate, n.churn, rel)})
        if (!e.empty())
            return e;
    return {};
}

std::vector<QueryOptions> engineVariants()
{
    std::vector<QueryOptions> out(4);
    out[0].threads = 1;
    out[1].threads = 2;
    out[1].minRowsPerThread = 1000; // 100k rows really are split
    out[2].threads = 3;
    out[2].minRowsPerThread = 1000;
    out[2].maxDenseGroups = 0;     // sparse medians
    out[2].maxUserBitsetBytes = 0; // distinct users by pairs
    out[3].threads = 4;
    out[3].minRowsPerThread = 4096;
    out[3].maxDenseGroups = 100000; // dense histograms even for titles
    return out;
}

const Dataset& dataset()
{
    static const Dataset d = randomDataset();
    return d;
}

} // namespace

class TestQueryCrossCheck : public QObject {
    Q_OBJECT
private slots:
    void filters_data();
    void filters();
    void groups_data();
    void groups();
};

void TestQueryCrossCheck::filters_data()
{
    QTest::addColumn<QStringList>("clauses");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("all") << QStringList{} << ""
                         << "";
    QTest::newRow("dashboard q2") << QStringList{"stream_type=vod", "device_type=smart_tv,mobile"}
                                  << "1969-12-12"
                                  << "1969-12-25";
    QTest::newRow("joined + range")
        << QStringList{"plan=premium,basic", "startup_time_ms>=1000", "startup_time_ms<3000"} << ""
        << "";
    QTest::newRow("negation + null") << QStringList{"isp!=isp0", "age_band!=13-17,"} << ""
                                     << "1970-01-01";
    QTest::newRow("nothing") << QStringList{"cdn=cdn_z"} << ""
                             << "";
}

void TestQueryCrossCheck::filters()
{
    QFETCH(QStringList, clauses);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Dataset& d = dataset();
    std::vector<std::string> where;
    for (const QString& c : clauses)
        where.push_back(c.toStdString());
    std::string error;
    auto f = Filter::parseWhere(where, &error);
    QVERIFY2(f, error.c_str());
    if (!from.isEmpty())
        QVERIFY(f->setFromDate(from.toStdString(), &error));
    if (!to.isEmpty())
        QVERIFY(f->setToDate(to.toStdString(), &error));

    // Naive predicate, written directly against the columns.
    const SessionTable& s = d.sessions;
    const auto inDays = [&](size_t r) {
        const std::string day = dayText(s.startTs[r]);
        return (from.isEmpty() || day >= from.toStdString()) &&
               (to.isEmpty() || day <= to.toStdString());
    };
    std::function<bool(size_t)> pred = [](size_t) { return true; };
    const std::string tag = QTest::currentDataTag();
    if (tag == "dashboard q2")
        pred = [&](size_t r) {
            const auto dev = *s.deviceType.value(r);
            return *s.streamType.value(r) == "vod" && (dev == "smart_tv" || dev == "mobile");
        };
    else if (tag == "joined + range")
        pred = [&](size_t r) {
            const auto plan = *d.users.plan.value(static_cast<size_t>(s.userIndex[r]));
            const int32_t su = s.startupTimeMs[r];
            return (plan == "premium" || plan == "basic") && su != kNullInt32 && su >= 1000 &&
                   su < 3000;
        };
    else if (tag == "negation + null")
        pred = [&](size_t r) {
            return s.isp.value(r) != std::optional<std::string_view>("isp0") &&
                   naiveKey(d, "age_band", r) != "13-17" && naiveKey(d, "age_band", r) != "";
        };
    else if (tag == "nothing")
        pred = [](size_t) { return false; };
    std::vector<size_t> rows;
    for (size_t r = 0; r < s.size(); ++r)
        if (pred(r) && inDays(r))
            rows.push_back(r);
    const Naive expected = naiveKpis(d, rows, !f->isEmpty());

    // The same rows as an explicit bitmap (runs of full words, not the "all rows" path).
    if (!rows.empty()) {
        std::vector<uint64_t> words((s.size() + 63) / 64, 0);
        for (size_t r : rows)
            words[r / 64] |= uint64_t(1) << (r % 64);
        const Selection bitmap = Selection::fromBits(s.size(), words, true);
        QCOMPARE(bitmap.count(), rows.size());
        const std::string diff = compare(KpiEngine().all(d, bitmap), naiveKpis(d, rows, true));
        QVERIFY2(diff.empty(), (diff + " (explicit bitmap)").c_str());
    }

    for (const QueryOptions& options : engineVariants()) {
        const Selection sel = select(d, *f, options, &error);
        QCOMPARE(sel.count(), rows.size());
        const auto indices = sel.rowIndices();
        QVERIFY(std::equal(indices.begin(), indices.end(), rows.begin(), rows.end()));
        const std::string diff = compare(KpiEngine(options).all(d, sel), expected);
        QVERIFY2(diff.empty(),
                 (diff + " (threads " + std::to_string(options.threads) + ")").c_str());
    }
}

void TestQueryCrossCheck::groups_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<bool>("filtered");
    for (const char* dim : {"device_type", "cdn", "isp", "day", "hour", "weekday", "plan",
                            "age_band", "content_id", "title", "outcome", "resolution"}) {
        QTest::newRow(dim) << QString(dim) << false;
        QTest::newRow((std::string(dim) + " filtered").c_str()) << QString(dim) << true;
    }
}

void TestQueryCrossCheck::groups()
{
    QFETCH(QString, dimension);
    QFETCH(bool, filtered);
    const Dataset& d = dataset();
    const std::string dim = dimension.toStdString();
    Filter f;
    if (filtered)
        QVERIFY(f.addClause("stream_type=vod", nullptr));
    std::map<std::string, std::vector<size_t>> naiveGroups;
    for (size_t r = 0; r < d.sessions.size(); ++r)
        if (!filtered || *d.sessions.streamType.value(r) == "vod")
            naiveGroups[naiveKey(d, dim, r)].push_back(r);

    // Every group is a filtered set: churn over its distinct users.
    std::map<std::string, Naive> expected;
    for (const auto& [key, rows] : naiveGroups)
        expected.emplace(key, naiveKpis(d, rows, true));

    for (const QueryOptions& options : engineVariants()) {
        const Selection sel = select(d, f, options);
        std::string error;
        const auto g = KpiEngine(options).by(d, sel, dim, &error);
        QVERIFY2(g, error.c_str());
        QCOMPARE(g->size(), expected.size());
        for (size_t i = 0; i < g->size(); ++i) {
            const auto it = expected.find(g->keys[i]);
            QVERIFY2(it != expected.end(), g->keys[i].c_str());
            const std::string diff = compare(g->values[i], it->second);
            QVERIFY2(diff.empty(), (g->keys[i] + ": " + diff + " (threads " +
                                    std::to_string(options.threads) + ")")
                                       .c_str());
        }
    }
}

QTEST_APPLESS_MAIN(TestQueryCrossCheck)
#include "tst_query_crosscheck.moc"
