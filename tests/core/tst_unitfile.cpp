// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// UnitFile reads [Service] settings the way systemd applies them; systemd-analyze is the oracle.
#include "FixtureRoot.h"
#include "systemd/Capabilities.h"
#include "systemd/UnitFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sys/stat.h>

using bd::UnitFile;

using FileMap = QMap<QString, QByteArray>;

namespace {

quint64 mask(const QStringList &names)
{
    quint64 m = 0;
    for (const QString &name : names)
        m |= quint64(1) << *bd::capabilities::fromName(name);
    return m;
}

const QString kUnit = QStringLiteral("bangerd.service");

} // namespace

class TestUnitFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settings_data();
    void settings();
    void capabilities_data();
    void capabilities();
    void lookupAndDropIns_data();
    void lookupAndDropIns();
    void refusesHostileFiles_data();
    void refusesHostileFiles();
    void agreesWithSystemdAnalyze_data();
    void agreesWithSystemdAnalyze();
};

void TestUnitFile::settings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");

    QTest::newRow("a plain assignment is read") << QByteArray("[Service]\nNoNewPrivileges=yes\n") << "NoNewPrivileges"
                                                << "yes" << 2;
    QTest::newRow("spaces around key and value do not matter")
        << QByteArray("[Service]\n   NoNewPrivileges  =   true   \n") << "NoNewPrivileges"
        << "yes" << 2;
    QTest::newRow("hash and semicolon lines are comments")
        << QByteArray("[Service]\n#NoNewPrivileges=yes\n  ; LockPersonality=yes\n") << "NoNewPrivileges"
        << "no" << 0;
    QTest::newRow("a hash after a value is part of the value")
        << QByteArray("[Service]\nUser=ada # the owner\n") << "User"
        << "ada # the owner" << 2;
    QTest::newRow("settings in other sections do not count")
        << QByteArray("[Unit]\nNoNewPrivileges=yes\n[Install]\nNoNewPrivileges=yes\n") << "NoNewPrivileges"
        << "no" << 0;
    QTest::newRow("a later assignment overrides an earlier one")
        << QByteArray("[Service]\nProtectSystem=strict\nProtectSystem=full\n") << "ProtectSystem"
        << "full" << 3;
    QTest::newRow("a repeated section continues where it left off")
        << QByteArray("[Service]\nUser=root\n[Unit]\nUser=x\n[Service]\nUser=ada\n") << "User"
        << "ada" << 6;
    QTest::newRow("a trailing backslash continues the line with a space")
        << QByteArray("[Service]\nUser=ad\\\nmin\n") << "User"
        << "ad min" << 2;
    QTest::newRow("an escaped backslash at the end does not continue")
        << QByteArray("[Service]\nUser=a\\\\\nNoNewPrivileges=on\n") << "NoNewPrivileges"
        << "yes" << 3;
    QTest::newRow("CRLF line endings are read") << QByteArray("[Service]\r\nLockPersonality=1\r\n") << "LockPersonality"
                                                << "yes" << 2;
    QTest::newRow("a line without an equals sign is skipped")
        << QByteArray("[Service]\nNoNewPrivileges\nRestrictSUIDSGID=y\n") << "RestrictSUIDSGID"
        << "yes" << 3;
    for (const char *spelling : {"1", "yes", "Y", "TRUE", "t", "On"})
        QTest::addRow("boolean spelling %s means yes", spelling)
            << QByteArray("[Service]\nNoNewPrivileges=") + spelling + '\n'
            << "NoNewPrivileges"
            << "yes" << 2;
    for (const char *spelling : {"0", "NO", "n", "false", "F", "off"})
        QTest::addRow("boolean spelling %s means no", spelling)
            << QByteArray("[Service]\nNoNewPrivileges=yes\nNoNewPrivileges=") + spelling + '\n'
            << "NoNewPrivileges"
            << "no" << 3;
    QTest::newRow("an invalid boolean is ignored and the earlier value kept")
        << QByteArray("[Service]\nNoNewPrivileges=yes\nNoNewPrivileges=maybe\n") << "NoNewPrivileges"
        << "yes" << 2;
    QTest::newRow("ProtectHome=true is ProtectHome=yes") << QByteArray("[Service]\nProtectHome=true\n") << "ProtectHome"
                                                         << "yes" << 2;
    QTest::newRow("ProtectHome=read-only is kept") << QByteArray("[Service]\nProtectHome=read-only\n") << "ProtectHome"
                                                   << "read-only" << 2;
    QTest::newRow("ProtectSystem=on is ProtectSystem=yes")
        << QByteArray("[Service]\nProtectSystem=on\n") << "ProtectSystem"
        << "yes" << 2;
    QTest::newRow("ProtectSystem values are case-sensitive")
        << QByteArray("[Service]\nProtectSystem=full\nProtectSystem=Strict\n") << "ProtectSystem"
        << "full" << 2;
    QTest::newRow("an empty ProtectSystem= resets to no")
        << QByteArray("[Service]\nProtectSystem=strict\nProtectSystem=\n") << "ProtectSystem"
        << "no" << 3;
    QTest::newRow("an empty User= resets to root") << QByteArray("[Service]\nUser=ada\nUser=\n") << "User"
                                                   << "" << 3;
    QTest::newRow("an unset setting has systemd's default") << QByteArray("[Service]\n") << "ProtectHome"
                                                            << "no" << 0;
}

