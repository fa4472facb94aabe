// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "io/RowValidator.h"
#include "io/RowWorker.h"

#include <tuple>

namespace streamlens::io {

// Validates content.csv rows (content_type, release_year 1900-2100, duration_s > 0,
// avg_rating 0-5, ISO 639-1 language) and appends the valid ones to a thread's rows.
class ContentRowParser : public RowValidator {
public:
    using Table = ContentTable;
    static auto internedColumns()
    {
        return std::make_tuple(&ContentTable::genre, &ContentTable::maturityRating,
                               &ContentTable::language);
    }
    using Worker = RowWorker<ContentTable, 3>;

    ContentRowParser(const ColumnMapping& mapping, std::string fileName)
        : RowValidator(mapping, std::move(fileName))
    {
    }
    void parse(const CsvRecord& record, Worker& worker) const;
    void prefetch(const CsvRecord&) const {}
};

} // namespace streamlens::io
