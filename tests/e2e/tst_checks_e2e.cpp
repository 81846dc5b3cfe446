// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary on a healthy fake install: every file-based row passes, and one degradation at a
// time turns exactly its row red and the exit code to 1. The system bus is unreachable on purpose.
#include "DoctorProcess.h"
#include "FixtureRoot.h"
#include "HealthyInstall.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

namespace {

const QStringList kFileRows{"banger-version", "core-vm-lifecycle", "vsock-guest-agent",    "vm-defaults",
                            "ssh-shortcut",   "kvm-access",        "tun-device",           "firecracker-binary",
                            "helper-socket",  "daemon-socket",     "firecracker-ownership"};

DoctorRun runReport(const FixtureRoot &fixture)
{
    QProcessEnvironment env = fixture.environment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/system_bus"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/session_bus"));
    return runDoctorJson(env, fixture.rootArguments());
}

} // namespace

class TestChecksE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyInstallPassesEveryFileRow();
    void oneDegradation_data();
    void oneDegradation();
    void aHungFirecrackerDoesNotHoldUpTheReport();
};

void TestChecksE2e::initTestCase()
{
    QVERIFY(QFileInfo(qEnvironmentVariable("BD_BINARY")).isExecutable());
}

void TestChecksE2e::healthyInstallPassesEveryFileRow()
{
    FixtureRoot fixture;
    installHealthySystem(fixture);

    const DoctorRun run = runReport(fixture);

    for (const QString &id : kFileRows)
        QVERIFY2(run.status(id) == QLatin1String("pass"), qPrintable(id + ": " + run.details(id)));
}

void TestChecksE2e::oneDegradation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a socket opened to everyone fails the daemon socket row") << "chmod-socket"
                                                                             << "daemon-socket"
                                                                             << "fail"
                                                                             << "mode is 0666, want 0600";
    QTest::newRow("a group-writable firecracker fails the ownership row") << "chmod-firecracker"
                                                                          << "firecracker-ownership"
                                                                          << "fail"
                                                                          << "mode 0775";
    QTest::newRow("an old firecracker fails the binary row") << "old-firecracker"
                                                             << "firecracker-binary"
                                                             << "fail"
                                                             << "Firecracker v1.5.0";
    QTest::newRow("a missing dmsetup fails the core vm lifecycle row") << "remove-dmsetup"
                                                                       << "core-vm-lifecycle"
                                                                       << "fail"
                                                                       << "sudo apt install dmsetup";
    QTest::newRow("a regular file for /dev/kvm fails the kvm row") << "fake-kvm"
                                                                   << "kvm-access"
                                                                   << "fail"
                                                                   << "not a character device";
    QTest::newRow("dropping the Include warns on the ssh shortcut row") << "drop-include"
                                                                        << "ssh-shortcut"
                                                                        << "warn"
                                                                        << "Include ~/.config/banger/ssh_config";
}

void TestChecksE2e::oneDegradation()
{
    QFETCH(QString, change);
    QFETCH(QString, row);
    QFETCH(QString, status);
    QFETCH(QString, expected);

    FixtureRoot fixture;
    installHealthySystem(fixture);
    if (change == QLatin1String("chmod-socket"))
        ::chmod(QFile::encodeName(fixture.at(QStringLiteral("/run/banger/bangerd.sock"))).constData(), 0666);
    else if (change == QLatin1String("chmod-firecracker"))
        ::chmod(QFile::encodeName(fixture.at(QStringLiteral("/usr/bin/firecracker"))).constData(), 0775);
    else if (change == QLatin1String("old-firecracker"))
        fixture.installFirecracker(QStringLiteral("1.5.0"));
    else if (change == QLatin1String("remove-dmsetup"))
        QVERIFY(QFile::remove(fixture.at(QStringLiteral("/usr/sbin/dmsetup"))));
    else if (change == QLatin1String("fake-kvm"))
        fixture.write(QStringLiteral("/dev/kvm"), QByteArray(), 0666);
    else if (change == QLatin1String("drop-include"))
        fixture.write(QStringLiteral("~/.ssh/config"), "Host *\n  ServerAliveInterval 30\n");

    const DoctorRun run = runReport(fixture);

    QCOMPARE(run.status(row), status);
    QVERIFY2(run.details(row).contains(expected), qPrintable(run.details(row)));
    QCOMPARE(run.exitCode, 1); // the D-Bus rows fail on the unreachable bus anyway
    for (const QString &id : kFileRows) {
        if (id != row)
            QVERIFY2(run.status(id) == QLatin1String("pass"), qPrintable(id + ": " + run.details(id)));
    }
}

void TestChecksE2e::aHungFirecrackerDoesNotHoldUpTheReport()
{
    FixtureRoot fixture;
    installHealthySystem(fixture);
    fixture.writeExecutable(QStringLiteral("/usr/bin/firecracker"), "#!/bin/sh\nexec sleep 60\n");

    const DoctorRun run = runReport(fixture);

    QCOMPARE(run.status(QStringLiteral("firecracker-binary")), QStringLiteral("fail"));
    QVERIFY2(run.details(QStringLiteral("firecracker-binary")).contains(QLatin1String("killed")),
             qPrintable(run.details(QStringLiteral("firecracker-binary"))));
    QVERIFY2(run.wallMs < 8000, qPrintable(QStringLiteral("the report took %1 ms").arg(run.wallMs)));
}

QTEST_GUILESS_MAIN(TestChecksE2e)
#include "tst_checks_e2e.moc"
