// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redactor.h"
#include "ReportWriter.h"
#include "SampleReport.h"

#include <QtTest>

using bd::report::RedactionIdentity;
using bd::report::Redactor;

Q_DECLARE_METATYPE(bd::report::Format)

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesOnBoundaries_data();
    void replacesOnBoundaries();
    void aDifferentOwnerGetsItsOwnPlaceholders();
    void placeholdersAreNeverMatchedAgain();
    void listsWhatWasReplaced();
    void leavesCheckNamesAndVersionsAlone();
    void unusualValuesSurviveInNoFormat_data();
    void unusualValuesSurviveInNoFormat();

private:
    static RedactionIdentity ada();
    static RedactionIdentity unusual();
};

RedactionIdentity TestRedactor::ada()
{
    RedactionIdentity identity;
    identity.userName = QStringLiteral("ada");
    identity.realName = QStringLiteral("Ada Lovelace");
    identity.homes = {QStringLiteral("/home/ada")};
    identity.hostName = QStringLiteral("analytical");
    identity.uid = 1000;
    identity.ownerUser = QStringLiteral("ada");
    identity.ownerUid = 1000;
    return identity;
}

RedactionIdentity TestRedactor::unusual()
{
    RedactionIdentity identity;
    identity.userName = QStringLiteral("zq-usr.9");
    identity.realName = QStringLiteral("Quux Zebulon");
    identity.homes = {QStringLiteral("/srv/h0me dir/zq-usr.9"), QStringLiteral("/var/home/zq")};
    identity.hostName = QStringLiteral("hqz-node-77");
    identity.uid = 48213;
    identity.ownerUser = QStringLiteral("own3r_qz");
    identity.ownerUid = 51234;
    return identity;
}

void TestRedactor::replacesOnBoundaries_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a path inside the home starts with <home>")
        << QStringLiteral("no config at /home/ada/.config/banger/config.toml")
        << QStringLiteral("no config at <home>/.config/banger/config.toml");
    QTest::newRow("the home itself at the end of a sentence")
        << QStringLiteral("HOME is /home/ada.") << QStringLiteral("HOME is <home>.");
    QTest::newRow("a longer home is another user's, only the name-free part stays")
        << QStringLiteral("/home/adam/x") << QStringLiteral("/home/adam/x");
    QTest::newRow("the user name as a whole word")
        << QStringLiteral("User=ada (want ada)") << QStringLiteral("User=<user> (want <user>)");
    QTest::newRow("the user name inside other words stays")
        << QStringLiteral("adamant canada ada_x ada-y xada") << QStringLiteral("adamant canada ada_x ada-y xada");
    QTest::newRow("the real name") << QStringLiteral("owned by Ada Lovelace") << QStringLiteral("owned by <real-name>");
    QTest::newRow("the host name before a domain")
        << QStringLiteral("ssh analytical.local") << QStringLiteral("ssh <host>.local");
    QTest::newRow("a capitalised word that spells the host name stays")
        << QStringLiteral("Analytical engine") << QStringLiteral("Analytical engine");
    QTest::newRow("the uid as a whole number")
        << QStringLiteral("owner uid 1000, want 1000:1000") << QStringLiteral("owner uid <uid>, want <uid>:<uid>");
    QTest::newRow("the uid at the end of a sentence")
        << QStringLiteral("owned by 1000.") << QStringLiteral("owned by <uid>.");
    QTest::newRow("digits inside longer numbers and versions stay")
        << QStringLiteral("10000 21000 1000.5 v1.1000 1000a 0.1000")
        << QStringLiteral("10000 21000 1000.5 v1.1000 1000a 0.1000");
    QTest::newRow("root and uid 0 are the same everywhere and stay")
        << QStringLiteral("owned by root (uid 0), mode 0600") << QStringLiteral("owned by root (uid 0), mode 0600");
    QTest::newRow("text without personal values is untouched")
        << QStringLiteral("NoNewPrivileges=no (want yes) — ünïcode")
        << QStringLiteral("NoNewPrivileges=no (want yes) — ünïcode");
}

void TestRedactor::replacesOnBoundaries()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    Redactor redactor(ada());
    QCOMPARE(redactor.apply(input), expected);
}

void TestRedactor::aDifferentOwnerGetsItsOwnPlaceholders()
{
    RedactionIdentity identity = ada();
    identity.ownerUser = QStringLiteral("bob");
    identity.ownerUid = 1001;

    Redactor redactor(identity);
    QCOMPARE(redactor.apply(QStringLiteral("User=ada, want bob; socket uid 1000, want 1001")),
             QStringLiteral("User=<user>, want <owner>; socket uid <uid>, want <owner-uid>"));
}

