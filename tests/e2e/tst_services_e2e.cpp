// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary, `--report --format json --root <fixture>`, against a mocked systemd on a private
// system bus: the helper-service, daemon-service and *-unit-hardening rows.
#include "DoctorProcess.h"
#include "FixtureRoot.h"
#include "SystemdMock.h"
#include "TestBus.h"
#include "systemd/Capabilities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

const QString kHelper = QStringLiteral("banger-root-helper.service");
const QString kDaemon = QStringLiteral("bangerd.service");
const QString kUnitDir = QStringLiteral("/etc/systemd/system/");

const QByteArray kHelperUnit = "[Unit]\nDescription=banger root helper\n\n[Service]\n"
                               "ExecStart=/usr/libexec/banger/banger-root-helper\n"
                               "NoNewPrivileges=yes\nProtectSystem=strict\nProtectHome=yes\n"
                               "RestrictSUIDSGID=yes\nLockPersonality=yes\n"
                               "CapabilityBoundingSet=CAP_NET_ADMIN CAP_SYS_ADMIN CAP_CHOWN\n";
const QByteArray kDaemonUnit = "[Unit]\nDescription=banger daemon\n\n[Service]\nUser=ada\n"
                               "ExecStart=/usr/bin/bangerd\nNoNewPrivileges=yes\nProtectSystem=strict\n"
                               "ProtectHome=read-only\nRestrictSUIDSGID=yes\nLockPersonality=yes\n";

quint64 helperCapabilities()
{
    return (1ull << 12) | (1ull << 21) | (1ull << 0); // CAP_NET_ADMIN CAP_SYS_ADMIN CAP_CHOWN
}

QVariantMap loadedHelper()
{
    return SystemdMock::hardenedService(QString(), helperCapabilities());
}

QVariantMap loadedDaemon()
{
    QVariantMap props = SystemdMock::hardenedService(QStringLiteral("ada"), ~0ull);
    props.insert(QStringLiteral("ProtectHome"), QStringLiteral("read-only"));
    return props;
}

using Row = DoctorRow;
using Run = DoctorRun;

} // namespace

class TestServicesE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void serviceRows_data();
    void serviceRows();
    void hardeningRows_data();
    void hardeningRows();
    void anUnreachableBusFailsTheServiceRowsQuickly();
    void aWedgedSystemdStillLetsTheReportFinish();
    void measuresTheCostOfTheRows();

private:
    Run runReport(const QProcessEnvironment &env);
    void installUnits(const QByteArray &helper = kHelperUnit, const QByteArray &daemon = kDaemonUnit);

    TestBus m_bus;
    std::unique_ptr<FixtureRoot> m_fixture;
};

void TestServicesE2e::initTestCase()
{
    QVERIFY(QFileInfo(qEnvironmentVariable("BD_BINARY")).isExecutable());
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.startSystemdMock(), qPrintable(m_bus.errorString()));
}

void TestServicesE2e::init()
{
    m_fixture = std::make_unique<FixtureRoot>();
    m_fixture->writeInstallToml(1000, QStringLiteral("ada"));
}

void TestServicesE2e::cleanup()
{
    SystemdMock mock(m_bus.system());
    mock.removeUnit(kHelper);
    mock.removeUnit(kDaemon);
}

void TestServicesE2e::installUnits(const QByteArray &helper, const QByteArray &daemon)
{
    m_fixture->write(kUnitDir + kHelper, helper);
    m_fixture->write(kUnitDir + kDaemon, daemon);
}

Run TestServicesE2e::runReport(const QProcessEnvironment &env)
{
    return runDoctorJson(env, m_fixture->rootArguments());
}

