// SPDX-License-Identifier: MIT
// The generated data looks like published streaming figures, and every planted effect can be
// found again in the data with about its stated size (and disappears when switched off).
// Everything is computed with plain loops over the columns, independently of the KPI engine.
// Where a range is not a published figure, the comment derives it from the model.

#include "GeneratorTestSupport.h"
#include "data/ContractEnums.h"
#include "generator/CivilTime.h"
#include "generator/SyntheticGenerator.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>

using namespace streamlens;
using namespace streamlens::generator;
using namespace streamlens::contract;

namespace {

std::string_view text(const Categorical& c, size_t row)
{
    return c.value(row).value_or("");
}

int hourUtc(int64_t ts)
{
    return static_cast<int>(floorDiv(ts, kMsPerHour) % 24);
}

// Σ rebuffer / (Σ playing + Σ rebuffer) over the started sessions that pass the filter.
double rebufferRatio(const SessionTable& s, const std::function<bool(size_t)>& keep)
{
    double rebuffer = 0, playing = 0;
    for (size_t i = 0; i < s.size(); ++i)
        if (s.started(i) && keep(i)) {
            rebuffer += s.rebufferTimeMs[i];
            playing += s.playingTimeMs[i];
        }
    return rebuffer / (rebuffer + playing);
}

std::vector<int32_t> startups(const SessionTable& s, const std::function<bool(size_t)>& keep)
{
    std::vector<int32_t> v;
    for (size_t i = 0; i < s.size(); ++i)
        if (s.started(i) && keep(i))
            v.push_back(s.startupTimeMs[i]);
    return v;
}

double share(const SessionTable& s, uint8_t flag, const std::function<bool(size_t)>& keep)
{
    size_t n = 0, hit = 0;
    for (size_t i = 0; i < s.size(); ++i)
        if (keep(i)) {
            ++n;
            hit += (s.flags[i] & flag) != 0;
        }
    return double(hit) / double(n);
}

auto any = [](size_t) { return true; };

// Planted effect (a): affected sessions against the other CDNs in the same countries/hours.
double degradationRatio(const Dataset& d)
{
    const SessionTable& s = d.sessions;
    auto region = [&](size_t i) {
        const auto c = text(s.country, i);
        const int h = hourUtc(s.startTs[i]);
        return (c == "DE" || c == "FR" || c == "NL" || c == "BE" || c == "AT") && h >= 18 && h < 23;
    };
    return rebufferRatio(s, [&](size_t i) { return region(i) && text(s.cdn, i) == "cdn_b"; }) /
           rebufferRatio(s, [&](size_t i) { return region(i) && text(s.cdn, i) != "cdn_b"; });
}

// Planted effect (b): observed median startup of tizen 5.2.0 against tizen's other releases.
double slowStartupRatio(const Dataset& d)
{
    const SessionTable& s = d.sessions;
    auto tizen = [&](size_t i) { return text(s.os, i) == "tizen" && !s.playerVersion.isNull(i); };
    return generator_test::median(startups(
               s, [&](size_t i) { return tizen(i) && text(s.playerVersion, i) == "5.2.0"; })) /
           generator_test::median(startups(
               s, [&](size_t i) { return tizen(i) && text(s.playerVersion, i) != "5.2.0"; }));
}

// Planted effect (d): OLS slope of ln(playing_time_s) on the rebuffering ratio in percent,
// over started vod sessions without playback failure.
double elasticitySlope(const Dataset& d)
{
    const SessionTable& s = d.sessions;
    std::vector<double> x, y;
    for (size_t i = 0; i < s.size(); ++i) {
        if (!s.started(i) || s.streamType.codes[i] != uint8_t(StreamType::Vod) ||
            (s.flags[i] & PlaybackFailure))
            continue;
        const double play = s.playingTimeMs[i], rebuffer = s.rebufferTimeMs[i];
        x.push_back(100.0 * rebuffer / (play + rebuffer));
        y.push_back(std::log(play / 1000.0));
    }
    return generator_test::olsSlope(x, y);
}

// Planted effect (e): logistic regression of churned on plan dummies (standard as reference),
// the user's rebuffering ratio in percent and mean startup in seconds. Returns the
// coefficients of those last two.
std::pair<double, double> churnCoefficients(const Dataset& d)
{
    const SessionTable& s = d.sessions;
    const size_t n = d.users.size();
    std::vector<double> rebuffer(n, 0), playing(n, 0), startup(n, 0), started(n, 0);
    for (size_t i = 0; i < s.size(); ++i) {
        if (!s.started(i))
            continue;
        const auto u = size_t(s.userIndex[i]);
        rebuffer[u] += s.rebufferTimeMs[i];
        playing[u] += s.playingTimeMs[i];
        startup[u] += s.startupTimeMs[i];
        started[u] += 1;
    }
    Eigen::MatrixXd X(n, 6);
    Eigen::VectorXd y(n);
    for (size_t u = 0; u < n; ++u) {
        const uint8_t plan = d.users.plan.codes[u];
        const double total = rebuffer[u] + playing[u];
        X.row(u) << 1.0, plan == uint8_t(Plan::Free), plan == uint8_t(Plan::Basic),
            plan == uint8_t(Plan::Premium), total > 0 ? 100.0 * rebuffer[u] / total : 0.0,
            started[u] > 0 ? startup[u] / started[u] / 1000.0 : 0.0;
        y(u) = d.users.churned[u];
    }
    const Eigen::VectorXd b = generator_test::logisticRegression(X, y);
    return {b(4), b(5)};
}

} // namespace

