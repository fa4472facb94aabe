// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace streamlens {

// Reports a fraction in [0, 1] of long work; returning false asks the work to stop.
// Called from worker threads: receivers that touch a GUI must hop to their own thread.
using ProgressCallback = std::function<bool(double fraction)>;

} // namespace streamlens
