// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary with --tray against a mocked systemd (system bus) and dbusmock's notification
// daemon (session bus): drift of the posture arrives as Notify calls, read back from the mock.
#include "FixtureRoot.h"
#include "SystemdMock.h"
#include "TestBus.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusReply>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kHelper = QStringLiteral("banger-root-helper.service");
const QString kDaemon = QStringLiteral("bangerd.service");
const QString kArrow = QStringLiteral(" \u2192 ");
constexpr int kGraceMs = 2000;

QByteArray daemonUnit(bool noNewPrivileges)
{
    QByteArray unit =
        "[Unit]\nDescription=banger "
        "daemon\n\n[Service]\nUser=ada\nExecStart=/usr/bin/bangerd\nProtectSystem=strict\nProtectHome=read-only\n"
        "RestrictSUIDSGID=yes\nLockPersonality=yes\n";
    if (noNewPrivileges)
        unit += "NoNewPrivileges=yes\n";
    return unit;
}

const QByteArray kHelperUnit = "[Unit]\nDescription=banger root helper\n\n[Service]\n"
                               "ExecStart=/usr/libexec/banger/banger-root-helper\n"
                               "NoNewPrivileges=yes\nProtectSystem=strict\nProtectHome=yes\n"
                               "RestrictSUIDSGID=yes\nLockPersonality=yes\n"
                               "CapabilityBoundingSet=CAP_NET_ADMIN CAP_SYS_ADMIN CAP_CHOWN\n";

struct Notification
{
    QString appName;
    uint replacesId = 0;
    QString summary;
    QString body;
    QStringList actions;
    int urgency = -1;
};

} // namespace

class TestTrayE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aStoppedHelperIsNotifiedOnceAfterTheGraceWindowAndItsRecoveryOnce();
    void aFlappingUnitDoesNotSpamAndEndsInItsFinalState();
    void aLooserSocketModeIsNotifiedThroughTheFileWatch();
    void aDirectiveRemovedFromAReplacedUnitFileIsNotified();
    void driftAcrossARestartIsNotifiedFromThePersistedPosture();
    void aSecondLaunchHandsOverToTheFirstAndLeaves();

private:
    void startApp();
    void stopApp();
    QList<Notification> notifications();
    qint64 waitForNotifications(int count, const QElapsedTimer &since);
    QString posture() const;

    TestBus m_bus;
    std::unique_ptr<FixtureRoot> m_fixture;
    std::unique_ptr<QTemporaryDir> m_xdg;
    std::unique_ptr<QProcess> m_app;
};

void TestTrayE2e::initTestCase()
{
    QVERIFY(QFileInfo(qEnvironmentVariable("BD_BINARY")).isExecutable());
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.startSystemdMock(), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.startNotificationDaemon(), qPrintable(m_bus.errorString()));
}

void TestTrayE2e::init()
{
    m_fixture = std::make_unique<FixtureRoot>();
    m_xdg = std::make_unique<QTemporaryDir>();
    m_fixture->writeInstallToml(::getuid(), QStringLiteral("ada"));
    m_fixture->write(QStringLiteral("/etc/systemd/system/") + kHelper, kHelperUnit);
    m_fixture->write(QStringLiteral("/etc/systemd/system/") + kDaemon, daemonUnit(true));
    m_fixture->makeSocket(QStringLiteral("/run/banger/root-helper.sock"), 0600);
    m_fixture->makeSocket(QStringLiteral("/run/banger/bangerd.sock"), 0600);
    m_fixture->installFirecracker(QStringLiteral("1.12.0"));

    SystemdMock mock(m_bus.system());
    QVERIFY(mock.addUnit(kHelper) && mock.addUnit(kDaemon));
    QVERIFY(mock.setServiceProperties(kHelper, SystemdMock::hardenedService({}, (1ull << 12) | (1ull << 21) | 1)));
    QVariantMap daemon = SystemdMock::hardenedService(QStringLiteral("ada"), ~0ull);
    daemon.insert(QStringLiteral("ProtectHome"), QStringLiteral("read-only"));
    QVERIFY(mock.setServiceProperties(kDaemon, daemon));

    QDBusMessage clear = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("ClearCalls"));
    QCOMPARE(m_bus.session().call(clear).type(), QDBusMessage::ReplyMessage);
}

void TestTrayE2e::cleanup()
{
    stopApp();
    SystemdMock mock(m_bus.system());
    mock.removeUnit(kHelper);
    mock.removeUnit(kDaemon);
}

