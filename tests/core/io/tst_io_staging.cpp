// SPDX-License-Identifier: MIT
// The importer's building blocks below the row validators: key index, dictionary-remapping
// column operations, the per-thread interner, short-text helpers, UTF-8 and ISO code checks.
#include "data/CategoricalColumn.h"
#include "data/IdColumn.h"
#include "data/StringColumn.h"
#include "io/ColumnOps.h"
#include "io/FastInterner.h"
#include "io/IsoCodes.h"
#include "io/KeyIndex.h"
#include "io/ShortText.h"
#include "io/Utf8.h"

#include <QTest>

#include <string>
#include <vector>

using namespace streamlens;
using namespace streamlens::io;

namespace {
std::vector<std::string> values(const IdColumn& c)
{
    std::vector<std::string> v;
    for (size_t i = 0; i < c.size(); ++i)
        v.push_back(c.value(i));
    return v;
}
std::vector<std::string> values(const StringColumn& c)
{
    std::vector<std::string> v;
    for (size_t i = 0; i < c.size(); ++i)
        v.emplace_back(c.value(i));
    return v;
}
std::vector<std::string> values(const Categorical& c)
{
    std::vector<std::string> v;
    for (size_t i = 0; i < c.size(); ++i)
        v.emplace_back(c.value(i) ? std::string(*c.value(i)) : "null");
    return v;
}
} // namespace

class TestIoStaging : public QObject {
    Q_OBJECT
private slots:
    void keyIndexDensePaddedIds()
    {
        IdColumn ids;
        for (const char* id : {"s0000005", "s0000003", "s0000009", "s0000003"})
            ids.append(id);
        std::vector<size_t> duplicates;
        const KeyIndex index(ids, &duplicates);
        QCOMPARE(duplicates, std::vector<size_t>{3}); // the later s0000003
        QCOMPARE(index.find("s0000005"), 0);
        QCOMPARE(index.find("s0000003"), 1);
        QCOMPARE(index.find("s0000009"), 2);
        QCOMPARE(index.find("s0000004"), KeyIndex::npos); // inside the range, absent
        QCOMPARE(index.find("s0000010"), KeyIndex::npos); // past the range
        QCOMPARE(index.find("s0000002"), KeyIndex::npos); // before it
        QCOMPARE(index.find("s000005"), KeyIndex::npos);  // other width
        QCOMPARE(index.find("t0000005"), KeyIndex::npos); // other prefix
        QCOMPARE(index.find("s00000x5"), KeyIndex::npos);
        QCOMPARE(index.find(""), KeyIndex::npos);
        index.prefetch("s0000005"); // harmless, also for keys that do not fit
        index.prefetch("zzz");
    }

    void keyIndexUnpaddedAndSparseIds()
    {
        IdColumn ids;
        for (const char* id : {"7", "4000000000", "12"})
            ids.append(id);
        const KeyIndex index(ids); // the span 7..4e9 is far too wide for an array
        QCOMPARE(index.find("4000000000"), 1);
        QCOMPARE(index.find("12"), 2);
        QCOMPARE(index.find("012"), KeyIndex::npos); // a leading zero is another identifier
        QCOMPARE(index.find("13"), KeyIndex::npos);
        QCOMPARE(index.find("4294967296"), KeyIndex::npos); // above UINT32_MAX
    }

    void keyIndexTextIds()
    {
        IdColumn ids;
        for (const char* id : {"alice", "bob", "u-17", "alice"})
            ids.append(id);
        QVERIFY(!ids.isNumeric());
        std::vector<size_t> duplicates;
        const KeyIndex index(ids, &duplicates);
        QCOMPARE(duplicates, std::vector<size_t>{3});
        QCOMPARE(index.find("bob"), 1);
        QCOMPARE(index.find("u-17"), 2);
        QCOMPARE(index.find("carol"), KeyIndex::npos);
        QCOMPARE(KeyIndex().find("bob"), KeyIndex::npos);
    }

    void idColumnAppendsAnotherColumn()
    {
        IdColumn a, b, c;
        a.append("s001");
        b.append("s002");
        b.append("s003");
        a.append(b); // same pattern: numbers copied
        QVERIFY(a.isNumeric());
        QCOMPARE(values(a), (std::vector<std::string>{"s001", "s002", "s003"}));
        c.append("x-1");
        a.append(c); // text: the column switches, keeping every value
        QVERIFY(!a.isNumeric());
        QCOMPARE(values(a), (std::vector<std::string>{"s001", "s002", "s003", "x-1"}));
        IdColumn empty;
        empty.append(b);
        QCOMPARE(values(empty), (std::vector<std::string>{"s002", "s003"}));
        QCOMPARE(empty.prefix(), std::string("s"));
        QCOMPARE(empty.width(), 3);
    }

    void appendRemapsDictionaryCodes()
    {
        Categorical dst, src;
        dst.append("cdn_b");
        src.append("cdn_a");
        src.append("cdn_b");
        src.appendNull();
        ColumnOps::AppendAll{}(dst, src);
        QCOMPARE(values(dst), (std::vector<std::string>{"cdn_b", "cdn_a", "cdn_b", "null"}));
        QCOMPARE(dst.dictionary.size(), size_t(2));
    }