void TestUnitFile::settings()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, line);

    UnitFile unit;
    QVERIFY2(unit.apply(text, QStringLiteral("u.service")), qPrintable(unit.error()));

    const bd::UnitValue got = unit.setting(key);
    QCOMPARE(got.value, value);
    QCOMPARE(got.source, line ? QStringLiteral("u.service:%1").arg(line) : QString());
}

void TestUnitFile::capabilities_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<quint64>("expected");
    QTest::addColumn<bool>("assigned");
    QTest::addColumn<QStringList>("sources");

    const quint64 all = ~quint64(0);
    QTest::newRow("unset means every capability") << QByteArray("[Service]\n") << all << false << QStringList();
    QTest::newRow("a list grants exactly those")
        << QByteArray("[Service]\nCapabilityBoundingSet=CAP_NET_ADMIN CAP_CHOWN\n")
        << mask({"CAP_NET_ADMIN", "CAP_CHOWN"}) << true << QStringList{"u:2"};
    QTest::newRow("later lists add up")
        << QByteArray("[Service]\nCapabilityBoundingSet=CAP_NET_ADMIN\nCapabilityBoundingSet=CAP_CHOWN\n")
        << mask({"CAP_NET_ADMIN", "CAP_CHOWN"}) << true << QStringList{"u:2", "u:3"};
    QTest::newRow("an empty assignment resets to no capabilities")
        << QByteArray("[Service]\nCapabilityBoundingSet=CAP_SYS_ADMIN\nCapabilityBoundingSet=\n") << quint64(0) << true
        << QStringList{"u:3"};
    QTest::newRow("a list after a reset starts from nothing")
        << QByteArray("[Service]\nCapabilityBoundingSet=CAP_SYS_ADMIN\nCapabilityBoundingSet=\n"
                      "CapabilityBoundingSet=CAP_CHOWN\n")
        << mask({"CAP_CHOWN"}) << true << QStringList{"u:3", "u:4"};
    QTest::newRow("a first inverted list removes from everything")
        << QByteArray("[Service]\nCapabilityBoundingSet=~CAP_SYS_MODULE CAP_SYS_BOOT\n")
        << ~mask({"CAP_SYS_MODULE", "CAP_SYS_BOOT"}) << true << QStringList{"u:2"};
    QTest::newRow("an inverted list after a list takes away")
        << QByteArray("[Service]\nCapabilityBoundingSet=CAP_NET_ADMIN CAP_SYS_ADMIN\n"
                      "CapabilityBoundingSet=~CAP_SYS_ADMIN\n")
        << mask({"CAP_NET_ADMIN"}) << true << QStringList{"u:2", "u:3"};
    QTest::newRow("a lone tilde resets to every capability")
        << QByteArray("[Service]\nCapabilityBoundingSet=CAP_CHOWN\nCapabilityBoundingSet=~\n") << all << true
        << QStringList{"u:3"};
    QTest::newRow("unknown names are ignored") << QByteArray("[Service]\nCapabilityBoundingSet=CAP_CHOWN CAP_NOPE\n")
                                               << mask({"CAP_CHOWN"}) << true << QStringList{"u:2"};
    QTest::newRow("a comment inside a continued list is skipped")
        << QByteArray("[Service]\nCapabilityBoundingSet=CAP_NET_ADMIN \\\n# CAP_SYS_ADMIN \\\n  CAP_CHOWN\n")
        << mask({"CAP_NET_ADMIN", "CAP_CHOWN"}) << true << QStringList{"u:2"};
}

