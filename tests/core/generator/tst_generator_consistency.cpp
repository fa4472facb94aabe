// SPDX-License-Identifier: MIT
// Every rule of ../shared/data-contract.md, checked on every generated row: one start outcome
// per session, legal enum values, valid references, and the cross-file rules between a
// session and its events. Then the written CSV files are read back with a strict reader.

#include "GeneratorTestSupport.h"
#include "data/ContractEnums.h"
#include "data/IdLookup.h"
#include "generator/CivilTime.h"
#include "generator/SyntheticGenerator.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace streamlens;
using namespace streamlens::generator;
using namespace streamlens::contract;

namespace {

// Collects rule violations with the first few examples, so one failing run says what broke.
struct Violations {
    std::map<std::string, int> counts;
    void add(const std::string& rule, size_t row)
    {
        if (counts[rule]++ < 3)
            qWarning("%s (row %zu)", rule.c_str(), row);
    }
    int total() const
    {
        int n = 0;
        for (const auto& [rule, c] : counts)
            n += c;
        return n;
    }
};

bool isUpperAlpha2(std::string_view s)
{
    return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

} // namespace

class TestGeneratorConsistency : public QObject {
    Q_OBJECT

private:
    Dataset m_data;
    GeneratorOptions m_options;

private slots:
    void initTestCase()
    {
        m_options.sessions = 100000;
        m_data = generate(m_options);
        QCOMPARE(m_data.sessions.size(), size_t(100000));
        QCOMPARE(m_data.users.size(), size_t(5000));  // sessions / 20
        QCOMPARE(m_data.content.size(), size_t(200)); // sessions / 500
        QVERIFY(m_data.events.size() > 3 * m_data.sessions.size());
    }

    void identifiersAreUnique()
    {
        std::vector<size_t> dup;
        IdLookup(m_data.users.userId, &dup);
        IdLookup(m_data.content.contentId, &dup);
        IdLookup(m_data.sessions.sessionId, &dup);
        IdLookup(m_data.events.eventId, &dup);
        QCOMPARE(dup.size(), size_t(0));
    }

    void usersFollowTheContract()
    {
        const UserTable& u = m_data.users;
        Violations v;
        const int32_t lastDay = GeneratorOptions::kDefaultEndDate;
        for (size_t i = 0; i < u.size(); ++i) {
            if (!u.country.value(i) || !isUpperAlpha2(*u.country.value(i)))
                v.add("country is not ISO alpha-2", i);
            if (u.age[i] != kNullInt16 && (u.age[i] < 13 || u.age[i] > 110))
                v.add("age outside 13..110", i);
            if (u.gender.codes[i] != SmallCategorical::kNull &&
                u.gender.codes[i] >= kGenders.size())
                v.add("gender not in the contract set", i);
            if (u.plan.codes[i] >= kPlans.size())
                v.add("plan missing or not in the contract set", i);
            if (u.monthlyFeeMilli[i] == kNullInt32 || u.monthlyFeeMilli[i] < 0)
                v.add("monthly_fee missing or negative", i);
            if (u.plan.codes[i] == uint8_t(Plan::Free) && u.monthlyFeeMilli[i] != 0)
                v.add("free plan with a fee", i);
            if (u.churned[i] > 1)
                v.add("churned not boolean", i);
            if (u.churned[i] == 1 &&
                (u.churnDate[i] == kNullInt32 || u.churnDate[i] < u.signupDate[i]))
                v.add("churned without churn_date >= signup_date", i);
            if (u.churned[i] == 0 && u.churnDate[i] != kNullInt32)
                v.add("churn_date set for a user who did not churn", i);
            if (u.signupDate[i] > lastDay ||
                (u.churnDate[i] != kNullInt32 && u.churnDate[i] > lastDay))
                v.add("date after the end of the data", i);
        }
        QCOMPARE(v.total(), 0);
    }

    void contentFollowsTheContract()
    {
        const ContentTable& c = m_data.content;
        Violations v;
        for (size_t i = 0; i < c.size(); ++i) {
            if (c.title.value(i).empty())
                v.add("empty title", i);
            if (c.contentType.codes[i] >= kContentTypes.size())
                v.add("content_type not in the contract set", i);
            if (c.genre.isNull(i))
                v.add("genre missing", i);
            if (c.releaseYear[i] != kNullInt16 &&
                (c.releaseYear[i] < 1900 || c.releaseYear[i] > 2100))
                v.add("release_year outside 1900..2100", i);
            if (c.durationS[i] <= 0)
                v.add("duration_s not > 0", i);
            if (c.avgRatingMilli[i] != kNullInt32 &&
                (c.avgRatingMilli[i] < 0 || c.avgRatingMilli[i] > 5000))
                v.add("avg_rating outside 0..5", i);
            if (auto lang = c.language.value(i);
                lang && (lang->size() != 2 || (*lang)[0] < 'a' || (*lang)[0] > 'z'))
                v.add("language not ISO 639-1", i);
            if (c.isOriginal[i] > 1 && c.isOriginal[i] != kNullBool)
                v.add("is_original not boolean", i);
        }
        QCOMPARE(v.total(), 0);
    }

