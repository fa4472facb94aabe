// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "io/ImportStaging.h"

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens::io {

// Moves validated staging into the target dataset: rows whose key the target already has
// replace that row in place, the others are appended, references are translated from staged
// rows to final row indices, and unknown columns join Dataset::extraColumns.
//
// prepare() does everything that can fail, touching only the staging; commit() then cannot
// fail on data (only on memory), so a failed import leaves the target as it was.
class StagingCommit {
public:
    struct Counts {
        std::vector<int64_t> inserted; // per file index
        std::vector<int64_t> replaced;
    };

    StagingCommit(ImportStaging& staging, Dataset& target)
        : m_staging(staging)
        , m_target(target)
    {
    }

    bool prepare(std::string& error);
    void commit(size_t fileCount, Counts& counts);

private:
    ImportStaging& m_staging;
    Dataset& m_target;
};

} // namespace streamlens::io
