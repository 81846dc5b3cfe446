// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// firecracker-binary and firecracker-ownership against real executables standing in for firecracker.
#include "FirecrackerQuery.h"
#include "FixtureRoot.h"
#include "RunCheck.h"
#include "SemVer.h"

#include <QElapsedTimer>
#include <QtTest>

#include <sys/stat.h>

using bd::Status;

class TestFirecrackerCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semverOrder_data();
    void semverOrder();
    void versionLine_data();
    void versionLine();
    void reportedVersion_data();
    void reportedVersion();
    void misbehavingBinary_data();
    void misbehavingBinary();
    void missingBinaryHint_data();
    void missingBinaryHint();
    void helpersOfAHungBinaryAreKilledToo();
    void configuredPathIsReadUnderTheRoot();
    void ownership_data();
    void ownership();
};

void TestFirecrackerCheck::semverOrder_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    QTest::newRow("patch numbers compare numerically") << "1.7.9"
                                                       << "1.7.10";
    QTest::newRow("minor outranks patch") << "1.7.99"
                                          << "1.12.0";
    QTest::newRow("major outranks minor") << "1.99.0"
                                          << "2.0.0";
    QTest::newRow("a release candidate comes before its release") << "1.12.0-rc1"
                                                                  << "1.12.0";
    QTest::newRow("numeric pre-release parts compare numerically") << "1.0.0-rc.2"
                                                                   << "1.0.0-rc.10";
    QTest::newRow("a missing patch reads as zero") << "1.6"
                                                   << "1.6.1";
}

void TestFirecrackerCheck::semverOrder()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);

    const auto low = bd::SemVer::parse(lower);
    const auto high = bd::SemVer::parse(higher);
    QVERIFY(low && high);
    QVERIFY(*low < *high);
    QVERIFY(*high > *low);
    QVERIFY(!(*low == *high));
}

void TestFirecrackerCheck::versionLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("version");

    QTest::newRow("the usual first line") << "Firecracker v1.12.0"
                                          << "1.12.0";
    QTest::newRow("a version without the v") << "Firecracker 1.7.0"
                                             << "1.7.0";
    QTest::newRow("build metadata is dropped") << "Firecracker v1.10.1+abc123"
                                               << "1.10.1";
    QTest::newRow("a pre-release is kept") << "Firecracker v1.13.0-dev"
                                           << "1.13.0-dev";
    QTest::newRow("another program's banner is not a version") << "jailer v1.12.0"
                                                               << "";
    QTest::newRow("garbage is not a version") << "Firecracker vNEXT"
                                              << "";
    QTest::newRow("an empty line is not a version") << ""
                                                    << "";
}

void TestFirecrackerCheck::versionLine()
{
    QFETCH(QString, line);
    QFETCH(QString, version);

    const auto parsed = bd::firecracker::parseVersionLine(line);
    QCOMPARE(parsed ? parsed->toString() : QString(), version);
}

void TestFirecrackerCheck::reportedVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the tested version passes") << "1.12.0" << Status::Pass << "within the supported range";
    QTest::newRow("the minimum version passes") << "1.7.0" << Status::Pass << "at least v1.7.0";
    QTest::newRow("a release candidate of the tested version passes") << "1.12.0-rc1" << Status::Pass << "v1.12.0-rc1";
    QTest::newRow("a version below the minimum fails with an upgrade hint")
        << "1.6.9" << Status::Fail << "upgrade firecracker";
    QTest::newRow("a version newer than tested warns") << "1.13.0" << Status::Warn << "newer than v1.12.0";
    QTest::newRow("a newer patch release warns") << "1.12.1" << Status::Warn << "usually works";
}

void TestFirecrackerCheck::reportedVersion()
{
    QFETCH(QString, version);
    QFETCH(Status, status);
    QFETCH(QString, expected);

    FixtureRoot fixture;
    const QString binary = fixture.installFirecracker(version);
    const bd::CheckResult result = runCheck(fixture, QStringLiteral("firecracker-binary"));

    QCOMPARE(result.status, status);
    QVERIFY2(anyDetailContains(result, expected), qPrintable(result.details.join(QLatin1Char('\n'))));
    QVERIFY2(result.details.first().contains(binary), qPrintable(result.details.first()));
    QCOMPARE(result.sources, QStringList{binary + QStringLiteral(" --version")});
}