void TestServicesE2e::serviceRows_data()
{
    QTest::addColumn<QString>("helperState");
    QTest::addColumn<QString>("daemonState");
    QTest::addColumn<QString>("helperStatus");
    QTest::addColumn<QString>("daemonStatus");
    QTest::addColumn<QStringList>("helperSays");
    QTest::addColumn<QStringList>("daemonSays");

    QTest::newRow("two running units pass") << "active/running"
                                            << "active/running"
                                            << "pass"
                                            << "pass" << QStringList{"banger-root-helper.service is active (running)"}
                                            << QStringList{"bangerd.service is active (running)"};
    QTest::newRow("a stopped daemon fails with its state and a restart hint")
        << "active/running"
        << "inactive/dead"
        << "pass"
        << "fail" << QStringList{"active (running)"}
        << QStringList{"bangerd.service is inactive (dead), not active", "`sudo systemctl restart bangerd.service`"};
    QTest::newRow("a crashed helper fails with its state")
        << "failed/failed"
        << "active/running"
        << "fail"
        << "pass"
        << QStringList{"is failed (failed), not active", "`sudo systemctl restart banger-root-helper.service`"}
        << QStringList{"active (running)"};
    QTest::newRow("a unit systemd could not parse says so")
        << "bad-setting"
        << "active/running"
        << "fail"
        << "pass"
        << QStringList{"systemd could not load banger-root-helper.service (load state bad-setting)",
                       "`systemctl status banger-root-helper.service`"}
        << QStringList{"active (running)"};
    QTest::newRow("units systemd cannot find are reported as not installed")
        << ""
        << ""
        << "fail"
        << "fail" << QStringList{"not installed", "sudo banger system install"}
        << QStringList{"bangerd.service is not installed"};
}

void TestServicesE2e::serviceRows()
{
    QFETCH(QString, helperState);
    QFETCH(QString, daemonState);
    QFETCH(QString, helperStatus);
    QFETCH(QString, daemonStatus);
    QFETCH(QStringList, helperSays);
    QFETCH(QStringList, daemonSays);
    installUnits();
    SystemdMock mock(m_bus.system());
    if (helperState == QLatin1String("bad-setting")) {
        QVERIFY(mock.addUnit(kHelper, QStringLiteral("inactive"), QStringLiteral("dead")));
        QVERIFY(mock.setUnitProperties(kHelper, {{QStringLiteral("LoadState"), helperState}}));
    } else if (!helperState.isEmpty()) {
        QVERIFY(mock.addUnit(kHelper, helperState.section(u'/', 0, 0), helperState.section(u'/', 1)));
    }
    if (!daemonState.isEmpty())
        QVERIFY(mock.addUnit(kDaemon, daemonState.section(u'/', 0, 0), daemonState.section(u'/', 1)));

    const Run run = runReport(m_bus.environment(m_fixture->environment()));

    QCOMPARE(run.exitCode, 1); // other rows fail on this bare fixture
    QCOMPARE(run.rows.value(QStringLiteral("helper-service")).status, helperStatus);
    QCOMPARE(run.rows.value(QStringLiteral("daemon-service")).status, daemonStatus);
    for (const QString &text : helperSays)
        QVERIFY2(run.rows.value(QStringLiteral("helper-service")).details.contains(text),
                 qPrintable(run.rows.value(QStringLiteral("helper-service")).details));
    for (const QString &text : daemonSays)
        QVERIFY2(run.rows.value(QStringLiteral("daemon-service")).details.contains(text),
                 qPrintable(run.rows.value(QStringLiteral("daemon-service")).details));
}

