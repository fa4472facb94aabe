// SPDX-License-Identifier: MIT
#pragma once

#include "io/ImportStaging.h"
#include "io/KeyIndex.h"
#include "util/ParallelFor.h"

#include <string>
#include <vector>

namespace streamlens::io {

// Builds the staged table's key lookup and rejects every later row whose key an earlier
// staged row already has (the first occurrence wins).
template <class Table>
void rejectDuplicateKeys(StagedTable<Table>& staged, const IdColumn& keys, const char* keyName,
                         const std::vector<std::string>& fileNames, RejectLog& log)
{
    std::vector<size_t> duplicates;
    staged.lookup = KeyIndex(keys, &duplicates);
    char buf[64];
    for (size_t row : duplicates) {
        if (staged.isRejected(row))
            continue;
        const std::string key(keys.value(row, buf));
        const auto first = size_t(staged.lookup.find(key));
        const int file = staged.fileOf(row);
        const int firstFile = staged.fileOf(first);
        std::string where = "line " + std::to_string(staged.rows.lines[first]);
        if (firstFile != file)
            where = fileNames[size_t(firstFile)] + " " + where;
        staged.reject(row);
        log.add(file,
                {fileNames[size_t(file)], staged.rows.lines[row], keyName,
                 "duplicate " + std::string(keyName) + " \"" + key + "\" (first on " + where + ")",
                 key});
    }
}

// For each staged row, the target row with the same key (which it will replace), or -1;
// left empty when the target has no rows.
template <class Table>
void matchTargetRows(StagedTable<Table>& staged, const IdColumn& keys, const KeyIndex* target,
                     int threads)
{
    staged.targetRow.clear(); // empty: nothing to replace
    if (!target || target->size() == 0)
        return;
    staged.targetRow.assign(staged.size(), -1);
    parallelFor(staged.size(), threads, 1 << 16, [&](size_t begin, size_t end, int) {
        char buf[64];
        for (size_t r = begin; r < end; ++r)
            staged.targetRow[r] = target->find(keys.value(r, buf));
    });
}

} // namespace streamlens::io
