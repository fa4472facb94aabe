// SPDX-License-Identifier: MIT
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The columnar snapshot: every in-memory array of a Dataset stored as its raw bytes in
// engine_snapshot(table_name, column_name, chunk, data, checksum), so opening a store is
// a few big sequential reads instead of one sqlite3_step per row. Array names:
//   <column>               plain vector (int32, int64, uint8...), native byte order
//   <column>.codes         categorical codes        <column>.dictionary  its values
//   <column>.pattern       IdColumn mode/prefix/width, then <column>.numbers (numeric)
//                          or <column>.chars + <column>.ends (text), as for StringColumn
//   table "extra": "list" (table and name of each extra column), "<i>.chars", "<i>.ends"
// The snapshot is trusted only when meta.snapshot_generation equals meta.generation,
// meta.snapshot_stale is 0, meta.snapshot_format equals kFormat, the relational row counts
// equal meta.snapshot_rows_<table> and every chunk's checksum matches.
namespace streamlens::store::snapshot {

// Bumped whenever the array layout changes. Arrays are native-order bytes, so the byte
// order is part of the format: a store moved to a machine of the other order falls back
// to the relational tables.
inline constexpr std::string_view kFormat =
    std::endian::native == std::endian::little ? "1-le" : "1-be";
// Chunks stay well inside SQLite's 1 GB value limit and small enough to checksum while
// they are still in the CPU cache.
inline constexpr size_t kChunkBytes = size_t(4) << 20;

// Length-prefixed (uint32) strings after a uint32 count.
std::string encodeStrings(const std::vector<std::string>& values);
bool decodeStrings(std::string_view bytes, std::vector<std::string>& values);

} // namespace streamlens::store::snapshot