void TestServicesE2e::hardeningRows_data()
{
    QTest::addColumn<QByteArray>("dropIn");
    QTest::addColumn<QVariantMap>("helperLoaded");
    QTest::addColumn<QVariantMap>("daemonLoaded");
    QTest::addColumn<QString>("helperStatus");
    QTest::addColumn<QString>("daemonStatus");
    QTest::addColumn<QStringList>("helperSays");
    QTest::addColumn<QStringList>("daemonSays");

    QVariantMap weakHelper = loadedHelper();
    weakHelper.insert(QStringLiteral("NoNewPrivileges"), false);
    QVariantMap ptraceHelper = loadedHelper();
    ptraceHelper.insert(QStringLiteral("CapabilityBoundingSet"),
                        QVariant::fromValue<qulonglong>(helperCapabilities() | (1ull << 19) | (1ull << 16)));
    QVariantMap narrowerDaemon = loadedDaemon();
    narrowerDaemon.insert(QStringLiteral("CapabilityBoundingSet"), QVariant::fromValue<qulonglong>(1ull << 12));
    QVariantMap rootDaemon = loadedDaemon();
    rootDaemon.insert(QStringLiteral("User"), QString());

    QTest::newRow("hardened files and loaded units that agree pass")
        << QByteArray() << loadedHelper() << loadedDaemon() << "pass"
        << "pass" << QStringList{"meets all 6 hardening requirements", "the loaded unit matches the unit file"}
        << QStringList{"meets all 6 hardening requirements", "matches"};
    QTest::newRow("a loaded unit weaker than its file fails and asks for a daemon-reload")
        << QByteArray() << weakHelper << loadedDaemon() << "fail"
        << "pass"
        << QStringList{"loaded unit: NoNewPrivileges=no, needs yes (D-Bus Service.NoNewPrivileges)",
                       "a daemon-reload is pending", "sudo systemctl daemon-reload"}
        << QStringList{"matches"};
    QTest::newRow("loaded capabilities that defeat the sandbox are named")
        << QByteArray() << ptraceHelper << loadedDaemon() << "fail"
        << "pass"
        << QStringList{"CapabilityBoundingSet= keeps CAP_SYS_MODULE, CAP_SYS_PTRACE",
                       "CapabilityBoundingSet: loaded unit has CAP_CHOWN CAP_NET_ADMIN CAP_SYS_MODULE"}
        << QStringList{"matches"};
    QTest::newRow("a drop-in that weakens the file fails with its file and line")
        << QByteArray("[Service]\n# relaxed for debugging\nProtectHome=no\n") << loadedHelper() << loadedDaemon()
        << "pass"
        << "fail" << QStringList{"matches"}
        << QStringList{"unit file: ProtectHome=no, needs read-only (", "bangerd.service.d/debug.conf:3)",
                       "a daemon-reload is pending", "fix or remove ",
                       "debug.conf, then run `sudo systemctl daemon-reload"};
    QTest::newRow("a loaded daemon running as root fails")
        << QByteArray() << loadedHelper() << rootDaemon << "pass"
        << "fail" << QStringList{"matches"} << QStringList{"loaded unit: User=empty, needs ada (D-Bus Service.User)"};
    QTest::newRow("a unit file systemd has not loaded yet warns")
        << QByteArray() << loadedHelper() << QVariantMap() << "pass"
        << "warn" << QStringList{"matches"}
        << QStringList{"bangerd.service: the unit file exists but systemd has not loaded it",
                       "sudo systemctl daemon-reload"};
    QTest::newRow("a loaded unit that differs but meets every requirement warns")
        << QByteArray() << loadedHelper() << narrowerDaemon << "pass"
        << "warn" << QStringList{"matches"}
        << QStringList{"a daemon-reload is pending",
                       "CapabilityBoundingSet: loaded unit has CAP_NET_ADMIN, unit file has every capability",
                       "`sudo systemctl daemon-reload && sudo systemctl restart bangerd.service`"};
}

void TestServicesE2e::hardeningRows()
{
    QFETCH(QByteArray, dropIn);
    QFETCH(QVariantMap, helperLoaded);
    QFETCH(QVariantMap, daemonLoaded);
    QFETCH(QString, helperStatus);
    QFETCH(QString, daemonStatus);
    QFETCH(QStringList, helperSays);
    QFETCH(QStringList, daemonSays);
    installUnits();
    if (!dropIn.isEmpty())
        m_fixture->write(QStringLiteral("/usr/lib/systemd/system/bangerd.service.d/debug.conf"), dropIn);
    SystemdMock mock(m_bus.system());
    QVERIFY(mock.addUnit(kHelper));
    QVERIFY2(mock.setServiceProperties(kHelper, helperLoaded), qPrintable(mock.lastError()));
    if (!daemonLoaded.isEmpty()) { // otherwise systemd loads it as not-found when asked
        QVERIFY(mock.addUnit(kDaemon));
        QVERIFY2(mock.setServiceProperties(kDaemon, daemonLoaded), qPrintable(mock.lastError()));
    }

    const Run run = runReport(m_bus.environment(m_fixture->environment()));

    const Row helper = run.rows.value(QStringLiteral("helper-unit-hardening"));
    const Row daemon = run.rows.value(QStringLiteral("daemon-unit-hardening"));
    QCOMPARE(helper.status, helperStatus);
    QCOMPARE(daemon.status, daemonStatus);
    for (const QString &text : helperSays)
        QVERIFY2(helper.details.contains(text), qPrintable(helper.details));
    for (const QString &text : daemonSays)
        QVERIFY2(daemon.details.contains(text), qPrintable(daemon.details));
    qInfo("service + hardening rows: %.1f + %.1f + %.1f + %.1f ms, whole run %lld ms",
          run.rows.value(QStringLiteral("helper-service")).elapsedMs,
          run.rows.value(QStringLiteral("daemon-service")).elapsedMs, helper.elapsedMs, daemon.elapsedMs, run.wallMs);
}

