// SPDX-License-Identifier: MIT
#include "io/StagingCommit.h"

#include "io/ColumnOps.h"
#include "io/ContractSchema.h"

#include "util/ParallelFor.h"

#include <algorithm>
#include <atomic>

namespace streamlens::io {

namespace {

// Every staged row is kept and new: the final rows follow the target's in staged order.
template <class Table> bool isPlainAppend(const StagedTable<Table>& staged)
{
    return staged.rejected.empty() && staged.targetRow.empty();
}

// Final row of every staged row: its target row when it replaces one, else the next row
// after the target's; -1 for rejected rows.
template <class Table> void assignFinalRows(StagedTable<Table>& staged, size_t targetSize)
{
    if (isPlainAppend(staged)) {
        staged.finalIndex.clear(); // final row = targetSize + staged row, see finalRow()
        return;
    }
    staged.finalIndex.assign(staged.size(), -1);
    auto next = static_cast<int32_t>(targetSize);
    for (size_t r = 0; r < staged.size(); ++r) {
        if (staged.isRejected(r))
            continue;
        const int32_t t = staged.targetRow.empty() ? -1 : staged.targetRow[r];
        staged.finalIndex[r] = t >= 0 ? t : next++;
    }
}

// Rewrites staged references (StagedRef) of kept rows as final row indices of the
// referenced table. False if one points at a row that will not be loaded.
template <class Table, class Referenced>
bool translate(StagedTable<Table>& staged, std::vector<int32_t>& refs,
               const StagedTable<Referenced>& referenced, size_t referencedTargetSize)
{
    // A plain append needs no table: the final row is an offset (and no random loads).
    const bool plain = isPlainAppend(referenced);
    const auto offset = static_cast<int32_t>(referencedTargetSize);
    std::atomic<bool> ok = true;
    parallelFor(refs.size(), 0, 1 << 18, [&](size_t begin, size_t end, int) {
        for (size_t r = begin; r < end; ++r) {
            if (!StagedRef::isStaged(refs[r]) || staged.isRejected(r))
                continue;
            const size_t row = StagedRef::stagedRow(refs[r]);
            const int32_t f =
                plain ? offset + static_cast<int32_t>(row) : referenced.finalIndex[row];
            if (f < 0)
                ok = false;
            refs[r] = f;
        }
    });
    return ok;
}

// Would the target's dictionaries overflow their code width with the staged values?
struct CapacityCheck {
    bool ok = true;
    template <typename T> void operator()(const std::vector<T>&, const std::vector<T>&) {}
    void operator()(const StringColumn&, const StringColumn&) {}
    void operator()(const IdColumn&, const IdColumn&) {}
    template <typename Code>
    void operator()(const CategoricalColumn<Code>& d, const CategoricalColumn<Code>& s)
    {
        size_t total = d.dictionary.size();
        for (const auto& v : s.dictionary.values())
            total += d.dictionary.find(v) == Dictionary::npos;
        ok = ok && total <= CategoricalColumn<Code>::kCapacity;
    }
};

template <class Table>
void commitTable(Table& target, StagedTable<Table>& staged, TableKind kind,
                 std::vector<ExtraColumn>& extraColumns, StagingCommit::Counts& counts)
{
    const size_t targetSize = target.size();
    const size_t n = staged.size();
    const std::string table(tableName(kind));
    const bool targetHasExtras =
        std::any_of(extraColumns.begin(), extraColumns.end(),
                    [&](const ExtraColumn& c) { return c.table == table; });
    if (targetSize == 0 && isPlainAppend(staged) && staged.rows.extraNames.empty() &&
        !targetHasExtras) {
        // The common case, a fresh dataset: the staged columns become the target's.
        for (size_t f = 0; f < staged.fileStarts.size(); ++f) {
            const size_t end =
                f + 1 < staged.fileStarts.size() ? staged.fileStarts[f + 1].first : n;
            counts.inserted[size_t(staged.fileStarts[f].second)] +=
                int64_t(end - staged.fileStarts[f].first);
        }
        target = std::move(staged.rows.table);
        return;
    }
    std::vector<uint32_t> appendRows;
    std::vector<std::pair<uint32_t, uint32_t>> replacePairs;
    appendRows.reserve(n);
    for (size_t r = 0; r < n; ++r) {
        if (staged.isRejected(r))
            continue;
        const int file = staged.fileOf(r);
        if (!staged.targetRow.empty() && staged.targetRow[r] >= 0) {
            replacePairs.emplace_back(uint32_t(staged.targetRow[r]), uint32_t(r));
            ++counts.replaced[size_t(file)];
        } else {
            appendRows.push_back(uint32_t(r));
            ++counts.inserted[size_t(file)];
        }
    }
    std::sort(replacePairs.begin(), replacePairs.end());
    const bool appendAll = appendRows.size() == n;

    // Unknown columns first: they need the target's row count from before.
    for (const auto& name : staged.rows.extraNames) {
        auto it = std::find_if(extraColumns.begin(), extraColumns.end(), [&](const ExtraColumn& c) {
            return c.table == table && c.name == name;
        });
        if (it == extraColumns.end()) {
            ExtraColumn c{table, name, {}};
            for (size_t r = 0; r < targetSize; ++r)
                c.values.append({});
            extraColumns.push_back(std::move(c));
        }
    }
    StringColumn blanks; // for extra columns this import does not have
    for (auto& column : extraColumns) {
        if (column.table != table)
            continue;
        const StringColumn* source = nullptr;
        for (size_t i = 0; i < staged.rows.extraNames.size(); ++i)
            if (staged.rows.extraNames[i] == column.name)
                source = &staged.rows.extras[i];
        if (!source) {
            if (blanks.size() != n)
                for (size_t r = 0; r < n; ++r)
                    blanks.append({});
            source = &blanks;
        }
        if (!replacePairs.empty())
            ColumnOps::ReplaceRows{replacePairs}(column.values, *source);
        if (appendAll)
            ColumnOps::AppendAll{}(column.values, *source);
        else
            ColumnOps::AppendSelected{appendRows}(column.values, *source);
    }

    if (targetSize == 0 && appendAll) {
        target = std::move(staged.rows.table); // the common case: a fresh dataset
        return;
    }
    if (!replacePairs.empty())
        forEachColumnPair(target, staged.rows.table, ColumnOps::ReplaceRows{replacePairs});
    if (appendAll)
        forEachColumnPair(target, staged.rows.table, ColumnOps::AppendAll{});
    else if (!appendRows.empty())
        forEachColumnPair(target, staged.rows.table, ColumnOps::AppendSelected{appendRows});
}

} // namespace

bool StagingCommit::prepare(std::string& error)
{
    ImportStaging& s = m_staging;
    assignFinalRows(s.users, m_target.users.size());
    assignFinalRows(s.content, m_target.content.size());
    assignFinalRows(s.sessions, m_target.sessions.size());
    assignFinalRows(s.events, m_target.events.size());
    if (!translate(s.sessions, s.sessions.rows.table.userIndex, s.users, m_target.users.size()) ||
        !translate(s.sessions, s.sessions.rows.table.contentIndex, s.content,
                   m_target.content.size()) ||
        !translate(s.events, s.events.rows.table.sessionIndex, s.sessions,
                   m_target.sessions.size())) {
        error = "internal error: a staged reference points at a rejected row";
        return false;
    }
    CapacityCheck users, content, sessions, events;
    if (m_target.users.size() > 0)
        forEachColumnPair(m_target.users, std::as_const(s.users.rows.table), users);
    if (m_target.content.size() > 0)
        forEachColumnPair(m_target.content, std::as_const(s.content.rows.table), content);
    if (m_target.sessions.size() > 0)
        forEachColumnPair(m_target.sessions, std::as_const(s.sessions.rows.table), sessions);
    if (m_target.events.size() > 0)
        forEachColumnPair(m_target.events, std::as_const(s.events.rows.table), events);
    const char* full = !users.ok      ? "users"
                       : !content.ok  ? "content"
                       : !sessions.ok ? "sessions"
                       : !events.ok   ? "performance_events"
                                      : nullptr;
    if (full) {
        error = std::string("a text column of ") + full +
                " would hold more than 65535 distinct values with this import";
        return false;
    }
    return true;
}

void StagingCommit::commit(size_t fileCount, Counts& counts)
{
    counts.inserted.assign(fileCount, 0);
    counts.replaced.assign(fileCount, 0);
    ImportStaging& s = m_staging;
    auto& extras = m_target.extraColumns;
    commitTable(m_target.users, s.users, TableKind::Users, extras, counts);
    commitTable(m_target.content, s.content, TableKind::Content, extras, counts);
    commitTable(m_target.sessions, s.sessions, TableKind::Sessions, extras, counts);
    commitTable(m_target.events, s.events, TableKind::Events, extras, counts);
}

} // namespace streamlens::io
