// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureRoot.h"
#include "TomlFiles.h"

#include <QtTest>

#include <sys/stat.h>

class TestTomlFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installMeta_data();
    void installMeta();
    void userConfig_data();
    void userConfig();
    void refusesHostileFiles();
    void sizeStrings_data();
    void sizeStrings();
};

void TestTomlFiles::installMeta_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<int>("errorColumn");
    QTest::addColumn<QString>("errorText");

    QTest::newRow("a complete file loads")
        << QByteArray("version = \"0.3.1\"\ncommit = \"abc\"\ninstalled_at = 2026-11-30T09:15:00Z\n"
                      "owner_user = \"ada\"\nowner_uid = 1000\n")
        << 0 << 0 << QString();
    QTest::newRow("owner_uid given as a string is an error on its line")
        << QByteArray("owner_user = \"ada\"\nowner_uid = \"x\"\n") << 2 << 13 << QStringLiteral("owner_uid must be");
    QTest::newRow("a stray equals sign is a syntax error at its column")
        << QByteArray("owner_user = \"ada\"\nowner_uid = = 2\n") << 2 << 13 << QString();
    QTest::newRow("an unterminated array names the following line")
        << QByteArray("owner_user = \"ada\"\nx = [1,\nowner_uid = 3\n") << 3 << 1 << QString();
    QTest::newRow("a missing owner_uid is an error")
        << QByteArray("owner_user = \"ada\"\n") << 0 << 0 << QStringLiteral("owner_uid is missing");
    QTest::newRow("a negative owner_uid is an error")
        << QByteArray("owner_user = \"ada\"\nowner_uid = -4\n") << 2 << 13 << QStringLiteral("at least 0");
    QTest::newRow("installed_at as a number is an error")
        << QByteArray("owner_user = \"ada\"\nowner_uid = 1\ninstalled_at = 5\n") << 3 << 16
        << QStringLiteral("date-time");
}

void TestTomlFiles::installMeta()
{
    QFETCH(QByteArray, content);
    QFETCH(int, errorLine);
    QFETCH(int, errorColumn);
    QFETCH(QString, errorText);

    FixtureRoot fixture;
    const QString path = fixture.write(QStringLiteral("/etc/banger/install.toml"), content);
    const bd::InstallLoad load = bd::loadInstallMeta(path);

    QVERIFY(load.exists);
    const bool expectError = errorLine > 0 || !errorText.isEmpty();
    QCOMPARE(load.error.has_value(), expectError);
    if (!expectError) {
        QCOMPARE(load.value->ownerUid, 1000);
        QCOMPARE(load.value->ownerUser, QStringLiteral("ada"));
        QCOMPARE(load.value->installedAt.toUTC(), QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC));
        return;
    }
    QCOMPARE(load.error->line, errorLine);
    QCOMPARE(load.error->column, errorColumn);
    QCOMPARE(load.error->file, path);
    QVERIFY2(load.error->message.contains(errorText), qPrintable(load.error->message));
}

void TestTomlFiles::userConfig_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("diskBytes");

    QTest::newRow("disk size as a string with a unit")
        << QByteArray("[vm_defaults]\ndisk_size = \"8G\"\n") << true << qint64(8) * 1024 * 1024 * 1024;
    QTest::newRow("disk size as plain bytes")
        << QByteArray("[vm_defaults]\ndisk_size = 4096\n") << true << qint64(4096);
    QTest::newRow("disk size that is not a size")
        << QByteArray("[vm_defaults]\ndisk_size = \"lots\"\n") << false << qint64(0);
    QTest::newRow("vcpu_count of zero") << QByteArray("[vm_defaults]\nvcpu_count = 0\n") << false << qint64(0);
    QTest::newRow("firecracker_bin that is a number") << QByteArray("firecracker_bin = 3\n") << false << qint64(0);
    QTest::newRow("vm_defaults that is not a table") << QByteArray("vm_defaults = 3\n") << false << qint64(0);
    QTest::newRow("unknown keys are ignored") << QByteArray("future_key = true\n") << true << qint64(0);
}

void TestTomlFiles::userConfig()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, valid);
    QFETCH(qint64, diskBytes);

    FixtureRoot fixture;
    const QString path = fixture.write(QStringLiteral("~/.config/banger/config.toml"), content);
    const bd::ConfigLoad load = bd::loadUserConfig(path);

    QCOMPARE(load.value.has_value(), valid);
    QCOMPARE(load.error.has_value(), !valid);
    if (valid && diskBytes > 0)
        QCOMPARE(load.value->vmDefaults.diskSizeBytes.value_or(-1), diskBytes);
    if (!valid)
        QVERIFY2(load.error->line > 0, qPrintable(load.error->toString()));
}

void TestTomlFiles::refusesHostileFiles()
{
    FixtureRoot fixture;
    const QString fifo = fixture.at(QStringLiteral("/etc/banger/install.toml"));
    QDir().mkpath(QFileInfo(fifo).absolutePath());
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    bd::InstallLoad load = bd::loadInstallMeta(fifo);
    QVERIFY(load.exists);
    QVERIFY(load.error);
    QVERIFY(load.error->message.contains(QStringLiteral("not a regular file")));

    const QString huge = fixture.write(QStringLiteral("~/.config/banger/config.toml"), QByteArray(2 << 20, '#'));
    const bd::ConfigLoad big = bd::loadUserConfig(huge);
    QVERIFY(big.error);
    QVERIFY(big.error->message.contains(QStringLiteral("larger than")));

    const QString loop = fixture.symlink(QStringLiteral("/etc/loop"), fixture.at(QStringLiteral("/etc/loop")));
    QVERIFY(bd::loadInstallMeta(loop).error);
    QVERIFY(!bd::loadInstallMeta(fixture.at(QStringLiteral("/nonexistent"))).exists);
}

void TestTomlFiles::sizeStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("plain number") << QStringLiteral("512") << qint64(512);
    QTest::newRow("kibibytes") << QStringLiteral("4K") << qint64(4096);
    QTest::newRow("gibibytes with suffix") << QStringLiteral("2GiB") << (qint64(2) << 30);
    QTest::newRow("lower case") << QStringLiteral("1m") << (qint64(1) << 20);
    QTest::newRow("garbage") << QStringLiteral("big") << qint64(-1);
    QTest::newRow("overflow") << QStringLiteral("99999999999T") << qint64(-1);
}

void TestTomlFiles::sizeStrings()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(bd::parseSizeString(text).value_or(-1), bytes);
}

QTEST_GUILESS_MAIN(TestTomlFiles)
#include "tst_tomlfiles.moc"