void TestUnitFile::capabilities()
{
    QFETCH(QByteArray, text);
    QFETCH(quint64, expected);
    QFETCH(bool, assigned);
    QFETCH(QStringList, sources);

    UnitFile unit;
    QVERIFY(unit.apply(text, QStringLiteral("u")));

    const bd::CapabilityBoundingSet &caps = unit.capabilityBoundingSet();
    QCOMPARE(bd::capabilities::names(caps.mask), bd::capabilities::names(expected));
    QCOMPARE(caps.assigned, assigned);
    QCOMPARE(caps.sources, sources);
}

void TestUnitFile::lookupAndDropIns_data()
{
    QTest::addColumn<FileMap>("files");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("dropIns");

    const QString etc = QStringLiteral("/etc/systemd/system/");
    const QString run = QStringLiteral("/run/systemd/system/");
    const QString lib = QStringLiteral("/usr/lib/systemd/system/");
    const QString d = kUnit + QStringLiteral(".d/");

    QTest::newRow("the unit in /etc wins over /run and /usr/lib") << FileMap{{etc + kUnit, "[Service]\nUser=etc\n"},
                                                                             {run + kUnit, "[Service]\nUser=run\n"},
                                                                             {lib + kUnit, "[Service]\nUser=lib\n"}}
                                                                  << "etc" << etc + kUnit + ":2" << QStringList();
    QTest::newRow("the unit in /run wins over /usr/lib")
        << FileMap{{run + kUnit, "[Service]\nUser=run\n"}, {lib + kUnit, "[Service]\nUser=lib\n"}} << "run"
        << run + kUnit + ":2" << QStringList();
    QTest::newRow("a drop-in overrides the unit file")
        << FileMap{{lib + kUnit, "[Service]\nUser=lib\n"}, {etc + d + "override.conf", "\n[Service]\nUser=ada\n"}}
        << "ada" << etc + d + "override.conf:3" << QStringList{etc + d + "override.conf"};
    QTest::newRow("drop-ins apply in file-name order whatever their directory")
        << FileMap{{etc + kUnit, "[Service]\nUser=unit\n"},
                   {lib + d + "20-late.conf", "[Service]\nUser=late\n"},
                   {etc + d + "10-early.conf", "[Service]\nUser=early\n"}}
        << "late" << lib + d + "20-late.conf:2" << QStringList{etc + d + "10-early.conf", lib + d + "20-late.conf"};
    QTest::newRow("a drop-in in /etc masks the same name in /usr/lib")
        << FileMap{{etc + kUnit, "[Service]\nUser=unit\n"},
                   {lib + d + "50-user.conf", "[Service]\nUser=lib\n"},
                   {etc + d + "50-user.conf", "[Service]\n"}}
        << "unit" << etc + kUnit + ":2" << QStringList{etc + d + "50-user.conf"};
    QTest::newRow("a drop-in in /run masks the same name in /usr/lib")
        << FileMap{{lib + kUnit, "[Service]\nUser=unit\n"},
                   {lib + d + "50-user.conf", "[Service]\nUser=lib\n"},
                   {run + d + "50-user.conf", "[Service]\nUser=run\n"}}
        << "run" << run + d + "50-user.conf:2" << QStringList{run + d + "50-user.conf"};
    QTest::newRow("a type-wide service.d drop-in applies to every service")
        << FileMap{{lib + kUnit, "[Service]\nUser=unit\n"}, {lib + "service.d/10-all.conf", "[Service]\nUser=all\n"}}
        << "all" << lib + "service.d/10-all.conf:2" << QStringList{lib + "service.d/10-all.conf"};
    QTest::newRow("the unit's own drop-in in /usr/lib masks a same-named service.d one in /etc")
        << FileMap{{lib + kUnit, "[Service]\nUser=unit\n"},
                   {etc + "service.d/50-user.conf", "[Service]\nUser=all\n"},
                   {lib + d + "50-user.conf", "[Service]\nUser=own\n"}}
        << "own" << lib + d + "50-user.conf:2" << QStringList{lib + d + "50-user.conf"};
    QTest::newRow("files not ending in .conf are not drop-ins")
        << FileMap{{etc + kUnit, "[Service]\nUser=unit\n"}, {etc + d + "old.conf.bak", "[Service]\nUser=bak\n"}}
        << "unit" << etc + kUnit + ":2" << QStringList();
}

