// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "io/RowValidator.h"
#include "io/RowWorker.h"

#include <tuple>

namespace streamlens::io {

// Validates users.csv rows (types, enums, ranges, churn_date iff churned and not before
// signup_date) and appends the valid ones to a thread's rows.
class UserRowParser : public RowValidator {
public:
    using Table = UserTable;
    static auto internedColumns()
    {
        return std::make_tuple(&UserTable::country, &UserTable::preferredGenre);
    }
    using Worker = RowWorker<UserTable, 2>;

    UserRowParser(const ColumnMapping& mapping, std::string fileName)
        : RowValidator(mapping, std::move(fileName))
    {
    }
    void parse(const CsvRecord& record, Worker& worker) const;
    void prefetch(const CsvRecord&) const {}
};

} // namespace streamlens::io
