// SPDX-License-Identifier: MIT
#include "generator/OrderedChunkWriter.h"

#include "util/ParallelFor.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace streamlens::generator {

OrderedChunkWriter::OrderedChunkWriter(int threads, size_t chunkRows)
    : m_threads(resolveThreads(threads))
    , m_chunkRows(std::max<size_t>(1, chunkRows))
{
}

namespace {

std::string writeAll(std::FILE* file, const csv::CharBuffer& buffer, int64_t& bytes)
{
    if (buffer.size() == 0)
        return {};
    if (std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size())
        return std::strerror(errno ? errno : EIO);
    bytes += static_cast<int64_t>(buffer.size());
    return {};
}

} // namespace

std::string OrderedChunkWriter::write(std::FILE* file, size_t rows, const Format& format,
                                      const Progress& progress, int64_t& bytes) const
{
    const size_t chunks = (rows + m_chunkRows - 1) / m_chunkRows;
    auto rangeOf = [&](size_t c) {
        return std::make_pair(c * m_chunkRows, std::min(rows, (c + 1) * m_chunkRows));
    };

    // Small tables and single-threaded runs: format and write in turn on this thread.
    if (chunks <= 1 || m_threads <= 1) {
        csv::CharBuffer buffer;
        for (size_t c = 0; c < chunks; ++c) {
            const auto [b, e] = rangeOf(c);
            buffer.clear();
            format(b, e, buffer);
            if (auto error = writeAll(file, buffer, bytes); !error.empty())
                return error;
            if (progress && !progress(e))
                return "cancelled";
        }
        return {};
    }

    // Slot c % slots holds chunk c; a worker waits until the writer has emptied the slot of
    // chunk c - slots, the writer waits until chunk c is formatted.
    struct Slot {
        csv::CharBuffer buffer;
        size_t chunk = 0;
        bool ready = false;
    };
    const size_t slotCount = static_cast<size_t>(m_threads) * 2;
    std::vector<Slot> slots(slotCount);
    for (size_t i = 0; i < slotCount; ++i)
        slots[i].chunk = i;
    std::mutex mutex;
    std::condition_variable slotFreed, chunkReady;
    size_t nextChunk = 0;
    bool stop = false;
    std::exception_ptr failure;

    auto worker = [&] {
        for (;;) {
            size_t c;
            {
                std::unique_lock lock(mutex);
                if (stop || nextChunk >= chunks)
                    return;
                c = nextChunk++;
                slotFreed.wait(lock, [&] { return stop || slots[c % slotCount].chunk == c; });
                if (stop)
                    return;
            }
            Slot& slot = slots[c % slotCount];
            try {
                const auto [b, e] = rangeOf(c);
                slot.buffer.clear();
                format(b, e, slot.buffer);
            } catch (...) {
                std::lock_guard lock(mutex);
                failure = std::current_exception();
                stop = true;
                chunkReady.notify_all();
                slotFreed.notify_all();
                return;
            }
            {
                std::lock_guard lock(mutex);
                slot.ready = true;
            }
            chunkReady.notify_all();
        }
    };
    const int workers = static_cast<int>(std::min<size_t>(m_threads, chunks));
    std::vector<std::thread> pool;
    pool.reserve(workers);
    for (int i = 0; i < workers; ++i)
        pool.emplace_back(worker);

    std::string error;
    for (size_t c = 0; c < chunks && error.empty(); ++c) {
        Slot& slot = slots[c % slotCount];
        {
            std::unique_lock lock(mutex);
            chunkReady.wait(lock, [&] { return stop || (slot.ready && slot.chunk == c); });
            if (stop)
                break;
        }
        error = writeAll(file, slot.buffer, bytes);
        if (error.empty() && progress && !progress(rangeOf(c).second))
            error = "cancelled";
        {
            std::lock_guard lock(mutex);
            slot.ready = false;
            slot.chunk = c + slotCount;
        }
        slotFreed.notify_all();
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    slotFreed.notify_all();
    chunkReady.notify_all();
    for (auto& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    return error;
}

} // namespace streamlens::generator
