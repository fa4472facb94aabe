// SPDX-License-Identifier: MIT
#include "source/DatasetLoader.h"

#include "generator/SyntheticGenerator.h"
#include "io/ContractImporter.h"
#include "store/SqliteStore.h"

#include <filesystem>

namespace streamlens::source {

std::shared_ptr<Dataset> loadStore(const std::string& path, std::string* error,
                                   const ProgressCallback& progress)
{
    if (!std::filesystem::exists(path)) {
        if (error)
            *error = "no store at " + path +
                     " (create one with `streamlens import` or run the "
                     "desktop app once for demo data)";
        return nullptr;
    }
    store::SqliteStore store;
    if (!store.open(path, false, error))
        return nullptr;
    auto dataset = std::make_shared<Dataset>();
    if (!store.load(*dataset, error, progress))
        return nullptr;
    dataset->source = path;
    return dataset;
}

std::shared_ptr<Dataset> loadCsv(const std::string& dir, std::string* error,
                                 io::ImportReport* report, const ProgressCallback& progress)
{
    auto dataset = std::make_shared<Dataset>();
    io::ImportOptions options;
    options.progress = progress;
    io::ImportReport result = io::importInto(*dataset, {dir}, options);
    const bool loaded =
        result.status == io::ImportStatus::Ok || result.status == io::ImportStatus::OkWithRejects;
    if (!loaded && error)
        *error = result.error.empty() ? result.summary() : result.error;
    if (report)
        *report = std::move(result);
    if (!loaded)
        return nullptr;
    dataset->source = dir;
    return dataset;
}

bool storeIsEmpty(const std::string& path)
{
    if (!std::filesystem::exists(path))
        return true;
    store::SqliteStore store;
    std::string error;
    if (!store.open(path, false, &error))
        return false; // not ours or broken: never overwrite it with demo data
    return store.isEmpty();
}

bool createDemoStore(const std::string& path, int64_t sessions, std::string* error,
                     const ProgressCallback& progress)
{
    generator::GeneratorOptions options;
    options.sessions = sessions;
    // Generation is quick; saving dominates, so it gets most of the progress bar.
    options.progress = [&](double f) { return !progress || progress(0.2 * f); };
    Dataset dataset = generator::generate(options);
    dataset.source = "demo data (seed 42)";
    store::SqliteStore store;
    if (!store.open(path, true, error))
        return false;
    return store.save(dataset, error,
                      [&](double f) { return !progress || progress(0.2 + 0.8 * f); });
}

} // namespace streamlens::source
