// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace streamlens {

// Maps the distinct text values of a categorical column to dense codes.
// A closed dictionary holds a fixed value set (a contract enum) in contract order, so its
// codes equal the enum values; interning an unknown value into it fails.
class Dictionary {
public:
    static constexpr uint32_t npos = UINT32_MAX;

    Dictionary() = default;
    static Dictionary closed(std::span<const std::string_view> values);

    // Code of value, or npos when absent.
    uint32_t find(std::string_view value) const;
    // Code of value, adding it when the dictionary is open; npos for an unknown value of a
    // closed dictionary.
    uint32_t intern(std::string_view value);

    const std::string& value(uint32_t code) const { return m_values[code]; }
    const std::vector<std::string>& values() const { return m_values; }
    size_t size() const { return m_values.size(); }
    bool isClosed() const { return m_closed; }
    size_t memoryBytes() const;

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::vector<std::string> m_values;
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> m_index;
    bool m_closed = false;
};

} // namespace streamlens
