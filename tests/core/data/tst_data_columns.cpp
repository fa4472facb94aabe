// SPDX-License-Identifier: MIT
// The columnar building blocks: identifiers, dictionaries, categorical columns.
#include "data/CategoricalColumn.h"
#include "data/ContractEnums.h"
#include "data/IdColumn.h"
#include "data/IdLookup.h"
#include "data/Tables.h"

#include <QTest>

using namespace streamlens;

class TestDataColumns : public QObject {
    Q_OBJECT
private slots:
    void idColumnKeepsPaddedNumericIdsCompact()
    {
        IdColumn ids;
        ids.append("s0000001");
        ids.append("s0000002");
        ids.append("s1234567");
        QVERIFY(ids.isNumeric());
        QCOMPARE(ids.memoryBytes(), size_t(3 * 4));
        QCOMPARE(ids.value(0), std::string("s0000001"));
        QCOMPARE(ids.value(2), std::string("s1234567"));
        char buf[64];
        QCOMPARE(ids.value(1, buf), std::string_view("s0000002"));
    }

    void idColumnUnpaddedNumbers()
    {
        IdColumn ids;
        for (const char* id : {"1", "2", "10", "4294967295"})
            ids.append(id);
        QVERIFY(ids.isNumeric());
        QCOMPARE(ids.value(3), std::string("4294967295"));
    }

    void idColumnFallsBackToTextAndKeepsEarlierValues()
    {
        IdColumn ids;
        ids.append("u001");
        ids.append("u002");
        ids.append("guest-alice"); // not prefix+number of the same shape
        ids.append("u003");
        QVERIFY(!ids.isNumeric());
        QCOMPARE(ids.size(), size_t(4));
        QCOMPARE(ids.value(0), std::string("u001"));
        QCOMPARE(ids.value(2), std::string("guest-alice"));
        QCOMPARE(ids.value(3), std::string("u003"));
    }

    void idColumnSwitchesOnWidthOrPrefixChange_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("other prefix") << "a01"
                                      << "b01";
        QTest::newRow("other width") << "a01"
                                     << "a001";
        QTest::newRow("leading zero after unpadded") << "a1"
                                                     << "a01";
        QTest::newRow("too large") << "7"
                                   << "4294967296";
        QTest::newRow("no digits") << "7"
                                   << "x";
    }
    void idColumnSwitchesOnWidthOrPrefixChange()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        IdColumn ids;
        ids.append(first.toStdString());
        ids.append(second.toStdString());
        QVERIFY(!ids.isNumeric());
        QCOMPARE(QString::fromStdString(ids.value(0)), first);
        QCOMPARE(QString::fromStdString(ids.value(1)), second);
    }

    void idLookupDenseSparseAndText()
    {
        IdColumn dense, sparse, text;
        for (int i = 0; i < 100; ++i)
            dense.append("c" + std::to_string(1000 + i));
        for (int i = 0; i < 10; ++i)
            sparse.append(std::to_string(i * 1'000'000'000u / 3));
        for (const char* s : {"alpha", "beta", "gamma"})
            text.append(s);
        IdLookup d(dense), s(sparse), t(text);
        QCOMPARE(d.find("c1000"), 0);
        QCOMPARE(d.find("c1099"), 99);
        QCOMPARE(d.find("c1100"), IdLookup::npos);
        QCOMPARE(d.find("c999"), IdLookup::npos);
        QCOMPARE(d.find("x1000"), IdLookup::npos);
        QCOMPARE(s.find(std::to_string(3 * 1'000'000'000u / 3)), 3);
        QCOMPARE(s.find("5"), IdLookup::npos);
        QCOMPARE(t.find("beta"), 1);
        QCOMPARE(t.find("delta"), IdLookup::npos);
    }

    void idLookupReportsDuplicates()
    {
        IdColumn ids;
        for (const char* s : {"u1", "u2", "u1", "u3", "u2"})
            ids.append(s);
        std::vector<size_t> duplicates;
        IdLookup lookup(ids, &duplicates);
        QCOMPARE(duplicates, (std::vector<size_t>{2, 4}));
        QCOMPARE(lookup.find("u1"), 0); // the first occurrence wins
    }

    void closedDictionaryCodesEqualContractEnums()
    {
        SessionTable sessions;
        QVERIFY(sessions.deviceType.append("smart_tv"));
        QCOMPARE(int(sessions.deviceType.codes.back()), int(contract::DeviceType::SmartTv));
        QVERIFY(!sessions.deviceType.append("fridge"));
        QCOMPARE(sessions.deviceType.size(), size_t(1));
        QVERIFY(sessions.streamType.append("live"));
        QCOMPARE(int(sessions.streamType.codes.back()), int(contract::StreamType::Live));
    }

    void openCategoricalInternsAndReadsBack()
    {
        Categorical cdn;
        QVERIFY(cdn.append("cdn_a"));
        QVERIFY(cdn.append("cdn_b"));
        QVERIFY(cdn.append("cdn_a"));
        cdn.appendNull();
        QCOMPARE(cdn.dictionary.size(), size_t(2));
        QCOMPARE(cdn.codes[2], cdn.codes[0]);
        QCOMPARE(*cdn.value(1), std::string_view("cdn_b"));
        QVERIFY(!cdn.value(3).has_value());
    }

    void smallCategoricalRefusesPastCapacity()
    {
        SmallCategorical c;
        for (int i = 0; i < 255; ++i)
            QVERIFY(c.append(std::to_string(i)));
        QVERIFY(!c.append("one too many")); // code 255 is the null sentinel
    }

    void resolutionCodes()
    {
        QCOMPARE(int(contract::resolutionCode(2160)), 0);
        QCOMPARE(int(contract::resolutionCode(234)), 7);
        QCOMPARE(int(contract::resolutionCode(480)), int(contract::kNullResolution));
    }

    void sessionRowStaysWithin64Bytes()
    {
        // The memory budget: ≤ 64 bytes per session resident, dictionaries aside.
        SessionTable t;
        const int rows = 1000;
        for (int i = 0; i < rows; ++i) {
            t.sessionId.append("s" + std::to_string(100000 + i));
            t.userIndex.push_back(0);
            t.contentIndex.push_back(0);
            t.startTs.push_back(0);
            t.deviceType.append("mobile");
            t.os.append("ios");
            t.playerVersion.append("1.0");
            t.connectionType.append("wifi");
            t.cdn.append("cdn_a");
            t.isp.append("isp");
            t.country.append("DE");
            t.streamType.append("vod");
            t.startupTimeMs.push_back(1);
            t.playingTimeMs.push_back(1);
            t.rebufferCount.push_back(0);
            t.rebufferTimeMs.push_back(0);
            t.avgBitrateMilliKbps.push_back(1);
            t.bitrateSwitches.push_back(0);
            t.resolutionCode.push_back(0);
            t.flags.push_back(0);
            t.errorCode.appendNull();
        }
        QCOMPARE(t.size(), size_t(rows));
        QVERIFY2(t.memoryBytes() / rows <= 64, qPrintable(QString::number(t.memoryBytes() / rows)));
    }
};

QTEST_GUILESS_MAIN(TestDataColumns)
#include "tst_data_columns.moc"
