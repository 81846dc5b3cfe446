// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBus.h"

#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QUuid>

namespace {

constexpr int kStartTimeoutMs = 10000;

const char *busKey(TestBus::Bus bus)
{
    return bus == TestBus::Bus::System ? "system" : "session";
}

} // namespace

TestBus::TestBus()
{
    QFile::setPermissions(m_runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TestBus::~TestBus()
{
    stopPeers();
    for (Daemon *d : {&m_system, &m_session}) {
        if (!d->connectionName.isEmpty())
            QDBusConnection::disconnectFromBus(d->connectionName);
        stopProcess(d->process.get());
    }
}

QString TestBus::supportDir()
{
    const QByteArray source = qgetenv("BD_SOURCE_DIR");
    return QFile::decodeName(source.isEmpty() ? QByteArray(".") : source) + QStringLiteral("/tests/support");
}

QString TestBus::python()
{
    const QByteArray configured = qgetenv("BD_PYTHON");
    return configured.isEmpty() ? QStringLiteral("/usr/bin/python3") : QFile::decodeName(configured);
}

bool TestBus::start()
{
    if (!m_runtimeDir.isValid()) {
        m_error = QStringLiteral("cannot create a runtime dir: ") + m_runtimeDir.errorString();
        return false;
    }
    return startDaemon(Bus::System) && startDaemon(Bus::Session);
}

QString TestBus::writeConfig(Bus bus) const
{
    const QString socket = m_runtimeDir.filePath(QLatin1String(busKey(bus)) + QStringLiteral("_bus_socket"));
    const QString config = QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                                          "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                          "<busconfig>\n  <type>%1</type>\n  <listen>unix:path=%2</listen>\n"
                                          "  <auth>EXTERNAL</auth>\n  <policy context=\"default\">\n"
                                          "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                          "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n"
                                          "  </policy>\n</busconfig>\n")
                               .arg(QLatin1String(busKey(bus)), socket);

    const QString path = m_runtimeDir.filePath(QLatin1String(busKey(bus)) + QStringLiteral("-bus.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
        return {};
    return path;
}

bool TestBus::startDaemon(Bus bus)
{
    const QString config = writeConfig(bus);
    if (config.isEmpty()) {
        m_error = QStringLiteral("cannot write the dbus-daemon config");
        return false;
    }

    Daemon &d = daemon(bus);
    d.process = std::make_unique<QProcess>();
    d.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    d.process->start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config,
                                                     QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!d.process->waitForStarted(kStartTimeoutMs) || !d.process->waitForReadyRead(kStartTimeoutMs)) {
        m_error = QStringLiteral("dbus-daemon did not start: ") + d.process->errorString();
        return false;
    }

    d.address = QString::fromUtf8(d.process->readLine().trimmed());
    d.connectionName = QStringLiteral("bd-test-%1-%2").arg(QLatin1String(busKey(bus)), QUuid::createUuid().toString());
    if (!QDBusConnection::connectToBus(d.address, d.connectionName).isConnected()) {
        m_error =
            QStringLiteral("cannot connect to the private %1 bus at %2").arg(QLatin1String(busKey(bus)), d.address);
        return false;
    }
    return true;
}

QString TestBus::address(Bus bus) const
{
    return daemon(bus).address;
}

QDBusConnection TestBus::connection(Bus bus) const
{
    return QDBusConnection(daemon(bus).connectionName);
}

QProcessEnvironment TestBus::environment(QProcessEnvironment base) const
{
    base.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), systemAddress());
    base.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), sessionAddress());
    base.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    return base;
}

void TestBus::exportToProcess() const
{
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", systemAddress().toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", sessionAddress().toUtf8());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir()));
}

bool TestBus::startDbusMock(Bus bus, const QString &busName, const QStringList &arguments)
{
    const QStringList args =
        QStringList{QStringLiteral("-m"), QStringLiteral("dbusmock"),
                    bus == Bus::System ? QStringLiteral("--system") : QStringLiteral("--session")} +
        arguments;
    return startPeer(bus, busName, args);
}

bool TestBus::startSystemdMock()
{
    return startDbusMock(Bus::System, QStringLiteral("org.freedesktop.systemd1"),
                         {QStringLiteral("-t"), supportDir() + QStringLiteral("/systemd_mock.py")});
}

bool TestBus::startNotificationDaemon()
{
    return startDbusMock(Bus::Session, QStringLiteral("org.freedesktop.Notifications"),
                         {QStringLiteral("-t"), QStringLiteral("notification_daemon")});
}

bool TestBus::startSilentPeer(Bus bus, const QString &busName)
{
    return startPeer(bus, busName,
                     {supportDir() + QStringLiteral("/silent_peer.py"),
                      bus == Bus::System ? QStringLiteral("--system") : QStringLiteral("--session"), busName});
}

bool TestBus::startPeer(Bus bus, const QString &busName, const QStringList &arguments)
{
    auto peer = std::make_unique<QProcess>();
    peer->setProcessEnvironment(environment());
    // dbusmock logs every call on stdout; nobody reads it, so it goes nowhere rather than fill a pipe.
    peer->setStandardOutputFile(QProcess::nullDevice());
    peer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer->start(python(), arguments);
    QProcess *started = peer.get();
    m_peers.push_back(std::move(peer));

    if (!started->waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(python(), started->errorString());
        return false;
    }
    return waitForName(bus, busName, started);
}

bool TestBus::waitForName(Bus bus, const QString &busName, QProcess *peer)
{
    const QDBusConnection conn = connection(bus);
    QDBusServiceWatcher watcher(busName, conn, QDBusServiceWatcher::WatchForRegistration);
    QSignalSpy registered(&watcher, &QDBusServiceWatcher::serviceRegistered);

    // Bounded polling on two conditions: the name appears, or the peer dies first.
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (conn.interface()->isServiceRegistered(busName))
            return true;
        if (peer->state() == QProcess::NotRunning)
            break;
        registered.wait(50);
    }
    m_error = QStringLiteral("%1 did not appear on the private %2 bus").arg(busName, QLatin1String(busKey(bus)));
    return false;
}

void TestBus::stopPeers()
{
    for (const auto &peer : m_peers)
        stopProcess(peer.get());
    m_peers.clear();
}

void TestBus::stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(3000)) {
        process->kill();
        process->waitForFinished(3000);
    }
}
