// SPDX-License-Identifier: MIT
#include "store/SnapshotReader.h"

#include "data/Dataset.h"
#include "store/Checksum.h"
#include "store/ProgressTracker.h"
#include "store/SnapshotFormat.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"
#include "store/StoreSchema.h"
#include "store/TableColumns.h"

#include <sqlite3.h>

#include <atomic>
#include <limits>
#include <sys/mman.h>
#include <thread>

namespace streamlens::store {

namespace {

// Below this many bytes a second thread costs more than it saves.
constexpr int64_t kParallelBytes = int64_t(64) << 20;
// Arrays this big get transparent huge pages: far fewer page faults while filling them.
constexpr size_t kHugePageBytes = size_t(8) << 20;

[[noreturn]] void damaged(const std::string& what)
{
    throw StoreError("snapshot " + what);
}

// The meta entries that say which save the snapshot belongs to; both connections must
// see the same ones, or a save slipped in between them.
std::string snapshotIdentity(SqliteConnection& db)
{
    return schema::metaValue(db, "generation") + "/" +
           schema::metaValue(db, "snapshot_generation") + "/" +
           schema::metaValue(db, "snapshot_stale");
}

class BlobReader {
public:
    explicit BlobReader(sqlite3* db)
        : m_db(db)
    {
    }
    ~BlobReader() { sqlite3_blob_close(m_blob); }
    BlobReader(const BlobReader&) = delete;
    BlobReader& operator=(const BlobReader&) = delete;

    void read(int64_t id, int64_t bytes, uint64_t checksum, char* dest)
    {
        const int rc =
            m_blob ? sqlite3_blob_reopen(m_blob, id)
                   : sqlite3_blob_open(m_db, "main", "engine_snapshot", "data", id, 0, &m_blob);
        if (rc != SQLITE_OK)
            damaged(std::string("chunk unreadable: ") + sqlite3_errmsg(m_db));
        if (sqlite3_blob_bytes(m_blob) != bytes)
            damaged("chunk changed while reading");
        if (bytes == 0)
            return;
        if (const int r = sqlite3_blob_read(m_blob, dest, static_cast<int>(bytes), 0);
            r != SQLITE_OK)
            damaged(std::string("chunk unreadable: ") + sqlite3_errstr(r));
        if (checksum64(dest, static_cast<size_t>(bytes)) != checksum)
            damaged("chunk checksum mismatch (the file was damaged or edited)");
    }

private:
    sqlite3* m_db;
    sqlite3_blob* m_blob = nullptr;
};

// Plans the arrays of one table, mirroring the Collector of SnapshotWriter.cpp.
struct Loader {
    SnapshotReader& reader;
    std::string table;
    int64_t rows;

    template <typename T> void operator()(const char* column, std::vector<T>& v)
    {
        reader.schedule(table, column, rows * int64_t(sizeof(T)), v);
    }

    template <typename Code> void operator()(const char* column, CategoricalColumn<Code>& c)
    {
        const std::string name = column;
        reader.schedule(table, name + ".codes", rows * int64_t(sizeof(Code)), c.codes);
        const std::vector<char> raw = reader.readNow(table, name + ".dictionary");
        std::vector<std::string> values;
        if (!snapshot::decodeStrings(std::string_view(raw.data(), raw.size()), values))
            damaged(table + "." + name + ": unreadable dictionary");
        if (c.dictionary.isClosed()) {
            // Closed dictionaries come from the contract; the stored one must agree.
            if (values != c.dictionary.values())
                damaged(table + "." + name + ": dictionary differs from the contract's values");
            return;
        }
        Dictionary dict;
        for (size_t i = 0; i < values.size(); ++i)
            if (dict.intern(values[i]) != i || dict.size() != i + 1)
                damaged(table + "." + name + ": duplicated dictionary value");
        c.dictionary = std::move(dict);
    }

    // ends are read in the parallel pass; chars' length is only known from its chunks,
    // and assignRaw() checks the two agree once both arrived.
    void strings(const std::string& name, StringColumn& out)
    {
        auto& ends = reader.scratchEnds();
        auto& chars = reader.scratchChars();
        reader.schedule(table, name + ".ends", rows * int64_t(sizeof(uint64_t)), ends);
        reader.schedule(table, name + ".chars", -1, chars);
        const std::string where = table + "." + name;
        reader.atEnd([&out, &ends, &chars, where] {
            if (!out.assignRaw(std::move(chars), std::move(ends)))
                damaged(where + ": text offsets do not match the text");
        });
    }

