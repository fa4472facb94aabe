// SPDX-License-Identifier: MIT
// The SQLite store: save -> load keeps every column, through the columnar snapshot and
// through the relational tables; saves are idempotent, transactional and cancellable.
// Every expected value is the hand-built input itself (StoreTestData.h) unless a comment
// says how it was computed.
#include "StoreTestData.h"

#include "data/IdLookup.h"
#include "store/DateText.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStore.h"

#include <sqlite3.h>

#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using namespace streamlens;
using namespace streamlens::store;

class TestStoreRoundtrip : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // A fresh file name per test.
    std::string freshPath()
    {
        return m_dir.filePath(QStringLiteral("store%1.db").arg(++m_counter)).toStdString();
    }

    static void saveOrFail(const std::string& path, const Dataset& d)
    {
        SqliteStore store;
        std::string error;
        QVERIFY2(store.open(path, true, &error), error.c_str());
        QVERIFY2(store.save(d, &error), error.c_str());
    }

    // Loads with one and with two snapshot threads; both must give the same Dataset.
    static Dataset loadOrFail(const std::string& path, SqliteStore::LoadPath expected,
                              bool useSnapshot = true)
    {
        Dataset single = loadWith(path, expected, useSnapshot, 1);
        Dataset two = loadWith(path, expected, useSnapshot, 2);
        [&] { QVERIFY(storetest::sameData(single, two)); }();
        return two;
    }

    static Dataset loadWith(const std::string& path, SqliteStore::LoadPath expected,
                            bool useSnapshot, int threads)
    {
        SqliteStore store;
        std::string error;
        Dataset d;
        [&] {
            QVERIFY2(store.open(path, false, &error), error.c_str());
            store.setUseSnapshot(useSnapshot);
            store.setSnapshotThreads(threads);
            QVERIFY2(store.load(d, &error), error.c_str());
            QCOMPARE(int(store.lastLoadPath()), int(expected));
        }();
        return d;
    }

    // Raw SQL on the file, as the sqlite3 shell would do it (no StreamLens involved).
    static void shell(const std::string& path, const std::string& sql)
    {
        SqliteConnection db;
        db.open(path, SqliteConnection::Mode::ReadWrite);
        db.exec(sql);
    }

    static int64_t shellInt(const std::string& path, const std::string& sql)
    {
        SqliteConnection db;
        db.open(path, SqliteConnection::Mode::ReadOnly);
        return db.queryInt(sql).value_or(-999);
    }

    static std::string shellText(const std::string& path, const std::string& sql)
    {
        SqliteConnection db;
        db.open(path, SqliteConnection::Mode::ReadOnly);
        return db.queryText(sql).value_or("<null>");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void snapshotRoundtripKeepsEveryColumn()
    {
        const Dataset original = storetest::sample();
        const std::string path = freshPath();
        saveOrFail(path, original);
        const Dataset loaded = loadOrFail(path, SqliteStore::LoadPath::Snapshot);
        QVERIFY(storetest::sameData(original, loaded));
        // The snapshot restores the engine's internal state exactly, not only the values.
        QCOMPARE(loaded.sessions.country.codes, original.sessions.country.codes);
        QCOMPARE(loaded.sessions.country.dictionary.values(),
                 original.sessions.country.dictionary.values());
        QVERIFY(loaded.users.userId.isNumeric());
        QCOMPARE(loaded.users.userId.width(), 3); // "u001": prefix "u", padded to 3 digits
        QVERIFY(!loaded.content.contentId.isNumeric());
        QCOMPARE(loaded.events.eventId.prefix(), std::string("e-"));
    }

    void relationalFallbackGivesTheSameDataset()
    {
        const Dataset original = storetest::sample();
        const std::string path = freshPath();
        saveOrFail(path, original);
        const Dataset viaSnapshot = loadOrFail(path, SqliteStore::LoadPath::Snapshot);
        const Dataset viaTables = loadOrFail(path, SqliteStore::LoadPath::Relational, false);
        QVERIFY(storetest::sameData(original, viaTables));
        QVERIFY(storetest::sameData(viaSnapshot, viaTables));
    }

    void tablesHoldContractValues()
    {
        const std::string path = freshPath();
        saveOrFail(path, storetest::sample());
        // Timestamps are integer ms, dates ISO text, decimals REAL in contract units.
        QCOMPARE(shellInt(path, "SELECT start_ts FROM sessions WHERE session_id = '1'"),
                 int64_t(1772389325123));
        QCOMPARE(shellText(path, "SELECT signup_date FROM users WHERE user_id = 'u002'"),
                 std::string("1969-12-31"));
        QCOMPARE(shellText(path, "SELECT churn_date FROM users WHERE user_id = 'u010'"),
                 std::string("0001-01-01"));
        // 3600500 ms of playing time = 3600.5 s.
        QCOMPARE(shellText(path, "SELECT printf('%.3f', playing_time_s) FROM sessions "
                                 "WHERE session_id = '1'"),
                 std::string("3600.500"));
        QCOMPARE(shellInt(path, "SELECT resolution_p FROM sessions WHERE session_id = '1'"),
                 int64_t(1080));
        QCOMPARE(shellText(path, "SELECT gender FROM users WHERE user_id = 'u002'"),
                 std::string("<null>"));
        QCOMPARE(shellText(path, "SELECT title FROM content WHERE content_id = 'ep/β-1'"),
                 std::string(""));
        QCOMPARE(shellText(path, "SELECT value FROM extra_values WHERE table_name = 'sessions' "
                                 "AND row_id = '42'"),
                 std::string("<null>")); // empty values are not stored
        QCOMPARE(shellText(path, "SELECT value FROM extra_values WHERE table_name = 'sessions' "
                                 "AND row_id = '7'"),
                 std::string("🚀"));
        // Session "2" started nothing: start_failure only.
        QCOMPARE(shellText(path, "SELECT start_failure || exit_before_start || "
                                 "playback_failure || completed FROM sessions "
                                 "WHERE session_id = '2'"),
                 std::string("1000"));
        QCOMPARE(shellText(path, "PRAGMA integrity_check"), std::string("ok"));
        QCOMPARE(shellInt(path, "SELECT count(*) FROM pragma_foreign_key_check"), int64_t(0));
        QCOMPARE(shellInt(path, "PRAGMA application_id"), int64_t(0x534C4E53));
        QCOMPARE(shellText(path, "SELECT value FROM meta WHERE key = 'schema_version'"),
                 std::string("1"));
    }

    void resaveChangesNothing()
    {
        const Dataset original = storetest::sample();
        const std::string path = freshPath();
        SqliteStore store;
        std::string error;
        QVERIFY2(store.open(path, true, &error), error.c_str());
        QVERIFY2(store.save(original, &error), error.c_str());
        // First save: 3 users + 3 titles + 5 sessions + 7 events + 5 non-empty extra
        // values (spring, ß..., 🚀, vip, line\nbreak) + 2 extra column rows = 25 rows.
        QCOMPARE(store.lastSaveChanges(), int64_t(3 + 3 + 5 + 7 + 5 + 2));
        const auto before = shellText(path, "SELECT group_concat(rowid || session_id) FROM "
                                            "sessions");
        const auto chunksBefore = shellText(path, "SELECT group_concat(id || ':' || checksum) "
                                                  "FROM engine_snapshot");
        QVERIFY2(store.save(original, &error), error.c_str());
        QCOMPARE(store.lastSaveChanges(), int64_t(0));
        QCOMPARE(shellText(path, "SELECT group_concat(rowid || session_id) FROM sessions"), before);
        // The snapshot chunks were unchanged, so they were kept, not rewritten.
        QCOMPARE(shellText(path, "SELECT group_concat(id || ':' || checksum) FROM "
                                 "engine_snapshot"),
                 chunksBefore);
        QCOMPARE(shellInt(path, "SELECT count(*) FROM sessions"), int64_t(5));
        QCOMPARE(shellInt(path, "SELECT count(*) FROM performance_events"), int64_t(7));
        QCOMPARE(shellInt(path, "SELECT count(*) FROM extra_values"), int64_t(5));
        // Two saves, two generations; the snapshot vouches for the last one.
        QCOMPARE(shellText(path, "SELECT value FROM meta WHERE key = 'generation'"),
                 std::string("2"));
        const Dataset loaded = loadOrFail(path, SqliteStore::LoadPath::Snapshot);
        QVERIFY(storetest::sameData(original, loaded));
    }

    void replaceSaveMirrorsTheNewDataset()
    {
        const std::string path = freshPath();
        saveOrFail(path, storetest::sample());
        // A different dataset: one event fewer, one session changed, one user added.
        Dataset changed = storetest::sample();
        changed.events = EventTable();
        const Dataset full = storetest::sample();
        for (size_t r = 0; r + 1 < full.events.size(); ++r)
            storetest::addEvent(changed.events, full.events.eventId.value(r).c_str(),
                                full.events.sessionIndex[r], full.events.ts[r],
                                std::string(*full.events.eventType.value(r)).c_str(),
                                full.events.durationMs[r], full.events.bitrateKbps[r], nullptr,
                                full.events.fatal[r], "new-pop");
        changed.sessions.rebufferCount[0] = 9;
        storetest::addUser(changed.users, "u011", 5, "FR", 40, "other", "standard", 1, nullptr, 0,
                           kNullInt32);
        changed.extraColumns.pop_back(); // users.note is gone
        changed.extraColumns[0].values = StringColumn();
        for (const char* v : {"", "", "", "", "x"})
            changed.extraColumns[0].values.append(v);
        {
            SqliteStore store;
            std::string error;
            QVERIFY(store.open(path, false, &error));
            QVERIFY2(store.save(changed, &error), error.c_str());
        }
        QCOMPARE(shellInt(path, "SELECT count(*) FROM performance_events"), int64_t(6));
        QCOMPARE(shellInt(path, "SELECT count(*) FROM users"), int64_t(4));
        QCOMPARE(shellInt(path, "SELECT count(*) FROM extra_columns"), int64_t(1));
        QCOMPARE(shellInt(path, "SELECT count(*) FROM extra_values"), int64_t(1));
        QVERIFY(storetest::sameData(changed, loadOrFail(path, SqliteStore::LoadPath::Snapshot)));
        QVERIFY(storetest::sameData(changed,
                                    loadOrFail(path, SqliteStore::LoadPath::Relational, false)));
    }

    void mergeSaveKeepsEarlierRows()
    {
        const std::string path = freshPath();
        const Dataset full = storetest::sample();
        saveOrFail(path, full);
        // Only the first user, no content/sessions/events: a merge keeps the rest.
        Dataset part;
        storetest::addUser(part.users, "u001", 0, "DE", 35, "female", "premium", 17990,
                           "Drame – 犯罪", 0, kNullInt32);
        {
            SqliteStore store;
            std::string error;
            QVERIFY(store.open(path, false, &error));
            store.setSaveMode(SqliteStore::SaveMode::Merge);
            QVERIFY2(store.save(part, &error), error.c_str());
            QCOMPARE(store.lastSaveChanges(), int64_t(1)); // the age changed 34 -> 35
        }
        Dataset expected = storetest::sample();
        expected.users.age[0] = 35;
        expected.source = "";
        // The snapshot only knows `part`, so the load reads the tables and repairs it.
        const Dataset merged = loadWith(path, SqliteStore::LoadPath::Relational, true, 1);
        QVERIFY(storetest::sameData(expected, merged));
        QVERIFY(storetest::sameData(expected, loadOrFail(path, SqliteStore::LoadPath::Snapshot)));
    }

    void shellEditIsSeenAndSnapshotRepaired()
    {
        const std::string path = freshPath();
        saveOrFail(path, storetest::sample());
        shell(path, "UPDATE sessions SET cdn = 'cdn_shell' WHERE session_id = '42'");
        Dataset expected = storetest::sample();
        QVERIFY(expected.sessions.cdn.dictionary.intern("cdn_shell") != Dictionary::npos);
        expected.sessions.cdn.codes[3] =
            static_cast<uint16_t>(expected.sessions.cdn.dictionary.find("cdn_shell"));
        {
            SqliteStore store;
            std::string error;
            Dataset d;
            QVERIFY(store.open(path, false, &error));
            QVERIFY2(store.load(d, &error), error.c_str());
            QCOMPARE(int(store.lastLoadPath()), int(SqliteStore::LoadPath::Relational));
            QVERIFY(QString::fromStdString(store.lastSnapshotSkipReason()).contains("changed"));
            QVERIFY(storetest::sameData(expected, d));
        }
        // The relational load rewrote the snapshot: the next open is fast again.
        QVERIFY(storetest::sameData(expected, loadOrFail(path, SqliteStore::LoadPath::Snapshot)));
    }

    void countMismatchWithoutTriggersFallsBack()
    {
        const std::string path = freshPath();
        saveOrFail(path, storetest::sample());
        // Someone removes the change tracking, then deletes a row.
        SqliteConnection db;
        db.open(path, SqliteConnection::Mode::ReadWrite);
        SqliteStatement list = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'");
        std::vector<std::string> triggers;
        while (list.step())
            triggers.push_back(list.columnString(0));
        QCOMPARE(triggers.size(), size_t(18)); // 6 tracked tables x insert/update/delete
        for (const auto& t : triggers)
            db.exec("DROP TRIGGER " + t);
        db.exec("DELETE FROM performance_events WHERE event_id = 'e-7'");
        db.close();
        for (int threads : {1, 2}) {
            // Counted by the calling thread (1) or by the helper thread (2).
            SqliteStore store;
            std::string error;
            Dataset d;
            QVERIFY(store.open(path, false, &error));
            store.setSnapshotThreads(threads);
            store.setRepairSnapshot(false);
            QVERIFY2(store.load(d, &error), error.c_str());
            QCOMPARE(int(store.lastLoadPath()), int(SqliteStore::LoadPath::Relational));
            QVERIFY2(QString::fromStdString(store.lastSnapshotSkipReason()).contains("row count"),
                     store.lastSnapshotSkipReason().c_str());
            QCOMPARE(d.events.size(), size_t(6));
        }
    }

    void damagedSnapshotChunkFallsBack()
    {
        const std::string path = freshPath();
        const Dataset original = storetest::sample();
        saveOrFail(path, original);
        {
            // Flip one bit of the sessions' start_ts array in place.
            SqliteConnection db;
            db.open(path, SqliteConnection::Mode::ReadWrite);
            const int64_t id = db.queryInt("SELECT id FROM engine_snapshot WHERE table_name = "
                                           "'sessions' AND column_name = 'start_ts'")
                                   .value_or(-1);
            sqlite3_blob* blob = nullptr;
            QCOMPARE(
                sqlite3_blob_open(db.handle(), "main", "engine_snapshot", "data", id, 1, &blob),
                SQLITE_OK);
            unsigned char byte = 0;
            QCOMPARE(sqlite3_blob_read(blob, &byte, 1, 9), SQLITE_OK);
            byte ^= 0x10;
            QCOMPARE(sqlite3_blob_write(blob, &byte, 1, 9), SQLITE_OK);
            sqlite3_blob_close(blob);
        }
        for (int threads : {1, 2}) {
            SqliteStore store;
            std::string error;
            Dataset d;
            QVERIFY(store.open(path, false, &error));
            store.setSnapshotThreads(threads);
            store.setRepairSnapshot(false);
            QVERIFY2(store.load(d, &error), error.c_str());
            QCOMPARE(int(store.lastLoadPath()), int(SqliteStore::LoadPath::Relational));
            QVERIFY2(QString::fromStdString(store.lastSnapshotSkipReason()).contains("checksum"),
                     store.lastSnapshotSkipReason().c_str());
            QVERIFY(storetest::sameData(original, d));
        }
    }

    void cancelledSaveLeavesOldData()
    {
        const std::string path = freshPath();
        const Dataset original = storetest::sample();
        saveOrFail(path, original);
        SqliteStore store;
        std::string error;
        QVERIFY(store.open(path, false, &error));
        int calls = 0;
        QVERIFY(!store.save(storetest::bigger(4000), &error, [&](double) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
        QVERIFY2(QString::fromStdString(error).contains("cancelled"), error.c_str());
        QVERIFY(storetest::sameData(original, loadOrFail(path, SqliteStore::LoadPath::Snapshot)));
        // A cancelled load leaves the target alone too.
        Dataset target = storetest::sample();
        QVERIFY(!store.load(target, &error, [](double) { return false; }));
        QVERIFY(storetest::sameData(original, target));
    }

    void killedSaveLeavesOldData()
    {
        const std::string path = freshPath();
        const Dataset original = storetest::sample();
        saveOrFail(path, original);
        const Dataset big = storetest::bigger(20000);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child dies by SIGKILL halfway through the save, like a killed import.
            SqliteStore store;
            std::string error;
            if (store.open(path, false, &error))
                store.save(big, &error, [](double f) {
                    if (f > 0.5)
                        ::raise(SIGKILL);
                    return true;
                });
            ::_exit(3); // not reached when the kill happened
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);
        QVERIFY(storetest::sameData(original, loadOrFail(path, SqliteStore::LoadPath::Snapshot)));
        QCOMPARE(shellText(path, "PRAGMA integrity_check"), std::string("ok"));
        // The store still accepts the save afterwards.
        saveOrFail(path, big);
        QVERIFY(storetest::sameData(big, loadOrFail(path, SqliteStore::LoadPath::Snapshot)));
    }

    void progressIsMonotonicAndComplete()
    {
        const std::string path = freshPath();
        SqliteStore store;
        std::string error;
        QVERIFY(store.open(path, true, &error));
        std::vector<double> seen;
        auto record = [&](double f) {
            seen.push_back(f);
            return true;
        };
        QVERIFY2(store.save(storetest::bigger(4000), &error, record), error.c_str());
        QVERIFY(seen.size() > 10);
        QVERIFY(seen.size() < 1100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
        seen.clear();
        Dataset d;
        QVERIFY2(store.load(d, &error, record), error.c_str());
        QVERIFY(!seen.empty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
        QCOMPARE(d.sessions.size(), size_t(4000));
    }

    void emptyDatasetRoundtrip()
    {
        const std::string path = freshPath();
        SqliteStore store;
        std::string error;
        QVERIFY(store.open(path, true, &error));
        QVERIFY(store.isEmpty());
        Dataset d = storetest::sample();
        QVERIFY2(store.load(d, &error), error.c_str()); // a new store holds nothing
        QCOMPARE(d.sessions.size(), size_t(0));
        QCOMPARE(d.users.size(), size_t(0));
        QVERIFY2(store.save(Dataset(), &error), error.c_str());
        QVERIFY(store.isEmpty());
        QVERIFY(storetest::sameData(Dataset(), loadOrFail(path, SqliteStore::LoadPath::Snapshot)));
        QVERIFY2(store.save(storetest::sample(), &error), error.c_str());
        QVERIFY(!store.isEmpty());
        // Saving an empty Dataset over data empties the store (Replace mode).
        QVERIFY2(store.save(Dataset(), &error), error.c_str());
        QVERIFY(store.isEmpty());
        QCOMPARE(shellInt(path, "SELECT count(*) FROM extra_values"), int64_t(0));
    }

    void infoReportsCountsAndRange()
    {
        const std::string path = freshPath();
        saveOrFail(path, storetest::sample());
        SqliteStore store;
        std::string error;
        QVERIFY(store.open(path, false, &error));
        for (int pass = 0; pass < 2; ++pass) {
            // Pass 0 reads what the save recorded, pass 1 (after a shell edit) the tables.
            const auto info = store.info(&error);
            QVERIFY2(info, error.c_str());
            QCOMPARE(info->snapshotFresh, pass == 0);
            QCOMPARE(info->schemaVersion, 1);
            QCOMPARE(info->users, int64_t(3));
            QCOMPARE(info->content, int64_t(3));
            QCOMPARE(info->sessions, int64_t(5 - pass));
            QCOMPARE(info->events, int64_t(7));
            // Earliest start: session "2" at -86400000; latest: session "7" at INT64_MAX
            // (removed in pass 1, leaving session "3" at 4102444800000).
            QCOMPARE(info->firstStartMs.value_or(0), int64_t(-86400000));
            QCOMPARE(info->lastStartMs.value_or(0),
                     pass == 0 ? std::numeric_limits<int64_t>::max() : int64_t(4102444800000));
            QCOMPARE(info->source, storetest::sample().source);
            QCOMPARE(info->fileBytes, int64_t(std::filesystem::file_size(path)));
            QVERIFY(info->fileBytes > 0);
            const QJsonObject json = info->toJson();
            QCOMPARE(json.value("sessions").toInteger(), qint64(5 - pass));
            QCOMPARE(json.value("first_start_ts").toString(),
                     QStringLiteral("1969-12-31T00:00:00.000Z"));
            QCOMPARE(json.value("schema_version").toInt(), 1);
            if (pass == 0)
                shell(path, "DELETE FROM sessions WHERE session_id = '7'");
        }
    }

    void inconsistentDatasetIsRejected()
    {
        const std::string path = freshPath();
        SqliteStore store;
        std::string error;
        QVERIFY(store.open(path, true, &error));
        Dataset d = storetest::sample();
        d.sessions.userIndex[1] = 3; // only 3 users
        QVERIFY(!store.save(d, &error));
        QVERIFY2(QString::fromStdString(error).contains("sessions.user_id row 1"), error.c_str());
        d = storetest::sample();
        d.sessions.cdn.codes[0] = 77;
        QVERIFY(!store.save(d, &error));
        QVERIFY2(QString::fromStdString(error).contains("sessions.cdn"), error.c_str());
        d = storetest::sample();
        d.events.ts.pop_back();
        QVERIFY(!store.save(d, &error));
        QVERIFY2(QString::fromStdString(error).contains("performance_events: columns differ"),
                 error.c_str());
        d = storetest::sample();
        d.events.eventId.append("e-1");
        d.events.sessionIndex.push_back(0);
        d.events.ts.push_back(0);
        d.events.eventType.appendNull();
        d.events.durationMs.push_back(0);
        d.events.bitrateKbps.push_back(0);
        d.events.errorCode.appendNull();
        d.events.fatal.push_back(0);
        d.events.cdnPop.appendNull();
        QVERIFY(!store.save(d, &error));
        QVERIFY2(QString::fromStdString(error).contains("'e-1' more than once"), error.c_str());
        QVERIFY(store.isEmpty());
    }

    void dateTextRoundTrips()
    {
        // Reference values from Python's datetime: (date(y, m, d) - date(1970, 1, 1)).days.
        QCOMPARE(formatDate(0), std::string("1970-01-01"));
        QCOMPARE(formatDate(20513), std::string("2026-03-01"));
        QCOMPARE(formatDate(-719162), std::string("0001-01-01"));
        QCOMPARE(formatDate(2932896), std::string("9999-12-31"));
        QCOMPARE(formatDate(11016), std::string("2000-02-29"));
        for (int32_t days : {std::numeric_limits<int32_t>::min() + 1, -1000000, -1, 0, 59, 60,
                             11016, 2932897, std::numeric_limits<int32_t>::max()}) {
            int32_t back = 0;
            QVERIFY2(parseDate(formatDate(days), back), formatDate(days).c_str());
            QCOMPARE(back, days);
        }
        int32_t out = 0;
        for (const char* bad : {"", "2026-02-29", "2026-13-01", "2026-1-01", "26-01-01",
                                "2026-01-01T00", "2026/01/01", "abcd-ef-gh"})
            QVERIFY2(!parseDate(bad, out), bad);
        QCOMPARE(formatTimestampMs(1772389325123LL), std::string("2026-03-01T18:22:05.123Z"));
        QCOMPARE(formatTimestampMs(-1), std::string("1969-12-31T23:59:59.999Z"));
    }

    void defaultPathIsInAppData()
    {
        const std::string path = SqliteStore::defaultPath();
        QVERIFY(!path.empty());
        QVERIFY(QString::fromStdString(path).endsWith("/streamlens.db"));
        QVERIFY(QString::fromStdString(path).startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(std::filesystem::is_directory(std::filesystem::path(path).parent_path()));
        // An empty path opens the default store.
        SqliteStore store;
        std::string error;
        QVERIFY2(store.open("", true, &error), error.c_str());
        QCOMPARE(store.path(), path);
        store.close();
        std::filesystem::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestStoreRoundtrip)
#include "tst_store_roundtrip.moc"
