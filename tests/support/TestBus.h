// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

// A private system bus and session bus for one test, each a real dbus-daemon started from a minimal
// config of our own (one <listen>, an allow-all <policy>, no service directories, so a missing peer
// is ServiceUnknown rather than an activation attempt), plus the peers a test puts on them:
// python-dbusmock with a template (stock or tests/support/systemd_mock.py), or a silent peer that
// owns a name and never answers.
//
// Typical use in a QtTest:
//     TestBus bus;
//     QVERIFY2(bus.start(), qPrintable(bus.errorString()));
//     bus.exportToProcess();                 // before this process first touches QDBusConnection::systemBus()
//     QVERIFY2(bus.startSystemdMock(), qPrintable(bus.errorString()));
//     SystemdMock mock(bus.system());        // tests/support/SystemdMock.h drives the mock
//     QProcess app; app.setProcessEnvironment(bus.environment(fixture.environment()));
// The destructor terminates every peer and both daemons; nothing is left running after a test.
class TestBus
{
public:
    enum class Bus
    {
        System,
        Session
    };

    TestBus();
    ~TestBus();
    TestBus(const TestBus &) = delete;
    TestBus &operator=(const TestBus &) = delete;

    // Starts both daemons; false (with errorString()) when dbus-daemon is missing or fails.
    bool start();
    QString errorString() const { return m_error; }

    QString address(Bus bus) const;
    QString systemAddress() const { return address(Bus::System); }
    QString sessionAddress() const { return address(Bus::Session); }
    // The private XDG_RUNTIME_DIR (mode 0700) that children get.
    QString runtimeDir() const { return m_runtimeDir.path(); }

    // This test's own connections to the private buses, for driving mocks.
    QDBusConnection connection(Bus bus) const;
    QDBusConnection system() const { return connection(Bus::System); }
    QDBusConnection session() const { return connection(Bus::Session); }

    // base plus both bus addresses and XDG_RUNTIME_DIR, for child processes such as the real binary.
    QProcessEnvironment environment(QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const;
    // Sets the same variables in this process. Qt reads DBUS_SYSTEM_BUS_ADDRESS once, on the first
    // QDBusConnection::systemBus(), so call this before that.
    void exportToProcess() const;

    // Runs `/usr/bin/python3 -m dbusmock` with extra arguments on bus and waits until busName is owned.
    bool startDbusMock(Bus bus, const QString &busName, const QStringList &arguments);
    // The systemd manager mock (tests/support/systemd_mock.py) on the system bus.
    bool startSystemdMock();
    // dbusmock's stock notification_daemon template on the session bus.
    bool startNotificationDaemon();
    // A peer that owns busName on bus and never answers a call (tests/support/silent_peer.py).
    bool startSilentPeer(Bus bus, const QString &busName);
    // Terminates the peers started so far, keeping the daemons.
    void stopPeers();

    // Where tests/support lives in the source tree (from BD_SOURCE_DIR).
    static QString supportDir();
    static QString python();

private:
    struct Daemon
    {
        std::unique_ptr<QProcess> process;
        QString address;
        QString connectionName;
    };

    bool startDaemon(Bus bus);
    QString writeConfig(Bus bus) const;
    bool startPeer(Bus bus, const QString &busName, const QStringList &arguments);
    bool waitForName(Bus bus, const QString &busName, QProcess *peer);
    Daemon &daemon(Bus bus) { return bus == Bus::System ? m_system : m_session; }
    const Daemon &daemon(Bus bus) const { return bus == Bus::System ? m_system : m_session; }
    static void stopProcess(QProcess *process);

    QTemporaryDir m_runtimeDir;
    Daemon m_system;
    Daemon m_session;
    std::vector<std::unique_ptr<QProcess>> m_peers;
    QString m_error;
};
