// SPDX-License-Identifier: MIT
// Connection strings: every value quoted and escaped the way libpq parses it, so special
// characters in a password or name cannot change the meaning of the string.
#include "settings/ConnInfo.h"

#include <QTest>

using namespace streamlens::settings;

class TestSettingsConnInfo : public QObject {
    Q_OBJECT
private slots:
    void quoting()
    {
        QCOMPARE(ConnInfo::quote(""), QStringLiteral("''"));
        QCOMPARE(ConnInfo::quote("plain"), QStringLiteral("'plain'"));
        QCOMPARE(ConnInfo::quote("o'brien"), QStringLiteral("'o\\'brien'"));
        QCOMPARE(ConnInfo::quote("a\\b c"), QStringLiteral("'a\\\\b c'"));
    }

    void buildExactText()
    {
        ConnectionProfile p;
        p.name = "x";
        p.host = "db.example.org";
        p.port = 6543;
        p.database = "qoe wh";
        p.user = "o'brien";
        p.sslMode = SslMode::VerifyCa;
        QCOMPARE(QString::fromStdString(ConnInfo::build(p, QString(), 7)),
                 QStringLiteral("host='db.example.org' port='6543' dbname='qoe wh' "
                                "user='o\\'brien' sslmode='verify-ca' connect_timeout='7' "
                                "application_name='StreamLens'"));
        const QString withPassword = QString::fromStdString(ConnInfo::build(p, "pw", 7));
        QVERIFY(withPassword.contains("password='pw'"));
    }

    // A password crafted to inject a keyword stays one value after libpq-style parsing.
    void injectionStaysAValue()
    {
        ConnectionProfile p;
        p.name = "x";
        p.host = "h";
        p.database = "d";
        p.user = "u";
        const QString evil = QStringLiteral("x' host='evil.example' dbname='\\");
        const auto pairs = ConnInfo::parse(QString::fromStdString(ConnInfo::build(p, evil, 5)));
        QVERIFY(pairs);
        int hosts = 0;
        for (const auto& [key, value] : *pairs) {
            if (key == "host") {
                ++hosts;
                QCOMPARE(value, QStringLiteral("h"));
            }
            if (key == "password")
                QCOMPARE(value, evil);
        }
        QCOMPARE(hosts, 1);
    }

    void parseLibpqForms()
    {
        const auto pairs =
            ConnInfo::parse("host=127.0.0.1  port = 54329 dbname='a b' user=us\\ er");
        QVERIFY(pairs);
        QCOMPARE(pairs->size(), size_t(4));
        QCOMPARE((*pairs)[1].second, QStringLiteral("54329"));
        QCOMPARE((*pairs)[2].second, QStringLiteral("a b"));
        QCOMPARE((*pairs)[3].second, QStringLiteral("us er"));
        QString error;
        QVERIFY(!ConnInfo::parse("host", &error));
        QVERIFY(error.contains("="));
        QVERIFY(!ConnInfo::parse("host='open", &error));
        QVERIFY(error.contains("Unterminated"));
    }

    void profileRoundTrip()
    {
        ConnectionProfile p;
        p.name = "n";
        p.host = "/var/run/postgresql";
        p.port = 5433;
        p.database = "d 'q' \\";
        p.user = "ü ser";
        p.sslMode = SslMode::Require;
        QString password;
        QString error;
        const auto back = ConnInfo::toProfile(
            QString::fromStdString(ConnInfo::build(p, "s3 'cr\\et", 3)), "n", &password, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, p);
        QCOMPARE(password, QStringLiteral("s3 'cr\\et"));
    }

    void toProfileErrors()
    {
        QString error;
        QVERIFY(!ConnInfo::toProfile("port=abc", "n", nullptr, &error));
        QVERIFY(error.contains("abc"));
        QVERIFY(!ConnInfo::toProfile("sslmode=maybe", "n", nullptr, &error));
        QVERIFY(error.contains("maybe"));
        QVERIFY(!ConnInfo::toProfile("service=foo", "n", nullptr, &error));
        QVERIFY(error.contains("service"));
        QVERIFY(!ConnInfo::toProfile("postgresql://u@h/d", "n", nullptr, &error));
        QVERIFY(error.contains("URI"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsConnInfo)
#include "tst_settings_conninfo.moc"
