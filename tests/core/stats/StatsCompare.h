// SPDX-License-Identifier: MIT
#pragma once

#include <QTest>

#include <cmath>
#include <string>

// Relative comparison against R reference values: |actual − expected| ≤ tol·|expected| + 1e−15
// (the tiny absolute floor only matters for an expected exact zero). Prints both numbers with
// 17 significant digits on failure.
#define STATS_COMPARE(actual, expected, tol)                                                       \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!(std::fabs(a_ - e_) <= (tol)*std::fabs(e_) + 1e-15)) {                                \
            const std::string msg_ = std::string(#actual) + " = " +                                \
                                     QString::number(a_, 'g', 17).toStdString() + ", expected " +  \
                                     QString::number(e_, 'g', 17).toStdString();                   \
            QFAIL(msg_.c_str());                                                                   \
        }                                                                                          \
    } while (false)

// Unwraps a stats::Expected, failing the test with its message when it holds none.
#define STATS_REQUIRE(expr)                                                                        \
    [&]() {                                                                                        \
        auto r_ = (expr);                                                                          \
        if (!r_)                                                                                   \
            qFatal("%s failed: %s", #expr, r_.error().c_str());                                    \
        return r_.value();                                                                         \
    }()
