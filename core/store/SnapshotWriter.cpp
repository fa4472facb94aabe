// SPDX-License-Identifier: MIT
#include "store/SnapshotWriter.h"

#include "data/Dataset.h"
#include "store/Checksum.h"
#include "store/ProgressTracker.h"
#include "store/SnapshotFormat.h"
#include "store/SqliteConnection.h"
#include "store/TableColumns.h"

#include <cstring>
#include <deque>
#include <map>
#include <tuple>

namespace streamlens::store {

namespace {

struct Array {
    std::string table;
    std::string column;
    const char* data;
    size_t bytes;
};

// Lists the arrays of one table without copying the big ones; small encoded parts
// (dictionaries, id patterns) live in `owned`, whose elements never move.
struct Collector {
    std::string table;
    std::vector<Array>& out;
    std::deque<std::string>& owned;

    void add(const std::string& column, const void* data, size_t bytes)
    {
        out.push_back({table, column, static_cast<const char*>(data), bytes});
    }
    void addOwned(const std::string& column, std::string bytes)
    {
        owned.push_back(std::move(bytes));
        add(column, owned.back().data(), owned.back().size());
    }
    void addStrings(const std::string& column, const StringColumn& c)
    {
        add(column + ".chars", c.chars().data(), c.chars().size());
        add(column + ".ends", c.ends().data(), c.ends().size() * sizeof(uint64_t));
    }

    template <typename T> void operator()(const char* column, const std::vector<T>& v)
    {
        add(column, v.data(), v.size() * sizeof(T));
    }
    template <typename Code> void operator()(const char* column, const CategoricalColumn<Code>& c)
    {
        const std::string name = column;
        add(name + ".codes", c.codes.data(), c.codes.size() * sizeof(Code));
        addOwned(name + ".dictionary", snapshot::encodeStrings(c.dictionary.values()));
    }
    void operator()(const char* column, const StringColumn& c) { addStrings(column, c); }
    void operator()(const char* column, const IdColumn& c)
    {
        const std::string name = column;
        // mode (0 numeric, 1 text), width, then the prefix.
        std::string pattern;
        pattern.push_back(c.isNumeric() ? 0 : 1);
        pattern.push_back(static_cast<char>(c.isNumeric() ? c.width() : 0));
        if (c.isNumeric())
            pattern += c.prefix();
        addOwned(name + ".pattern", std::move(pattern));
        if (c.isNumeric())
            add(name + ".numbers", c.numbers().data(), c.numbers().size() * sizeof(uint32_t));
        else
            addStrings(name, c.text());
    }
};

std::vector<Array> collect(const Dataset& d, std::deque<std::string>& owned)
{
    std::vector<Array> arrays;
    forEachTable(d, [&](const char* name, const auto& table) {
        Collector c{name, arrays, owned};
        forEachColumn(table, c);
    });
    Collector extra{"extra", arrays, owned};
    std::vector<std::string> list;
    for (const auto& e : d.extraColumns) {
        list.push_back(e.table);
        list.push_back(e.name);
    }
    extra.addOwned("list", snapshot::encodeStrings(list));
    for (size_t i = 0; i < d.extraColumns.size(); ++i)
        extra.addStrings(std::to_string(i), d.extraColumns[i].values);
    return arrays;
}

struct Existing {
    int64_t id;
    int64_t bytes;
    int64_t checksum;
    bool kept;
};

using Key = std::tuple<std::string, std::string, int64_t>;

} // namespace

uint64_t SnapshotWriter::totalBytes(const Dataset& d)
{
    std::deque<std::string> owned;
    uint64_t total = 0;
    for (const auto& a : collect(d, owned))
        total += a.bytes;
    return total;
}

void SnapshotWriter::write(const Dataset& d, ProgressTracker& progress)
{
    std::deque<std::string> owned;
    const std::vector<Array> arrays = collect(d, owned);

    std::map<Key, Existing> existing;
    {
        SqliteStatement s = m_db.prepare("SELECT id, table_name, column_name, chunk, "
                                         "length(data), checksum FROM engine_snapshot");
        while (s.step())
            existing.emplace(Key{s.columnString(1), s.columnString(2), s.columnInt(3)},
                             Existing{s.columnInt(0), s.columnInt(4), s.columnInt(5), false});
    }
    SqliteStatement insert =
        m_db.prepare("INSERT INTO engine_snapshot (table_name, column_name, chunk, data, checksum) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    SqliteStatement update =
        m_db.prepare("UPDATE engine_snapshot SET data = ?1, checksum = ?2 WHERE id = ?3");

    for (const Array& a : arrays) {
        const size_t chunks = (a.bytes + snapshot::kChunkBytes - 1) / snapshot::kChunkBytes;
        for (size_t c = 0; c < chunks; ++c) {
            const size_t offset = c * snapshot::kChunkBytes;
            const size_t bytes = std::min(snapshot::kChunkBytes, a.bytes - offset);
            const char* data = a.data + offset;
            // Stored as SQLite's signed INTEGER; the bits are what matter.
            const auto sum = static_cast<int64_t>(checksum64(data, bytes));
            auto it = existing.find(Key{a.table, a.column, static_cast<int64_t>(c)});
            if (it != existing.end()) {
                it->second.kept = true;
                if (it->second.bytes != static_cast<int64_t>(bytes) || it->second.checksum != sum) {
                    update.bindBlob(1, data, bytes);
                    update.bindInt(2, sum);
                    update.bindInt(3, it->second.id);
                    update.run();
                }
            } else {
                insert.bindText(1, a.table);
                insert.bindText(2, a.column);
                insert.bindInt(3, static_cast<int64_t>(c));
                insert.bindBlob(4, data, bytes);
                insert.bindInt(5, sum);
                insert.run();
            }
            progress.advance(static_cast<double>(bytes));
        }
    }
    SqliteStatement remove = m_db.prepare("DELETE FROM engine_snapshot WHERE id = ?1");
    for (const auto& [key, e] : existing)
        if (!e.kept) {
            remove.bindInt(1, e.id);
            remove.run();
        }
}

} // namespace streamlens::store
