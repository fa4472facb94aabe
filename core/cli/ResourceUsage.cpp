// SPDX-License-Identifier: MIT
#include "cli/ResourceUsage.h"

#include <sys/resource.h>

namespace streamlens::cli {

int64_t peakResidentBytes()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return static_cast<int64_t>(usage.ru_maxrss) * 1024; // Linux reports KiB
}

} // namespace streamlens::cli
