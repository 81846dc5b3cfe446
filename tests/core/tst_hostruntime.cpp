// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckRegistry.h"
#include "CheckScheduler.h"
#include "FixtureRoot.h"
#include "ImageCatalog.h"
#include "StateDbFixture.h"

#include <QtTest>

namespace {

// What the state DB holds for the row.
enum class Store
{
    Missing,
    WithoutDefault,
    DefaultComplete,
    DefaultWithoutKernel,
    DefaultWithoutInitrd,
    Garbage
};

const char *const kDbPath = "/var/lib/banger/state.db";
const char *const kVsockAgent = "/usr/libexec/banger/banger-vsock-agent";
const ImageRow kDefault{QStringLiteral("workhorse"), QStringLiteral("/var/lib/banger/images/workhorse.ext4"),
                        QStringLiteral("/var/lib/banger/kernels/vmlinux-workhorse"),
                        QStringLiteral("/var/lib/banger/kernels/initrd-workhorse")};
const ImageRow kOther{QStringLiteral("other"), QStringLiteral("/r"), QStringLiteral("/k"), QString()};

} // namespace

Q_DECLARE_METATYPE(Store)

class TestHostRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preflight_data();
    void preflight();
    void catalogIsCompiledIn();
    void catalogRejectsMalformedJson();

private:
    void buildStore(FixtureRoot &fixture, Store store);
};

void TestHostRuntime::buildStore(FixtureRoot &fixture, Store store)
{
    const QString db = fixture.at(QLatin1String(kDbPath));
    switch (store) {
    case Store::Missing:
        return;
    case Store::WithoutDefault:
        QVERIFY(StateDb::create(db, {kOther}));
        return;
    case Store::Garbage:
        fixture.write(QLatin1String(kDbPath), QByteArray(4096, 'x'));
        return;
    case Store::DefaultComplete:
    case Store::DefaultWithoutKernel:
    case Store::DefaultWithoutInitrd:
        break;
    }
    QVERIFY(StateDb::create(db, {kOther, kDefault}));
    fixture.write(kDefault.rootfs, "ext4");
    if (store != Store::DefaultWithoutKernel)
        fixture.write(kDefault.kernel, "vmlinux");
    if (store != Store::DefaultWithoutInitrd)
        fixture.write(kDefault.initrd, "initrd");
}

void TestHostRuntime::preflight_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("sshKey");
    QTest::addColumn<int>("vsockMode");
    QTest::addColumn<Store>("store");
    QTest::addColumn<int>("problems"); // 0: the row passes
    // Each line must appear in the details; ROOT stands for the fixture's --root.
    QTest::addColumn<QStringList>("expected");

    const QByteArray noImage;
    const QByteArray workhorse("default_image_name = \"workhorse\"\n");
    const QString resolved = QStringLiteral("ssh key, vsock helper and firecracker setting resolved");

    QTest::newRow("everything in place without a default image passes")
        << noImage << true << 0755 << Store::Missing << 0 << QStringList{resolved};
    QTest::newRow("an empty firecracker_bin is told in the pass message")
        << QByteArray("firecracker_bin = \"\"\n") << true << 0755 << Store::Missing << 0
        << QStringList{QStringLiteral("no firecracker binary configured")};
    QTest::newRow("a missing ssh key fails with its path")
        << noImage << false << 0755 << Store::Missing << 1
        << QStringList{QStringLiteral("ssh private key not found at HOME/.config/banger/ssh/id_ed25519"),
                       QStringLiteral("set ssh_key_path")};
    QTest::newRow("a vsock helper without the executable bit fails")
        << noImage << true << 0644 << Store::Missing << 1
        << QStringList{QStringLiteral("vsock agent helper at ROOT/usr/libexec/banger/banger-vsock-agent is not an "
                                      "executable file")};
    QTest::newRow("a missing vsock helper fails")
        << noImage << true << -1 << Store::Missing << 1
        << QStringList{QStringLiteral("vsock agent helper not found at ROOT/usr/libexec/banger/banger-vsock-agent")};
    QTest::newRow("a registered default image with all its files passes")
        << workhorse << true << 0755 << Store::DefaultComplete << 0 << QStringList{resolved};
    QTest::newRow("a registered default image whose kernel is missing fails with the re-rooted path")
        << workhorse << true << 0755 << Store::DefaultWithoutKernel << 1
        << QStringList{
               QStringLiteral("default image kernel not found at ROOT/var/lib/banger/kernels/vmlinux-workhorse"),
               QStringLiteral("re-register or rebuild the default image")};
    QTest::newRow("a registered default image whose initrd is missing fails")
        << workhorse << true << 0755 << Store::DefaultWithoutInitrd << 1
        << QStringList{
               QStringLiteral("default image initrd not found at ROOT/var/lib/banger/kernels/initrd-workhorse")};
    QTest::newRow("a default image only in the catalog passes without a state DB")
        << QByteArray("default_image_name = \"debian-bookworm\"\n") << true << 0755 << Store::Missing << 0
        << QStringList{resolved};
    QTest::newRow("a default image only in the catalog passes when the DB lacks it")
        << QByteArray("default_image_name = \"alpine-3.20\"\n") << true << 0755 << Store::WithoutDefault << 0
        << QStringList{resolved};
    QTest::newRow("an unknown default image fails and lists the catalog")
        << workhorse << true << 0755 << Store::WithoutDefault << 1
        << QStringList{QStringLiteral("default image \"workhorse\" is neither registered in the state DB nor in the "
                                      "image catalog"),
                       QStringLiteral("one of: debian-bookworm, debian-trixie")};
    QTest::newRow("an unreadable state DB fails the default image look-up")
        << workhorse << true << 0755 << Store::Garbage << 1
        << QStringList{QStringLiteral("default image \"workhorse\" cannot be looked up: the state DB is not readable")};
    QTest::newRow("several problems are listed one per detail")
        << workhorse << false << -1 << Store::DefaultWithoutKernel << 3
        << QStringList{QStringLiteral("ssh private key not found"), QStringLiteral("vsock agent helper not found"),
                       QStringLiteral("default image kernel not found")};
}

