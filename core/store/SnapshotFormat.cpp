// SPDX-License-Identifier: MIT
#include "store/SnapshotFormat.h"

#include <cstring>

namespace streamlens::store::snapshot {

namespace {
void putU32(std::string& out, uint32_t v)
{
    char b[4];
    std::memcpy(b, &v, 4);
    out.append(b, 4);
}

bool getU32(std::string_view& in, uint32_t& v)
{
    if (in.size() < 4)
        return false;
    std::memcpy(&v, in.data(), 4);
    in.remove_prefix(4);
    return true;
}
} // namespace

std::string encodeStrings(const std::vector<std::string>& values)
{
    std::string out;
    putU32(out, static_cast<uint32_t>(values.size()));
    for (const auto& v : values) {
        putU32(out, static_cast<uint32_t>(v.size()));
        out += v;
    }
    return out;
}

bool decodeStrings(std::string_view in, std::vector<std::string>& values)
{
    uint32_t count = 0;
    if (!getU32(in, count) || count > in.size() / 4)
        return false;
    values.clear();
    values.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
        uint32_t len = 0;
        if (!getU32(in, len) || len > in.size())
            return false;
        values.emplace_back(in.substr(0, len));
        in.remove_prefix(len);
    }
    return in.empty();
}

} // namespace streamlens::store::snapshot