void TestTrayE2e::startApp()
{
    QProcessEnvironment env = m_bus.environment(m_fixture->environment());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_xdg->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_fixture->configHome());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    m_app = std::make_unique<QProcess>();
    m_app->setProcessEnvironment(env);
    m_app->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app->start(qEnvironmentVariable("BD_BINARY"), QStringList{QStringLiteral("--tray")} + m_fixture->rootArguments());
    QVERIFY(m_app->waitForStarted());

    // Ready once the first observation of every watched row is persisted as the baseline.
    QTRY_VERIFY_WITH_TIMEOUT(posture().contains(QLatin1String("daemon-unit-hardening")) &&
                                 posture().contains(QLatin1String("helper-socket")) &&
                                 posture().contains(QLatin1String("helper-service")),
                             15000);
    SystemdMock mock(m_bus.system());
    QTRY_VERIFY(mock.subscriberCount() >= 1);
}

void TestTrayE2e::stopApp()
{
    if (!m_app)
        return;
    m_app->terminate();
    if (!m_app->waitForFinished(5000))
        m_app->kill();
    m_app->waitForFinished(2000);
    m_app.reset();
}

QString TestTrayE2e::posture() const
{
    QFile file(m_xdg->filePath(QStringLiteral("data/banger-doctor/posture.json")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QList<Notification> TestTrayE2e::notifications()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("GetCalls"));
    const QDBusMessage reply = m_bus.session().call(call);
    QList<Notification> found;
    if (reply.type() != QDBusMessage::ReplyMessage)
        return found;

    const QDBusArgument calls = reply.arguments().value(0).value<QDBusArgument>();
    calls.beginArray();
    while (!calls.atEnd()) {
        quint64 at = 0; // whole seconds only, too coarse for latency
        QString method;
        QVariantList args;
        calls.beginStructure();
        calls >> at >> method >> args;
        calls.endStructure();
        if (method != QLatin1String("Notify") || args.size() < 8)
            continue;

        Notification n;
        n.appName = args.at(0).toString();
        n.replacesId = args.at(1).toUInt();
        n.summary = args.at(3).toString();
        n.body = args.at(4).toString();
        n.actions = qdbus_cast<QStringList>(args.at(5));
        const QVariantMap hints = qdbus_cast<QVariantMap>(args.at(6));
        n.urgency = hints.value(QStringLiteral("urgency"), -1).toInt();
        found << n;
    }
    calls.endArray();
    return found;
}

// Milliseconds from since until the mock has logged count Notify calls, polled every 10 ms; -1 on timeout.
qint64 TestTrayE2e::waitForNotifications(int count, const QElapsedTimer &since)
{
    while (since.elapsed() < kGraceMs + 5000) {
        if (notifications().size() >= count)
            return since.elapsed();
        QTest::qWait(10);
    }
    return -1;
}

void TestTrayE2e::aStoppedHelperIsNotifiedOnceAfterTheGraceWindowAndItsRecoveryOnce()
{
    startApp();
    SystemdMock mock(m_bus.system());

    QElapsedTimer stopped;
    stopped.start();
    QVERIFY(mock.setUnitState(kHelper, QStringLiteral("inactive"), QStringLiteral("dead")));
    const qint64 notifiedMs = waitForNotifications(1, stopped);
    QVERIFY(notifiedMs >= 0);

    const Notification down = notifications().first();
    const qint64 afterGraceMs = notifiedMs - kGraceMs;
    qInfo("stop -> Notify seen after %lld ms: %lld ms after the end of the %d ms grace window", notifiedMs,
          afterGraceMs, kGraceMs);
    QVERIFY2(afterGraceMs >= 0 && afterGraceMs <= 1000, qPrintable(QString::number(afterGraceMs)));
    QCOMPARE(notifications().size(), 1);
    QCOMPARE(down.appName, QStringLiteral("Banger Doctor"));
    QCOMPARE(down.urgency, 2);
    QVERIFY2(down.body.contains(kHelper + QStringLiteral(": active") + kArrow + QStringLiteral("inactive")),
             qPrintable(down.body));
    QVERIFY(down.actions.contains(QStringLiteral("open:helper-service")));

    QVERIFY(mock.setUnitState(kHelper, QStringLiteral("active"), QStringLiteral("running")));
    QTRY_COMPARE_WITH_TIMEOUT(notifications().size(), 2, kGraceMs + 3000);
    const Notification up = notifications().at(1);
    QCOMPARE(up.urgency, 1);
    QVERIFY(up.replacesId != 0);
    QVERIFY2(up.body.contains(QStringLiteral("inactive") + kArrow + QStringLiteral("active")), qPrintable(up.body));
}

void TestTrayE2e::aFlappingUnitDoesNotSpamAndEndsInItsFinalState()
{
    startApp();
    SystemdMock mock(m_bus.system());

    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 100; ++i) {
        const bool stop = i % 2 == 0;
        QVERIFY(mock.setUnitState(kDaemon, stop ? QStringLiteral("inactive") : QStringLiteral("active"),
                                  stop ? QStringLiteral("dead") : QStringLiteral("running")));
        QTest::qWait(100); // the pace of the flapping itself: 100 changes in about 10 s
    }
    QVERIFY(mock.setUnitState(kDaemon, QStringLiteral("failed"), QStringLiteral("failed")));
    const qint64 flappedMs = clock.elapsed();

    const auto endsFailed = [this] {
        const QList<Notification> all = notifications();
        return !all.isEmpty() && all.last().body.contains(QStringLiteral("active") + kArrow + QStringLiteral("failed"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(endsFailed(), kGraceMs + 3000);
    QTRY_VERIFY(posture().contains(QLatin1String("\"failed\"")));

    const QList<Notification> all = notifications();
    const qint64 windows = flappedMs / kGraceMs + 2;
    QVERIFY2(all.size() <= windows, qPrintable(QString::number(all.size())));
    QCOMPARE(all.last().urgency, 2);
}

void TestTrayE2e::aLooserSocketModeIsNotifiedThroughTheFileWatch()
{
    startApp();

    QCOMPARE(
        ::chmod(QFile::encodeName(m_fixture->at(QStringLiteral("/run/banger/root-helper.sock"))).constData(), 0666), 0);

    QTRY_COMPARE_WITH_TIMEOUT(notifications().size(), 1, kGraceMs + 3000);
    const Notification n = notifications().first();
    qInfo("notified: %s", qPrintable(n.body));
    QCOMPARE(n.urgency, 2);
    QVERIFY2(n.body.contains(QStringLiteral("helper socket: mode 0600") + kArrow + QStringLiteral("0666")),
             qPrintable(n.body));
}

void TestTrayE2e::aDirectiveRemovedFromAReplacedUnitFileIsNotified()
{
    startApp();

    // Written beside it and renamed over it, as editors do: the watch must follow the new file.
    const QString unit = m_fixture->at(QStringLiteral("/etc/systemd/system/") + kDaemon);
    m_fixture->write(QStringLiteral("/etc/systemd/system/.bangerd.service.new"), daemonUnit(false));
    QVERIFY(::rename(
                QFile::encodeName(QFileInfo(unit).absolutePath() + QStringLiteral("/.bangerd.service.new")).constData(),
                QFile::encodeName(unit).constData()) == 0);

    QTRY_COMPARE_WITH_TIMEOUT(notifications().size(), 1, kGraceMs + 3000);
    qInfo("notified: %s", qPrintable(notifications().first().body));
    QVERIFY2(notifications().first().body.contains(QStringLiteral("NoNewPrivileges")),
             qPrintable(notifications().first().body));

    m_fixture->write(QStringLiteral("/etc/systemd/system/") + kDaemon, daemonUnit(true));
    QTRY_COMPARE_WITH_TIMEOUT(notifications().size(), 2, kGraceMs + 3000);
    QCOMPARE(notifications().at(1).urgency, 1);
}

void TestTrayE2e::driftAcrossARestartIsNotifiedFromThePersistedPosture()
{
    startApp();
    stopApp();

    SystemdMock mock(m_bus.system());
    QVERIFY(mock.setUnitState(kDaemon, QStringLiteral("failed"), QStringLiteral("failed")));
    startApp();

    QTRY_COMPARE_WITH_TIMEOUT(notifications().size(), 1, kGraceMs + 3000);
    QVERIFY2(
        notifications().first().body.contains(kDaemon + QStringLiteral(": active") + kArrow + QStringLiteral("failed")),
        qPrintable(notifications().first().body));
}

void TestTrayE2e::aSecondLaunchHandsOverToTheFirstAndLeaves()
{
    startApp();

    QProcess second;
    second.setProcessEnvironment(m_app->processEnvironment());
    second.start(qEnvironmentVariable("BD_BINARY"), QStringList{QStringLiteral("--tray")} + m_fixture->rootArguments());
    QVERIFY(second.waitForFinished(10000));

    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(m_app->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestTrayE2e)
#include "tst_tray_e2e.moc"
