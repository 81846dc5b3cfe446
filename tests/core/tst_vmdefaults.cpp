// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vm-defaults: config beats auto beats builtin, the auto rule, and how sizes are printed.
#include "FixtureRoot.h"
#include "RunCheck.h"
#include "VmDefaults.h"
#include "checks/Checks.h"

#include <QtTest>

using bd::Status;

class TestVmDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void sizes_data();
    void sizes();
    void memTotal_data();
    void memTotal();
    void thisHostIsReadable();
};

namespace {

constexpr qint64 kGiB = qint64(1) << 30;

} // namespace

void TestVmDefaults::resolve_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<qint64>("memory");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("without config a 16-cpu 32 GiB host gets auto sizing capped at 4 vcpus and 4096 MiB")
        << QByteArray() << 16 << 32 * kGiB
        << QStringList{"vcpu: 4 (auto)", "memory: 4096 MiB (auto)", "disk: 8 GiB (builtin)"};
    QTest::newRow("a 6-cpu 8 GiB host gets half its cpus and a quarter of its memory")
        << QByteArray() << 6 << 8 * kGiB
        << QStringList{"vcpu: 3 (auto)", "memory: 2048 MiB (auto)", "disk: 8 GiB (builtin)"};
    QTest::newRow("a 1-cpu 1 GiB host still gets one vcpu and 512 MiB")
        << QByteArray() << 1 << 1 * kGiB << QStringList{"vcpu: 1 (auto)", "memory: 512 MiB (auto)"};
    QTest::newRow("odd memory is rounded down to 256 MiB steps")
        << QByteArray() << 4 << qint64(7) * kGiB + 100 * (1 << 20) << QStringList{"memory: 1792 MiB (auto)"};
    QTest::newRow("an unreadable host falls back to the builtins")
        << QByteArray() << 0 << qint64(0)
        << QStringList{"vcpu: 2 (builtin)", "memory: 1024 MiB (builtin)", "disk: 8 GiB (builtin)"};
    QTest::newRow("configured values win and are marked config")
        << QByteArray("[vm_defaults]\nvcpu_count = 6\nmemory_mib = 3000\ndisk_size = \"20G\"\n") << 16 << 32 * kGiB
        << QStringList{"vcpu: 6 (config)", "memory: 3000 MiB (config)", "disk: 20 GiB (config)"};
    QTest::newRow("a partly configured table mixes config and auto")
        << QByteArray("[vm_defaults]\nmemory_mib = 768\n") << 8 << 16 * kGiB
        << QStringList{"vcpu: 4 (auto)", "memory: 768 MiB (config)", "disk: 8 GiB (builtin)"};
    QTest::newRow("a disk size in bytes is printed readably") << QByteArray("[vm_defaults]\ndisk_size = 1610612736\n")
                                                              << 2 << 4 * kGiB << QStringList{"disk: 1.5 GiB (config)"};
    QTest::newRow("a malformed config falls back to auto and builtin")
        << QByteArray("[vm_defaults\nvcpu_count = 9\n") << 4 << 8 * kGiB
        << QStringList{"vcpu: 2 (auto)", "disk: 8 GiB (builtin)"};
}

void TestVmDefaults::resolve()
{
    QFETCH(QByteArray, config);
    QFETCH(int, cpus);
    QFETCH(qint64, memory);
    QFETCH(QStringList, expected);

    FixtureRoot fixture;
    const QString configPath = config.isEmpty() ? fixture.configHome() + QStringLiteral("/banger/config.toml")
                                                : fixture.writeUserConfig(config);
    const auto inputs = bd::DoctorInputs::load({}, fixture.paths());
    std::optional<bd::HostResources> host;
    if (cpus > 0)
        host = bd::HostResources{cpus, memory};

    const bd::CheckResult result = bd::checks::vmDefaultsFor(*inputs, host);

    QCOMPARE(result.status, Status::Pass);
    QCOMPARE(result.details.size(), 4);
    for (const QString &text : expected)
        QVERIFY2(result.details.contains(text), qPrintable(text + " in: " + result.details.join(QLatin1Char('\n'))));
    QCOMPARE(result.details.last(), QStringLiteral("override any of these in %1 under [vm_defaults]").arg(configPath));
}

void TestVmDefaults::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole gibibytes have no decimals") << 8 * kGiB << "8 GiB";
    QTest::newRow("half a gibibyte more has one decimal") << qint64(1610612736) << "1.5 GiB";
    QTest::newRow("a few bytes are shown as bytes") << qint64(512) << "512 B";
    QTest::newRow("mebibytes") << qint64(512) * 1024 * 1024 << "512 MiB";
    QTest::newRow("kibibytes") << qint64(4096) << "4 KiB";
}

void TestVmDefaults::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);

    QCOMPARE(bd::formatBytes(bytes), text);
}

void TestVmDefaults::memTotal_data()
{
    QTest::addColumn<QByteArray>("meminfo");
    QTest::addColumn<qint64>("bytes");

    QTest::newRow("MemTotal in kB is read")
        << QByteArray("MemTotal:       16318412 kB\nMemFree: 1 kB\n") << qint64(16318412) * 1024;
    QTest::newRow("MemTotal after other lines is found")
        << QByteArray("Foo: 3 kB\nMemTotal: 2048 kB\n") << qint64(2048) * 1024;
    QTest::newRow("a missing MemTotal is unknown") << QByteArray("MemFree: 1 kB\n") << qint64(-1);
    QTest::newRow("a MemTotal in another unit is unknown") << QByteArray("MemTotal: 2 GB\n") << qint64(-1);
    QTest::newRow("garbage is unknown") << QByteArray("MemTotal: lots kB\n") << qint64(-1);
}

void TestVmDefaults::memTotal()
{
    QFETCH(QByteArray, meminfo);
    QFETCH(qint64, bytes);

    QCOMPARE(bd::HostResources::parseMemTotal(meminfo).value_or(-1), bytes);
}

void TestVmDefaults::thisHostIsReadable()
{
    const std::optional<bd::HostResources> host = bd::HostResources::current();
    QVERIFY(host.has_value());
    QVERIFY(host->cpus >= 1);
    QVERIFY(host->memoryBytes > 64 * (1 << 20));

    FixtureRoot fixture;
    const bd::CheckResult result = runCheck(fixture, QStringLiteral("vm-defaults"));
    QCOMPARE(result.status, Status::Pass);
    QVERIFY2(result.details.first().endsWith(QLatin1String("(auto)")), qPrintable(result.details.first()));
}

QTEST_GUILESS_MAIN(TestVmDefaults)
#include "tst_vmdefaults.moc"