class TestGeneratorRealism : public QObject {
    Q_OBJECT

private:
    Dataset m_data;  // defaults, 200k sessions
    Dataset m_plain; // same, every planted effect off
    GeneratorOptions m_options;

private slots:
    void initTestCase()
    {
        m_options.sessions = 200000;
        m_data = generate(m_options);
        GeneratorOptions plain = m_options;
        plain.setAllEffects(false);
        m_plain = generate(plain);
        QCOMPARE(m_data.sessions.size(), size_t(200000));
    }

    void startOutcomes()
    {
        const SessionTable& s = m_data.sessions;
        // Conviva/Mux industry figures: video start failures 1-3 % of attempts.
        const double vsf = share(s, StartFailure, any);
        QVERIFY2(vsf >= 0.01 && vsf <= 0.03, qPrintable(QString::number(vsf)));
        // Model: 0.8 % + 5.8 %/s beyond 2 s with ~30 % of waits over 2 s → a few percent.
        const double ebvs = share(s, ExitBeforeStart, any);
        QVERIFY2(ebvs >= 0.01 && ebvs <= 0.06, qPrintable(QString::number(ebvs)));
        // Model base 0.4 % of started sessions, ×2 on cellular, ×(1 + 30 r) with stalls.
        const double pf = share(s, PlaybackFailure, [&](size_t i) { return s.started(i); });
        QVERIFY2(pf >= 0.001 && pf <= 0.02, qPrintable(QString::number(pf)));
    }

    void startupTimes()
    {
        const SessionTable& s = m_data.sessions;
        auto device = [&](DeviceType d) {
            return [&s, d](size_t i) { return s.deviceType.codes[i] == uint8_t(d); };
        };
        auto connection = [&](ConnectionType c) {
            return [&s, c](size_t i) { return s.connectionType.codes[i] == uint8_t(c); };
        };
        // Mux/Conviva: median video startup around 1-2 s.
        const double all = generator_test::median(startups(s, any));
        QVERIFY2(all >= 1000 && all <= 2000, qPrintable(QString::number(all)));
        // Big screens start slower than phones (model ×1.45 vs ×1.0); cellular slower than
        // Wi-Fi (×1.4 vs ×1.0). Ten percent is far below both gaps.
        const double tv = generator_test::median(startups(s, device(DeviceType::SmartTv)));
        const double mobile = generator_test::median(startups(s, device(DeviceType::Mobile)));
        QVERIFY2(tv > 1.1 * mobile, qPrintable(QString("%1 vs %2").arg(tv).arg(mobile)));
        const double cellular =
            generator_test::median(startups(s, connection(ConnectionType::Cellular)));
        const double wifi = generator_test::median(startups(s, connection(ConnectionType::Wifi)));
        QVERIFY2(cellular > 1.1 * wifi, qPrintable(QString("%1 vs %2").arg(cellular).arg(wifi)));
        // Krishnan & Sitaraman: slower starts lose more viewers before the first frame.
        QVERIFY(share(s, ExitBeforeStart, device(DeviceType::SmartTv)) >
                1.5 * share(s, ExitBeforeStart, device(DeviceType::Desktop)));
        QVERIFY(share(s, ExitBeforeStart, connection(ConnectionType::Cellular)) >
                share(s, ExitBeforeStart, connection(ConnectionType::Ethernet)));
    }

