// SPDX-License-Identifier: MIT
// Row sets over a selection, sorting (ties, nulls, both directions, several threads), cell text
// and clipboard text of the Data page's core.
#include "TableTestData.h"

#include "generator/ContractRowFormatter.h"
#include "query/Filter.h"
#include "query/Selection.h"
#include "table/CopyText.h"
#include "table/RowSet.h"

#include <QTest>

#include <numeric>
#include <set>
#include <sstream>

using namespace streamlens;
using table::TableKind;

class TestTableRows : public QObject {
    Q_OBJECT
private:
    Dataset m_data;

    query::Selection selectWhere(const std::vector<std::string>& clauses)
    {
        std::string error;
        auto filter = query::Filter::parseWhere(clauses, &error);
        if (!filter)
            qFatal("bad filter: %s", error.c_str());
        return query::select(m_data, *filter, &error);
    }

private slots:
    void initTestCase()
    {
        m_data = testing::tableTestData(30000);
        QVERIFY(m_data.events.size() > 2 * 65536); // so the radix sort runs in several parts
    }

    void sessionsAreTheSelection()
    {
        const auto selection = selectWhere({"device_type=smart_tv"});
        const auto set = table::rowsOverSelection(m_data, TableKind::Sessions, selection);
        QCOMPARE(set.rows, selection.rowIndices());
        QVERIFY(set.rows.size() > 0 && set.rows.size() < m_data.sessions.size());
        const auto all = table::rowsOverSelection(m_data, TableKind::Sessions, selectWhere({}));
        QCOMPARE(all.rows.size(), m_data.sessions.size());
        QVERIFY(std::is_sorted(all.rows.begin(), all.rows.end()));
    }

    void usersTitlesAndEventsFollowTheSessions()
    {
        const auto selection = selectWhere({"device_type=mobile", "cdn=cdn_b"});
        std::set<uint32_t> users, titles;
        std::vector<uint32_t> events;
        for (uint32_t s : selection.rowIndices()) {
            users.insert(static_cast<uint32_t>(m_data.sessions.userIndex[s]));
            titles.insert(static_cast<uint32_t>(m_data.sessions.contentIndex[s]));
        }
        for (size_t e = 0; e < m_data.events.size(); ++e)
            if (selection.contains(static_cast<size_t>(m_data.events.sessionIndex[e])))
                events.push_back(static_cast<uint32_t>(e));
        QVERIFY(!users.empty() && users.size() < m_data.users.size());
        QVERIFY(!events.empty());
        for (int threads : {1, 3}) {
            const auto u =
                table::rowsOverSelection(m_data, TableKind::Users, selection, nullptr, threads);
            QCOMPARE(u.rows, std::vector<uint32_t>(users.begin(), users.end()));
            const auto c =
                table::rowsOverSelection(m_data, TableKind::Content, selection, nullptr, threads);
            QCOMPARE(c.rows, std::vector<uint32_t>(titles.begin(), titles.end()));
            const auto e =
                table::rowsOverSelection(m_data, TableKind::Events, selection, nullptr, threads);
            QCOMPARE(e.rows, events);
        }
        QCOMPARE(*table::rowCountOverSelection(m_data, TableKind::Events, selection),
                 events.size());
        QCOMPARE(*table::rowCountOverSelection(m_data, TableKind::Users, selection), users.size());
        QCOMPARE(*table::rowCountOverSelection(m_data, TableKind::Sessions, selection),
                 selection.count());
    }

    void emptySelectionHasNoRows()
    {
        const auto selection = selectWhere({"device_type=mobile", "device_type=smart_tv"});
        QCOMPARE(selection.count(), size_t(0));
        for (TableKind t : table::kAllTables)
            QVERIFY(table::rowsOverSelection(m_data, t, selection).rows.empty());
    }

    void cancelStopsRowSets()
    {
        std::atomic<bool> cancel = true;
        const auto selection = selectWhere({});
        QVERIFY(table::rowsOverSelection(m_data, TableKind::Events, selection, &cancel).cancelled);
        QVERIFY(table::rowsOverSelection(m_data, TableKind::Users, selection, &cancel).cancelled);
        auto rows = selection.rowIndices();
        const auto before = rows;
        QVERIFY(!table::sortRows(m_data, TableKind::Sessions, 3, table::SortOrder::Ascending, rows,
                                 &cancel));
        QCOMPARE(rows, before);
    }

