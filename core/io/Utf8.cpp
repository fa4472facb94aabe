// SPDX-License-Identifier: MIT
#include "io/Utf8.h"

#include <cstdint>
#include <cstring>

namespace streamlens::io {

bool isAscii(const char* data, size_t size)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t word;
        std::memcpy(&word, data + i, 8);
        acc |= word;
    }
    for (; i < size; ++i)
        acc |= static_cast<unsigned char>(data[i]);
    return (acc & 0x8080808080808080ull) == 0;
}

TextScan scanText(const char* data, size_t size)
{
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    TextScan scan;
    uint64_t acc = 0;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t word;
        std::memcpy(&word, data + i, 8);
        acc |= word;
        // Nonzero exactly when the word holds a zero byte.
        if ((word - kOnes) & ~word & kHigh) {
            const auto* nul = static_cast<const char*>(std::memchr(data + i, 0, 8));
            if (nul && scan.firstNul == TextScan::npos)
                scan.firstNul = size_t(nul - data);
        }
    }
    for (; i < size; ++i) {
        acc |= static_cast<unsigned char>(data[i]);
        if (data[i] == 0 && scan.firstNul == TextScan::npos)
            scan.firstNul = i;
    }
    scan.ascii = (acc & kHigh) == 0;
    return scan;
}

bool isValidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false; // continuation byte first, overlong C0/C1, or F5..FF
        }
        if (i + len > n)
            return false;
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

size_t utf8Length(std::string_view text)
{
    size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace streamlens::io