    void rebuffering()
    {
        const SessionTable& s = m_data.sessions;
        size_t started = 0, stalled = 0;
        for (size_t i = 0; i < s.size(); ++i)
            if (s.started(i)) {
                ++started;
                stalled += s.rebufferCount[i] > 0;
            }
        // Conviva/Krishnan & Sitaraman: 25-40 % of views see rebuffering; ratio 0.1-1 %.
        const double withStalls = double(stalled) / double(started);
        QVERIFY2(withStalls >= 0.25 && withStalls <= 0.40, qPrintable(QString::number(withStalls)));
        const double ratio = rebufferRatio(s, any);
        QVERIFY2(ratio >= 0.001 && ratio <= 0.01, qPrintable(QString::number(ratio)));
    }

    void deviceMixAndCaps()
    {
        const SessionTable& s = m_data.sessions;
        std::array<size_t, 6> count{};
        for (size_t i = 0; i < s.size(); ++i)
            ++count[s.deviceType.codes[i]];
        auto n = [&](DeviceType d) { return count[size_t(d)]; };
        // Conviva: connected TVs carry most viewing; smart TVs lead, then mobile, desktop, tablet.
        for (size_t d = 0; d < count.size(); ++d)
            QVERIFY(n(DeviceType::SmartTv) >= count[d]);
        QVERIFY(n(DeviceType::SmartTv) + n(DeviceType::StreamingStick) + n(DeviceType::Console) >
                s.size() / 2);
        QVERIFY(n(DeviceType::Mobile) > n(DeviceType::Desktop));
        QVERIFY(n(DeviceType::Desktop) > n(DeviceType::Tablet));
        // HLS ladder 145..16,800 kbps; phones stop at 1080p; basic and free plans at 720p.
        int capViolations = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            if (!s.started(i))
                continue;
            const int lines = kResolutions[s.resolutionCode[i]];
            const uint8_t plan = m_data.users.plan.codes[s.userIndex[i]];
            capViolations +=
                s.avgBitrateMilliKbps[i] < 145'000 || s.avgBitrateMilliKbps[i] > 16'800'000;
            capViolations += s.deviceType.codes[i] == uint8_t(DeviceType::Mobile) && lines > 1080;
            capViolations +=
                (plan == uint8_t(Plan::Free) || plan == uint8_t(Plan::Basic)) && lines > 720;
        }
        QCOMPARE(capViolations, 0);
    }

    void cyclesAndPopularity()
    {
        const SessionTable& s = m_data.sessions;
        // US viewers (UTC-6 in the model) at local 20-23 h against local 3-6 h: the diurnal
        // weights are 24.6 vs 1.7 on weekdays, so anything below 5× means no evening peak.
        std::array<size_t, 24> local{};
        std::array<double, 7> perWeekday{};
        for (size_t i = 0; i < s.size(); ++i)
            if (text(s.country, i) == "US") {
                const int64_t t = s.startTs[i] - 6 * kMsPerHour;
                ++local[hourUtc(t)];
                perWeekday[weekdayOf(int32_t(floorDiv(t, kMsPerDay)))] += 1;
            }
        QVERIFY(local[20] + local[21] + local[22] > 5 * (local[3] + local[4] + local[5]));
        // Weekly cycle: Saturday weight 1.18 vs Tuesday 0.90 per day (1.31×); count days.
        std::array<int, 7> days{};
        for (int d = 0; d < m_options.days; ++d)
            ++days[weekdayOf(m_options.resolvedStartDate() + d)];
        const double saturday = perWeekday[5] / days[5], tuesday = perWeekday[1] / days[1];
        QVERIFY2(saturday > 1.15 * tuesday,
                 qPrintable(QString("%1 vs %2").arg(saturday).arg(tuesday)));
        // Zipf(0.95) over 400 titles: the top 10 % take Σ_{k≤40} k^-0.95 / Σ_{k≤400} k^-0.95 ≈ 0.6.
        std::vector<size_t> views(m_data.content.size(), 0);
        for (size_t i = 0; i < s.size(); ++i)
            ++views[s.contentIndex[i]];
        std::sort(views.rbegin(), views.rend());
        size_t top = 0;
        for (size_t k = 0; k < views.size() / 10; ++k)
            top += views[k];
        QVERIFY(double(top) / double(s.size()) > 0.45);
        // Live is a minority; vod completion (≥ 90 % played) between a third and two thirds.
        size_t live = 0, vodStarted = 0, completed = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            live += s.streamType.codes[i] == uint8_t(StreamType::Live);
            if (s.started(i) && s.streamType.codes[i] == uint8_t(StreamType::Vod)) {
                ++vodStarted;
                completed += (s.flags[i] & Completed) != 0;
            }
        }
        QVERIFY(live > s.size() / 50 && live < s.size() / 3);
        QVERIFY(completed > vodStarted / 3 && completed < 2 * vodStarted / 3);
    }

    void plansAndChurn()
    {
        const UserTable& u = m_data.users;
        // US list prices (price index 1.0): free 0, basic 11.99, standard 15.49, premium 22.99.
        const std::array<int32_t, 4> fee = {0, 11990, 15490, 22990};
        std::array<size_t, 4> users{}, churned{};
        for (size_t i = 0; i < u.size(); ++i) {
            if (text(u.country, i) == "US")
                QCOMPARE(u.monthlyFeeMilli[i], fee[u.plan.codes[i]]);
            ++users[u.plan.codes[i]];
            churned[u.plan.codes[i]] += u.churned[i];
        }
        for (size_t p = 0; p < 4; ++p)
            QVERIFY(users[p] > 0);
        // Plan log-odds +0.9 (free) vs -0.3 (premium).
        QVERIFY(double(churned[0]) / users[0] > 1.5 * double(churned[3]) / users[3]);
    }

    void effectCdnDegradation()
    {
        // Planted ×3 on the stall ratio (capped at 30 %, before the playing-time effect).
        const double on = degradationRatio(m_data), off = degradationRatio(m_plain);
        QVERIFY2(on > 2.2 && on < 3.8, qPrintable(QString::number(on)));
        // Off: only cdn_b's own stall factor 1.05 against 1.0/0.95.
        QVERIFY2(off > 0.7 && off < 1.4, qPrintable(QString::number(off)));
    }

    void effectSlowStartup()
    {
        // Planted ×1.8 on the median; abandonment removes some of the slowest, so the
        // observed ratio is a little lower (1.73 at 300k sessions).
        const double on = slowStartupRatio(m_data), off = slowStartupRatio(m_plain);
        QVERIFY2(on > 1.45 && on < 2.1, qPrintable(QString::number(on)));
        QVERIFY2(off > 0.85 && off < 1.2, qPrintable(QString::number(off)));
    }

    void effectIncident()
    {
        // A 7-day window puts ~13× more sessions in the 3-hour incident than 90 days would.
        GeneratorOptions o;
        o.sessions = 100000;
        o.days = 7;
        const Dataset d = generate(o);
        const QJsonObject incident =
            groundTruth(o)["effects"].toObject()["cdn_incident"].toObject();
        QCOMPARE(incident["cdn"].toString(), QString("cdn_c"));
        QCOMPARE(incident["start_failure_multiplier"].toDouble(), 8.0);
        const auto from = int64_t(incident["start"].toObject()["ms"].toDouble());
        const auto to = int64_t(incident["end"].toObject()["ms"].toDouble());
        QCOMPARE(to - from, 3 * kMsPerHour);
        const SessionTable& s = d.sessions;
        auto cdnC = [&](size_t i) { return text(s.cdn, i) == "cdn_c"; };
        size_t inside = 0;
        for (size_t i = 0; i < s.size(); ++i)
            inside += cdnC(i) && s.startTs[i] >= from && s.startTs[i] < to;
        QVERIFY2(inside > 100, qPrintable(QString::number(inside)));
        const double during = share(s, StartFailure, [&](size_t i) {
            return cdnC(i) && s.startTs[i] >= from && s.startTs[i] < to;
        });
        const double outside = share(s, StartFailure, [&](size_t i) {
            return cdnC(i) && (s.startTs[i] < from || s.startTs[i] >= to);
        });
        QVERIFY2(during / outside > 4 && during / outside < 14,
                 qPrintable(QString::number(during / outside)));
    }

    void effectElasticity()
    {
        // Planted: ln(playing) falls by k = 0.05 per rebuffering percentage point. R's
        // lm(log(playing_time_s) ~ Rp) on this model gave -0.053 ± 0.0027 at 200k sessions,
        // so ±0.012 is over four standard errors.
        const double on = elasticitySlope(m_data), off = elasticitySlope(m_plain);
        QVERIFY2(std::abs(on + 0.05) < 0.012, qPrintable(QString::number(on)));
        QVERIFY2(std::abs(off) < 0.012, qPrintable(QString::number(off)));
    }

    void effectChurn()
    {
        // Planted: +0.35 log-odds per rebuffering percentage point, +0.2 per startup second.
        // R's glm(churned ~ plan + R + su, binomial) on this model gave 0.288 ± 0.049 and
        // 0.145 ± 0.051 at 10k users: the ranges are three standard errors.
        const auto [rebuffer, startup] = churnCoefficients(m_data);
        QVERIFY2(std::abs(rebuffer - 0.35) < 0.15, qPrintable(QString::number(rebuffer)));
        QVERIFY2(std::abs(startup - 0.2) < 0.16, qPrintable(QString::number(startup)));
        const auto [rebufferOff, startupOff] = churnCoefficients(m_plain);
        QVERIFY2(std::abs(rebufferOff) < 0.15, qPrintable(QString::number(rebufferOff)));
        QVERIFY2(std::abs(startupOff) < 0.16, qPrintable(QString::number(startupOff)));
    }

    void groundTruthDescribesTheEffects()
    {
        const QJsonObject gt = groundTruth(m_options);
        QCOMPARE(gt["seed"].toDouble(), 42.0);
        QCOMPARE(gt["options"].toObject()["end_date"].toString(), QString("2026-11-23"));
        QCOMPARE(gt["options"].toObject()["start_date"].toString(),
                 QString("2026-08-26")); // 90 days
        const QJsonObject fx = gt["effects"].toObject();
        const QJsonObject a = fx["cdn_degradation"].toObject();
        QCOMPARE(a["cdn"].toString(), QString("cdn_b"));
        QCOMPARE(a["rebuffer_ratio_multiplier"].toDouble(), 3.0);
        QCOMPARE(a["countries"].toArray().size(), 5);
        QCOMPARE(a["hours_utc"].toArray()[0].toInt(), 18);
        QCOMPARE(fx["slow_startup"].toObject()["player_version"].toString(), QString("5.2.0"));
        QCOMPARE(fx["rebuffer_elasticity"].toObject()["k"].toDouble(), 0.05);
        QCOMPARE(fx["churn_quality"].toObject()["per_rebuffer_pct"].toDouble(), 0.35);
        GeneratorOptions off = m_options;
        off.setAllEffects(false);
        const QJsonObject fxOff = groundTruth(off)["effects"].toObject();
        for (const QString& key : fxOff.keys())
            QVERIFY2(!fxOff[key].toObject()["enabled"].toBool(), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestGeneratorRealism)
#include "tst_generator_realism.moc"
