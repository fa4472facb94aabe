// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace streamlens {

// Number of worker threads to use when the caller says 0 ("as many as the machine has").
inline int resolveThreads(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Splits [0, n) into one contiguous range per thread and runs fn(begin, end, worker) on each;
// the calling thread takes the first range. Ranges smaller than minPerThread are not split
// further, so small inputs run on the caller alone without thread start-up cost.
// Exceptions from workers are rethrown on the caller.
inline void parallelFor(size_t n, int threads, size_t minPerThread,
                        const std::function<void(size_t, size_t, int)>& fn)
{
    const size_t maxWorkers = std::max<size_t>(1, n / std::max<size_t>(1, minPerThread));
    const int workers = static_cast<int>(std::min<size_t>(resolveThreads(threads), maxWorkers));
    if (workers <= 1) {
        fn(0, n, 0);
        return;
    }
    const size_t per = (n + workers - 1) / workers;
    std::vector<std::exception_ptr> errors(workers);
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (int w = 1; w < workers; ++w) {
        const size_t b = std::min(n, per * w), e = std::min(n, per * (w + 1));
        pool.emplace_back([&, b, e, w] {
            try {
                fn(b, e, w);
            } catch (...) {
                errors[w] = std::current_exception();
            }
        });
    }
    try {
        fn(0, std::min(n, per), 0);
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& t : pool)
        t.join();
    for (auto& e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace streamlens
