// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A process that started while the system bus was down reaches systemd once the bus is back: Qt keeps
// a failed QDBusConnection::systemBus() failed, so SystemdClient::systemBus() retries on its own.
#include "SystemdMock.h"
#include "TestBus.h"
#include "systemd/SystemdClient.h"

#include <QtTest>

class TestSystemBusRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversWhenTheBusComesBack();
};

void TestSystemBusRetry::recoversWhenTheBusComesBack()
{
    TestBus bus;
    // TestBus listens at <runtime dir>/system_bus_socket; point this process there before it exists.
    const QString socket = bus.runtimeDir() + QStringLiteral("/system_bus_socket");
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + QFile::encodeName(socket));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(bus.runtimeDir()));

    const bd::UnitStatus before =
        bd::SystemdClient(bd::SystemdClient::systemBus(), 1000).unit(QStringLiteral("bangerd.service"));
    QCOMPARE(before.failure, bd::SystemdFailure::BusUnreachable);
    QVERIFY(!QDBusConnection::systemBus().isConnected());

    QVERIFY2(bus.start() && bus.startSystemdMock(), qPrintable(bus.errorString()));
    QCOMPARE(bus.systemAddress().section(u',', 0, 0), QStringLiteral("unix:path=") + socket);
    SystemdMock mock(bus.system());
    QVERIFY(mock.addUnit(QStringLiteral("bangerd.service")));

    const bd::UnitStatus after =
        bd::SystemdClient(bd::SystemdClient::systemBus(), 1000).unit(QStringLiteral("bangerd.service"));
    QVERIFY2(after.ok(), qPrintable(after.error));
    QCOMPARE(after.activeState, QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(TestSystemBusRetry)
#include "tst_systembusretry.moc"
