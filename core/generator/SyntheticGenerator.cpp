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
#include <exception>
#include <map>
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

template <typename T> void append(std::vector<T>& to, const std::vector<T>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

// Appends finished blocks to the event table strictly in block order, whatever order the
// workers finish them in, and recycles their buffers. Compared with keeping every block and
// concatenating at the end, this touches each event's memory once and halves the peak.
class EventCommitter {
public:
    EventCommitter(EventTable& events, size_t expected)
        : m_events(events)
    {
        m_events.sessionIndex.reserve(expected);
        m_events.ts.reserve(expected);
        m_events.eventType.codes.reserve(expected);
        m_events.durationMs.reserve(expected);
        m_events.bitrateKbps.reserve(expected);
        m_events.errorCode.codes.reserve(expected);
        m_events.fatal.reserve(expected);
        m_events.cdnPop.codes.reserve(expected);
    }

    EventBlock take()
    {
        std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return EventBlock();
        EventBlock b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }

    void submit(size_t index, EventBlock block)
    {
        std::lock_guard lock(m_mutex);
        m_pending.emplace(index, std::move(block));
        while (!m_pending.empty() && m_pending.begin()->first == m_next) {
            EventBlock& b = m_pending.begin()->second;
            if (m_events.ts.size() + b.size() > static_cast<size_t>(INT32_MAX))
                throw std::length_error(
                    "too many events for 32-bit row indices; generate fewer sessions");
            append(m_events.sessionIndex, b.sessionIndex);
            append(m_events.ts, b.ts);
            append(m_events.eventType.codes, b.type);
            append(m_events.durationMs, b.durationMs);
            append(m_events.bitrateKbps, b.bitrateKbps);
            append(m_events.errorCode.codes, b.errorCode);
            append(m_events.fatal, b.fatal);
            append(m_events.cdnPop.codes, b.cdnPop);
            b.clear();
            m_free.push_back(std::move(b));
            m_pending.erase(m_pending.begin());
            ++m_next;
        }
    }

private:
    EventTable& m_events;
    std::mutex m_mutex;
    std::map<size_t, EventBlock> m_pending;
    std::vector<EventBlock> m_free;
    size_t m_next = 0;
};

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
    // About 4.8 events per session on average (docs/generator.md); the reservation only
    // costs address space until used, and a larger dataset simply grows the vectors.
    EventCommitter committer(data.events, o.withEvents ? n * 6 + 1024 : 0);
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
                if (o.withEvents) {
                    EventBlock events = committer.take();
                    events.reserve(blockSize * 6);
                    simulator.run(b * blockSize, std::min(n, (b + 1) * blockSize), &events);
                    committer.submit(b, std::move(events));
                } else {
                    simulator.run(b * blockSize, std::min(n, (b + 1) * blockSize), nullptr);
                }
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
        data.events.eventId = sequentialIds("e", data.events.size());
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
