// SPDX-License-Identifier: MIT
// Same seed and options → byte-identical files, whatever the thread count; another seed →
// other data. Also the reference vectors of the random generators.

#include "GeneratorTestSupport.h"
#include "generator/Random.h"
#include "generator/SyntheticGenerator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace streamlens;
using namespace streamlens::generator;

class TestGeneratorReproducibility : public QObject {
    Q_OBJECT

private:
    static const QStringList& files()
    {
        static const QStringList names = {"users.csv", "content.csv", "sessions.csv",
                                          "performance_events.csv", "ground_truth.json"};
        return names;
    }
    static GeneratorOptions smallOptions()
    {
        GeneratorOptions o;
        o.sessions = 40000; // three blocks of 16384 sessions, the last one partial
        return o;
    }
    static QString write(const QTemporaryDir& tmp, const QString& name, const GeneratorOptions& o)
    {
        const QString dir = tmp.path() + "/" + name;
        const WriteResult r = generateToDirectory(o, dir.toStdString());
        if (!r.ok)
            qWarning("generateToDirectory failed: %s", r.error.c_str());
        return r.ok ? dir : QString();
    }

private slots:
    void splitMix64ReferenceVector()
    {
        // Vigna's splitmix64.c seeded with 1234567 (the widely republished test vector).
        uint64_t state = 1234567;
        const uint64_t expected[] = {6457827717110365317ull, 3203168211198807973ull,
                                     9817491932198370423ull, 4593380528125082431ull,
                                     16408922859458223821ull};
        for (uint64_t e : expected)
            QCOMPARE(splitMix64(state), e);
    }

    void xoshiroReferenceVector()
    {
        // xoshiro256** from state {1, 2, 3, 4}: the reference outputs used by the rand_xoshiro
        // crate's tests (first one by hand: rotl(2·5, 7)·9 = 1280·9 = 11520).
        Random rng = Random::fromState(1, 2, 3, 4);
        const uint64_t expected[] = {11520ull,
                                     0ull,
                                     1509978240ull,
                                     1215971899390074240ull,
                                     1216172134540287360ull,
                                     607988272756665600ull,
                                     16172922978634559625ull,
                                     8476171486693032832ull,
                                     10595114339597558777ull,
                                     2904607092377533576ull};
        for (uint64_t e : expected)
            QCOMPARE(rng.next(), e);
    }

    void streamsAreDistinct()
    {
        // Neighbouring (stream, index) pairs must not share seeds.
        QVERIFY(deriveSeed(42, 3, 0) != deriveSeed(42, 3, 1));
        QVERIFY(deriveSeed(42, 3, 0) != deriveSeed(42, 4, 0));
        QVERIFY(deriveSeed(42, 3, 0) != deriveSeed(43, 3, 0));
        QCOMPARE(deriveSeed(42, 3, 7), deriveSeed(42, 3, 7));
    }

    void sameSeedSameBytesAnyThreadCount()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        GeneratorOptions o = smallOptions();
        o.threads = 1;
        const QString one = write(tmp, "t1", o);
        o.threads = 2;
        const QString two = write(tmp, "t2", o);
        o.threads = 3;
        const QString three = write(tmp, "t3", o);
        QVERIFY(!one.isEmpty() && !two.isEmpty() && !three.isEmpty());
        for (const QString& f : files()) {
            const QByteArray a = generator_test::readAll(one + "/" + f);
            QVERIFY2(a.size() > 0, qPrintable(f));
            QVERIFY2(a == generator_test::readAll(two + "/" + f), qPrintable(f + " (2 threads)"));
            QVERIFY2(a == generator_test::readAll(three + "/" + f), qPrintable(f + " (3 threads)"));
        }
        // And run to run in the same process.
        o.threads = 2;
        const QString again = write(tmp, "again", o);
        for (const QString& f : files())
            QVERIFY2(generator_test::readAll(two + "/" + f) ==
                         generator_test::readAll(again + "/" + f),
                     qPrintable(f));
    }

    void differentSeedDifferentData()
    {
        QTemporaryDir tmp;
        GeneratorOptions o = smallOptions();
        const QString a = write(tmp, "a", o);
        o.seed = 43;
        const QString b = write(tmp, "b", o);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        for (const char* f : {"users.csv", "content.csv", "sessions.csv"}) {
            const QByteArray x = generator_test::readAll(a + "/" + f);
            const QByteArray y = generator_test::readAll(b + "/" + f);
            QVERIFY(!x.isEmpty() && !y.isEmpty());
            QVERIFY2(x != y, f);
        }
    }

    void eventsDoNotChangeSessions()
    {
        // Events are drawn after everything sessions.csv depends on, so --no-events gives the
        // same sessions and no event file.
        QTemporaryDir tmp;
        GeneratorOptions o = smallOptions();
        const QString with = write(tmp, "with", o);
        o.withEvents = false;
        const QString without = write(tmp, "without", o);
        QVERIFY(!with.isEmpty() && !without.isEmpty());
        for (const char* f : {"users.csv", "content.csv", "sessions.csv"})
            QVERIFY2(generator_test::readAll(with + "/" + f) ==
                         generator_test::readAll(without + "/" + f),
                     f);
        QVERIFY(QFile::exists(with + "/performance_events.csv"));
        QVERIFY(!QFile::exists(without + "/performance_events.csv"));
    }

    void inMemoryDatasetsAreEqual()
    {
        GeneratorOptions o = smallOptions();
        o.sessions = 5000;
        const Dataset a = generate(o);
        o.threads = 1;
        const Dataset b = generate(o);
        QCOMPARE(a.sessions.size(), size_t(5000));
        QVERIFY(a.sessions.startTs == b.sessions.startTs);
        QVERIFY(a.sessions.playingTimeMs == b.sessions.playingTimeMs);
        QVERIFY(a.events.ts == b.events.ts);
        QVERIFY(a.users.churned == b.users.churned);
        QCOMPARE(a.events.size(), b.events.size());
    }

    void invalidOptionsAreRejected()
    {
        GeneratorOptions o;
        o.days = 0;
        QVERIFY(!validate(o).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generate(o));
        o = GeneratorOptions();
        o.sessions = -5;
        QVERIFY(validate(o).find("sessions") != std::string::npos);
        o = GeneratorOptions();
        o.cdnDegradation.cdn = "cdn_z";
        QVERIFY(validate(o).find("cdn_z") != std::string::npos);
        o.cdnDegradation.enabled = false; // a disabled effect is not checked
        QVERIFY(validate(o).empty());
        o.incident.day = 90; // the window is days 0..89
        QVERIFY(!validate(o).empty());
        o = GeneratorOptions();
        o.slowStartup.playerVersion = "9.9.9";
        QVERIFY(!validate(o).empty());
        o = GeneratorOptions();
        o.elasticity.lossPerRebufferPct = std::nan("");
        QVERIFY(!validate(o).empty());
        QVERIFY(validate(GeneratorOptions()).empty());
    }

    void cancelGivesEmptyDataset()
    {
        GeneratorOptions o = smallOptions();
        int calls = 0;
        o.progress = [&](double) { return ++calls < 2; };
        SyntheticGenerator g(o);
        const Dataset d = g.run();
        QVERIFY(g.cancelled());
        QCOMPARE(d.sessions.size(), size_t(0));
        QCOMPARE(d.users.size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestGeneratorReproducibility)
#include "tst_generator_reproducibility.moc"
