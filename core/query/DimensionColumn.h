// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/DimensionKeys.h"
#include "query/QueryOptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens {
struct Dataset;
class Dictionary;
} // namespace streamlens

namespace streamlens::query {

// A dimension resolved against one dataset: a group code for every session (0..nullCode()-1,
// and nullCode() for null), the text of each code, and its natural rank. Joined attributes
// are precomputed once as one code per user or per title; nothing per row is done with
// strings. It refers to the dataset and must not outlive it.
class DimensionColumn {
public:
    enum class Kind : uint8_t { Code8, Code16, Joined, Day, Hour, Weekday, Outcome, RowCodes };

    static std::optional<DimensionColumn> resolve(const Dataset& dataset, DimensionId id,
                                                  std::string* error,
                                                  const QueryOptions& options = {});

    DimensionId id() const { return m_id; }
    Kind kind() const { return m_kind; }
    uint32_t nullCode() const { return m_nullCode; }
    uint32_t groupCount() const { return m_nullCode + 1; }
    // The value's text; "" for the null group.
    std::string label(uint32_t code) const;
    // The code of a canonical value (see canonicalDimensionValue), or nullopt when no session
    // can have it. "" finds the null group.
    std::optional<uint32_t> findCode(std::string_view value) const;
    // Sort key of the natural order (DimensionOrder::Natural).
    int64_t naturalRank(uint32_t code) const;

    // For joined dimensions: the reference column (userIndex or contentIndex) and the code of
    // each user or title.
    const int32_t* joinIndex() const { return m_joinIndex; }
    const std::vector<uint32_t>& joinedCodes() const { return m_joinedCodes; }

    // Calls f with the key function of this dimension (a type from DimensionKeys.h).
    template <typename F> decltype(auto) visit(F&& f) const
    {
        switch (m_kind) {
        case Kind::Code8:
            return f(keys::Column<uint8_t>{m_codes8, m_nullCode});
        case Kind::Code16:
            return f(keys::Column<uint16_t>{m_codes16, m_nullCode});
        case Kind::Joined: {
            const auto size = static_cast<uint32_t>(m_joinedCodes.size());
            if (!m_joined8.empty())
                return f(keys::Joined<uint8_t>{m_joinIndex, m_joined8.data(), size, m_nullCode});
            if (!m_joined16.empty())
                return f(keys::Joined<uint16_t>{m_joinIndex, m_joined16.data(), size, m_nullCode});
            return f(keys::Joined<uint32_t>{m_joinIndex, m_joinedCodes.data(), size, m_nullCode});
        }
        case Kind::Day:
            return f(keys::Day{m_ts, m_baseDay, m_nullCode});
        case Kind::Hour:
            return f(keys::Hour{m_ts});
        case Kind::Weekday:
            return f(keys::Weekday{m_ts});
        case Kind::Outcome:
            return f(keys::Outcome{m_startupMs, m_flags});
        case Kind::RowCodes:
            break;
        }
        return f(keys::RowCodes{m_rowCodes.data()});
    }

private:
    bool resolveDay(const Dataset& dataset, const QueryOptions& options);

    DimensionId m_id = DimensionId::DeviceType;
    Kind m_kind = Kind::Code8;
    uint32_t m_nullCode = 0;
    const uint8_t* m_codes8 = nullptr;
    const uint16_t* m_codes16 = nullptr;
    const int32_t* m_joinIndex = nullptr;
    std::vector<uint32_t> m_joinedCodes;
    std::vector<uint8_t> m_joined8;   // the same codes, when they fit a byte
    std::vector<uint16_t> m_joined16; // or two
    const int64_t* m_ts = nullptr;
    const int32_t* m_startupMs = nullptr;
    const uint8_t* m_flags = nullptr;
    int64_t m_baseDay = 0;
    std::vector<int64_t> m_days; // RowCodes days: the day of each code
    std::vector<uint32_t> m_rowCodes;
    const Dictionary* m_dictionary = nullptr; // labels of dictionary-coded dimensions
    std::vector<std::string> m_labels;        // labels of the others (except days)
};

} // namespace streamlens::query
