// SPDX-License-Identifier: MIT
// PgConnectionTest against a real server: the CI one named by STREAMLENS_TEST_PG (a libpq
// conninfo such as "host=127.0.0.1 port=54329 dbname=streamlens_test user=postgres").
#include "pg/PgConnectionTest.h"
#include "settings/ConnInfo.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace streamlens;

class TestPgConnectionTest : public QObject {
    Q_OBJECT
private:
    settings::ConnectionProfile m_server;
    QString m_password;

    void requireServer()
    {
        const QByteArray conninfo = qgetenv("STREAMLENS_TEST_PG");
        if (conninfo.isEmpty())
            QSKIP("STREAMLENS_TEST_PG is not set: no PostgreSQL server to test against "
                  "(packaging/bootstrap.sh test starts one)");
        QString error;
        const auto profile = settings::ConnInfo::toProfile(QString::fromLocal8Bit(conninfo), "ci",
                                                           &m_password, &error);
        QVERIFY2(profile, qPrintable("STREAMLENS_TEST_PG: " + error));
        m_server = *profile;
    }

    // A local port nobody listens on: bound, then released.
    static int closedPort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        int port = 1;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), length) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port;
    }

private slots:
    void success()
    {
        requireServer();
        const auto result = pg::PgConnectionTest::run(m_server, m_password, 5);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.serverVersion.startsWith("PostgreSQL "), qPrintable(result.serverVersion));
        QCOMPARE(result.database, m_server.database);
        QVERIFY(result.error.isEmpty());
    }

    // The server's own words come back, with the name as given (quotes and all).
    void wrongDatabaseGivesServerError()
    {
        requireServer();
        settings::ConnectionProfile profile = m_server;
        profile.database = QStringLiteral("no such 'db' \\ here");
        const auto result = pg::PgConnectionTest::run(profile, m_password, 5);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("database \"no such 'db' \\ here\" does not exist"),
                 qPrintable(result.error));
    }

    void unknownUserGivesServerError()
    {
        requireServer();
        settings::ConnectionProfile profile = m_server;
        profile.user = QStringLiteral("o'brien");
        const auto result = pg::PgConnectionTest::run(profile, m_password, 5);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("role \"o'brien\" does not exist"),
                 qPrintable(result.error));
    }

    // The password is never part of a message, even when the connection fails.
    void passwordNotEchoed()
    {
        requireServer();
        settings::ConnectionProfile profile = m_server;
        profile.database = QStringLiteral("missing_db");
        const QString password = QStringLiteral("Tr0ub4dor&3'secret");
        const auto result = pg::PgConnectionTest::run(profile, password, 5);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.error.contains(password));
        QVERIFY(!result.error.contains("Tr0ub4dor"));
    }

    // Needs no server: a closed local port is refused by the operating system.
    void closedPortIsRefused()
    {
        settings::ConnectionProfile profile;
        profile.name = QStringLiteral("closed");
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = closedPort();
        profile.database = QStringLiteral("any");
        profile.user = QStringLiteral("any");
        const auto result = pg::PgConnectionTest::run(profile, QString(), 3);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("Connection refused"), qPrintable(result.error));
    }

    void invalidProfileIsNotTried()
    {
        settings::ConnectionProfile profile;
        profile.name = QStringLiteral("bad");
        profile.port = 0;
        const auto result = pg::PgConnectionTest::run(profile, QString(), 3);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("65535"), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestPgConnectionTest)
#include "tst_pg_connection_test.moc"
