// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SystemdClient against the systemd mock on a private system bus, and against buses where systemd is
// missing, wedged or unreachable.
#include "SystemdMock.h"
#include "TestBus.h"
#include "systemd/SystemdClient.h"

#include <QDBusMessage>
#include <QtTest>

using bd::SystemdClient;
using bd::SystemdFailure;

Q_DECLARE_METATYPE(bd::SystemdFailure)

class TestSystemdClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unitStates_data();
    void unitStates();
    void anUnknownUnitLoadsAsNotFound();
    void servicePropertiesKeepTheirDBusTypes();
    void getUnitIsUsedWhenLoadUnitIsRefused();
    void aBusWithoutSystemdSaysSo();
    void anUnreachableBusFailsAtOnce();
    void aWedgedSystemdTimesOutWithinTheTimeout();
    void theCheckDeadlineCapsTheCallTimeout();

private:
    TestBus m_bus;
};

void TestSystemdClient::initTestCase()
{
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.startSystemdMock(), qPrintable(m_bus.errorString()));
}

void TestSystemdClient::unitStates_data()
{
    QTest::addColumn<QString>("activeState");
    QTest::addColumn<QString>("subState");

    QTest::newRow("a running service is active/running") << "active"
                                                         << "running";
    QTest::newRow("a stopped service is inactive/dead") << "inactive"
                                                        << "dead";
    QTest::newRow("a crashed service is failed/failed") << "failed"
                                                        << "failed";
    QTest::newRow("a restarting service is activating/auto-restart") << "activating"
                                                                     << "auto-restart";
}

void TestSystemdClient::unitStates()
{
    QFETCH(QString, activeState);
    QFETCH(QString, subState);
    SystemdMock mock(m_bus.system());
    QVERIFY2(mock.addUnit(QStringLiteral("bangerd.service"), activeState, subState), qPrintable(mock.lastError()));

    const bd::UnitStatus status = SystemdClient(m_bus.system(), 2000).unit(QStringLiteral("bangerd.service"));

    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(status.objectPath, QStringLiteral("/org/freedesktop/systemd1/unit/bangerd_2eservice"));
    QCOMPARE(status.activeState, activeState);
    QCOMPARE(status.subState, subState);
    QCOMPARE(status.loadState, QStringLiteral("loaded"));
    QVERIFY(status.isLoaded());
}

void TestSystemdClient::anUnknownUnitLoadsAsNotFound()
{
    const bd::UnitStatus status =
        SystemdClient(m_bus.system(), 2000).unit(QStringLiteral("banger-root-helper.service"));

    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(status.loadState, QStringLiteral("not-found"));
    QVERIFY(status.isNotFound());
    QVERIFY(!status.isLoaded());
    QCOMPARE(status.objectPath, QStringLiteral("/org/freedesktop/systemd1/unit/banger_2droot_2dhelper_2eservice"));
}

