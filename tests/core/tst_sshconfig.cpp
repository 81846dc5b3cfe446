// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ssh-shortcut: does ~/.ssh/config pull in banger's ssh_config, read the way ssh reads it?
#include "FixtureRoot.h"
#include "RunCheck.h"
#include "SshConfig.h"
#include "checks/Checks.h"

#include <QtTest>

#include <sys/stat.h>

using bd::Status;

class TestSshConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arguments_data();
    void arguments();
    void include_data();
    void include();
    void nestingIsBounded();
    void hugeConfigIsNotRead();
    void rowIsAbsentWithoutBangerSshConfig();
    void unreadableConfigWarns();
};

using FileMap = QMap<QString, QByteArray>;

namespace {

const QString kBanger = QStringLiteral("~/.config/banger/ssh_config");

} // namespace

void TestSshConfig::arguments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("words are split on whitespace") << "a  b\tc" << QStringList{"a", "b", "c"};
    QTest::newRow("double quotes keep spaces") << "\"my file\" b" << QStringList{"my file", "b"};
    QTest::newRow("single quotes keep spaces") << "'my file'" << QStringList{"my file"};
    QTest::newRow("a hash starting a word ends the line") << "a #b c" << QStringList{"a"};
    QTest::newRow("a hash inside a word is kept") << "a#b" << QStringList{"a#b"};
    QTest::newRow("a quoted hash is kept") << "\"#a\"" << QStringList{"#a"};
    QTest::newRow("a backslash escapes a space") << "my\\ file" << QStringList{"my file"};
}

void TestSshConfig::arguments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, arguments);

    QCOMPARE(bd::ssh::splitArguments(text), arguments);
}

void TestSshConfig::include_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<FileMap>("extraFiles");
    QTest::addColumn<bool>("included");
    QTest::addColumn<int>("line");

    const FileMap none;
    QTest::newRow("a plain Include with ~ is found")
        << QByteArray("Include ~/.config/banger/ssh_config\n") << none << true << 1;
    QTest::newRow("the keyword is case-insensitive")
        << QByteArray("Host x\n  User y\n\ninclude ~/.config/banger/ssh_config\n") << none << true << 4;
    QTest::newRow("INCLUDE in capitals counts")
        << QByteArray("INCLUDE ~/.config/banger/ssh_config\n") << none << true << 1;
    QTest::newRow("the keyword=value form counts")
        << QByteArray("Include=~/.config/banger/ssh_config\n") << none << true << 1;
    QTest::newRow("the keyword = value form counts")
        << QByteArray("Include = ~/.config/banger/ssh_config\n") << none << true << 1;
    QTest::newRow("several paths on one line count")
        << QByteArray("Include ~/.ssh/other ~/.config/banger/ssh_config\n") << none << true << 1;
    QTest::newRow("an absolute path counts")
        << QByteArray("Include HOME/.config/banger/ssh_config\n") << none << true << 1;
    QTest::newRow("a quoted path counts")
        << QByteArray("Include \"~/.config/banger/ssh_config\"\n") << none << true << 1;
    QTest::newRow("a glob matching it counts") << QByteArray("Include ~/.config/banger/ssh_*\n") << none << true << 1;
    QTest::newRow("a glob over directories counts")
        << QByteArray("Include ~/.config/*/ssh_config\n") << none << true << 1;
    QTest::newRow("an Include inside a Host block counts")
        << QByteArray("Host *.vm\n    Include ~/.config/banger/ssh_config\n") << none << true << 2;
    QTest::newRow("an Include inside a Match block counts")
        << QByteArray("Match all\n\tInclude ~/.config/banger/ssh_config\n") << none << true << 2;
    QTest::newRow("a relative path is read from ~/.ssh")
        << QByteArray("Include banger.conf\n")
        << FileMap{{"~/.ssh/banger.conf", "Include ~/.config/banger/ssh_config\n"}} << true << 1;
    QTest::newRow("a nested include through a glob is followed")
        << QByteArray("Include config.d/*\n")
        << FileMap{{"~/.ssh/config.d/10-work", "Host work\n  User me\n"},
                   {"~/.ssh/config.d/20-banger", "Include ~/.config/banger/ssh_config\n"}}
        << true << 1;
    QTest::newRow("an include cycle ends") << QByteArray("Include ~/.ssh/config\n") << none << false << 0;
    QTest::newRow("a commented-out Include does not count")
        << QByteArray("# Include ~/.config/banger/ssh_config\n") << none << false << 0;
    QTest::newRow("an indented comment does not count")
        << QByteArray("   #Include ~/.config/banger/ssh_config\n") << none << false << 0;
    QTest::newRow("a trailing comment holding the path does not count")
        << QByteArray("Include ~/.ssh/other # ~/.config/banger/ssh_config\n") << none << false << 0;
    QTest::newRow("a path merely mentioned elsewhere does not count")
        << QByteArray("Host x\n  IdentityFile ~/.config/banger/ssh_config\n") << none << false << 0;
    QTest::newRow("another file of the same name does not count")
        << QByteArray("Include ~/elsewhere/ssh_config\n") << FileMap{{"~/elsewhere/ssh_config", "Host a\n"}} << false
        << 0;
    QTest::newRow("a missing ~/.ssh/config does not include it") << QByteArray() << none << false << 0;
}

