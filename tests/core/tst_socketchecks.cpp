// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// helper-socket and daemon-socket against real bound unix sockets with real modes and owners.
#include "FixtureRoot.h"
#include "RunCheck.h"

#include <QtTest>

using bd::Status;

class TestSocketChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void socket_data();
    void socket();
};

namespace {

constexpr int kOwner = 1000;
constexpr int kStranger = 65534;

} // namespace

void TestSocketChecks::socket_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("uid");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("expected");

    const QString helper = QStringLiteral("helper-socket");
    const QString daemon = QStringLiteral("daemon-socket");
    QTest::newRow("a 0600 helper socket owned by the owner passes")
        << helper << "socket" << 0600 << kOwner << Status::Pass << QStringList{"mode 0600, owner uid 1000"};
    QTest::newRow("a 0600 daemon socket owned by the owner passes")
        << daemon << "socket" << 0600 << kOwner << Status::Pass << QStringList{"bangerd.sock"};
    QTest::newRow("a group-readable socket fails with found and wanted modes")
        << helper << "socket" << 0660 << kOwner << Status::Fail << QStringList{"mode is 0660, want 0600", "restart"};
    QTest::newRow("a world-open daemon socket fails") << daemon << "socket" << 0777 << kOwner << Status::Fail
                                                      << QStringList{"mode is 0777, want 0600", "bangerd.service"};
    QTest::newRow("a socket owned by someone else fails with found and wanted uids")
        << helper << "socket" << 0600 << kStranger << Status::Fail
        << QStringList{"owner is uid 65534", "want uid 1000"};
    QTest::newRow("a root-owned daemon socket fails")
        << daemon << "socket" << 0600 << 0 << Status::Fail << QStringList{"owner is uid 0"};
    QTest::newRow("wrong mode and wrong owner are both named")
        << helper << "socket" << 0666 << kStranger << Status::Fail
        << QStringList{"mode is 0666, want 0600", "owner is uid 65534"};
    QTest::newRow("a regular file in place of the socket fails")
        << helper << "file" << 0600 << kOwner << Status::Fail << QStringList{"is a regular file, want a socket"};
    QTest::newRow("a symlink to a good socket fails because it is a link")
        << daemon << "symlink" << 0600 << kOwner << Status::Fail << QStringList{"is a symbolic link, want a socket"};
    QTest::newRow("a missing helper socket fails with a hint to check the service")
        << helper << "missing" << 0600 << kOwner << Status::Fail
        << QStringList{"No such file", "systemctl status banger-root-helper.service"};
}

void TestSocketChecks::socket()
{
    QFETCH(QString, id);
    QFETCH(QString, setup);
    QFETCH(int, mode);
    QFETCH(int, uid);
    QFETCH(Status, status);
    QFETCH(QStringList, expected);

    FixtureRoot fixture;
    fixture.writeInstallToml(kOwner, QStringLiteral("ada"));
    const QString hostPath = id == QLatin1String("helper-socket") ? QStringLiteral("/run/banger/root-helper.sock")
                                                                  : QStringLiteral("/run/banger/bangerd.sock");
    if (setup == QLatin1String("socket"))
        fixture.makeSocket(hostPath, mode, uid);
    else if (setup == QLatin1String("file"))
        fixture.write(hostPath, "not a socket", mode);
    else if (setup == QLatin1String("missing"))
        fixture.mkdir(QStringLiteral("/run/banger"));

    if (setup == QLatin1String("symlink")) {
        fixture.makeSocket(QStringLiteral("/run/banger/real.sock"), mode, uid);
        fixture.symlink(hostPath, QStringLiteral("real.sock"));
    }

    const bd::CheckResult result = runCheck(fixture, id);

    QCOMPARE(result.status, status);
    for (const QString &text : expected)
        QVERIFY2(anyDetailContains(result, text), qPrintable(text + " in: " + result.details.join(QLatin1Char('\n'))));
    QCOMPARE(result.sources, QStringList{QStringLiteral("lstat ") + fixture.at(hostPath)});
}

QTEST_GUILESS_MAIN(TestSocketChecks)
#include "tst_socketchecks.moc"
