// SPDX-License-Identifier: MIT
#include "generator/SyntheticGenerator.h"

#include "generator/ChurnModel.h"
#include "generator/ContentGenerator.h"
#include "generator/EventBlock.h"
#include "generator/ModelParameters.h"
#include "generator/SequentialIds.h"
#include "generator/SessionSimulator.h"
#include "generator/SimulationContext.h"
#include "generator/UserGenerator.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace streamlens::generator {

namespace {

void sizeSessions(SessionTable& s, size_t n)
{
    s.userIndex.resize(n);
    s.contentIndex.resize(n);
    s.startTs.resize(n);
    s.deviceType.codes.resize(n);
    s.os.codes.resize(n);
    s.playerVersion.codes.resize(n);
    s.connectionType.codes.resize(n);
    s.cdn.codes.resize(n);
    s.isp.codes.resize(n);
    s.country.codes.resize(n);
    s.streamType.codes.resize(n);
    s.startupTimeMs.resize(n);
    s.playingTimeMs.resize(n);
    s.rebufferCount.resize(n);
    s.rebufferTimeMs.resize(n);
    s.avgBitrateMilliKbps.resize(n);
    s.bitrateSwitches.resize(n);
    s.resolutionCode.resize(n);
    s.flags.resize(n);
    s.errorCode.codes.resize(n);
}

template <typename T> void copyInto(std::vector<T>& to, size_t offset, std::vector<T>& from)
{
    if (!from.empty())
        std::memcpy(to.data() + offset, from.data(), from.size() * sizeof(T));
    std::vector<T>().swap(from); // release the block as soon as it is copied
}

// Concatenates the blocks' events, in block order, into the event table.
void assembleEvents(std::vector<EventBlock>& blocks, EventTable& e, int threads)
{
    std::vector<size_t> offsets(blocks.size() + 1, 0);
    for (size_t b = 0; b < blocks.size(); ++b)
        offsets[b + 1] = offsets[b] + blocks[b].size();
    const size_t total = offsets.back();
    if (total > static_cast<size_t>(INT32_MAX))
        throw std::length_error("too many events for 32-bit row indices; generate fewer sessions");
    e.sessionIndex.resize(total);
    e.ts.resize(total);
    e.eventType.codes.resize(total);
    e.durationMs.resize(total);
    e.bitrateKbps.resize(total);
    e.errorCode.codes.resize(total);
    e.fatal.resize(total);
    e.cdnPop.codes.resize(total);
    parallelFor(blocks.size(), threads, 1, [&](size_t begin, size_t end, int) {
        for (size_t b = begin; b < end; ++b) {
            EventBlock& block = blocks[b];
            const size_t at = offsets[b];
            copyInto(e.sessionIndex, at, block.sessionIndex);
            copyInto(e.ts, at, block.ts);
            copyInto(e.eventType.codes, at, block.type);
            copyInto(e.durationMs, at, block.durationMs);
            copyInto(e.bitrateKbps, at, block.bitrateKbps);
            copyInto(e.errorCode.codes, at, block.errorCode);
            copyInto(e.fatal, at, block.fatal);
            copyInto(e.cdnPop.codes, at, block.cdnPop);
        }
    });
    e.eventId = sequentialIds("e", total);
}

} // namespace

SyntheticGenerator::SyntheticGenerator(GeneratorOptions options)
    : m_options(std::move(options))
{
}

Dataset SyntheticGenerator::run()
{
    m_cancelled = false;
    if (const std::string error = validate(m_options); !error.empty())
        throw std::invalid_argument("generator: " + error);
    const GeneratorOptions& o = m_options;

    Dataset data;
    std::vector<UserTraits> traits;
    const std::vector<double> activity = UserGenerator::generate(o, data.users, traits);
    const std::vector<double> popularity = ContentGenerator::generate(o, data.content);
    const SimulationContext context(o, data, traits, activity, popularity);

    const auto n = static_cast<size_t>(o.sessions);
    sizeSessions(data.sessions, n);
    const size_t blockSize = model::kBlockSessions;
    const size_t blockCount = (n + blockSize - 1) / blockSize;
    std::vector<EventBlock> blocks(o.withEvents ? blockCount : 0);
    const SessionSimulator simulator(context, data.sessions);

    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    size_t done = 0;
    std::exception_ptr failure;
    auto worker = [&] {
        for (;;) {
            const size_t b = next.fetch_add(1);
            if (b >= blockCount || stop.load())
                return;
            try {
                EventBlock* events = nullptr;
                if (o.withEvents) {
                    events = &blocks[b];
                    events->reserve(blockSize * 5);
                }
                simulator.run(b * blockSize, std::min(n, (b + 1) * blockSize), events);
            } catch (...) {
                std::lock_guard lock(mutex);
                failure = std::current_exception();
                stop = true;
                return;
            }
            if (o.progress) {
                // Serialised, so a callback never runs twice at once.
                std::lock_guard lock(mutex);
                ++done;
                if (!stop && !o.progress(0.9 * double(done) / double(blockCount)))
                    stop = true;
            }
        }
    };
    const int threads = static_cast<int>(
        std::min<size_t>(resolveThreads(o.threads), std::max<size_t>(1, blockCount)));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    if (stop) {
        m_cancelled = true;
        return Dataset();
    }

    data.sessions.sessionId = sequentialIds("s", n);
    if (o.withEvents)
        assembleEvents(blocks, data.events, o.threads);
    ChurnModel::apply(o, data);
    data.source = "synthetic data (seed " + std::to_string(o.seed) + ", " +
                  std::to_string(o.sessions) + " sessions)";
    if (o.progress)
        o.progress(1.0);
    return data;
}

Dataset generate(const GeneratorOptions& options)
{
    return SyntheticGenerator(options).run();
}

WriteResult generateToDirectory(const GeneratorOptions& options, const std::string& dir)
{
    // Generation takes about 40 % of the time, writing the rest.
    GeneratorOptions o = options;
    const auto& progress = options.progress;
    if (progress)
        o.progress = [&](double f) { return progress(0.4 * f); };
    SyntheticGenerator generator(o);
    const Dataset data = generator.run();
    if (generator.cancelled())
        return WriteResult{false, "cancelled", {}, 0};
    CsvWriteOptions writeOptions;
    writeOptions.threads = options.threads;
    WriteResult result = ContractCsvWriter(data, writeOptions).write(dir, [&](double f) {
        return !progress || progress(0.4 + 0.6 * f);
    });
    if (!result.ok)
        return result;
    const WriteResult truth = writeGroundTruth(options, dir);
    if (!truth.ok)
        return truth;
    result.files.insert(result.files.end(), truth.files.begin(), truth.files.end());
    result.bytes += truth.bytes;
    return result;
}

} // namespace streamlens::generator