void TestSshConfig::include()
{
    QFETCH(QByteArray, config);
    QFETCH(FileMap, extraFiles);
    QFETCH(bool, included);
    QFETCH(int, line);

    FixtureRoot fixture;
    fixture.write(kBanger, "Host *.vm\n  User root\n");
    if (!config.isEmpty())
        fixture.write(QStringLiteral("~/.ssh/config"), config.replace("HOME", fixture.home().toUtf8()));
    for (auto it = extraFiles.cbegin(); it != extraFiles.cend(); ++it)
        fixture.write(it.key(), it.value());

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("ssh-shortcut"));

    QCOMPARE(result.status, included ? Status::Pass : Status::Warn);
    if (included) {
        QVERIFY2(result.sources.first().endsWith(QStringLiteral(":%1").arg(line)), qPrintable(result.sources.first()));
        return;
    }
    QCOMPARE(result.hint(), QStringLiteral("add this line to %1, above any Host or Match line: "
                                           "Include ~/.config/banger/ssh_config")
                                .arg(fixture.at(QStringLiteral("~/.ssh/config"))));
}

void TestSshConfig::nestingIsBounded()
{
    FixtureRoot fixture;
    const QString target = fixture.write(kBanger, "Host *.vm\n");
    fixture.write(QStringLiteral("~/.ssh/config"), "Include n1\n");
    for (int i = 1; i < 20; ++i)
        fixture.write(QStringLiteral("~/.ssh/n%1").arg(i), QStringLiteral("Include n%1\n").arg(i + 1).toUtf8());
    fixture.write(QStringLiteral("~/.ssh/n20"), "Include ~/.config/banger/ssh_config\n");

    const bd::ssh::IncludeSearch search =
        bd::ssh::findInclude(fixture.at(QStringLiteral("~/.ssh/config")), target, fixture.home());

    QVERIFY(!search.found);
    QCOMPARE(search.warnings.size(), 1);
    QVERIFY2(search.warnings.first().contains(QLatin1String("too deeply nested")), qPrintable(search.warnings.first()));
}

void TestSshConfig::hugeConfigIsNotRead()
{
    FixtureRoot fixture;
    fixture.write(kBanger, "Host *.vm\n");
    fixture.write(QStringLiteral("~/.ssh/config"),
                  "Include ~/.config/banger/ssh_config\n" + QByteArray(512 * 1024, '#') + '\n');

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("ssh-shortcut"));

    QCOMPARE(result.status, Status::Warn);
    QVERIFY2(result.details.first().contains(QLatin1String("larger than")), qPrintable(result.details.first()));
}

void TestSshConfig::rowIsAbsentWithoutBangerSshConfig()
{
    FixtureRoot fixture;
    const auto without = bd::DoctorInputs::load({}, fixture.paths());
    QVERIFY(!bd::checks::sshShortcutApplies(*without));

    fixture.write(kBanger, "Host *.vm\n");
    const auto with = bd::DoctorInputs::load({}, fixture.paths());
    QVERIFY(bd::checks::sshShortcutApplies(*with));
}

void TestSshConfig::unreadableConfigWarns()
{
    FixtureRoot fixture;
    fixture.write(kBanger, "Host *.vm\n");
    fixture.mkdir(QStringLiteral("~/.ssh/config"));

    const bd::CheckResult result = runCheck(fixture, QStringLiteral("ssh-shortcut"));

    QCOMPARE(result.status, Status::Warn);
    QVERIFY2(result.details.first().contains(QLatin1String("could not be read (not a regular file)")),
             qPrintable(result.details.first()));
}

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
