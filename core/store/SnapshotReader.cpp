// SPDX-License-Identifier: MIT
#include "store/SnapshotReader.h"

#include "data/Dataset.h"
#include "store/Checksum.h"
#include "store/ProgressTracker.h"
#include "store/SnapshotFormat.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"
#include "store/TableColumns.h"

#include <sqlite3.h>

#include <limits>

namespace streamlens::store {

namespace {

[[noreturn]] void damaged(const std::string& what)
{
    throw StoreError("snapshot " + what);
}

std::string byteString(const std::vector<char>& v)
{
    return std::string(v.begin(), v.end());
}

// Loads the arrays of one table, mirroring the Collector of SnapshotWriter.cpp.
struct Loader {
    SnapshotReader& reader;
    std::string table;
    int64_t rows;

    template <typename T> void operator()(const char* column, std::vector<T>& v)
    {
        reader.readArray(table, column, rows * int64_t(sizeof(T)), v);
    }

    template <typename Code> void operator()(const char* column, CategoricalColumn<Code>& c)
    {
        const std::string name = column;
        reader.readArray(table, name + ".codes", rows * int64_t(sizeof(Code)), c.codes);
        std::vector<char> raw;
        reader.readArray(table, name + ".dictionary", -1, raw);
        std::vector<std::string> values;
        if (!snapshot::decodeStrings(byteString(raw), values))
            damaged(table + "." + name + ": unreadable dictionary");
        if (c.dictionary.isClosed()) {
            // Closed dictionaries come from the contract; the stored one must agree.
            if (values != c.dictionary.values())
                damaged(table + "." + name + ": dictionary differs from the contract's values");
            return;
        }
        Dictionary dict;
        for (const auto& v : values)
            if (dict.intern(v) != dict.size() - 1 || dict.size() != size_t(&v - values.data()) + 1)
                damaged(table + "." + name + ": duplicated dictionary value");
        c.dictionary = std::move(dict);
    }

    void readStrings(const std::string& name, StringColumn& out)
    {
        std::vector<uint64_t> ends;
        reader.readArray(table, name + ".ends", rows * int64_t(sizeof(uint64_t)), ends);
        std::vector<char> chars;
        const uint64_t total = ends.empty() ? 0 : ends.back();
        if (total > uint64_t(std::numeric_limits<int64_t>::max()))
            damaged(table + "." + name + ": impossible text length");
        reader.readArray(table, name + ".chars", static_cast<int64_t>(total), chars);
        if (!out.assignRaw(std::move(chars), std::move(ends)))
            damaged(table + "." + name + ": text offsets out of order");
    }

    void operator()(const char* column, StringColumn& c) { readStrings(column, c); }

    void operator()(const char* column, IdColumn& c)
    {
        const std::string name = column;
        std::vector<char> pattern;
        reader.readArray(table, name + ".pattern", -1, pattern);
        if (pattern.size() < 2 || pattern[0] < 0 || pattern[0] > 1)
            damaged(table + "." + name + ": unreadable identifier pattern");
        if (pattern[0] == 1) {
            StringColumn text;
            readStrings(name, text);
            c = IdColumn::fromText(std::move(text));
            return;
        }
        std::vector<uint32_t> numbers;
        reader.readArray(table, name + ".numbers", rows * int64_t(sizeof(uint32_t)), numbers);
        std::string prefix(pattern.begin() + 2, pattern.end());
        if (!IdColumn::fromNumbers(std::move(prefix), pattern[1], std::move(numbers), c))
            damaged(table + "." + name + ": invalid identifier pattern");
    }
};

} // namespace

const std::vector<SnapshotReader::Chunk>& SnapshotReader::chunksOf(const std::string& table,
                                                                   const std::string& column)
{
    auto it = m_index.find(Key{table, column});
    if (it == m_index.end()) {
        static const std::vector<Chunk> none;
        return none;
    }
    return it->second;
}

template <typename T>
void SnapshotReader::readArray(const std::string& table, const std::string& column,
                               int64_t expectedBytes, std::vector<T>& out)
{
    const auto& chunks = chunksOf(table, column);
    int64_t total = 0;
    for (const auto& c : chunks)
        total += c.bytes;
    if (expectedBytes >= 0 && total != expectedBytes)
        damaged(table + "." + column + ": " + std::to_string(total) + " bytes instead of " +
                std::to_string(expectedBytes));
    if (total % int64_t(sizeof(T)) != 0)
        damaged(table + "." + column + ": length is not a whole number of values");
    out.clear();
    out.resize(static_cast<size_t>(total) / sizeof(T));
    readInto(chunks, reinterpret_cast<char*>(out.data()));
}

void SnapshotReader::readInto(const std::vector<Chunk>& chunks, char* dest)
{
    auto* db = m_db.handle();
    for (const Chunk& c : chunks) {
        auto** blob = reinterpret_cast<sqlite3_blob**>(&m_blob);
        const int rc =
            *blob ? sqlite3_blob_reopen(*blob, c.id)
                  : sqlite3_blob_open(db, "main", "engine_snapshot", "data", c.id, 0, blob);
        if (rc != SQLITE_OK)
            damaged(std::string("chunk unreadable: ") + sqlite3_errmsg(db));
        if (sqlite3_blob_bytes(*blob) != c.bytes)
            damaged("chunk changed while reading");
        if (c.bytes > 0) {
            if (const int r = sqlite3_blob_read(*blob, dest, static_cast<int>(c.bytes), 0);
                r != SQLITE_OK)
                damaged(std::string("chunk unreadable: ") + sqlite3_errstr(r));
            if (checksum64(dest, static_cast<size_t>(c.bytes)) != c.checksum)
                damaged("chunk checksum mismatch (the file was damaged or edited)");
        }
        dest += c.bytes;
        m_progress->advance(static_cast<double>(c.bytes));
    }
}

void SnapshotReader::read(Dataset& d, const RowCounts& rows, ProgressTracker& progress)
{
    m_progress = &progress;
    m_index.clear();
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
    struct BlobCloser {
        void*& blob;
        ~BlobCloser()
        {
            sqlite3_blob_close(static_cast<sqlite3_blob*>(blob));
            blob = nullptr;
        }
    } closer{m_blob};

    size_t t = 0;
    forEachTable(d, [&](const char* name, auto& table) {
        Loader loader{*this, name, rows[t++]};
        forEachColumn(table, loader);
    });
    std::vector<char> raw;
    readArray("extra", "list", -1, raw);
    std::vector<std::string> list;
    if (!snapshot::decodeStrings(byteString(raw), list) || list.size() % 2 != 0)
        damaged("extra column list is unreadable");
    d.extraColumns.clear();
    for (size_t i = 0; i < list.size() / 2; ++i) {
        ExtraColumn e;
        e.table = list[2 * i];
        e.name = list[2 * i + 1];
        int64_t tableRows = -1;
        const char* names[] = {"users", "content", "sessions", "performance_events"};
        for (size_t k = 0; k < 4; ++k)
            if (e.table == names[k])
                tableRows = rows[k];
        if (tableRows < 0)
            damaged("extra column of unknown table '" + e.table + "'");
        Loader loader{*this, "extra", tableRows};
        loader.readStrings(std::to_string(i), e.values);
        d.extraColumns.push_back(std::move(e));
    }
}

} // namespace streamlens::store
