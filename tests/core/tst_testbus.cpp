// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The private-bus harness and the systemd mock behave like the real systemd where the doctor looks,
// seen through the generated proxies.
#include "DBusPropertiesProxy.h"
#include "SystemdManagerProxy.h"
#include "SystemdMock.h"
#include "SystemdServiceProxy.h"
#include "SystemdUnitProxy.h"
#include "TestBus.h"

#include <QtTest>

#include <sys/stat.h>

namespace {
const QString kSystemd = QStringLiteral("org.freedesktop.systemd1");
const QString kManagerPath = QStringLiteral("/org/freedesktop/systemd1");
} // namespace

class TestTestBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void childrenGetBothBusesAndAPrivateRuntimeDir();
    void loadUnitGivesSystemdEscapedPaths();
    void getUnitOfAnUnknownUnitRaisesNoSuchUnit();
    void loadUnitOfAnUnknownUnitIsNotFound();
    void servicePropertiesKeepTheirTypes();
    void propertiesChangedIsEmittedOnlyWhileSubscribed();
    void unsubscribeWithoutSubscribeIsRefused();
    void aSilentPeerNeverAnswers();

private:
    TestBus m_bus;
};

void TestTestBus::initTestCase()
{
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.startSystemdMock(), qPrintable(m_bus.errorString()));
}

void TestTestBus::cleanup()
{
    SystemdMock mock(m_bus.system());
    mock.removeUnit(QStringLiteral("bangerd.service"));
}

void TestTestBus::childrenGetBothBusesAndAPrivateRuntimeDir()
{
    const QProcessEnvironment env = m_bus.environment(QProcessEnvironment());
    QVERIFY(env.value(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS")).startsWith(QLatin1String("unix:path=")));
    QVERIFY(env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).startsWith(QLatin1String("unix:path=")));
    QVERIFY(m_bus.systemAddress() != m_bus.sessionAddress());
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(env.value(QStringLiteral("XDG_RUNTIME_DIR"))).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, 0700u);
    QVERIFY(m_bus.session().isConnected());
}

void TestTestBus::loadUnitGivesSystemdEscapedPaths()
{
    SystemdMock mock(m_bus.system());
    QVERIFY2(mock.addUnit(QStringLiteral("bangerd.service")), qPrintable(mock.lastError()));

    SystemdManagerProxy manager(kSystemd, kManagerPath, m_bus.system());
    QDBusPendingReply<QDBusObjectPath> reply = manager.LoadUnit(QStringLiteral("bangerd.service"));
    reply.waitForFinished();

    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value().path(), QStringLiteral("/org/freedesktop/systemd1/unit/bangerd_2eservice"));
}

void TestTestBus::getUnitOfAnUnknownUnitRaisesNoSuchUnit()
{
    SystemdManagerProxy manager(kSystemd, kManagerPath, m_bus.system());
    QDBusPendingReply<QDBusObjectPath> reply = manager.GetUnit(QStringLiteral("nothing-here.service"));
    reply.waitForFinished();

    QVERIFY(reply.isError());
    QCOMPARE(reply.error().name(), QStringLiteral("org.freedesktop.systemd1.NoSuchUnit"));
}

void TestTestBus::loadUnitOfAnUnknownUnitIsNotFound()
{
    SystemdManagerProxy manager(kSystemd, kManagerPath, m_bus.system());
    QDBusPendingReply<QDBusObjectPath> reply = manager.LoadUnit(QStringLiteral("absent.service"));
    reply.waitForFinished();
    QVERIFY2(reply.isValid(), qPrintable(reply.error().message()));

    SystemdUnitProxy unit(kSystemd, reply.value().path(), m_bus.system());
    QCOMPARE(unit.loadState(), QStringLiteral("not-found"));
    QCOMPARE(unit.activeState(), QStringLiteral("inactive"));
    QCOMPARE(unit.subState(), QStringLiteral("dead"));
}

