// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::io {

// The two characters that vary between CSV flavours. Line ends are always \n or \r\n.
struct CsvDialect {
    char delimiter = ',';
    char quote = '"';
};

} // namespace streamlens::io