    void sessionsFollowTheContract()
    {
        const SessionTable& s = m_data.sessions;
        const ContentTable& c = m_data.content;
        Violations v;
        const int64_t windowStart = int64_t(m_options.resolvedStartDate()) * kMsPerDay;
        const int64_t windowEnd = windowStart + int64_t(m_options.days) * kMsPerDay;
        for (size_t i = 0; i < s.size(); ++i) {
            const uint8_t f = s.flags[i];
            const bool started = s.started(i);
            const int outcomes =
                int(started) + int(bool(f & StartFailure)) + int(bool(f & ExitBeforeStart));
            if (outcomes != 1)
                v.add("not exactly one start outcome", i);
            if ((f & PlaybackFailure) && !started)
                v.add("playback_failure on a session that never started", i);
            if (s.userIndex[i] < 0 || size_t(s.userIndex[i]) >= m_data.users.size())
                v.add("user_id does not exist in users", i);
            if (s.contentIndex[i] < 0 || size_t(s.contentIndex[i]) >= c.size()) {
                v.add("content_id does not exist in content", i);
                continue;
            }
            if (s.startTs[i] < windowStart || s.startTs[i] >= windowEnd)
                v.add("start_ts outside the window", i);
            if (s.deviceType.codes[i] >= kDeviceTypes.size())
                v.add("device_type not in the contract set", i);
            if (s.connectionType.codes[i] >= kConnectionTypes.size())
                v.add("connection_type not in the contract set", i);
            if (s.streamType.codes[i] >= kStreamTypes.size())
                v.add("stream_type not in the contract set", i);
            if (s.cdn.isNull(i) || !isUpperAlpha2(s.country.value(i).value_or("")))
                v.add("cdn or country missing", i);
            const bool live = s.streamType.codes[i] == uint8_t(StreamType::Live);
            if (live != (c.contentType.codes[s.contentIndex[i]] == uint8_t(ContentType::Live)))
                v.add("stream_type does not match the title's type", i);
            if (s.playingTimeMs[i] < 0 || s.rebufferCount[i] < 0 || s.rebufferTimeMs[i] < 0 ||
                s.bitrateSwitches[i] < 0)
                v.add("negative count or time", i);
            if ((s.rebufferCount[i] == 0) != (s.rebufferTimeMs[i] == 0))
                v.add("rebuffer_time_ms not 0 exactly when rebuffer_count is 0", i);
            if (started) {
                if (s.startupTimeMs[i] < 0)
                    v.add("negative startup", i);
                if (s.avgBitrateMilliKbps[i] == kNullInt32 || s.avgBitrateMilliKbps[i] < 0)
                    v.add("started without avg_bitrate_kbps", i);
                if (s.resolutionCode[i] >= kResolutions.size())
                    v.add("started without a legal resolution_p", i);
            } else {
                if (s.playingTimeMs[i] != 0 || s.rebufferCount[i] != 0 || s.bitrateSwitches[i] != 0)
                    v.add("not started but played, stalled or switched", i);
                if (s.avgBitrateMilliKbps[i] != kNullInt32 ||
                    s.resolutionCode[i] != kNullResolution)
                    v.add("bitrate or resolution set without a start", i);
            }
            if (((f & StartFailure) || (f & PlaybackFailure)) && s.errorCode.isNull(i))
                v.add("failure without error_code", i);
            // completed: played >= 90 % of duration_s, vod only (the contract's definition).
            const bool shouldComplete =
                started && !live &&
                int64_t(s.playingTimeMs[i]) * 10 >= int64_t(c.durationS[s.contentIndex[i]]) * 9000;
            if (bool(f & Completed) != shouldComplete)
                v.add("completed disagrees with playing_time_s >= 0.9 duration_s (vod)", i);
        }
        QCOMPARE(v.total(), 0);
    }