    void sortMatchesStableReference_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<QString>("column");
        // Every kind of column: ids, references, timestamps, categories with nulls (os, isp,
        // error_code), integers with nulls (startup_time_ms), decimals, booleans, text.
        for (const char* c : {"session_id", "user_id", "content_id", "start_ts", "device_type",
                              "os", "isp", "error_code", "startup_time_ms", "playing_time_s",
                              "avg_bitrate_kbps", "resolution_p", "completed"})
            QTest::newRow(c) << int(TableKind::Sessions) << c;
        for (const char* c : {"signup_date", "age", "monthly_fee", "churn_date", "gender"})
            QTest::newRow(c) << int(TableKind::Users) << c;
        for (const char* c : {"title", "avg_rating", "release_year", "is_original"})
            QTest::newRow(c) << int(TableKind::Content) << c;
        for (const char* c : {"ts", "event_type", "duration_ms", "bitrate_kbps", "fatal"})
            QTest::newRow(c) << int(TableKind::Events) << c;
    }

    void sortMatchesStableReference()
    {
        QFETCH(int, table);
        QFETCH(QString, column);
        const auto kind = static_cast<TableKind>(table);
        const int index = table::columnIndex(kind, column.toStdString());
        QVERIFY(index >= 0);
        // A filtered set, so the input is not simply 0..n-1.
        const auto selection = selectWhere({"connection_type!=cellular"});
        const auto base = table::rowsOverSelection(m_data, kind, selection).rows;
        QVERIFY(!base.empty());
        for (auto order : {table::SortOrder::Ascending, table::SortOrder::Descending}) {
            const auto expected = testing::referenceOrder(m_data, kind, index, order, base);
            for (int threads : {1, 4}) {
                auto rows = base;
                QVERIFY(table::sortRows(m_data, kind, index, order, rows, nullptr, threads));
                QVERIFY2(rows == expected,
                         qPrintable(QStringLiteral("%1 %2 threads").arg(int(order)).arg(threads)));
            }
        }
    }

    void tiesKeepInputOrderAndNullsComeLast()
    {
        // startup_time_ms is null for every session that did not start.
        const int column = table::columnIndex(TableKind::Sessions, "startup_time_ms");
        std::vector<uint32_t> rows(m_data.sessions.size());
        std::iota(rows.begin(), rows.end(), 0u);
        std::reverse(rows.begin(), rows.end()); // input order is not table order
        for (auto order : {table::SortOrder::Ascending, table::SortOrder::Descending}) {
            auto sorted = rows;
            QVERIFY(table::sortRows(m_data, TableKind::Sessions, column, order, sorted));
            size_t firstNull = sorted.size();
            for (size_t i = 0; i < sorted.size(); ++i)
                if (!m_data.sessions.started(sorted[i])) {
                    firstNull = i;
                    break;
                }
            QVERIFY(firstNull < sorted.size());
            for (size_t i = firstNull; i < sorted.size(); ++i)
                QVERIFY(!m_data.sessions.started(sorted[i]));
            for (size_t i = 1; i < sorted.size(); ++i) {
                const int32_t a = m_data.sessions.startupTimeMs[sorted[i - 1]];
                const int32_t b = m_data.sessions.startupTimeMs[sorted[i]];
                if (i < firstNull) {
                    QVERIFY(order == table::SortOrder::Ascending ? a <= b : a >= b);
                }
                // Equal values (and the nulls) keep the input's order: descending row numbers.
                if (a == b)
                    QVERIFY(sorted[i - 1] > sorted[i]);
            }
        }
    }

    void badColumnIsRefused()
    {
        std::vector<uint32_t> rows{0, 1, 2};
        QVERIFY(!table::sortRows(m_data, TableKind::Users, 99, table::SortOrder::Ascending, rows));
        QVERIFY(!table::sortRows(m_data, TableKind::Users, -1, table::SortOrder::Ascending, rows));
        QCOMPARE(rows, (std::vector<uint32_t>{0, 1, 2}));
    }

    void cellTextIsTheContractText()
    {
        // Joined cells of a row equal the generator's CSV line (no value here needs quotes).
        for (TableKind kind : table::kAllTables) {
            const generator::ContractRowFormatter formatter(m_data, table::contractTable(kind),
                                                            false);
            const auto columns = table::columnsOf(kind);
            for (uint32_t row : {0u, 7u, uint32_t(table::tableRows(m_data, kind) - 1)}) {
                generator::csv::CharBuffer buffer;
                formatter.format(row, row + 1, buffer);
                std::string expected(buffer.data(), buffer.size());
                std::string line;
                for (size_t c = 0; c < columns.size(); ++c) {
                    table::IdBuffer ids;
                    if (c)
                        line += ',';
                    const std::string text = table::contractText(columns[c].read(m_data, row, ids));
                    line +=
                        text.find(',') == std::string::npos ? text : generator::csv::escaped(text);
                }
                QCOMPARE(line + "\n", expected);
            }
        }
    }

    void cellValuesAreTyped()
    {
        size_t notStarted = 0;
        while (m_data.sessions.started(notStarted))
            ++notStarted;
        table::IdBuffer ids;
        const auto& startup = table::columnsOf(TableKind::Sessions)[static_cast<size_t>(
            table::columnIndex(TableKind::Sessions, "startup_time_ms"))];
        QVERIFY(startup.read(m_data, notStarted, ids).isNull());
        QCOMPARE(table::contractText(startup.read(m_data, notStarted, ids)), std::string());
        using Kind = table::CellValue::Kind;
        QCOMPARE(table::contractText(table::CellValue::of(Kind::Milli, 1500)), std::string("1.5"));
        QCOMPARE(table::contractText(table::CellValue::of(Kind::Milli, -20)), std::string("-0.02"));
        QCOMPARE(table::contractText(table::CellValue::of(Kind::Timestamp, 1772389325123)),
                 std::string("2026-03-01T18:22:05.123Z"));
        QCOMPARE(table::contractText(table::CellValue::of(Kind::Date, 0)),
                 std::string("1970-01-01"));
        QCOMPARE(table::contractText(table::CellValue::of(Kind::Boolean, 1)), std::string("true"));
    }

    void copyTextIsTabSeparatedWithHeader()
    {
        std::vector<uint32_t> viewRows{5, 3, 9, 1};
        // Rows 0-1 of columns 0-1, plus row 3 of column 3: the bounding box, gaps empty.
        const std::vector<table::CellRange> ranges{{0, 1, 0, 1}, {3, 3, 3, 3}};
        const auto result = table::copyText(m_data, TableKind::Sessions, viewRows, ranges);
        QVERIFY2(result.error.empty(), result.error.c_str());
        QCOMPARE(result.rows, size_t(3));
        const auto cols = table::columnsOf(TableKind::Sessions);
        auto cell = [&](uint32_t row, int column) {
            table::IdBuffer ids;
            return table::contractText(cols[static_cast<size_t>(column)].read(m_data, row, ids));
        };
        std::string expected = "session_id\tuser_id\tstart_ts\n";
        expected += cell(5, 0) + "\t" + cell(5, 1) + "\t\n";
        expected += cell(3, 0) + "\t" + cell(3, 1) + "\t\n";
        expected += "\t\t" + cell(1, 3) + "\n";
        QCOMPARE(result.text, expected);
        QCOMPARE(table::selectedRows(viewRows, ranges), (std::vector<uint32_t>{5, 3, 1}));

        const auto bad = table::copyText(m_data, TableKind::Sessions, viewRows, {{0, 9, 0, 0}});
        QVERIFY(!bad.error.empty());
    }

    void copyQuotesTabsAndQuotes()
    {
        // Titles are free text; find or make none: check the quoting rule on a title with a
        // quote when the generator has one, else on the first title.
        std::vector<uint32_t> rows(m_data.content.size());
        std::iota(rows.begin(), rows.end(), 0u);
        const int title = table::columnIndex(TableKind::Content, "title");
        const auto result =
            table::copyText(m_data, TableKind::Content, rows, {{0, rows.size() - 1, title, title}});
        std::istringstream lines(result.text);
        std::string line;
        std::getline(lines, line);
        QCOMPARE(line, std::string("title"));
        for (size_t r = 0; r < rows.size() && std::getline(lines, line); ++r) {
            const std::string_view t = m_data.content.title.value(r);
            if (t.find_first_of("\t\"") != std::string_view::npos)
                QCOMPARE(line.front(), '"');
            else
                QCOMPARE(line, std::string(t));
        }
    }
};

QTEST_GUILESS_MAIN(TestTableRows)
#include "tst_table_rows.moc"
