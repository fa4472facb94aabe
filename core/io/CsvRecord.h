// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::io {

// One CSV record as views into the reader's buffer: valid until the next record is read
// or the block is consumed. Quoted fields that contained doubled quotes are unescaped into
// a scratch buffer owned by the record, so no field allocates.
struct CsvRecord {
    std::vector<std::string_view> fields;
    // Physical line (1-based) on which the record starts; quoted newlines make a record
    // span several lines.
    int64_t line = 0;
    // Index of a field with text after its closing quote (`"ab"c`), or -1. The tokenizer
    // keeps going so the row can be rejected with its line instead of failing the file.
    int malformedField = -1;

    size_t size() const { return fields.size(); }
    std::string_view operator[](size_t i) const { return fields[i]; }

    // Tokenizer internals: unescaped text and the fields pointing into it.
    std::string scratch;
    struct ScratchField {
        uint32_t field;
        uint32_t offset;
        uint32_t length;
    };
    std::vector<ScratchField> scratchFields;
};

} // namespace streamlens::io
