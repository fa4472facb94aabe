// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace streamlens::io {

// Runs fn(0) .. fn(count - 1) on up to `threads` threads (the caller is one), each thread
// taking the next index when it is done with its last. With more tasks than threads a
// thread that the OS preempts holds up the others only for one small task, not for a fixed
// half of the work: on a busy machine static halves made two threads no faster than one.
// The first exception thrown by fn is rethrown on the caller.
inline void parallelDynamic(size_t count, int threads, const std::function<void(size_t)>& fn)
{
    const size_t workers = std::min<size_t>(count, size_t(std::max(1, threads)));
    if (workers <= 1) {
        for (size_t i = 0; i < count; ++i)
            fn(i);
        return;
    }
    std::atomic<size_t> next{0};
    std::vector<std::exception_ptr> errors(workers);
    auto work = [&](size_t w) {
        try {
            for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < count;)
                fn(i);
        } catch (...) {
            errors[w] = std::current_exception();
            next.store(count); // stop handing out work
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (size_t w = 1; w < workers; ++w)
        pool.emplace_back(work, w);
    work(0);
    for (auto& t : pool)
        t.join();
    for (auto& e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace streamlens::io
