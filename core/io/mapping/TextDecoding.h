// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace streamlens::io::mapping {

// The encoding a file really has: a UTF-16/UTF-32 byte order mark wins over what the user
// chose (such a file cannot be anything else); otherwise the chosen one. "UTF-8" when the
// choice is empty.
std::string effectiveEncoding(const std::string& path, const std::string& chosen);

// UTF-8 (any spelling) needs no conversion.
bool isUtf8Name(std::string_view encoding);

// Converts a text file to UTF-8 at outPath with iconv, in bounded chunks. Line ends are
// kept, so line numbers in the copy are those of the original. Fails with a message naming
// the file and line of the first byte that is not valid in the encoding, or an unknown
// encoding name. maxBytes > 0 stops after about that much input (previews); progress gets
// the input bytes done and returns false to cancel.
bool decodeToUtf8(const std::string& path, const std::string& encoding, const std::string& outPath,
                  std::string& error, uint64_t maxBytes = 0,
                  const std::function<bool(uint64_t)>& progress = {});

} // namespace streamlens::io::mapping