void TestRedactor::placeholdersAreNeverMatchedAgain()
{
    // A host called "user" must not turn the <user> placeholder into <<host>>.
    RedactionIdentity identity = ada();
    identity.hostName = QStringLiteral("user");

    Redactor redactor(identity);
    QCOMPARE(redactor.apply(QStringLiteral("ada on user")), QStringLiteral("<user> on <host>"));
}

void TestRedactor::listsWhatWasReplaced()
{
    Redactor redactor(ada());
    redactor.apply(QStringLiteral("/home/ada/x ada ada 1000"));

    const QList<bd::report::Redaction> list = redactor.redactions();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).placeholder, QStringLiteral("<user>"));
    QCOMPARE(list.at(0).original, QStringLiteral("ada"));
    QCOMPARE(list.at(0).count, 2);
    QCOMPARE(list.at(1).placeholder, QStringLiteral("<home>"));
    QCOMPARE(list.at(2).placeholder, QStringLiteral("<uid>"));
}

void TestRedactor::leavesCheckNamesAndVersionsAlone()
{
    RedactionIdentity identity = ada();
    identity.hostName = QStringLiteral("vm"); // a real host name on CI machines

    bd::Report report = sampleReport();
    report.checks.append(sampleCheck(QStringLiteral("vm-defaults"), QStringLiteral("vm defaults"), bd::Status::Pass,
                                     {QStringLiteral("the vm runs on vm")}));
    report.host.hostname = QStringLiteral("vm");

    Redactor redactor(identity);
    const bd::Report redacted = redactor.apply(report);
    QCOMPARE(redacted.checks.last().name, QStringLiteral("vm defaults"));
    QCOMPARE(redacted.checks.last().details.first(), QStringLiteral("the <host> runs on <host>"));
    QCOMPARE(redacted.host.hostname, QStringLiteral("<host>"));
    QCOMPARE(redacted.host.os, report.host.os);
    QCOMPARE(redacted.app.version, report.app.version);
}

void TestRedactor::unusualValuesSurviveInNoFormat_data()
{
    QTest::addColumn<bd::report::Format>("format");
    for (const QString &name : bd::report::formatNames())
        QTest::newRow(qPrintable(QStringLiteral("no personal value is left in %1").arg(name)))
            << *bd::report::formatFromName(name);
}

void TestRedactor::unusualValuesSurviveInNoFormat()
{
    QFETCH(bd::report::Format, format);

    const RedactionIdentity identity = unusual();
    const QStringList secrets{identity.userName, identity.realName,  identity.homes.at(0),    identity.homes.at(1),
                              identity.hostName, identity.ownerUser, QStringLiteral("48213"), QStringLiteral("51234")};
    bd::Report report = sampleReport();
    report.host.hostname = identity.hostName;
    report.checks.append(sampleCheck(
        QStringLiteral("daemon-socket"), QStringLiteral("daemon socket"), bd::Status::Fail,
        {QStringLiteral("/srv/h0me dir/zq-usr.9/.ssh/config is owned by zq-usr.9 (uid 48213), want own3r_qz (51234)"),
         QStringLiteral("Quux Zebulon on hqz-node-77 with /var/home/zq"),
         QStringLiteral("sudo chown own3r_qz:51234 /run/banger/bangerd.sock")},
        {QStringLiteral("/srv/h0me dir/zq-usr.9/.config/banger/config.toml:3"), QStringLiteral("stat uid=48213")}));
    bd::DriftHistory history = sampleHistory();
    history.first().change = QStringLiteral("owner zq-usr.9 → own3r_qz on hqz-node-77");

    Redactor redactor(identity);
    bd::report::WriteOptions options;
    options.history = redactor.apply(history);
    options.redacted = true;
    const QString out = QString::fromUtf8(bd::report::write(redactor.apply(report), format, options));

    for (const QString &secret : secrets)
        QVERIFY2(!out.contains(secret), qPrintable(secret + QStringLiteral(" survived in:\n") + out));
    if (format != bd::report::Format::Prometheus) // metrics carry no details at all
        QVERIFY2(out.contains(QStringLiteral("home&gt;/.ssh/config")) ||
                     out.contains(QStringLiteral("<home>/.ssh/config")),
                 qPrintable(out));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