void TestUnitFile::lookupAndDropIns()
{
    QFETCH(FileMap, files);
    QFETCH(QString, user);
    QFETCH(QString, source);
    QFETCH(QStringList, dropIns);
    FixtureRoot fixture;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        fixture.write(it.key(), it.value());

    const UnitFile unit = UnitFile::load(fixture.paths(), kUnit);

    QCOMPARE(unit.outcome(), UnitFile::Outcome::Loaded);
    QCOMPARE(unit.setting(QStringLiteral("User")).value, user);
    QCOMPARE(unit.setting(QStringLiteral("User")).source,
             fixture.at(source.section(u':', 0, 0)) + u':' + source.section(u':', 1));
    QStringList expectedDropIns;
    for (const QString &path : dropIns)
        expectedDropIns << fixture.at(path);
    QCOMPARE(unit.dropInPaths(), expectedDropIns);
}

void TestUnitFile::refusesHostileFiles_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("error");

    QTest::newRow("a missing unit is not found") << "none" << int(UnitFile::Outcome::NotFound) << "no unit file";
    QTest::newRow("a unit linked to /dev/null is masked") << "masked" << int(UnitFile::Outcome::Masked) << "masked";
    QTest::newRow("a symlinked unit is followed under the root")
        << "link" << int(UnitFile::Outcome::Loaded) << QString();
    QTest::newRow("a symlink loop is an error") << "loop" << int(UnitFile::Outcome::Error) << "loop";
    QTest::newRow("a FIFO is refused without blocking") << "fifo" << int(UnitFile::Outcome::Error) << "regular";
    QTest::newRow("a huge unit file is refused") << "huge" << int(UnitFile::Outcome::Error) << "larger";
    QTest::newRow("an over-long line is refused") << "longline" << int(UnitFile::Outcome::Error) << "longer";
    QTest::newRow("an unterminated section header is refused")
        << "badsection" << int(UnitFile::Outcome::Error) << "section header";
    QTest::newRow("a directory named like a drop-in is ignored")
        << "dropindir" << int(UnitFile::Outcome::Loaded) << QString();
}