    void operator()(const char* column, StringColumn& c) { strings(column, c); }

    void operator()(const char* column, IdColumn& c)
    {
        const std::string name = column;
        const std::vector<char> pattern = reader.readNow(table, name + ".pattern");
        if (pattern.size() < 2 || pattern[0] < 0 || pattern[0] > 1)
            damaged(table + "." + name + ": unreadable identifier pattern");
        if (pattern[0] == 1) {
            StringColumn& text = reader.scratchText();
            strings(name, text);
            reader.atEnd([&c, &text] { c = IdColumn::fromText(std::move(text)); });
            return;
        }
        auto& numbers = reader.scratchNumbers();
        reader.schedule(table, name + ".numbers", rows * int64_t(sizeof(uint32_t)), numbers);
        std::string prefix(pattern.begin() + 2, pattern.end());
        const int width = pattern[1];
        const std::string where = table + "." + name;
        reader.atEnd([&c, &numbers, prefix, width, where] {
            if (!IdColumn::fromNumbers(prefix, width, std::move(numbers), c))
                damaged(where + ": invalid identifier pattern");
        });
    }
};

} // namespace

const std::vector<SnapshotReader::Chunk>&
SnapshotReader::chunksOf(const std::string& table, const std::string& column, int64_t& total)
{
    static const std::vector<Chunk> none;
    auto it = m_index.find(Key{table, column});
    const auto& chunks = it == m_index.end() ? none : it->second;
    total = 0;
    for (const auto& c : chunks)
        total += c.bytes;
    return chunks;
}

template <typename T>
void SnapshotReader::schedule(const std::string& table, const std::string& column,
                              int64_t expectedBytes, std::vector<T>& out)
{
    int64_t total = 0;
    const auto& chunks = chunksOf(table, column, total);
    if (expectedBytes >= 0 && total != expectedBytes)
        damaged(table + "." + column + ": " + std::to_string(total) + " bytes instead of " +
                std::to_string(expectedBytes));
    if (total % int64_t(sizeof(T)) != 0)
        damaged(table + "." + column + ": length is not a whole number of values");
    const size_t count = static_cast<size_t>(total) / sizeof(T);
    out.clear();
    out.reserve(count);
#ifdef MADV_HUGEPAGE
    if (size_t(total) >= kHugePageBytes) {
        // Only whole pages inside the allocation are advised.
        const auto begin = reinterpret_cast<uintptr_t>(out.data());
        const uintptr_t page = 4096;
        const uintptr_t first = (begin + page - 1) & ~(page - 1);
        const uintptr_t last = (begin + size_t(total)) & ~(page - 1);
        if (last > first)
            ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
#endif
    out.resize(count);
    char* dest = reinterpret_cast<char*>(out.data());
    for (const Chunk& c : chunks) {
        m_jobs.push_back({c, dest});
        dest += c.bytes;
    }
}

std::vector<char> SnapshotReader::readNow(const std::string& table, const std::string& column)
{
    int64_t total = 0;
    const auto& chunks = chunksOf(table, column, total);
    std::vector<char> out(static_cast<size_t>(total));
    BlobReader blob(m_db.handle());
    char* dest = out.data();
    for (const Chunk& c : chunks) {
        blob.read(c.id, c.bytes, c.checksum, dest);
        dest += c.bytes;
    }
    return out;
}

void SnapshotReader::checkCounts(SqliteConnection& db, const RowCounts& rows)
{
    for (size_t t = 0; t < 4; ++t) {
        const int64_t actual =
            db.queryInt("SELECT count(*) FROM " + std::string(schema::kTables[t])).value_or(-1);
        if (actual != rows[t])
            throw StoreError(std::string("snapshot's row count of ") + schema::kTables[t] +
                             " differs from the table's (" + std::to_string(rows[t]) + " vs " +
                             std::to_string(actual) + ")");
    }
}

void SnapshotReader::read(Dataset& d, const RowCounts& rows, ProgressTracker& progress)
{
    for (int64_t r : rows)
        if (r < 0 || r > std::numeric_limits<int32_t>::max())
            damaged("row counts are invalid");
    m_index.clear();
    m_jobs.clear();
    m_atEnd.clear();
    {
        SqliteStatement s = m_db.prepare("SELECT table_name, column_name, chunk, id, "
                                         "length(data), checksum, typeof(data) "
                                         "FROM engine_snapshot "
                                         "ORDER BY table_name, column_name, chunk");
        while (s.step()) {
            auto& list = m_index[Key{s.columnString(0), s.columnString(1)}];
            if (s.columnInt(2) != static_cast<int64_t>(list.size()))
                damaged("has a missing chunk");
            if (s.columnText(6) != "blob")
                damaged("has a chunk that is not a BLOB");
            list.push_back({s.columnInt(3), s.columnInt(4), static_cast<uint64_t>(s.columnInt(5))});
        }
    }
    if (m_index.empty())
        damaged("is missing");

    // Plan: size every array and queue its chunks; small parts are read right away.
    size_t t = 0;
    forEachTable(d, [&](const char* name, auto& table) {
        Loader loader{*this, name, rows[t++]};
        forEachColumn(table, loader);
    });
    const std::vector<char> raw = readNow("extra", "list");
    std::vector<std::string> list;
    if (!snapshot::decodeStrings(std::string_view(raw.data(), raw.size()), list) ||
        list.size() % 2 != 0)
        damaged("extra column list is unreadable");
    d.extraColumns.clear();
    d.extraColumns.resize(list.size() / 2);
    for (size_t i = 0; i < d.extraColumns.size(); ++i) {
        ExtraColumn& e = d.extraColumns[i];
        e.table = list[2 * i];
        e.name = list[2 * i + 1];
        int64_t tableRows = -1;
        for (size_t k = 0; k < 4; ++k)
            if (e.table == schema::kTables[k])
                tableRows = rows[k];
        if (tableRows < 0)
            damaged("extra column of unknown table '" + e.table + "'");
        Loader loader{*this, "extra", tableRows};
        loader.strings(std::to_string(i), e.values);
    }

    // Read: this thread and a helper take chunks from one queue.
    int64_t totalBytes = 0;
    for (const Job& j : m_jobs)
        totalBytes += j.chunk.bytes;
    progress.setTotal(double(totalBytes));
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    std::atomic<int64_t> done{0};
    auto work = [&](sqlite3* db, ProgressTracker* tracker) {
        BlobReader blob(db);
        int64_t reported = 0;
        while (!stop.load(std::memory_order_relaxed)) {
            const size_t i = next.fetch_add(1);
            if (i >= m_jobs.size())
                break;
            const Job& job = m_jobs[i];
            blob.read(job.chunk.id, job.chunk.bytes, job.chunk.checksum, job.dest);
            const int64_t now = done.fetch_add(job.chunk.bytes) + job.chunk.bytes;
            if (tracker) {
                tracker->advance(double(now - reported));
                reported = now;
            }
        }
    };

    const std::string identity = snapshotIdentity(m_db);
    std::exception_ptr helperError;
    std::atomic<bool> helperCounted{false};
    std::thread helper;
    const bool useHelper = m_threads == 2 || (m_threads == 0 && totalBytes >= kParallelBytes &&
                                              std::thread::hardware_concurrency() > 1);
    if (useHelper) {
        helper = std::thread([&] {
            SqliteConnection db;
            std::unique_ptr<SqliteTransaction> tx;
            try {
                db.open(m_path, m_mode);
                tx = std::make_unique<SqliteTransaction>(db, SqliteTransaction::Kind::Read);
                if (snapshotIdentity(db) != identity)
                    return; // a save slipped in between: this thread stays out
            } catch (...) {
                return; // no second connection: the calling thread reads alone
            }
            try {
                checkCounts(db, rows);
                helperCounted = true;
                work(db.handle(), nullptr);
            } catch (...) {
                helperError = std::current_exception();
                stop = true;
            }
        });
    }
    try {
        work(m_db.handle(), &progress);
    } catch (...) {
        stop = true;
        if (helper.joinable())
            helper.join();
        throw;
    }
    if (helper.joinable())
        helper.join();
    if (helperError)
        std::rethrow_exception(helperError);
    if (!helperCounted)
        checkCounts(m_db, rows);
    for (auto& fn : m_atEnd)
        fn();
    m_atEnd.clear();
    m_jobs.clear();
}

} // namespace streamlens::store
