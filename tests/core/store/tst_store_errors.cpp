// SPDX-License-Identifier: MIT
// The SQLite store facing files it must refuse or treat carefully: not SQLite at all,
// SQLite without the StreamLens schema, a newer schema, damaged contents, read-only and
// impossible locations, a locked store. Each case must give a clear error, never a crash.
#include "StoreTestData.h"

#include "store/SqliteConnection.h"
#include "store/SqliteStore.h"
#include "store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace streamlens;
using namespace streamlens::store;

namespace {

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Deterministic pseudo-random bytes (xorshift64).
std::string randomBytes(size_t n, uint64_t seed)
{
    std::string s(n, '\0');
    for (auto& c : s) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        c = static_cast<char>(seed);
    }
    return s;
}

// Root ignores file modes, so read-only checks run in a child process as "nobody" when the
// tests run as root. fn returns 0 for success, else a failure code with a message; the
// message comes back through a pipe.
int runUnprivileged(const std::function<int(std::string&)>& fn, std::string& message)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return 100;
    const pid_t child = ::fork();
    if (child < 0)
        return 101;
    if (child == 0) {
        ::close(fds[0]);
        int code = 0;
        std::string text;
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            code = 102;
            text = "cannot drop privileges";
        } else {
            code = fn(text);
        }
        (void)!::write(fds[1], text.data(), text.size());
        ::_exit(code);
    }
    ::close(fds[1]);
    char buf[4096];
    ssize_t n = 0;
    message.clear();
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
        message.append(buf, static_cast<size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 200 + WTERMSIG(status);
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestStoreErrors : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::string freshPath(const char* suffix = ".db")
    {
        return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_counter).arg(suffix)).toStdString();
    }

    // Opening must fail, with create or without, mention `expected`, and leave the file as
    // it was (a user's file is never overwritten).
    void expectRefused(const std::string& path, const char* expected)
    {
        const std::string before = readAll(path);
        for (bool create : {false, true}) {
            SqliteStore store;
            std::string error;
            QVERIFY(!store.open(path, create, &error));
            QVERIFY2(contains(error, expected), error.c_str());
            QVERIFY(!store.isOpen());
        }
        QCOMPARE(readAll(path), before);
    }

    std::string savedStore()
    {
        const std::string path = freshPath();
        SqliteStore store;
        std::string error;
        [&] {
            QVERIFY2(store.open(path, true, &error), error.c_str());
            QVERIFY2(store.save(storetest::sample(), &error), error.c_str());
        }();
        return path;
    }

    static void shell(const std::string& path, const std::string& sql)
    {
        SqliteConnection db;
        db.open(path, SqliteConnection::Mode::ReadWrite);
        db.exec(sql);
    }

    // Opening works but loading fails with a message containing `expected`.
    static void expectLoadError(const std::string& path, const char* expected)
    {
        SqliteStore store;
        std::string error;
        QVERIFY2(store.open(path, false, &error), error.c_str());
        Dataset d = storetest::sample();
        d.source = "untouched";
        QVERIFY(!store.load(d, &error));
        QVERIFY2(contains(error, expected), error.c_str());
        QCOMPARE(d.source, std::string("untouched")); // the target is left alone
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The unprivileged child must be able to reach the files.
        QVERIFY(::chmod(m_dir.path().toLocal8Bit().constData(), 0755) == 0);
    }

    void randomBytesAreNotAStore()
    {
        const std::string path = freshPath();
        writeAll(path, randomBytes(65536, 42));
        expectRefused(path, "not a SQLite database");
    }

    void csvFileIsNotAStore()
    {
        const std::string path = freshPath(".csv");
        writeAll(path, "user_id,signup_date,country\nu1,2026-01-01,DE\n");
        expectRefused(path, "not a SQLite database");
    }

    void damagedSqliteHeaderIsRefused()
    {
        // A valid header magic followed by garbage.
        const std::string path = freshPath();
        writeAll(path, std::string("SQLite format 3\0", 16) + randomBytes(8192, 7));
        const std::string before = readAll(path);
        SqliteStore store;
        std::string error;
        QVERIFY(!store.open(path, false, &error));
        QVERIFY2(contains(error, path.c_str()), error.c_str());
        QCOMPARE(readAll(path), before);
    }

    void foreignSqliteIsNotAStore()
    {
        const std::string path = freshPath();
        {
            SqliteConnection db;
            db.open(path, SqliteConnection::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE foo (x); INSERT INTO foo VALUES (1)");
        }
        expectRefused(path, "not a StreamLens store");
        // Same table names as ours, but not made by StreamLens.
        const std::string lookalike = freshPath();
        {
            SqliteConnection db;
            db.open(lookalike, SqliteConnection::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE sessions (session_id TEXT PRIMARY KEY); "
                    "CREATE TABLE meta (key TEXT, value TEXT)");
        }
        expectRefused(lookalike, "not a StreamLens store");
    }

    void emptyFileBecomesAStoreOnlyWithCreate()
    {
        const std::string path = freshPath();
        writeAll(path, "");
        SqliteStore store;
        std::string error;
        QVERIFY(!store.open(path, false, &error));
        QVERIFY2(contains(error, "empty database"), error.c_str());
        QVERIFY2(store.open(path, true, &error), error.c_str());
        QVERIFY(store.isEmpty());
        QCOMPARE(store.info(&error)->schemaVersion, 1);
    }

    void newerSchemaIsRefused()
    {
        const std::string path = savedStore();
        shell(path, "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        expectRefused(path, "newer StreamLens");
    }

    void damagedMetaIsRefused()
    {
        const std::string path = savedStore();
        shell(path, "UPDATE meta SET value = 'abc' WHERE key = 'schema_version'");
        expectRefused(path, "unknown schema version");
        const std::string noMeta = savedStore();
        shell(noMeta, "DROP TABLE meta");
        expectRefused(noMeta, "meta table is missing");
    }

    void impossiblePathsAreRefused()
    {
        SqliteStore store;
        std::string error;
        QVERIFY(!store.open(freshPath(), false, &error));
        QVERIFY2(contains(error, "there is no store"), error.c_str());
        QVERIFY(!store.open(m_dir.path().toStdString(), true, &error));
        QVERIFY2(contains(error, "is a folder"), error.c_str());
        QVERIFY(!store.open(m_dir.filePath("missing/sub/x.db").toStdString(), true, &error));
        QVERIFY2(contains(error, "does not exist"), error.c_str());
        // Nothing can be created in /proc, not even by root.
        QVERIFY(!store.open("/proc/streamlens-test.db", true, &error));
        QVERIFY2(contains(error, "/proc/streamlens-test.db"), error.c_str());
        // Calls on a store that is not open fail politely.
        Dataset d;
        QVERIFY(!store.save(d, &error));
        QVERIFY2(contains(error, "no store is open"), error.c_str());
        QVERIFY(!store.load(d, &error));
        QVERIFY(!store.info(&error));
        QVERIFY(store.isEmpty());
    }

    void readOnlyLocation()
    {
        // A store in a folder nobody may write to, itself read-only.
        const std::string folder = m_dir.filePath("readonly").toStdString();
        std::filesystem::create_directory(folder);
        const std::string path = folder + "/streamlens.db";
        {
            SqliteStore store;
            std::string error;
            QVERIFY2(store.open(path, true, &error), error.c_str());
            QVERIFY2(store.save(storetest::sample(), &error), error.c_str());
        }
        QVERIFY(::chmod(path.c_str(), 0444) == 0);
        QVERIFY(::chmod(folder.c_str(), 0555) == 0);
        std::string message;
        const int code = runUnprivileged(
            [&](std::string& text) {
                SqliteStore store;
                if (!store.open(path, false, &text))
                    return 1;
                if (!store.isReadOnly()) {
                    text = "not detected as read-only";
                    return 2;
                }
                Dataset d;
                if (!store.load(d, &text))
                    return 3;
                if (!storetest::sameData(storetest::sample(), d)) {
                    text = "loaded data differs";
                    return 4;
                }
                if (store.save(d, &text)) {
                    text = "save succeeded on a read-only store";
                    return 5;
                }
                if (!contains(text, "read-only"))
                    return 6;
                SqliteStore fresh;
                if (fresh.open(folder + "/new.db", true, &text)) {
                    text = "created a store in a read-only folder";
                    return 7;
                }
                return contains(text, "read-only") ? 0 : 8;
            },
            message);
        ::chmod(folder.c_str(), 0755);
        ::chmod(path.c_str(), 0644);
        QVERIFY2(code == 0, (std::to_string(code) + ": " + message).c_str());
    }

    void badValuesInTablesGiveClearLoadErrors()
    {
        // Edits in the sqlite3 shell that the contract forbids: the snapshot is skipped
        // (the triggers noticed) and the relational reader names the culprit.
        std::string path = savedStore();
        shell(path, "UPDATE sessions SET start_ts = 'yesterday' WHERE session_id = '3'");
        expectLoadError(path, "sessions.start_ts of session_id '3': 'yesterday' is not a number");
        path = savedStore();
        shell(path, "DELETE FROM users WHERE user_id = 'u002'");
        expectLoadError(path, "sessions.user_id of session_id '2': 'u002' is not in users");
        path = savedStore();
        shell(path, "UPDATE users SET signup_date = '2026-02-30' WHERE user_id = 'u001'");
        expectLoadError(path, "'2026-02-30' is not a date");
        path = savedStore();
        shell(path, "UPDATE performance_events SET duration_ms = 3000000000 "
                    "WHERE event_id = 'e-1'");
        expectLoadError(path, "performance_events.duration_ms of event_id 'e-1': 3000000000 is "
                              "out of range");
        path = savedStore();
        // The CHECK constraints refuse enum values outside the contract in the first place.
        QVERIFY_THROWS_EXCEPTION(StoreError, shell(path, "UPDATE sessions SET device_type = "
                                                         "'fridge' WHERE session_id = '1'"));
    }

    void damagedPagesNeverCrash()
    {
        // Overwrite the middle of a valid store with garbage: whatever SQLite can still
        // read, every call returns normally with a message.
        const std::string path = savedStore();
        std::string bytes = readAll(path);
        QVERIFY(bytes.size() > 5 * 16384);
        const std::string garbage = randomBytes(3 * 16384, 99);
        bytes.replace(2 * 16384, garbage.size(), garbage);
        writeAll(path, bytes);
        SqliteStore store;
        std::string error;
        if (store.open(path, false, &error)) {
            Dataset d;
            if (!store.load(d, &error))
                QVERIFY(!error.empty());
            if (!store.info(&error))
                QVERIFY(!error.empty());
            if (!store.save(storetest::sample(), &error))
                QVERIFY(!error.empty());
        } else {
            QVERIFY(!error.empty());
        }
    }

    void lockedStoreTimesOut()
    {
        const std::string path = savedStore();
        SqliteConnection other;
        other.open(path, SqliteConnection::Mode::ReadWrite);
        other.exec("BEGIN IMMEDIATE"); // another program is saving
        SqliteStore store;
        std::string error;
        QVERIFY2(store.open(path, false, &error), error.c_str());
        store.setBusyTimeoutMs(100);
        QVERIFY(!store.save(storetest::sample(), &error));
        QVERIFY2(contains(error, "locked"), error.c_str());
        // Readers are not blocked by a writer (WAL).
        Dataset d;
        QVERIFY2(store.load(d, &error), error.c_str());
        QVERIFY(storetest::sameData(storetest::sample(), d));
        other.exec("ROLLBACK");
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_store_errors.moc"
