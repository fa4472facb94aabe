// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace streamlens::io {

// True when every byte is below 0x80; checked a word at a time so whole blocks of a mostly
// ASCII file are cleared quickly and per-field UTF-8 checks can be skipped.
bool isAscii(const char* data, size_t size);

// One pass over a block: whether it is all ASCII, and where its first NUL byte is (npos
// when none; a NUL means the file is not text).
struct TextScan {
    static constexpr size_t npos = size_t(-1);
    bool ascii = true;
    size_t firstNul = npos;
};
TextScan scanText(const char* data, size_t size);

// Well-formed UTF-8 per RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

// Number of code points of valid UTF-8 text (continuation bytes are not counted).
size_t utf8Length(std::string_view text);

} // namespace streamlens::io