void TestFirecrackerCheck::misbehavingBinary_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a binary that hangs is killed at the timeout") << QByteArray("exec sleep 60\n") << "killed";
    QTest::newRow("a binary that floods its output is cut off") << QByteArray("exec yes\n") << "more than 64 KiB";
    QTest::newRow("a binary that prints garbage is not trusted")
        << QByteArray("echo 'hello there'\n") << "\"hello there\", not a version";
    QTest::newRow("a binary that prints nothing is not trusted") << QByteArray("exit 0\n") << "printed no version";
    QTest::newRow("a binary that fails is reported with its status")
        << QByteArray("echo 'Firecracker v1.12.0'; exit 3\n") << "status 3";
    QTest::newRow("a binary that crashes is reported as crashed") << QByteArray("kill -SEGV $$\n") << "crashed";
    QTest::newRow("a binary that reads stdin gets end of file at once")
        << QByteArray("cat; echo 'Firecracker v1.12.0'; exit 5\n") << "status 5";
}

void TestFirecrackerCheck::misbehavingBinary()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, expected);

    FixtureRoot fixture;
    fixture.writeExecutable(QStringLiteral("/usr/bin/firecracker"), "#!/bin/sh\n" + script);
    bd::DoctorOptions options;
    options.firecrackerTimeoutMs = 700;

    QElapsedTimer clock;
    clock.start();
    const bd::CheckResult result = runCheck(fixture, QStringLiteral("firecracker-binary"), options);

    QCOMPARE(result.status, Status::Fail);
    QVERIFY2(anyDetailContains(result, expected), qPrintable(result.details.join(QLatin1Char('\n'))));
    QVERIFY2(result.hint().contains(QLatin1String(bd::firecracker::releasesUrl)), qPrintable(result.hint()));
    QVERIFY2(clock.elapsed() < 4000, "the query must end soon after its timeout");
}

void TestFirecrackerCheck::missingBinaryHint_data()
{
    QTest::addColumn<QByteArray>("osRelease");
    QTest::addColumn<QString>("command");

    QTest::newRow("debian is told to use apt")
        << QByteArray("ID=debian\nVERSION_ID=\"12\"\n") << "sudo apt install firecracker`";
    QTest::newRow("ubuntu is debian-like and is told to use apt")
        << QByteArray("ID=ubuntu\nID_LIKE=debian\n") << "sudo apt install firecracker`";
    QTest::newRow("arch is told to use an AUR helper") << QByteArray("ID=arch\n") << "paru -S firecracker`";
    QTest::newRow("manjaro is told to use an AUR helper")
        << QByteArray("ID=manjaro\nID_LIKE=arch\n") << "paru -S firecracker`";
    QTest::newRow("endeavouros is told to use an AUR helper")
        << QByteArray("ID=\"endeavouros\"\nID_LIKE=\"arch\"\n") << "paru -S firecracker`";
    QTest::newRow("nixos is told to use nix") << QByteArray("ID=nixos\n") << "nix-env -iA nixos.firecracker`";
    QTest::newRow("fedora gets only the releases page") << QByteArray("ID=fedora\nID_LIKE=\"rhel centos\"\n") << "";
    QTest::newRow("a host without os-release gets only the releases page") << QByteArray() << "";
}

void TestFirecrackerCheck::missingBinaryHint()
{
    QFETCH(QByteArray, osRelease);
    QFETCH(QString, command);

    FixtureRoot fixture;
    if (!osRelease.isEmpty())
        fixture.writeOsRelease(osRelease);
    const bd::CheckResult result = runCheck(fixture, QStringLiteral("firecracker-binary"));

    QCOMPARE(result.status, Status::Fail);
    QVERIFY2(result.details.first().contains(QLatin1String("firecracker was not found")),
             qPrintable(result.details.first()));
    QCOMPARE(result.details.size(), 2);
    QVERIFY(result.hint().contains(QLatin1String(bd::firecracker::releasesUrl)));
    if (command.isEmpty())
        QVERIFY2(result.hint().startsWith(QLatin1String("download a static firecracker binary")),
                 qPrintable(result.hint()));
    else
        QVERIFY2(result.hint().contains(QLatin1Char('`') + command), qPrintable(result.hint()));
}

static bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z"; // a zombie waiting for init counts as gone
}