    void appendSelectedAndReplaceRows()
    {
        StringColumn dst, src;
        for (const char* v : {"a", "b", "c"})
            dst.append(v);
        for (const char* v : {"x", "y", "z"})
            src.append(v);
        const std::vector<std::pair<uint32_t, uint32_t>> pairs{{0, 2}, {2, 0}};
        ColumnOps::ReplaceRows{pairs}(dst, src);
        QCOMPARE(values(dst), (std::vector<std::string>{"z", "b", "x"}));
        const std::vector<uint32_t> rows{1};
        ColumnOps::AppendSelected{rows}(dst, src);
        QCOMPARE(values(dst), (std::vector<std::string>{"z", "b", "x", "y"}));

        std::vector<int32_t> numbers{1, 2, 3}, more{7, 8, 9};
        ColumnOps::ReplaceRows{pairs}(numbers, more);
        ColumnOps::AppendSelected{rows}(numbers, more);
        QCOMPARE(numbers, (std::vector<int32_t>{9, 2, 7, 8}));
    }

    void appendReportsCodesTheTargetCannotTake()
    {
        // A uint8 column holds 255 values (0xFF is null); the source brings one more.
        SmallCategorical dst, src;
        for (int i = 0; i < 255; ++i)
            QVERIFY(dst.append("v" + std::to_string(i)));
        src.append("v3");
        src.append("new");
        src.appendNull();
        std::vector<uint32_t> overflow;
        ColumnOps::AppendAll{&overflow}(dst, src);
        QCOMPARE(overflow, std::vector<uint32_t>{1});
        QCOMPARE(dst.codes[255], uint8_t(3));
        QVERIFY(dst.isNull(256)); // flagged above, never silently some other value
    }

    void internerCodesFollowFirstAppearance()
    {
        FastInterner in;
        QCOMPARE(in.intern("wifi"), 0u);
        QCOMPARE(in.intern("cellular"), 1u);
        QCOMPARE(in.intern("wifi"), 0u);
        for (int i = 0; i < 5000; ++i) // forces the table to grow many times
            QCOMPARE(in.intern("value " + std::to_string(i)), uint32_t(i + 2));
        QCOMPARE(in.intern("cellular"), 1u);
        QCOMPARE(in.value(4001), std::string_view("value 3999"));
        QCOMPARE(in.size(), size_t(5002));
        in.clear();
        QCOMPARE(in.size(), size_t(0));
        QCOMPARE(in.intern("x"), 0u);
    }

    void shortTextCompareAndHash()
    {
        const std::string a = "streaming_stick", b = "streaming_stick", c = "streaming_stack";
        QVERIFY(ShortText::equal(a, b));
        QVERIFY(!ShortText::equal(a, c));
        QVERIFY(!ShortText::equal("abc", "abd"));
        QVERIFY(!ShortText::equal("abc", "ab"));
        QVERIFY(ShortText::equal("", ""));
        for (size_t n = 1; n <= 20; ++n) { // every tail length, one byte differing anywhere
            const std::string s(n, 'q');
            for (size_t i = 0; i < n; ++i) {
                std::string t = s;
                t[i] = 'r';
                QVERIFY(!ShortText::equal(s, t));
                QVERIFY(ShortText::hash(s) != ShortText::hash(t));
            }
        }
        QCOMPARE(ShortText::hash(a), ShortText::hash(b));
    }

    void utf8Checks()
    {
        QVERIFY(isValidUtf8("plain"));
        QVERIFY(isValidUtf8("Zo\xc3\xab \xe6\x9d\xb1 \xf0\x9f\x8e\xac"));
        QVERIFY(!isValidUtf8("\xff"));
        QVERIFY(!isValidUtf8("\xc3"));             // truncated
        QVERIFY(!isValidUtf8("\xc0\xaf"));         // overlong '/'
        QVERIFY(!isValidUtf8("\xe0\x80\xaf"));     // overlong, 3 bytes
        QVERIFY(!isValidUtf8("\xed\xa0\x80"));     // UTF-16 surrogate
        QVERIFY(!isValidUtf8("\xf4\x90\x80\x80")); // above U+10FFFF
        QCOMPARE(utf8Length("Zo\xc3\xab"), size_t(3));
        const std::string ascii(100, 'a');
        QVERIFY(isAscii(ascii.data(), ascii.size()));
        std::string high = ascii;
        high[77] = '\xc3';
        QVERIFY(!isAscii(high.data(), high.size()));
    }

    void isoCodes()
    {
        for (const char* c : {"US", "DE", "IN", "BR", "XK", "ZW", "AD"})
            QVERIFY2(isIsoCountryCode(c), c);
        for (const char* c : {"UK", "XX", "us", "USA", "D", "", "1A"})
            QVERIFY2(!isIsoCountryCode(c), c);
        for (const char* c : {"en", "es", "zh", "zu", "aa"})
            QVERIFY2(isIsoLanguageCode(c), c);
        for (const char* c : {"EN", "xx", "eng", "e", ""})
            QVERIFY2(!isIsoLanguageCode(c), c);
    }
};

QTEST_APPLESS_MAIN(TestIoStaging)
#include "tst_io_staging.moc"
