// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::stats {

// A two-sided interval at a confidence level (0.95 for 95 %).
struct ConfidenceInterval {
    double low = 0.0;
    double high = 0.0;
    double level = 0.95;
};

} // namespace streamlens::stats
