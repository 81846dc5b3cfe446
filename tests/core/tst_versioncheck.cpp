// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// banger-version: which builds count as development builds, and when an app/install pair drifts.
#include "BuildInfo.h"
#include "FixtureRoot.h"
#include "RunCheck.h"
#include "checks/Checks.h"

#include <QtTest>

using bd::Status;

class TestVersionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devVersion_data();
    void devVersion();
    void drift_data();
    void drift();
    void withoutInstallOnlyTheAppIsShown();
    void malformedInstallIsLeftToSecurityPosture();
    void registeredRowReportsThisBuild();
};

void TestVersionCheck::devVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("dev");

    QTest::newRow("an empty version is a development build") << "" << true;
    QTest::newRow("\"dev\" is a development build") << "dev" << true;
    QTest::newRow("\"unknown\" is a development build") << "unknown" << true;
    QTest::newRow("0.0.0 is a development build") << "0.0.0" << true;
    QTest::newRow("a -dev pre-release is a development build") << "0.4.0-dev" << true;
    QTest::newRow("a -dev.N pre-release is a development build") << "v0.4.0-dev.12" << true;
    QTest::newRow("a +dirty tree is a development build") << "0.3.1+dirty" << true;
    QTest::newRow("a git describe of a dirty tree is a development build") << "v0.3.1-4-gabc123-dirty" << true;
    QTest::newRow("a release is not") << "0.3.1" << false;
    QTest::newRow("a release candidate is not") << "0.3.1-rc1" << false;
    QTest::newRow("a release with a v prefix is not") << "v1.0.0" << false;
}

void TestVersionCheck::devVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, dev);

    QCOMPARE(bd::isDevVersion(version), dev);
}

void TestVersionCheck::drift_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<QString>("appCommit");
    QTest::addColumn<QString>("installVersion");
    QTest::addColumn<QString>("installCommit");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the same version and commit match") << "0.3.1"
                                                       << "1a2b3c4d"
                                                       << "0.3.1"
                                                       << "1a2b3c4d" << Status::Pass << "(matches)";
    QTest::newRow("a short commit matches its full hash") << "0.3.1"
                                                          << "1a2b3c4d"
                                                          << "0.3.1"
                                                          << "1a2b3c4d5e6f7788" << Status::Pass << "(matches)";
    QTest::newRow("a v prefix on one side still matches") << "0.3.1"
                                                          << "1a2b3c4d"
                                                          << "v0.3.1"
                                                          << "1a2b3c4d" << Status::Pass << "(matches)";
    QTest::newRow("different versions drift") << "0.3.1"
                                              << "1a2b3c4d"
                                              << "0.3.0"
                                              << "1a2b3c4d" << Status::Warn << "different builds";
    QTest::newRow("the same version from different commits drifts") << "0.3.1"
                                                                    << "1a2b3c4d"
                                                                    << "0.3.1"
                                                                    << "99999999" << Status::Warn << "commit 99999999";
    QTest::newRow("an unknown app commit is not compared") << "0.3.1"
                                                           << "unknown"
                                                           << "0.3.1"
                                                           << "99999999" << Status::Pass << "(matches)";
    QTest::newRow("an empty install commit is not compared") << "0.3.1"
                                                             << "1a2b3c4d"
                                                             << "0.3.1"
                                                             << "" << Status::Pass << "commit unknown";
    QTest::newRow("a dev app never drifts") << "dev"
                                            << "1a2b3c4d"
                                            << "0.3.0"
                                            << "99999999" << Status::Pass << "development build";
    QTest::newRow("a dirty install never drifts") << "0.3.1"
                                                  << "1a2b3c4d"
                                                  << "0.2.0+dirty"
                                                  << "99999999" << Status::Pass << "development build";
    QTest::newRow("an install without a version never drifts") << "0.3.1"
                                                               << "1a2b3c4d"
                                                               << ""
                                                               << "99999999" << Status::Pass << "of unknown version";
}

void TestVersionCheck::drift()
{
    QFETCH(QString, appVersion);
    QFETCH(QString, appCommit);
    QFETCH(QString, installVersion);
    QFETCH(QString, installCommit);
    QFETCH(Status, status);
    QFETCH(QString, expected);

    bd::InstallLoad install;
    install.exists = true;
    install.value = bd::InstallMeta{installVersion, installCommit,
                                    QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC), QStringLiteral("ada"), 1000};
    const bd::CheckResult result =
        bd::checks::bangerVersionFor({appVersion, appCommit}, install, QStringLiteral("/etc/banger/install.toml"));

    QCOMPARE(result.status, status);
    QVERIFY2(anyDetailContains(result, expected), qPrintable(result.details.join(QLatin1Char('\n'))));
    QVERIFY2(anyDetailContains(result, QStringLiteral("installed 2026-11-30T09:15:00Z")),
             qPrintable(result.details.join(QLatin1Char('\n'))));
    QCOMPARE(result.sources, QStringList{QStringLiteral("/etc/banger/install.toml")});
}

void TestVersionCheck::withoutInstallOnlyTheAppIsShown()
{
    FixtureRoot fixture;
    const bd::CheckResult result = runCheck(fixture, QStringLiteral("banger-version"));

    QCOMPARE(result.status, Status::Pass);
    QCOMPARE(result.details.size(), 2);
    QVERIFY(result.details.first().contains(QLatin1String(bd::buildinfo::version)));
    QVERIFY(result.details.last().contains(QLatin1String("not a system install")));
}

void TestVersionCheck::malformedInstallIsLeftToSecurityPosture()
{
    FixtureRoot fixture;
    fixture.write(QStringLiteral("/etc/banger/install.toml"), "owner_uid = = 3\n");
    const bd::CheckResult result = runCheck(fixture, QStringLiteral("banger-version"));

    QCOMPARE(result.status, Status::Pass);
    QVERIFY(result.details.last().contains(QLatin1String("security posture")));
}

void TestVersionCheck::registeredRowReportsThisBuild()
{
    FixtureRoot fixture;
    fixture.writeInstallToml(1000, QStringLiteral("ada"), QString::fromLatin1(bd::buildinfo::version));
    const bd::CheckResult result = runCheck(fixture, QStringLiteral("banger-version"));

    // The fixture's commit (1a2b3c4d5e) is not this build's, so a released build warns and a
    // development build passes: either way both sides are shown.
    const bool dev = bd::isDevVersion(QString::fromLatin1(bd::buildinfo::version));
    const bool sameCommit = QByteArray("1a2b3c4d5e").startsWith(bd::buildinfo::commit);
    const bool unknownCommit = bd::isUnknownCommit(QString::fromLatin1(bd::buildinfo::commit));
    QCOMPARE(result.status, dev || sameCommit || unknownCommit ? Status::Pass : Status::Warn);
    QVERIFY(result.details.at(0).startsWith(QLatin1String("Banger Doctor ")));
    QVERIFY(result.details.at(1).startsWith(QLatin1String("installed banger ")));
}

QTEST_GUILESS_MAIN(TestVersionCheck)
#include "tst_versioncheck.moc"
