// SPDX-License-Identifier: MIT
#include "io/ContentRowParser.h"

#include "data/ContractEnums.h"

namespace streamlens::io {

void ContentRowParser::parse(const CsvRecord& record, Worker& worker) const
{
    ++worker.rowsIn;
    RowInput row{record, worker.errors, worker.checkUtf8};
    if (!checkShape(row))
        return;
    std::string_view contentId, title, genre, maturity, language;
    int32_t year = 0, duration = 0, rating = 0;
    uint8_t type = 0, original = 0;
    if (!readId(row, ContentIdCol, contentId) || !readText(row, TitleCol, true, title) ||
        !readEnum(row, ContentTypeCol, true, contract::kContentTypes, type) ||
        !readText(row, GenreCol, true, genre) ||
        !readInt(row, ReleaseYearCol, false, 1900, 2100, "1900 to 2100", year) ||
        !readInt(row, DurationCol, true, 1, INT32_MAX, "> 0", duration) ||
        !readText(row, MaturityRatingCol, false, maturity) ||
        !readDecimal(row, AvgRatingCol, false, 0, 5000, "0 to 5", rating) ||
        !readLanguage(row, LanguageCol, false, language) ||
        !readBool(row, IsOriginalCol, false, original))
        return;
    uint16_t genreCode = 0, maturityCode = 0, languageCode = 0;
    if (!intern(row, GenreCol, genre, worker.interners[0], genreCode) ||
        !intern(row, MaturityRatingCol, maturity, worker.interners[1], maturityCode) ||
        !intern(row, LanguageCol, language, worker.interners[2], languageCode))
        return;

    ContentTable& t = worker.rows.table;
    t.contentId.append(contentId);
    t.title.append(title);
    t.contentType.codes.push_back(type);
    t.genre.codes.push_back(genreCode);
    t.releaseYear.push_back(year == kNullInt32 ? kNullInt16 : static_cast<int16_t>(year));
    t.durationS.push_back(duration);
    t.maturityRating.codes.push_back(maturityCode);
    t.avgRatingMilli.push_back(rating);
    t.language.codes.push_back(languageCode);
    t.isOriginal.push_back(original);
    worker.rows.lines.push_back(record.line);
    appendExtras(record, worker.rows.extras);
}

} // namespace streamlens::io
