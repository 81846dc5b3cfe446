// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kvm-access and tun-device against real device nodes (symlinks to /dev/null, or nodes made with
// mknod where the kernel allows it) and the permission rule applied to banger's owner.
#include "FixtureRoot.h"
#include "RunCheck.h"
#include "UserAccess.h"

#include <QtTest>

using bd::Status;

class TestDeviceChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permissionRule_data();
    void permissionRule();
    void kvmNode_data();
    void kvmNode();
    void kvmModeAndOwner_data();
    void kvmModeAndOwner();
    void tun_data();
    void tun();
};

namespace {

constexpr int kNobody = 65534;

bd::FileStat device(mode_t mode, uid_t uid, gid_t gid)
{
    bd::FileStat st;
    st.type = bd::FileStat::Type::CharDevice;
    st.permissions = mode;
    st.uid = uid;
    st.gid = gid;
    return st;
}

} // namespace

void TestDeviceChecks::permissionRule_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("deviceUid");
    QTest::addColumn<int>("deviceGid");
    QTest::addColumn<int>("userUid");
    QTest::addColumn<QList<int>>("userGroups");
    QTest::addColumn<bool>("readWrite");

    QTest::newRow("a member of the device group gets the group bits")
        << 0660 << 0 << 36 << 1000 << QList<int>{1000, 36} << true;
    QTest::newRow("a user outside the group falls to the other bits")
        << 0660 << 0 << 36 << 1000 << QList<int>{1000, 27} << false;
    QTest::newRow("world read-write lets anyone in") << 0666 << 0 << 0 << 1000 << QList<int>{1000} << true;
    QTest::newRow("the owning user gets only the owner bits, even when the group would allow more")
        << 0460 << 1000 << 36 << 1000 << QList<int>{1000, 36} << false;
    QTest::newRow("a read-only group membership is not enough") << 0640 << 0 << 36 << 1000 << QList<int>{36} << false;
    QTest::newRow("root may open anything") << 0000 << 0 << 0 << 0 << QList<int>{0} << true;
    QTest::newRow("a user with unknown groups falls to the other bits")
        << 0660 << 0 << 36 << 4242 << QList<int>{} << false;
}

void TestDeviceChecks::permissionRule()
{
    QFETCH(int, mode);
    QFETCH(int, deviceUid);
    QFETCH(int, deviceGid);
    QFETCH(int, userUid);
    QFETCH(QList<int>, userGroups);
    QFETCH(bool, readWrite);

    bd::Principal who;
    who.uid = uid_t(userUid);
    for (int gid : userGroups)
        who.groups << gid_t(gid);

    const bd::AccessVerdict verdict = bd::judgeAccess(device(mode_t(mode), uid_t(deviceUid), gid_t(deviceGid)), who);
    QCOMPARE(verdict.readWrite(), readWrite);
}

void TestDeviceChecks::kvmNode_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a world read-write character device passes") << "null-link" << Status::Pass << "can read and write";
    QTest::newRow("a regular file where the device should be fails")
        << "regular" << Status::Fail << "is a regular file, not a character device";
    QTest::newRow("a directory where the device should be fails") << "directory" << Status::Fail << "is a directory";
    QTest::newRow("a missing device fails with a module hint") << "missing" << Status::Fail << "modprobe kvm_intel";
    QTest::newRow("a dangling link fails as missing") << "dangling" << Status::Fail << "No such file";
}

void TestDeviceChecks::kvmNode()
{
    QFETCH(QString, setup);
    QFETCH(Status, status);
    QFETCH(QString, expected);

    FixtureRoot fixture;
    fixture.writeInstallToml(1000, QStringLiteral("ada"));
    const QString kvm = QStringLiteral("/dev/kvm");
    if (setup == QLatin1String("null-link"))
        fixture.installDevices();
    else if (setup == QLatin1String("regular"))
        fixture.write(kvm, QByteArray(), 0666);
    else if (setup == QLatin1String("directory"))
        fixture.mkdir(kvm);
    else if (setup == QLatin1String("dangling"))
        fixture.symlink(kvm, QStringLiteral("/nonexistent/kvm"));

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("kvm-access"));

    QCOMPARE(result.status, status);
    QVERIFY2(anyDetailContains(result, expected), qPrintable(result.details.join(QLatin1Char('\n'))));
    QCOMPARE(result.sources, QStringList{QStringLiteral("stat ") + fixture.at(kvm)});
}

void TestDeviceChecks::kvmModeAndOwner_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("uid");
    QTest::addColumn<int>("gid");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("expected");

    // The owner is nobody (uid 65534), whose primary group is 65534 on Debian.
    QTest::newRow("a 0660 device in the owner's group passes")
        << 0660 << 0 << kNobody << Status::Pass << "can read and write";
    QTest::newRow("a 0600 device owned by the owner passes") << 0600 << kNobody << 0 << Status::Pass << "mode 0600";
    QTest::newRow("a 0660 root-only device fails and says which group to join")
        << 0660 << 0 << 0 << Status::Fail << "usermod -aG root";
    QTest::newRow("a 0640 device in the owner's group fails for lack of write")
        << 0640 << 0 << kNobody << Status::Fail << "no write permission";
    QTest::newRow("a 0600 root device fails for lack of read and write")
        << 0600 << 0 << 0 << Status::Fail << "no read and write permission";
}

void TestDeviceChecks::kvmModeAndOwner()
{
    QFETCH(int, mode);
    QFETCH(int, uid);
    QFETCH(int, gid);
    QFETCH(Status, status);
    QFETCH(QString, expected);

    FixtureRoot fixture;
    fixture.writeInstallToml(kNobody, QStringLiteral("nobody"));
    if (fixture.makeCharDevice(QStringLiteral("/dev/kvm"), mode, uid, gid).isEmpty())
        QSKIP("this kernel or container does not allow mknod");

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("kvm-access"));

    QCOMPARE(result.status, status);
    QVERIFY2(anyDetailContains(result, expected), qPrintable(result.details.join(QLatin1Char('\n'))));
}

void TestDeviceChecks::tun_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a character device passes") << "null-link" << Status::Pass << "is a character device";
    QTest::newRow("a regular file fails") << "regular" << Status::Fail << "not a character device";
    QTest::newRow("a missing device fails with a module hint") << "missing" << Status::Fail << "modprobe tun";
}

void TestDeviceChecks::tun()
{
    QFETCH(QString, setup);
    QFETCH(Status, status);
    QFETCH(QString, expected);

    FixtureRoot fixture;
    if (setup == QLatin1String("null-link"))
        fixture.installDevices();
    else if (setup == QLatin1String("regular"))
        fixture.write(QStringLiteral("/dev/net/tun"), "tun");

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("tun-device"));

    QCOMPARE(result.status, status);
    QVERIFY2(anyDetailContains(result, expected), qPrintable(result.details.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDeviceChecks)
#include "tst_devicechecks.moc"