void TestSystemdClient::servicePropertiesKeepTheirDBusTypes()
{
    SystemdMock mock(m_bus.system());
    QVERIFY(mock.addUnit(QStringLiteral("typed.service")));
    QVERIFY(mock.setServiceProperties(QStringLiteral("typed.service"),
                                      SystemdMock::hardenedService(QStringLiteral("ada"), 0x1000)));
    const SystemdClient client(m_bus.system(), 2000);

    const bd::UnitProperties props = client.serviceProperties(client.unit(QStringLiteral("typed.service")).objectPath);

    QVERIFY2(props.ok(), qPrintable(props.error));
    QCOMPARE(props.values.value(QStringLiteral("CapabilityBoundingSet")).toULongLong(), 0x1000ull);
    QCOMPARE(props.values.value(QStringLiteral("CapabilityBoundingSet")).metaType(), QMetaType::fromType<qulonglong>());
    QCOMPARE(props.values.value(QStringLiteral("NoNewPrivileges")).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(props.values.value(QStringLiteral("ProtectHome")).toString(), QStringLiteral("yes"));
    QCOMPARE(props.values.value(QStringLiteral("User")).toString(), QStringLiteral("ada"));
}

void TestSystemdClient::getUnitIsUsedWhenLoadUnitIsRefused()
{
    TestBus bus;
    QVERIFY2(bus.start() && bus.startSystemdMock(), qPrintable(bus.errorString()));
    SystemdMock mock(bus.system());
    QVERIFY(mock.addUnit(QStringLiteral("bangerd.service"), QStringLiteral("active"), QStringLiteral("running")));
    QDBusMessage refuse = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.systemd1"), QStringLiteral("/org/freedesktop/systemd1"),
        QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("AddMethod"));
    refuse.setArguments({QStringLiteral("org.freedesktop.systemd1.Manager"), QStringLiteral("LoadUnit"),
                         QStringLiteral("s"), QStringLiteral("o"),
                         QStringLiteral("raise dbus.exceptions.DBusException('no', "
                                        "name='org.freedesktop.DBus.Error.AccessDenied')")});
    QCOMPARE(bus.system().call(refuse).type(), QDBusMessage::ReplyMessage);
    const SystemdClient client(bus.system(), 2000);

    const bd::UnitStatus found = client.unit(QStringLiteral("bangerd.service"));
    const bd::UnitStatus missing = client.unit(QStringLiteral("other.service"));

    QVERIFY2(found.ok(), qPrintable(found.error));
    QCOMPARE(found.activeState, QStringLiteral("active"));
    QCOMPARE(missing.failure, SystemdFailure::NoSuchUnit);
    QVERIFY(missing.isNotFound());
    QVERIFY(mock.calledMethods().contains(QStringLiteral("GetUnit")));
}

void TestSystemdClient::aBusWithoutSystemdSaysSo()
{
    const bd::UnitStatus status = SystemdClient(m_bus.session(), 2000).unit(QStringLiteral("bangerd.service"));

    QCOMPARE(status.failure, SystemdFailure::NotOnBus);
    QVERIFY2(status.error.contains(QLatin1String("ServiceUnknown")), qPrintable(status.error));
}

void TestSystemdClient::anUnreachableBusFailsAtOnce()
{
    const QString address = QStringLiteral("unix:path=") + m_bus.runtimeDir() + QStringLiteral("/no-such-socket");
    const QDBusConnection dead = QDBusConnection::connectToBus(address, QStringLiteral("dead"));
    QElapsedTimer clock;
    clock.start();

    const bd::UnitStatus status = SystemdClient(dead, 2000).unit(QStringLiteral("bangerd.service"));

    QCOMPARE(status.failure, SystemdFailure::BusUnreachable);
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!SystemdClient::failureText(status.failure).isEmpty());
    QDBusConnection::disconnectFromBus(QStringLiteral("dead"));
}

void TestSystemdClient::aWedgedSystemdTimesOutWithinTheTimeout()
{
    TestBus bus;
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    QVERIFY2(bus.startSilentPeer(TestBus::Bus::System, QStringLiteral("org.freedesktop.systemd1")),
             qPrintable(bus.errorString()));
    QElapsedTimer clock;
    clock.start();

    const bd::UnitStatus status = SystemdClient(bus.system(), 400).unit(QStringLiteral("bangerd.service"));

    QCOMPARE(status.failure, SystemdFailure::Timeout);
    QVERIFY2(clock.elapsed() >= 350 && clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
}

void TestSystemdClient::theCheckDeadlineCapsTheCallTimeout()
{
    TestBus bus;
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    QVERIFY2(bus.startSilentPeer(TestBus::Bus::System, QStringLiteral("org.freedesktop.systemd1")),
             qPrintable(bus.errorString()));
    QElapsedTimer clock;
    clock.start();

    const SystemdClient client(bus.system(), 5000, QDeadlineTimer(200));
    const bd::UnitStatus status = client.unit(QStringLiteral("bangerd.service"));

    QCOMPARE(status.failure, SystemdFailure::Timeout);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestSystemdClient)
#include "tst_systemdclient.moc"
