// SPDX-License-Identifier: MIT
#include "table/CellValue.h"

#include "generator/CsvFormat.h"

namespace streamlens::table {

std::string contractText(const CellValue& value)
{
    using namespace generator::csv;
    char buf[kMaxTimestamp + kMaxDecimal + kSlack];
    switch (value.kind) {
    case CellValue::Kind::Null:
        return {};
    case CellValue::Kind::Text:
        return std::string(value.text);
    case CellValue::Kind::Integer:
        return std::string(buf, putInt(buf, value.number));
    case CellValue::Kind::Milli:
        return std::string(buf, putMilli(buf, value.number));
    case CellValue::Kind::Boolean:
        return value.number ? "true" : "false";
    case CellValue::Kind::Date:
        return isoDate(static_cast<int32_t>(value.number));
    case CellValue::Kind::Timestamp:
        return isoTimestamp(value.number);
    }
    return {};
}

} // namespace streamlens::table
