// SPDX-License-Identifier: MIT
#include "analysis/FrameBuilder.h"

#include "analysis/SessionVariables.h"
#include "analysis/UserAggregates.h"
#include "analysis/VariableCatalog.h"
#include "data/Dataset.h"
#include "query/DimensionColumn.h"
#include "query/Selection.h"
#include "query/SessionColumns.h"
#include "util/ParallelFor.h"

#include <algorithm>

namespace streamlens::analysis {

namespace {

using Result = stats::Expected<AnalysisFrame>;

std::string checkUsers(const UserTable& u)
{
    const size_t n = u.size();
    const size_t sizes[] = {u.age.size(),           u.plan.size(),    u.monthlyFeeMilli.size(),
                            u.churned.size(),       u.country.size(), u.gender.size(),
                            u.preferredGenre.size()};
    for (size_t s : sizes)
        if (s != n)
            return "inconsistent users table: a column has " + std::to_string(s) + " values for " +
                   std::to_string(n) + " users";
    return {};
}

CategoricalColumn categoricalOf(const query::DimensionColumn& dim, const VariableInfo& info)
{
    CategoricalColumn c;
    c.info = info;
    c.nullCode = dim.nullCode();
    c.labels.reserve(dim.nullCode());
    c.naturalRank.reserve(dim.nullCode());
    for (uint32_t code = 0; code < dim.nullCode(); ++code) {
        c.labels.push_back(dim.label(code));
        c.naturalRank.push_back(dim.naturalRank(code));
    }
    c.naturalOrder = query::dimensionInfo(dim.id()).order == query::DimensionOrder::Natural;
    return c;
}

} // namespace

Result FrameBuilder::build(const Dataset& dataset, const query::Selection& selection,
                           const FrameRequest& request)
{
    std::string error;
    if (!query::SessionColumns::from(dataset, &error))
        return Result::failure(error);
    if (selection.rowCount() != dataset.sessions.size())
        return Result::failure("the selection was made on " + std::to_string(selection.rowCount()) +
                               " sessions, the dataset has " +
                               std::to_string(dataset.sessions.size()));
    if (selection.isCancelled())
        return Result::failure("the selection was cancelled");
    if (auto e = checkUsers(dataset.users); !e.empty())
        return Result::failure(e);

    std::vector<VariableInfo> metrics, categoricals;
    for (const auto& key : request.metrics) {
        const auto info = findMetric(request.level, key);
        if (!info)
            return Result::failure(unknownMetricError(request.level, key));
        metrics.push_back(*info);
    }
    for (const auto& key : request.categoricals) {
        const auto info = findCategorical(request.level, key);
        if (!info)
            return Result::failure(unknownCategoricalError(request.level, key));
        categoricals.push_back(*info);
    }
    // Dimensions resolve against the dataset; an inconsistent table is reported here.
    std::vector<query::DimensionColumn> dims;
    for (const auto& info : categoricals) {
        auto dim = query::DimensionColumn::resolve(
            dataset, static_cast<query::DimensionId>(info.id), &error);
        if (!dim)
            return Result::failure(error);
        dims.push_back(std::move(*dim));
    }

    if (request.level == Level::Session) {
        AnalysisFrame frame(Level::Session, selection.rowIndices(),
                            static_cast<int64_t>(selection.count()));
        const std::span<const uint32_t> rows = frame.units();
        for (const auto& info : metrics)
            frame.addNumeric(
                {info, SessionVariables::compute(dataset, static_cast<SessionMetric>(info.id), rows,
                                                 request.threads)});
        for (size_t i = 0; i < dims.size(); ++i) {
            CategoricalColumn c = categoricalOf(dims[i], categoricals[i]);
            c.codes.resize(rows.size());
            dims[i].visit([&](auto key) {
                parallelFor(rows.size(), request.threads, size_t(1) << 16,
                            [&](size_t b, size_t e, int) {
                                for (size_t r = b; r < e; ++r)
                                    c.codes[r] = key(rows[r]);
                            });
            });
            frame.addCategorical(std::move(c));
        }
        return frame;
    }

    const bool medians = std::any_of(metrics.begin(), metrics.end(), [](const VariableInfo& v) {
        return v.id == static_cast<uint8_t>(UserMetric::MedianStartupMs);
    });
    const UserAggregates aggregates(dataset, selection, medians, request.threads);
    AnalysisFrame frame(Level::User, aggregates.users(), static_cast<int64_t>(selection.count()));
    for (const auto& info : metrics)
        frame.addNumeric({info, aggregates.values(static_cast<UserMetric>(info.id))});
    for (size_t i = 0; i < dims.size(); ++i) {
        // User dimensions are joined: one code per user of the table.
        CategoricalColumn c = categoricalOf(dims[i], categoricals[i]);
        const std::vector<uint32_t>& perUser = dims[i].joinedCodes();
        c.codes.reserve(frame.size());
        for (uint32_t u : frame.units())
            c.codes.push_back(u < perUser.size() ? perUser[u] : c.nullCode);
        frame.addCategorical(std::move(c));
    }
    return frame;
}

} // namespace streamlens::analysis
