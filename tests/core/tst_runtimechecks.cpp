// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// core-vm-lifecycle and vsock-guest-agent: preflight rows over the host tool list and the vsock parts.
#include "FixtureRoot.h"
#include "HostTools.h"
#include "RunCheck.h"

#include <QFile>
#include <QtTest>

using bd::Status;

class TestRuntimeChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolListShipsWithTheApp();
    void malformedToolList_data();
    void malformedToolList();
    void hostTools_data();
    void hostTools();
    void vsock_data();
    void vsock();
};

void TestRuntimeChecks::toolListShipsWithTheApp()
{
    QString error;
    const auto tools = bd::loadHostTools(&error);
    QVERIFY2(tools.has_value(), qPrintable(error));
    QCOMPARE(tools->size(), 7);
    QCOMPARE(tools->at(1).anyOf, (QStringList{"nft", "iptables"}));
    for (const bd::HostTool &tool : *tools)
        QVERIFY(!tool.package.isEmpty() && !tool.purpose.isEmpty());
}

void TestRuntimeChecks::malformedToolList_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("text that is not JSON is refused") << QByteArray("tools: ip");
    QTest::newRow("a list without the tools key is refused") << QByteArray("{\"schema\": 1}");
    QTest::newRow("an entry without names is refused") << QByteArray("{\"tools\": [{\"any_of\": []}]}");
}

void TestRuntimeChecks::malformedToolList()
{
    QFETCH(QByteArray, json);

    QString error;
    QVERIFY(!bd::parseHostTools(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestRuntimeChecks::hostTools_data()
{
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QStringList>("add");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("all tools present passes")
        << QStringList{} << QStringList{} << Status::Pass << QStringList{"required host tools available"};
    QTest::newRow("iptables stands in for a missing nft")
        << QStringList{"/usr/sbin/nft"} << QStringList{"/usr/sbin/iptables"} << Status::Pass << QStringList{};
    QTest::newRow("a tool in /usr/local/bin is found")
        << QStringList{"/usr/sbin/ip"} << QStringList{"/usr/local/bin/ip"} << Status::Pass << QStringList{};
    QTest::newRow("a missing tool is named with its purpose and package")
        << QStringList{"/usr/sbin/dmsetup"} << QStringList{} << Status::Fail
        << QStringList{"dmsetup not found on PATH (needed to copy-on-write root filesystems)",
                       "sudo apt install dmsetup"};
    QTest::newRow("missing alternatives are named together")
        << QStringList{"/usr/sbin/nft"} << QStringList{} << Status::Fail
        << QStringList{"nft or iptables not found", "sudo apt install nftables"};
    QTest::newRow("several missing tools share one install command")
        << QStringList{"/usr/sbin/e2fsck", "/usr/sbin/resize2fs", "/usr/sbin/ip"} << QStringList{} << Status::Fail
        << QStringList{"e2fsck not found", "resize2fs not found", "sudo apt install iproute2 e2fsprogs"};
}

void TestRuntimeChecks::hostTools()
{
    QFETCH(QStringList, remove);
    QFETCH(QStringList, add);
    QFETCH(Status, status);
    QFETCH(QStringList, expected);

    FixtureRoot fixture;
    fixture.installHostTools();
    for (const QString &path : remove)
        QVERIFY(QFile::remove(fixture.at(path)));
    for (const QString &path : add)
        fixture.writeExecutable(path, "#!/bin/sh\n");

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("core-vm-lifecycle"));

    QCOMPARE(result.status, status);
    for (const QString &text : expected)
        QVERIFY2(anyDetailContains(result, text), qPrintable(text + " in: " + result.details.join(QLatin1Char('\n'))));
    if (status == Status::Fail)
        QCOMPARE(result.details.size(), remove.size() + 1);
}

void TestRuntimeChecks::vsock_data()
{
    QTest::addColumn<bool>("agent");
    QTest::addColumn<int>("agentMode");
    QTest::addColumn<bool>("device");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("agent and device present passes")
        << true << 0755 << true << Status::Pass << QStringList{"vsock guest agent prerequisites available"};
    QTest::newRow("a missing device fails with the modprobe hint")
        << true << 0755 << false << Status::Fail << QStringList{"vhost-vsock not found", "modprobe vhost_vsock"};
    QTest::newRow("a missing agent fails")
        << false << 0755 << true << Status::Fail << QStringList{"vsock agent helper not found", "reinstall banger"};
    QTest::newRow("an agent without execute bits fails")
        << true << 0644 << true << Status::Fail << QStringList{"is not an executable file"};
    QTest::newRow("both missing gives two problems and both hints")
        << false << 0755 << false << Status::Fail
        << QStringList{"vsock agent helper not found", "vhost-vsock not found", "modprobe vhost_vsock"};
}

void TestRuntimeChecks::vsock()
{
    QFETCH(bool, agent);
    QFETCH(int, agentMode);
    QFETCH(bool, device);
    QFETCH(Status, status);
    QFETCH(QStringList, expected);

    FixtureRoot fixture;
    if (agent)
        fixture.write(QStringLiteral("/usr/libexec/banger/banger-vsock-agent"), "#!/bin/sh\n", agentMode);
    if (device)
        fixture.installDevices();

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("vsock-guest-agent"));

    QCOMPARE(result.status, status);
    for (const QString &text : expected)
        QVERIFY2(anyDetailContains(result, text), qPrintable(text + " in: " + result.details.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRuntimeChecks)
#include "tst_runtimechecks.moc"
