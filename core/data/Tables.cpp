// SPDX-License-Identifier: MIT
#include "data/Tables.h"

#include "data/ContractEnums.h"

#include <span>

namespace streamlens {

namespace {
template <size_t N> Dictionary closedOf(const std::array<std::string_view, N>& values)
{
    return Dictionary::closed(std::span<const std::string_view>(values.data(), values.size()));
}

template <typename T> size_t bytesOf(const std::vector<T>& v)
{
    return v.size() * sizeof(T);
}
} // namespace

UserTable::UserTable()
{
    gender.dictionary = closedOf(contract::kGenders);
    plan.dictionary = closedOf(contract::kPlans);
}

void UserTable::reserve(size_t rows)
{
    userId.reserve(rows);
    signupDate.reserve(rows);
    country.codes.reserve(rows);
    age.reserve(rows);
    gender.codes.reserve(rows);
    plan.codes.reserve(rows);
    monthlyFeeMilli.reserve(rows);
    preferredGenre.codes.reserve(rows);
    churned.reserve(rows);
    churnDate.reserve(rows);
}

void UserTable::shrinkToFit()
{
    userId.shrinkToFit();
    signupDate.shrink_to_fit();
    country.codes.shrink_to_fit();
    age.shrink_to_fit();
    gender.codes.shrink_to_fit();
    plan.codes.shrink_to_fit();
    monthlyFeeMilli.shrink_to_fit();
    preferredGenre.codes.shrink_to_fit();
    churned.shrink_to_fit();
    churnDate.shrink_to_fit();
}

size_t UserTable::memoryBytes() const
{
    return userId.memoryBytes() + bytesOf(signupDate) + country.memoryBytes() + bytesOf(age) +
           gender.memoryBytes() + plan.memoryBytes() + bytesOf(monthlyFeeMilli) +
           preferredGenre.memoryBytes() + bytesOf(churned) + bytesOf(churnDate);
}

ContentTable::ContentTable()
{
    contentType.dictionary = closedOf(contract::kContentTypes);
}

void ContentTable::reserve(size_t rows)
{
    contentId.reserve(rows);
    title.reserve(rows, rows * 24);
    contentType.codes.reserve(rows);
    genre.codes.reserve(rows);
    releaseYear.reserve(rows);
    durationS.reserve(rows);
    maturityRating.codes.reserve(rows);
    avgRatingMilli.reserve(rows);
    language.codes.reserve(rows);
    isOriginal.reserve(rows);
}

void ContentTable::shrinkToFit()
{
    contentId.shrinkToFit();
    title.shrinkToFit();
    contentType.codes.shrink_to_fit();
    genre.codes.shrink_to_fit();
    releaseYear.shrink_to_fit();
    durationS.shrink_to_fit();
    maturityRating.codes.shrink_to_fit();
    avgRatingMilli.shrink_to_fit();
    language.codes.shrink_to_fit();
    isOriginal.shrink_to_fit();
}

size_t ContentTable::memoryBytes() const
{
    return contentId.memoryBytes() + title.memoryBytes() + contentType.memoryBytes() +
           genre.memoryBytes() + bytesOf(releaseYear) + bytesOf(durationS) +
           maturityRating.memoryBytes() + bytesOf(avgRatingMilli) + language.memoryBytes() +
           bytesOf(isOriginal);
}

SessionTable::SessionTable()
{
    deviceType.dictionary = closedOf(contract::kDeviceTypes);
    connectionType.dictionary = closedOf(contract::kConnectionTypes);
    streamType.dictionary = closedOf(contract::kStreamTypes);
}

void SessionTable::reserve(size_t rows)
{
    sessionId.reserve(rows);
    userIndex.reserve(rows);
    contentIndex.reserve(rows);
    startTs.reserve(rows);
    deviceType.codes.reserve(rows);
    os.codes.reserve(rows);
    playerVersion.codes.reserve(rows);
    connectionType.codes.reserve(rows);
    cdn.codes.reserve(rows);
    isp.codes.reserve(rows);
    country.codes.reserve(rows);
    streamType.codes.reserve(rows);
    startupTimeMs.reserve(rows);
    playingTimeMs.reserve(rows);
    rebufferCount.reserve(rows);
    rebufferTimeMs.reserve(rows);
    avgBitrateMilliKbps.reserve(rows);
    bitrateSwitches.reserve(rows);
    resolutionCode.reserve(rows);
    flags.reserve(rows);
    errorCode.codes.reserve(rows);
}

void SessionTable::shrinkToFit()
{
    sessionId.shrinkToFit();
    userIndex.shrink_to_fit();
    contentIndex.shrink_to_fit();
    startTs.shrink_to_fit();
    deviceType.codes.shrink_to_fit();
    os.codes.shrink_to_fit();
    playerVersion.codes.shrink_to_fit();
    connectionType.codes.shrink_to_fit();
    cdn.codes.shrink_to_fit();
    isp.codes.shrink_to_fit();
    country.codes.shrink_to_fit();
    streamType.codes.shrink_to_fit();
    startupTimeMs.shrink_to_fit();
    playingTimeMs.shrink_to_fit();
    rebufferCount.shrink_to_fit();
    rebufferTimeMs.shrink_to_fit();
    avgBitrateMilliKbps.shrink_to_fit();
    bitrateSwitches.shrink_to_fit();
    resolutionCode.shrink_to_fit();
    flags.shrink_to_fit();
    errorCode.codes.shrink_to_fit();
}

size_t SessionTable::memoryBytes() const
{
    return sessionId.memoryBytes() + bytesOf(userIndex) + bytesOf(contentIndex) + bytesOf(startTs) +
           deviceType.memoryBytes() + os.memoryBytes() + playerVersion.memoryBytes() +
           connectionType.memoryBytes() + cdn.memoryBytes() + isp.memoryBytes() +
           country.memoryBytes() + streamType.memoryBytes() + bytesOf(startupTimeMs) +
           bytesOf(playingTimeMs) + bytesOf(rebufferCount) + bytesOf(rebufferTimeMs) +
           bytesOf(avgBitrateMilliKbps) + bytesOf(bitrateSwitches) + bytesOf(resolutionCode) +
           bytesOf(flags) + errorCode.memoryBytes();
}

size_t SessionTable::dictionaryBytes() const
{
    return os.dictionary.memoryBytes() + playerVersion.dictionary.memoryBytes() +
           cdn.dictionary.memoryBytes() + isp.dictionary.memoryBytes() +
           country.dictionary.memoryBytes() + errorCode.dictionary.memoryBytes();
}

EventTable::EventTable()
{
    eventType.dictionary = closedOf(contract::kEventTypes);
}

void EventTable::reserve(size_t rows)
{
    eventId.reserve(rows);
    sessionIndex.reserve(rows);
    ts.reserve(rows);
    eventType.codes.reserve(rows);
    durationMs.reserve(rows);
    bitrateKbps.reserve(rows);
    errorCode.codes.reserve(rows);
    fatal.reserve(rows);
    cdnPop.codes.reserve(rows);
}

void EventTable::shrinkToFit()
{
    eventId.shrinkToFit();
    sessionIndex.shrink_to_fit();
    ts.shrink_to_fit();
    eventType.codes.shrink_to_fit();
    durationMs.shrink_to_fit();
    bitrateKbps.shrink_to_fit();
    errorCode.codes.shrink_to_fit();
    fatal.shrink_to_fit();
    cdnPop.codes.shrink_to_fit();
}

size_t EventTable::memoryBytes() const
{
    return eventId.memoryBytes() + bytesOf(sessionIndex) + bytesOf(ts) + eventType.memoryBytes() +
           bytesOf(durationMs) + bytesOf(bitrateKbps) + errorCode.memoryBytes() + bytesOf(fatal) +
           cdnPop.memoryBytes();
}

} // namespace streamlens
