// SPDX-License-Identifier: MIT
#include "io/mapping/ValueKind.h"

#include <array>

namespace streamlens::io::mapping {

namespace {
using K = ValueKind;
// In contract column order (io/ContractSchema.h).
constexpr std::array<K, kUserColumns> kUsers = {K::Text, K::Date,    K::Text, K::Int,  K::Enum,
                                                K::Enum, K::Decimal, K::Text, K::Bool, K::Date};
constexpr std::array<K, kContentColumns> kContent = {
    K::Text, K::Text, K::Enum, K::Text, K::Int, K::Int, K::Text, K::Decimal, K::Text, K::Bool};
constexpr std::array<K, kSessionColumns> kSessions = {
    K::Text,    K::Text, K::Text, K::Timestamp, K::Enum, K::Text,    K::Text, K::Enum,
    K::Text,    K::Text, K::Text, K::Enum,      K::Int,  K::Decimal, K::Int,  K::Int,
    K::Decimal, K::Int,  K::Int,  K::Bool,      K::Bool, K::Bool,    K::Text, K::Bool};
constexpr std::array<K, kEventColumns> kEvents = {K::Text, K::Text, K::Timestamp, K::Enum, K::Int,
                                                  K::Int,  K::Text, K::Bool,      K::Text};
} // namespace

ValueKind valueKindOf(TableKind table, size_t column)
{
    switch (table) {
    case TableKind::Users:
        return column < kUsers.size() ? kUsers[column] : K::Text;
    case TableKind::Content:
        return column < kContent.size() ? kContent[column] : K::Text;
    case TableKind::Sessions:
        return column < kSessions.size() ? kSessions[column] : K::Text;
    case TableKind::Events:
        return column < kEvents.size() ? kEvents[column] : K::Text;
    }
    return K::Text;
}

} // namespace streamlens::io::mapping
