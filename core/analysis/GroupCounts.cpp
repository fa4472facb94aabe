// SPDX-License-Identifier: MIT
#include "analysis/GroupCounts.h"

#include "analysis/FrameBuilder.h"
#include "analysis/VariableCatalog.h"

namespace streamlens::analysis {

stats::Expected<std::vector<GroupCount>> GroupCounts::of(const Dataset& dataset,
                                                         const query::Selection& selection,
                                                         Level level, const std::string& by,
                                                         int threads)
{
    using Result = stats::Expected<std::vector<GroupCount>>;
    if (!findCategorical(level, by))
        return Result::failure(unknownCategoricalError(level, by));
    FrameRequest fr;
    fr.level = level;
    fr.threads = threads;
    fr.categoricals.push_back(by);
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return Result::failure(frame.error());
    const CategoricalColumn* column = frame->categorical(by);
    std::vector<int64_t> counts(column->nullCode + 1, 0);
    for (uint32_t code : column->codes)
        ++counts[std::min(code, column->nullCode)];
    std::vector<GroupCount> out;
    for (uint32_t code : column->groupsInOrder())
        out.push_back({column->labels[code], counts[code]});
    return out;
}

} // namespace streamlens::analysis
