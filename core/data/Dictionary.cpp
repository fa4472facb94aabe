// SPDX-License-Identifier: MIT
#include "data/Dictionary.h"

namespace streamlens {

Dictionary Dictionary::closed(std::span<const std::string_view> values)
{
    Dictionary d;
    for (auto v : values)
        d.intern(v);
    d.m_closed = true;
    return d;
}

uint32_t Dictionary::find(std::string_view value) const
{
    auto it = m_index.find(value);
    return it == m_index.end() ? npos : it->second;
}

uint32_t Dictionary::intern(std::string_view value)
{
    auto it = m_index.find(value);
    if (it != m_index.end())
        return it->second;
    if (m_closed)
        return npos;
    const auto code = static_cast<uint32_t>(m_values.size());
    m_values.emplace_back(value);
    m_index.emplace(m_values.back(), code);
    return code;
}

size_t Dictionary::memoryBytes() const
{
    size_t bytes = m_values.capacity() * sizeof(std::string);
    for (const auto& v : m_values)
        bytes += v.capacity() + 1 + sizeof(void*) * 4; // string heap + hash node, roughly
    return bytes;
}

} // namespace streamlens
