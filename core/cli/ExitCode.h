// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::cli {

// Exit codes of every command, so scripts can tell what happened without parsing text.
enum ExitCode : int {
    Ok = 0,             // done (an import may still have rejected rows under the threshold)
    Failure = 1,        // unexpected internal failure
    Usage = 2,          // bad arguments
    InputError = 3,     // unreadable file, not CSV, missing columns, bad filter value
    TooManyRejects = 4, // import refused: rejected rows above --max-reject-rate, nothing loaded
    StoreError = 5,     // the store could not be opened, read or written
    Cancelled = 6,      // interrupted
};

} // namespace streamlens::cli
