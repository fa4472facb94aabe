// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <ostream>

namespace streamlens::cli {

// What a command gets: its own arguments (after the command name) and the streams to write
// to, so tests can run commands in-process and read what they print.
struct CommandContext {
    QStringList arguments; // arguments[0] is the command name, as QCommandLineParser wants
    std::ostream& out;
    std::ostream& err;
};

} // namespace streamlens::cli
