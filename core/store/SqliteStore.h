// SPDX-License-Identifier: MIT
#pragma once

#include "store/SqliteConnection.h"
#include "store/StoreInfo.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace streamlens {
struct Dataset;
}

namespace streamlens::store {

class ProgressTracker;

// The default store of StreamLens: one SQLite file holding the four contract tables as
// relational tables (schema in StoreSchema.h) plus a columnar snapshot of the engine's
// arrays, so that opening even 10M sessions is a few large reads (SnapshotFormat.h).
//
// - save() writes a Dataset in ONE transaction: upserts into the tables, deletes rows the
//   Dataset no longer has (SaveMode::Replace, the default) and rewrites the snapshot.
//   A cancel, an error or a killed process leaves the previous contents intact.
// - load() uses the snapshot when it provably matches the tables (same save generation,
//   no change since by anything else — triggers record that — equal row counts, intact
//   checksums) and reads the tables otherwise; the fallback then refreshes the snapshot.
//   Trade-off: the snapshot roughly doubles the file size and a save writes it too, in
//   exchange for opening in seconds instead of minutes.
// Not thread-safe: use one SqliteStore from one thread at a time (any thread).
class SqliteStore {
public:
    enum class SaveMode {
        Replace, // the store holds exactly the saved Dataset afterwards
        Merge,   // rows of earlier saves that the Dataset does not have are kept
    };
    enum class LoadPath { None, Snapshot, Relational };

    SqliteStore();
    ~SqliteStore();
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    // StorePaths::defaultStorePath(): AppDataLocation + "/streamlens.db".
    static std::string defaultPath();

    // Opens the store at path (the default path when empty). With create, a missing or
    // empty file becomes a new store. Fails with a message for users when the file is not
    // SQLite, not a StreamLens store, from a newer StreamLens, or cannot be created. A
    // store the user may not write is opened read-only (load and info work, save fails).
    bool open(const std::string& path, bool create, std::string* error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    const std::string& path() const { return m_path; }

    bool save(const Dataset& dataset, std::string* error,
              std::function<bool(double)> progress = {});
    // Replaces dataset with the store's contents; on failure dataset is left unchanged.
    bool load(Dataset& dataset, std::string* error, std::function<bool(double)> progress = {});
    std::optional<StoreInfo> info(std::string* error) const;
    // True when the store holds no rows (or is not open).
    bool isEmpty() const;

    void setSaveMode(SaveMode mode) { m_saveMode = mode; }
    // How long a save or load waits for another program's write to finish (default 5 s).
    void setBusyTimeoutMs(int ms);
    // false makes load() ignore the snapshot (diagnostics, and to test the fallback).
    void setUseSnapshot(bool use) { m_useSnapshot = use; }
    // Threads reading the snapshot: 0 automatic, 1 one, 2 two (see SnapshotReader).
    void setSnapshotThreads(int threads) { m_snapshotThreads = threads; }
    // false stops load() from rewriting a stale snapshot after a relational load.
    void setRepairSnapshot(bool repair) { m_repairSnapshot = repair; }
    // Rows of the contract and extra tables the last successful save inserted, updated or
    // deleted (0 when it saved exactly what the store already held).
    int64_t lastSaveChanges() const { return m_lastSaveChanges; }
    LoadPath lastLoadPath() const { return m_lastLoadPath; }
    // Why the last load did not use the snapshot (empty when it did).
    const std::string& lastSnapshotSkipReason() const { return m_snapshotSkipReason; }

private:
    void configureConnection();
    // Writes the snapshot of d and the meta entries that vouch for it.
    void writeSnapshot(const Dataset& d, int64_t generation, ProgressTracker& progress);
    // Whether the snapshot may be used; reason says why not.
    bool snapshotUsable(std::string& reason, std::array<int64_t, 4>& rows);

    mutable SqliteConnection m_db;
    std::string m_path;
    bool m_readOnly = false;
    // How the snapshot reader's helper thread opens its own connection.
    SqliteConnection::Mode m_helperMode = SqliteConnection::Mode::ReadOnly;
    int m_schemaVersion = 0;
    SaveMode m_saveMode = SaveMode::Replace;
    bool m_useSnapshot = true;
    bool m_repairSnapshot = true;
    int m_busyTimeoutMs = 5000;
    int m_snapshotThreads = 0;
    LoadPath m_lastLoadPath = LoadPath::None;
    int64_t m_lastSaveChanges = 0;
    std::string m_snapshotSkipReason;
};

} // namespace streamlens::store