    void eventsMatchTheirSessions()
    {
        const SessionTable& s = m_data.sessions;
        const EventTable& e = m_data.events;
        Violations v;
        // Group events by session without assuming any order.
        std::vector<uint32_t> begin(s.size() + 1, 0);
        for (size_t k = 0; k < e.size(); ++k) {
            if (e.sessionIndex[k] < 0 || size_t(e.sessionIndex[k]) >= s.size()) {
                v.add("event session_id does not exist in sessions", k);
                continue;
            }
            ++begin[e.sessionIndex[k] + 1];
        }
        for (size_t i = 0; i < s.size(); ++i)
            begin[i + 1] += begin[i];
        std::vector<uint32_t> order(e.size()), fill(begin.begin(), begin.end() - 1);
        for (size_t k = 0; k < e.size(); ++k)
            if (e.sessionIndex[k] >= 0 && size_t(e.sessionIndex[k]) < s.size())
                order[fill[e.sessionIndex[k]]++] = uint32_t(k);

        for (size_t k = 0; k < e.size(); ++k) {
            const uint8_t t = e.eventType.codes[k];
            if (t >= kEventTypes.size())
                v.add("event_type not in the contract set", k);
            if ((t == uint8_t(EventType::Startup) || t == uint8_t(EventType::Rebuffer)) &&
                (e.durationMs[k] == kNullInt32 || e.durationMs[k] < 0))
                v.add("startup/rebuffer event without duration_ms >= 0", k);
            if (t == uint8_t(EventType::BitrateChange) &&
                (e.bitrateKbps[k] == kNullInt32 || e.bitrateKbps[k] <= 0))
                v.add("bitrate_change without bitrate_kbps > 0", k);
            if (t == uint8_t(EventType::Error) && (e.errorCode.isNull(k) || e.fatal[k] > 1))
                v.add("error event without error_code and fatal", k);
        }

        for (size_t i = 0; i < s.size(); ++i) {
            int startups = 0, rebuffers = 0, switches = 0, fatalErrors = 0;
            int64_t startupMs = -1, rebufferMs = 0, previousTs = INT64_MIN;
            std::optional<std::string_view> lastError;
            const int64_t spanEnd = s.startTs[i] + (s.started(i) ? s.startupTimeMs[i] : 0) +
                                    s.playingTimeMs[i] + s.rebufferTimeMs[i];
            for (uint32_t j = begin[i]; j < begin[i + 1]; ++j) {
                const uint32_t k = order[j];
                const auto t = static_cast<EventType>(e.eventType.codes[k]);
                if (e.ts[k] < s.startTs[i])
                    v.add("event before the session's start_ts", i);
                if (s.started(i) && e.ts[k] > spanEnd)
                    v.add("event after the session's end", i);
                if (e.ts[k] < previousTs)
                    v.add("events of a session out of time order", i);
                previousTs = e.ts[k];
                if (t == EventType::Startup) {
                    ++startups;
                    startupMs = e.durationMs[k];
                } else if (t == EventType::Rebuffer) {
                    ++rebuffers;
                    rebufferMs += e.durationMs[k];
                    if (e.durationMs[k] <= 0)
                        v.add("empty stall", i);
                } else if (t == EventType::BitrateChange) {
                    ++switches;
                } else if (t == EventType::Error) {
                    fatalErrors += e.fatal[k] == 1;
                    lastError = e.errorCode.value(k);
                }
                if (e.cdnPop.value(k) &&
                    e.cdnPop.value(k)->rfind(std::string(*s.cdn.value(i)) + "-", 0) != 0)
                    v.add("cdn_pop of another cdn", i);
            }
            if (begin[i + 1] == begin[i])
                v.add("session without events", i);
            // The contract's cross-file rules.
            if (s.started(i) && (startups != 1 || startupMs != s.startupTimeMs[i]))
                v.add("started session without exactly one startup event of its startup_time_ms",
                      i);
            if (!s.started(i) && startups != 0)
                v.add("startup event for a session that never started", i);
            if (rebuffers != s.rebufferCount[i] || rebufferMs != s.rebufferTimeMs[i])
                v.add("rebuffer events do not number rebuffer_count and sum to rebuffer_time_ms",
                      i);
            if (switches != s.bitrateSwitches[i])
                v.add("bitrate_change events do not number bitrate_switches", i);
            const bool failed = s.flags[i] & (StartFailure | PlaybackFailure);
            if (failed != (fatalErrors == 1) || fatalErrors > 1)
                v.add("fatal error events do not match the failure flags", i);
            if (lastError != s.errorCode.value(i))
                v.add("session error_code is not its last error event's code", i);
        }
        QCOMPARE(v.total(), 0);
    }

