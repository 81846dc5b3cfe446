// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureRoot.h"
#include "monitor/PostureStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The real binary end to end: --report --format X --redact against a fake install whose home, owner
// user and owner uid are strings found nowhere else, and --output written atomically.
class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void redactsEveryFormat_data();
    void redactsEveryFormat();
    void redactsTheOwnerOfAMalformedInstallToml();
    void appendsTheStoredDriftHistory();
    void writesOutputAtomically();
    void reportsAnUnwritableOutput();
    void refusesAnUnknownFormat();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments) const;
    void writeInstall(const QByteArray &toml);

    std::unique_ptr<FixtureRoot> m_fixture;
    QTemporaryDir m_homes;
    QString m_home;
    const QString m_owner = QStringLiteral("own3r_qz");
    const QString m_ownerUid = QStringLiteral("51234");
};

void TestReportExport::initTestCase()
{
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("BD_BINARY")));
    m_fixture = std::make_unique<FixtureRoot>();
    m_home = m_homes.filePath(QStringLiteral("h0me zq.odd-9"));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.config")));
    writeInstall("version = \"0.1.0\"\ncommit = \"1a2b3c4d5e\"\ninstalled_at = 2026-11-30T09:15:00Z\n"
                 "owner_user = \"own3r_qz\"\nowner_uid = 51234\n");
}

void TestReportExport::writeInstall(const QByteArray &toml)
{
    m_fixture->write(QStringLiteral("/etc/banger/install.toml"), toml);
}

TestReportExport::Run TestReportExport::run(const QStringList &arguments) const
{
    QProcessEnvironment env = m_fixture->environment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    // No bus at all: the report must not depend on one, and libdbus must not autolaunch one.
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bd-no-bus"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bd-no-bus"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_homes.path());
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BD_BINARY"),
                  QStringList{QStringLiteral("--report")} + m_fixture->rootArguments() + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestReportExport::redactsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"text", "markdown", "json", "html", "prometheus"})
        QTest::newRow(
            qPrintable(QStringLiteral("--format %1 --redact leaves no personal value").arg(QLatin1String(format))))
            << QString::fromLatin1(format);
}

void TestReportExport::redactsEveryFormat()
{
    QFETCH(QString, format);

    const Run plain = run({QStringLiteral("--format"), format});
    const Run redacted = run({QStringLiteral("--format"), format, QStringLiteral("--redact")});
    QVERIFY2(plain.exitCode == 0 || plain.exitCode == 1, plain.err.constData());
    QVERIFY2(redacted.exitCode == plain.exitCode, redacted.err.constData());

    // Unredacted, the user-config row names the config path under the home and the security-posture
    // row names the owner and their uid; after --redact none of them is left anywhere.
    if (format != QLatin1String("prometheus")) {
        for (const QString &value : {m_home, m_owner, m_ownerUid})
            QVERIFY2(QString::fromUtf8(plain.out).contains(value), qPrintable(value));
    }
    const QString out = QString::fromUtf8(redacted.out);
    for (const QString &secret : {m_home, m_owner, m_ownerUid, QStringLiteral("zq.odd")})
        QVERIFY2(!out.contains(secret), qPrintable(secret + QStringLiteral(" survived:\n") + out));
    if (format == QLatin1String("json")) {
        const QJsonObject root = QJsonDocument::fromJson(redacted.out).object();
        QCOMPARE(root.value(QStringLiteral("host")).toObject().value(QStringLiteral("hostname")).toString(),
                 QStringLiteral("<host>"));
        QCOMPARE(root.value(QStringLiteral("redacted")).toBool(), true);
    }
}

void TestReportExport::redactsTheOwnerOfAMalformedInstallToml()
{
    // The loader gives no values for a broken file, but an error excerpt may quote its lines.
    writeInstall("owner_user = \"own3r_qz\"\nowner_uid = 51234\ninstalled_at = = 3\n");
    const Run redacted = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--redact")});
    writeInstall("version = \"0.1.0\"\ncommit = \"1a2b3c4d5e\"\ninstalled_at = 2026-11-30T09:15:00Z\n"
                 "owner_user = \"own3r_qz\"\nowner_uid = 51234\n");

    QVERIFY2(redacted.exitCode == 0 || redacted.exitCode == 1, redacted.err.constData());
    QVERIFY2(!redacted.out.contains(m_owner.toUtf8()), redacted.out.constData());
    QVERIFY2(!redacted.out.contains(m_ownerUid.toUtf8()), redacted.out.constData());
}

void TestReportExport::appendsTheStoredDriftHistory()
{
    // The history the tray persisted (PostureStore) is read back by the headless report.
    bd::monitor::PostureStore store(m_home + QStringLiteral("/.local/share/banger-doctor/posture.json"));
    bd::monitor::Drift drift;
    drift.rowId = QStringLiteral("helper-socket");
    drift.kind = bd::monitor::DriftKind::Degraded;
    drift.before.status = bd::Status::Pass;
    drift.after.status = bd::Status::Fail;
    drift.at = QDateTime(QDate(2026, 12, 3), QTime(14, 58, 10), Qt::UTC);
    drift.description = QStringLiteral("helper socket: owner %1 → 0").arg(m_ownerUid);
    store.append(drift);
    QVERIFY(store.saveNow());

    const Run plain = run({QStringLiteral("--format"), QStringLiteral("json")});
    const Run redacted = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--redact")});
    QFile::remove(store.filePath());

    const QJsonArray history = QJsonDocument::fromJson(plain.out).object().value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("check")).toString(), QStringLiteral("helper-socket"));
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("change")).toString(), drift.description);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2026-12-03T14:58:10Z"));
    QVERIFY2(redacted.out.contains("helper socket: owner <owner-uid> → 0"), redacted.out.constData());
}

void TestReportExport::writesOutputAtomically()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("report.prom"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write(QByteArray(100000, 'x')) == 100000);
    old.close();

    const Run result =
        run({QStringLiteral("--format"), QStringLiteral("prometheus"), QStringLiteral("--output"), target});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    QVERIFY(result.out.isEmpty());

    // The old content is replaced whole, and no temporary file is left next to it.
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    QVERIFY(content.startsWith("# HELP banger_doctor_check_status"));
    QVERIFY(!content.contains(QByteArray(10, 'x')));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.prom")});
}

void TestReportExport::reportsAnUnwritableOutput()
{
    const Run result = run({QStringLiteral("--output"), QStringLiteral("/nonexistent/dir/report.txt")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("cannot write /nonexistent/dir/report.txt"), result.err.constData());
}

void TestReportExport::refusesAnUnknownFormat()
{
    const Run result = run({QStringLiteral("--format"), QStringLiteral("yaml")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("unknown format 'yaml'"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