void TestServicesE2e::anUnreachableBusFailsTheServiceRowsQuickly()
{
    installUnits();
    QProcessEnvironment env = m_bus.environment(m_fixture->environment());
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_bus.runtimeDir() + QStringLiteral("/no-bus-here"));

    const Run run = runReport(env);

    const Row service = run.rows.value(QStringLiteral("helper-service"));
    QCOMPARE(service.status, QStringLiteral("fail"));
    QVERIFY2(service.details.contains(QLatin1String("cannot reach the system bus")), qPrintable(service.details));
    QVERIFY2(service.elapsedMs < 1000, qPrintable(QString::number(service.elapsedMs)));
    const Row hardening = run.rows.value(QStringLiteral("helper-unit-hardening"));
    QCOMPARE(hardening.status, QStringLiteral("pass"));
    QVERIFY2(hardening.details.contains(QLatin1String("not compared: the system bus cannot be reached")),
             qPrintable(hardening.details));
}

void TestServicesE2e::aWedgedSystemdStillLetsTheReportFinish()
{
    TestBus wedged;
    QVERIFY2(wedged.start(), qPrintable(wedged.errorString()));
    QVERIFY2(wedged.startSilentPeer(TestBus::Bus::System, QStringLiteral("org.freedesktop.systemd1")),
             qPrintable(wedged.errorString()));
    installUnits();

    const Run run = runReport(wedged.environment(m_fixture->environment()));

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.wallMs < 15000, qPrintable(QString::number(run.wallMs)));
    qInfo("with a silent systemd the whole run took %lld ms", run.wallMs);
    for (const char *id : {"helper-service", "daemon-service"}) {
        const Row row = run.rows.value(QLatin1String(id));
        QCOMPARE(row.status, QStringLiteral("fail"));
        QVERIFY2(row.details.contains(QLatin1String("did not answer within 2000 ms")), qPrintable(row.details));
    }
    QVERIFY2(run.rows.value(QStringLiteral("daemon-unit-hardening")).details.contains(QLatin1String("not compared")),
             qPrintable(run.rows.value(QStringLiteral("daemon-unit-hardening")).details));
}

// Not a benchmark gate: prints the medians of ten runs so a reader can see what the four rows cost
// against the mock (`ctest -R tst_services_e2e -V | grep QINFO`). The only assertion is a generous
// ceiling that catches a row silently waiting for a timeout.
void TestServicesE2e::measuresTheCostOfTheRows()
{
    installUnits();
    SystemdMock mock(m_bus.system());
    QVERIFY(mock.addUnit(kHelper) && mock.addUnit(kDaemon));
    QVERIFY(mock.setServiceProperties(kHelper, loadedHelper()) && mock.setServiceProperties(kDaemon, loadedDaemon()));
    const QStringList ids = {QStringLiteral("helper-service"), QStringLiteral("daemon-service"),
                             QStringLiteral("helper-unit-hardening"), QStringLiteral("daemon-unit-hardening")};

    QMap<QString, QList<double>> samples;
    QList<double> wall;
    for (int i = 0; i < 10; ++i) {
        const Run run = runReport(m_bus.environment(m_fixture->environment()));
        for (const QString &id : ids) {
            QCOMPARE(run.rows.value(id).status, QStringLiteral("pass"));
            samples[id] << run.rows.value(id).elapsedMs;
        }
        wall << double(run.wallMs);
    }

    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    for (const QString &id : ids) {
        qInfo("%s: median %.2f ms, max %.2f ms over 10 runs", qPrintable(id), median(samples[id]),
              *std::max_element(samples[id].cbegin(), samples[id].cend()));
        QVERIFY(median(samples[id]) < 1000);
    }
    qInfo("whole --report run: median %.0f ms wall clock", median(wall));
}

QTEST_GUILESS_MAIN(TestServicesE2e)
#include "tst_services_e2e.moc"