void TestTestBus::servicePropertiesKeepTheirTypes()
{
    SystemdMock mock(m_bus.system());
    QVERIFY(mock.addUnit(QStringLiteral("bangerd.service")));
    QVERIFY2(mock.setServiceProperties(QStringLiteral("bangerd.service"),
                                       SystemdMock::hardenedService(QStringLiteral("ada"), 0x3000)),
             qPrintable(mock.lastError()));

    SystemdServiceProxy service(kSystemd, QStringLiteral("/org/freedesktop/systemd1/unit/bangerd_2eservice"),
                                m_bus.system());
    DBusPropertiesProxy props(kSystemd, service.path(), m_bus.system());
    QDBusPendingReply<QVariantMap> all = props.GetAll(QStringLiteral("org.freedesktop.systemd1.Service"));
    all.waitForFinished();

    QVERIFY2(all.isValid(), qPrintable(all.error().message()));
    QCOMPARE(all.value().value(QStringLiteral("CapabilityBoundingSet")).metaType(), QMetaType::fromType<qulonglong>());
    QCOMPARE(all.value().value(QStringLiteral("NoNewPrivileges")).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(service.capabilityBoundingSet(), 0x3000ull);
    QCOMPARE(service.user(), QStringLiteral("ada"));
    QCOMPARE(service.protectSystem(), QStringLiteral("strict"));
}

void TestTestBus::propertiesChangedIsEmittedOnlyWhileSubscribed()
{
    SystemdMock mock(m_bus.system());
    QVERIFY(mock.addUnit(QStringLiteral("bangerd.service")));
    DBusPropertiesProxy props(kSystemd, QStringLiteral("/org/freedesktop/systemd1/unit/bangerd_2eservice"),
                              m_bus.system());
    QSignalSpy changed(&props, &DBusPropertiesProxy::PropertiesChanged);

    QVERIFY(mock.setUnitState(QStringLiteral("bangerd.service"), QStringLiteral("failed"), QStringLiteral("failed")));
    SystemdManagerProxy manager(kSystemd, kManagerPath, m_bus.system());
    QDBusPendingReply<> subscribed = manager.Subscribe();
    subscribed.waitForFinished();
    QVERIFY(subscribed.isValid());
    QCOMPARE(mock.subscriberCount(), 1);
    QVERIFY(mock.setUnitState(QStringLiteral("bangerd.service"), QStringLiteral("inactive"), QStringLiteral("dead")));

    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("org.freedesktop.systemd1.Unit"));
    QCOMPARE(changed.at(0).at(1).toMap().value(QStringLiteral("ActiveState")).toString(), QStringLiteral("inactive"));
    manager.Unsubscribe().waitForFinished();
    QCOMPARE(mock.subscriberCount(), 0);
    QVERIFY(mock.calledMethods().contains(QStringLiteral("Subscribe")));
}

void TestTestBus::unsubscribeWithoutSubscribeIsRefused()
{
    SystemdManagerProxy manager(kSystemd, kManagerPath, m_bus.system());
    QDBusPendingReply<> reply = manager.Unsubscribe();
    reply.waitForFinished();

    QCOMPARE(reply.error().name(), QStringLiteral("org.freedesktop.systemd1.NotSubscribed"));
}

void TestTestBus::aSilentPeerNeverAnswers()
{
    QVERIFY2(m_bus.startSilentPeer(TestBus::Bus::Session, QStringLiteral("org.example.Wedged")),
             qPrintable(m_bus.errorString()));

    SystemdManagerProxy wedged(QStringLiteral("org.example.Wedged"), kManagerPath, m_bus.session());
    wedged.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    QDBusPendingReply<QDBusObjectPath> reply = wedged.GetUnit(QStringLiteral("x.service"));
    reply.waitForFinished();

    QCOMPARE(reply.error().type(), QDBusError::NoReply);
    QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestTestBus)
#include "tst_testbus.moc"