    void edgeOptions()
    {
        // No sessions: users and titles still exist, files are header-only, nothing crashes.
        GeneratorOptions none;
        none.sessions = 0;
        const Dataset empty = generate(none);
        QCOMPARE(empty.sessions.size(), size_t(0));
        QCOMPARE(empty.events.size(), size_t(0));
        QCOMPARE(empty.users.size(), size_t(1));
        QCOMPARE(empty.content.size(), size_t(50));
        QTemporaryDir tmp;
        const WriteResult r = generateToDirectory(none, tmp.path().toStdString());
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.files.size(), size_t(4)); // users, content, sessions, ground truth

        // One day starting in 1900, one title, more users than sessions, one thread.
        GeneratorOptions odd;
        odd.sessions = 3000;
        odd.users = 5000;
        odd.content = 1;
        odd.days = 1;
        odd.startDate = daysFromCivil(1900, 1, 1);
        odd.threads = 1;
        QVERIFY(validate(odd).empty());
        const Dataset d = generate(odd);
        QCOMPARE(d.sessions.size(), size_t(3000));
        const int64_t from = int64_t(*odd.startDate) * kMsPerDay;
        int bad = 0;
        for (size_t i = 0; i < d.sessions.size(); ++i) {
            bad += d.sessions.startTs[i] < from || d.sessions.startTs[i] >= from + kMsPerDay;
            bad += d.sessions.contentIndex[i] != 0;
        }
        QCOMPARE(bad, 0);
        const QJsonObject incident =
            groundTruth(odd)["effects"].toObject()["cdn_incident"].toObject();
        QCOMPARE(incident["start"].toObject()["iso"].toString(),
                 QString("1900-01-01T14:00:00.000Z"));
    }

    void writtenFilesReadBack()
    {
        GeneratorOptions o;
        o.sessions = 20000;
        o.content = 200; // enough titles that commas and quotes occur
        QTemporaryDir tmp;
        const WriteResult r = generateToDirectory(o, tmp.path().toStdString());
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.files.size(), size_t(5));
        const QRegularExpression timestamp("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$");
        const QRegularExpression date("^\\d{4}-\\d\\d-\\d\\d$");
        const QRegularExpression decimal("^\\d+(\\.\\d{1,3})?$");
        const QRegularExpression boolean("^(true|false)$");
        struct Spec {
            const char* file;
            int columns;
            std::vector<int> timestamps, dates, decimals, booleans;
        };
        const Spec specs[] = {
            {"users.csv", 10, {}, {1}, {6}, {8}},
            {"content.csv", 10, {}, {}, {7}, {}},
            {"sessions.csv", 24, {3}, {}, {13, 16}, {19, 20, 21, 23}},
            {"performance_events.csv", 9, {2}, {}, {}, {}},
        };
        for (const Spec& spec : specs) {
            const auto rows =
                generator_test::parseCsv(generator_test::readAll(tmp.path() + "/" + spec.file));
            QVERIFY2(rows.has_value(), spec.file);
            QVERIFY(rows->size() > 1);
            int bad = 0;
            for (size_t i = 0; i < rows->size(); ++i) {
                const auto& row = (*rows)[i];
                if (int(row.size()) != spec.columns) {
                    ++bad;
                    continue;
                }
                if (i == 0)
                    continue;
                auto check = [&](const std::vector<int>& cols, const QRegularExpression& re) {
                    for (int c : cols)
                        if (!row[c].empty() &&
                            !re.match(QString::fromStdString(row[c])).hasMatch()) {
                            if (bad++ < 3)
                                qWarning("%s row %zu column %d: '%s'", spec.file, i, c,
                                         row[c].c_str());
                        }
                };
                check(spec.timestamps, timestamp);
                check(spec.dates, date);
                check(spec.decimals, decimal);
                check(spec.booleans, boolean);
            }
            QCOMPARE(bad, 0);
        }
        // Titles with commas and quotes survive the round trip.
        const auto content =
            generator_test::parseCsv(generator_test::readAll(tmp.path() + "/content.csv"));
        std::set<std::string> titles;
        for (size_t i = 1; i < content->size(); ++i)
            titles.insert((*content)[i][1]);
        bool comma = false, quote = false;
        for (const auto& t : titles) {
            comma |= t.find(',') != std::string::npos;
            quote |= t.find('"') != std::string::npos;
        }
        QVERIFY(comma);
        QVERIFY(quote);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorConsistency)
#include "tst_generator_consistency.moc"