void TestUnitFile::refusesHostileFiles()
{
    QFETCH(QString, setup);
    QFETCH(int, outcome);
    QFETCH(QString, error);
    FixtureRoot fixture;
    const QString etc = QStringLiteral("/etc/systemd/system/");
    const QString lib = QStringLiteral("/usr/lib/systemd/system/");

    if (setup == QLatin1String("masked")) {
        fixture.symlink(etc + kUnit, QStringLiteral("/dev/null"));
    } else if (setup == QLatin1String("link")) {
        fixture.write(lib + kUnit, "[Service]\nUser=ada\n");
        fixture.symlink(etc + kUnit, lib + kUnit); // absolute: must resolve inside the root
    } else if (setup == QLatin1String("loop")) {
        fixture.symlink(etc + kUnit, QStringLiteral("other.service"));
        fixture.symlink(etc + QStringLiteral("other.service"), kUnit);
    } else if (setup == QLatin1String("fifo")) {
        fixture.mkdir(etc);
        QCOMPARE(::mkfifo(QFile::encodeName(fixture.at(etc + kUnit)).constData(), 0644), 0);
    } else if (setup == QLatin1String("huge")) {
        fixture.write(etc + kUnit, QByteArray("[Service]\n") + QByteArray(UnitFile::kMaxFileBytes, '#'));
    } else if (setup == QLatin1String("longline")) {
        fixture.write(etc + kUnit, QByteArray("[Service]\nUser=") + QByteArray(UnitFile::kMaxLineBytes, 'a'));
    } else if (setup == QLatin1String("badsection")) {
        fixture.write(etc + kUnit, "[Service\nUser=ada\n");
    } else if (setup == QLatin1String("dropindir")) {
        fixture.write(etc + kUnit, "[Service]\nUser=ada\n");
        fixture.mkdir(etc + kUnit + QStringLiteral(".d/evil.conf"));
    }

    const UnitFile unit = UnitFile::load(fixture.paths(), kUnit);

    QCOMPARE(int(unit.outcome()), outcome);
    QVERIFY2(unit.error().contains(error), qPrintable(unit.error()));
    if (outcome == int(UnitFile::Outcome::Loaded))
        QCOMPARE(unit.setting(QStringLiteral("User")).value, QStringLiteral("ada"));
    if (setup == QLatin1String("link"))
        QCOMPARE(unit.fragmentPath(), fixture.at(lib + kUnit));
}

void TestUnitFile::agreesWithSystemdAnalyze_data()
{
    QTest::addColumn<FileMap>("files");
    QTest::addColumn<QString>("unitName");

    const QString etc = QStringLiteral("/etc/systemd/system/");
    const QString lib = QStringLiteral("/usr/lib/systemd/system/");
    const QString d = kUnit + QStringLiteral(".d/");
    const QByteArray head = "[Unit]\nDescription=test\n[Service]\nExecStart=/bin/true\n";

    QTest::newRow("a fully hardened unit")
        << FileMap{{etc + kUnit,
                    head + "NoNewPrivileges=yes\nProtectSystem=strict\nProtectHome=yes\n"
                           "RestrictSUIDSGID=yes\nLockPersonality=yes\nCapabilityBoundingSet=CAP_NET_ADMIN\n"}}
        << kUnit;
    const QString helper = QStringLiteral("banger-root-helper.service");
    QTest::newRow("dash-prefix and type-wide drop-ins, more specific first")
        << FileMap{{lib + helper,
                    head + "NoNewPrivileges=yes\nProtectSystem=strict\nCapabilityBoundingSet=CAP_CHOWN\n"},
                   {etc + "service.d/30-all.conf", "[Service]\nProtectHome=tmpfs\nLockPersonality=yes\n"},
                   {lib + "banger-.service.d/30-all.conf", "[Service]\nProtectHome=read-only\n"},
                   {etc + "banger-root-.service.d/40-more.conf", "[Service]\nCapabilityBoundingSet=CAP_SYS_PTRACE\n"},
                   {lib + "service.d/50-last.conf", "[Service]\nNoNewPrivileges=no\n"}}
        << helper;
    QTest::newRow("a drop-in that weakens the unit")
        << FileMap{{lib + kUnit, head + "NoNewPrivileges=yes\nProtectSystem=strict\nProtectHome=yes\n"
                                        "CapabilityBoundingSet=CAP_NET_ADMIN\n"},
                   {etc + d + "50-weaker.conf", "[Service]\nNoNewPrivileges=no\nProtectHome=read-only\n"
                                                "CapabilityBoundingSet=CAP_SYS_MODULE CAP_SYS_PTRACE\n"}}
        << kUnit;
    QTest::newRow("odd spellings, comments and continuation")
        << FileMap{{etc + kUnit, head + "  NoNewPrivileges = ON\n#LockPersonality=yes\nRestrictSUIDSGID=t\n"
                                        "ProtectSystem=full\nProtectHome=tmpfs\nCapabilityBoundingSet=CAP_CHOWN \\\n"
                                        "; CAP_SYS_BOOT\n  CAP_KILL\nCapabilityBoundingSet=~CAP_KILL\n"}}
        << kUnit;
    QTest::newRow("resets and inversions across drop-ins")
        << FileMap{{lib + kUnit, head + "CapabilityBoundingSet=CAP_SYS_ADMIN CAP_SYS_RAWIO\nProtectSystem=strict\n"},
                   {lib + d + "10-reset.conf", "[Service]\nCapabilityBoundingSet=\nProtectSystem=\n"},
                   {etc + d + "20-add.conf", "[Service]\nCapabilityBoundingSet=CAP_NET_RAW\nLockPersonality=1\n"},
                   {etc + d + "10-reset.conf", "[Service]\nCapabilityBoundingSet=~CAP_SYS_BOOT\n"}}
        << kUnit;
}

