// SPDX-License-Identifier: MIT
#include "io/UserRowParser.h"

#include "data/ContractEnums.h"

namespace streamlens::io {

void UserRowParser::parse(const CsvRecord& record, Worker& worker) const
{
    ++worker.rowsIn;
    RowInput row{record, worker.errors, worker.checkUtf8};
    if (!checkShape(row))
        return;
    std::string_view userId, country, genre;
    int32_t signup = 0, age = 0, fee = 0, churnDate = 0;
    uint8_t gender = 0, plan = 0, churned = 0;
    if (!readId(row, UserIdCol, userId) || !readDate(row, SignupDateCol, true, signup) ||
        !readCountry(row, UserCountryCol, true, country) ||
        !readInt(row, AgeCol, false, 13, 110, "13 to 110", age) ||
        !readEnum(row, GenderCol, false, contract::kGenders, gender) ||
        !readEnum(row, PlanCol, true, contract::kPlans, plan) ||
        !readDecimal(row, MonthlyFeeCol, true, 0, INT32_MAX, ">= 0", fee) ||
        !readText(row, PreferredGenreCol, false, genre) ||
        !readBool(row, ChurnedCol, true, churned) || !readDate(row, ChurnDateCol, false, churnDate))
        return;
    if (churned && churnDate == kNullInt32) {
        fail(row, ChurnDateCol, "required when churned is true");
        return;
    }
    if (!churned && churnDate != kNullInt32) {
        fail(row, ChurnDateCol, "must be empty when churned is false");
        return;
    }
    if (churned && churnDate < signup) {
        fail(row, ChurnDateCol, "is before signup_date (" + formatDate(signup) + ")");
        return;
    }
    uint16_t countryCode = 0, genreCode = 0;
    if (!intern(row, UserCountryCol, country, worker.interners[0], countryCode) ||
        !intern(row, PreferredGenreCol, genre, worker.interners[1], genreCode))
        return;

    UserTable& t = worker.rows.table;
    t.userId.append(userId);
    t.signupDate.push_back(signup);
    t.country.codes.push_back(countryCode);
    t.age.push_back(age == kNullInt32 ? kNullInt16 : static_cast<int16_t>(age));
    t.gender.codes.push_back(gender);
    t.plan.codes.push_back(plan);
    t.monthlyFeeMilli.push_back(fee);
    t.preferredGenre.codes.push_back(genreCode);
    t.churned.push_back(churned);
    t.churnDate.push_back(churnDate);
    worker.rows.lines.push_back(record.line);
    appendExtras(record, worker.rows.extras);
}

} // namespace streamlens::io