void TestHostRuntime::preflight()
{
    QFETCH(QByteArray, config);
    QFETCH(bool, sshKey);
    QFETCH(int, vsockMode);
    QFETCH(Store, store);
    QFETCH(int, problems);
    QFETCH(QStringList, expected);

    FixtureRoot fixture;
    QVERIFY(fixture.isValid());
    fixture.write(QStringLiteral("~/.config/banger/config.toml"), config);
    if (sshKey)
        fixture.write(QStringLiteral("~/.config/banger/ssh/id_ed25519"), "key", 0600);
    if (vsockMode >= 0)
        fixture.write(QLatin1String(kVsockAgent), "#!/bin/sh\nexit 0\n", vsockMode);
    buildStore(fixture, store);
    if (QTest::currentTestFailed())
        return;

    const auto inputs = bd::DoctorInputs::load(bd::DoctorOptions{}, fixture.paths());
    const bd::CheckResult result = bd::runCheckNow(*bd::findCheck(QStringLiteral("host-runtime")), *inputs);

    const QString details = result.details.join(QLatin1Char('\n'));
    QCOMPARE(result.status, problems == 0 ? bd::Status::Pass : bd::Status::Fail);
    QCOMPARE(result.details.size(), problems == 0 ? 1 : problems + 1);
    for (QString line : expected) {
        line.replace(QLatin1String("ROOT"), fixture.root()).replace(QLatin1String("HOME"), fixture.home());
        QVERIFY2(details.contains(line), qPrintable(QStringLiteral("%1\nnot in\n%2").arg(line, details)));
    }
}

void TestHostRuntime::catalogIsCompiledIn()
{
    const bd::ImageCatalog catalog = bd::ImageCatalog::embedded();

    QVERIFY2(catalog.error().isEmpty(), qPrintable(catalog.error()));
    QVERIFY(catalog.names().size() >= 3);
    QCOMPARE(catalog.find(QStringLiteral("debian-bookworm"))->arch, QStringLiteral("x86_64"));
    QVERIFY(!catalog.find(QStringLiteral("workhorse")));
}

void TestHostRuntime::catalogRejectsMalformedJson()
{
    QVERIFY(!bd::ImageCatalog::fromJson("{\"images\": [").error().isEmpty());
    QVERIFY(!bd::ImageCatalog::fromJson("{\"schema\": 1}").error().isEmpty());
    QVERIFY(bd::ImageCatalog::fromJson("{\"images\": []}").names().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostRuntime)
#include "tst_hostruntime.moc"
