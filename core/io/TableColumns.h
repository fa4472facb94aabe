// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"

#include <tuple>
#include <type_traits>

// Every column of each table, once, so generic code (appending a thread's rows, replacing
// rows in place, clearing) cannot forget one.
namespace streamlens::io {

// A column added to a table must be added to its list below: the importer fills and merges
// tables through these lists. The size checks (for the one toolchain the project builds
// with) make the compiler point here.
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(UserTable) == 688, "UserTable changed: update io/TableColumns.h");
static_assert(sizeof(ContentTable) == 712, "ContentTable changed: update io/TableColumns.h");
static_assert(sizeof(SessionTable) == 1392, "SessionTable changed: update io/TableColumns.h");
static_assert(sizeof(EventTable) == 576, "EventTable changed: update io/TableColumns.h");
#endif

inline auto tableColumns(std::type_identity<UserTable>)
{
    using T = UserTable;
    return std::make_tuple(&T::userId, &T::signupDate, &T::country, &T::age, &T::gender, &T::plan,
                           &T::monthlyFeeMilli, &T::preferredGenre, &T::churned, &T::churnDate);
}

inline auto tableColumns(std::type_identity<ContentTable>)
{
    using T = ContentTable;
    return std::make_tuple(&T::contentId, &T::title, &T::contentType, &T::genre, &T::releaseYear,
                           &T::durationS, &T::maturityRating, &T::avgRatingMilli, &T::language,
                           &T::isOriginal);
}

inline auto tableColumns(std::type_identity<SessionTable>)
{
    using T = SessionTable;
    return std::make_tuple(
        &T::sessionId, &T::userIndex, &T::contentIndex, &T::startTs, &T::deviceType, &T::os,
        &T::playerVersion, &T::connectionType, &T::cdn, &T::isp, &T::country, &T::streamType,
        &T::startupTimeMs, &T::playingTimeMs, &T::rebufferCount, &T::rebufferTimeMs,
        &T::avgBitrateMilliKbps, &T::bitrateSwitches, &T::resolutionCode, &T::flags, &T::errorCode);
}

inline auto tableColumns(std::type_identity<EventTable>)
{
    using T = EventTable;
    return std::make_tuple(&T::eventId, &T::sessionIndex, &T::ts, &T::eventType, &T::durationMs,
                           &T::bitrateKbps, &T::errorCode, &T::fatal, &T::cdnPop);
}

// Calls f(column) for every column of t.
template <class Table, class F> void forEachColumn(Table& t, F&& f)
{
    std::apply([&](auto... member) { (f(t.*member), ...); },
               tableColumns(std::type_identity<std::remove_const_t<Table>>{}));
}

// Calls f(dstColumn, srcColumn) for every column of two tables of one type.
template <class Table, class F> void forEachColumnPair(Table& dst, const Table& src, F&& f)
{
    std::apply([&](auto... member) { (f(dst.*member, src.*member), ...); },
               tableColumns(std::type_identity<Table>{}));
}

} // namespace streamlens::io