// systemd-analyze reads the same files offline; where both speak about a setting they must agree.
void TestUnitFile::agreesWithSystemdAnalyze()
{
    QFETCH(FileMap, files);
    QFETCH(QString, unitName);
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed (Debian package systemd)");
    FixtureRoot fixture;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        fixture.write(it.key(), it.value());

    QProcess process;
    process.start(analyze, {QStringLiteral("security"), QStringLiteral("--offline=yes"),
                            QStringLiteral("--root=") + fixture.root(), QStringLiteral("--json=short"),
                            QStringLiteral("--no-pager"), unitName});
    QVERIFY(process.waitForFinished(20000));
    const QJsonArray oracle = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QVERIFY2(!oracle.isEmpty(), process.readAllStandardError().constData());
    const UnitFile unit = UnitFile::load(fixture.paths(), unitName);
    QCOMPARE(unit.outcome(), UnitFile::Outcome::Loaded);

    int compared = 0;
    const QRegularExpression singleCap(QStringLiteral("^CapabilityBoundingSet=~(CAP_[A-Z_]+)$"));
    for (const QJsonValue &entry : oracle) {
        const QString name = entry[QLatin1String("name")].toString();
        const QString description = entry[QLatin1String("description")].toString();
        const bool set = entry[QLatin1String("set")].toBool();
        const QString key = name.left(name.indexOf(u'='));
        if (key == QLatin1String("NoNewPrivileges") || key == QLatin1String("RestrictSUIDSGID") ||
            key == QLatin1String("LockPersonality")) {
            QCOMPARE(unit.setting(key).value == QLatin1String("yes"), set);
            ++compared;
        } else if (key == QLatin1String("ProtectSystem")) {
            QCOMPARE(unit.setting(key).value == QLatin1String("strict"), description.contains(QLatin1String("strict")));
            ++compared;
        } else if (key == QLatin1String("ProtectHome")) {
            static const QMap<QString, QString> words = {{QStringLiteral("yes"), QStringLiteral("no access")},
                                                         {QStringLiteral("read-only"), QStringLiteral("read-only")},
                                                         {QStringLiteral("tmpfs"), QStringLiteral("fake empty")},
                                                         {QStringLiteral("no"), QStringLiteral("full access")}};
            QVERIFY2(description.contains(words.value(unit.setting(key).value)), qPrintable(description));
            ++compared;
        } else if (const QRegularExpressionMatch m = singleCap.match(name); m.hasMatch()) {
            const quint64 bit = quint64(1) << *bd::capabilities::fromName(m.captured(1));
            QVERIFY2(!(unit.capabilityBoundingSet().mask & bit) == set, qPrintable(name));
            ++compared;
        }
    }
    QVERIFY2(compared >= 15, qPrintable(QString::number(compared)));
}

QTEST_GUILESS_MAIN(TestUnitFile)
#include "tst_unitfile.moc"