void TestFirecrackerCheck::helpersOfAHungBinaryAreKilledToo()
{
    FixtureRoot fixture;
    const QString pidFile = fixture.at(QStringLiteral("/tmp/helper.pid"));
    fixture.mkdir(QStringLiteral("/tmp"));
    fixture.writeExecutable(QStringLiteral("/usr/bin/firecracker"),
                            "#!/bin/sh\nsleep 60 &\necho $! > '" + QFile::encodeName(pidFile) + "'\nwait\n");
    bd::DoctorOptions options;
    options.firecrackerTimeoutMs = 500;

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("firecracker-binary"), options);

    QCOMPARE(result.status, Status::Fail);
    QVERIFY(anyDetailContains(result, QStringLiteral("killed")));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 helper = file.readAll().trimmed().toLongLong();
    QVERIFY(helper > 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(helper), 3000);
}

void TestFirecrackerCheck::configuredPathIsReadUnderTheRoot()
{
    FixtureRoot fixture;
    const QString binary = fixture.writeExecutable(QStringLiteral("/opt/fc/bin/firecracker-1.10"),
                                                   "#!/bin/sh\necho 'Firecracker v1.10.0'\n");
    fixture.writeUserConfig("firecracker_bin = \"/opt/fc/bin/firecracker-1.10\"\n");

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("firecracker-binary"));

    QCOMPARE(result.status, Status::Pass);
    QVERIFY2(result.details.first().contains(binary), qPrintable(result.details.first()));
}

void TestFirecrackerCheck::ownership_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a root-owned 0755 binary passes")
        << "healthy" << Status::Pass << QStringList{"regular file, owned by root, mode 0755"};
    QTest::newRow("a symlink fails because the helper will not follow it")
        << "symlink" << Status::Fail << QStringList{"is a symbolic link", "O_NOFOLLOW"};
    QTest::newRow("a group-writable binary fails naming its mode")
        << "group-writable" << Status::Fail << QStringList{"mode 0775 lets group or others write", "chmod go-w"};
    QTest::newRow("a world-writable binary fails naming its mode")
        << "world-writable" << Status::Fail << QStringList{"mode 0757 lets group or others write"};
    QTest::newRow("a binary owned by nobody fails naming the uid")
        << "not-root" << Status::Fail << QStringList{"owned by uid 65534", "chown root"};
    QTest::newRow("a binary without execute bits fails")
        << "not-executable" << Status::Fail << QStringList{"mode 0644 has no execute bit", "chmod 0755"};
    QTest::newRow("several problems are each named")
        << "writable-and-not-root" << Status::Fail
        << QStringList{"mode 0666 has no execute bit", "mode 0666 lets", "owned by uid 65534"};
    QTest::newRow("a directory in its place fails") << "directory" << Status::Fail << QStringList{"not a regular file"};
    QTest::newRow("a missing binary fails") << "missing" << Status::Fail << QStringList{"was not found"};
}

void TestFirecrackerCheck::ownership()
{
    QFETCH(QString, setup);
    QFETCH(Status, status);
    QFETCH(QStringList, expected);

    FixtureRoot fixture;
    const QString fake = QStringLiteral("/usr/bin/firecracker");
    if (setup != QLatin1String("missing") && setup != QLatin1String("directory"))
        fixture.installFirecracker(QStringLiteral("1.12.0"));
    if (setup == QLatin1String("symlink")) {
        fixture.installFirecracker(QStringLiteral("1.12.0"));
        QFile::rename(fixture.at(fake), fixture.at(QStringLiteral("/usr/bin/firecracker-real")));
        fixture.symlink(fake, QStringLiteral("firecracker-real"));
    }
    const QMap<QString, int> modes{
        {"group-writable", 0775}, {"world-writable", 0757}, {"not-executable", 0644}, {"writable-and-not-root", 0666}};
    if (modes.contains(setup))
        ::chmod(QFile::encodeName(fixture.at(fake)).constData(), mode_t(modes.value(setup)));
    if (setup.contains(QLatin1String("not-root")))
        fixture.chownPath(fixture.at(fake), 65534);
    if (setup == QLatin1String("directory"))
        fixture.mkdir(fake);

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("firecracker-ownership"));

    QCOMPARE(result.status, status);
    for (const QString &text : expected)
        QVERIFY2(anyDetailContains(result, text), qPrintable(text + " in: " + result.details.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFirecrackerCheck)
#include "tst_firecrackercheck.moc"
