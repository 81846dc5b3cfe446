// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace bd {

// Why a question to systemd got no usable answer.
enum class SystemdFailure
{
    None,
    BusUnreachable, // no system bus to connect to, or it went away
    NotOnBus,       // the bus is there but nobody owns org.freedesktop.systemd1
    NoSuchUnit,     // GetUnit: the unit is not loaded (LoadUnit reports not-found through LoadState)
    Timeout,        // no reply within the timeout
    AccessDenied,   // bus policy, polkit or an LSM refused the call
    Other
};

// The state of one unit as the running systemd sees it, or why it could not be read.
struct UnitStatus
{
    SystemdFailure failure = SystemdFailure::None;
    QString error; // the D-Bus error name and message, for anything but None
    QString objectPath;
    QString activeState;
    QString subState;
    QString loadState;
    QString fragmentPath;
    QStringList dropInPaths;

    bool ok() const { return failure == SystemdFailure::None; }
    bool isNotFound() const { return failure == SystemdFailure::NoSuchUnit || loadState == QLatin1String("not-found"); }
    bool isLoaded() const { return ok() && loadState == QLatin1String("loaded"); }
};

// All properties of one interface of a unit (GetAll), keeping their D-Bus types.
struct UnitProperties
{
    SystemdFailure failure = SystemdFailure::None;
    QString error;
    QVariantMap values;

    bool ok() const { return failure == SystemdFailure::None; }
};

// Synchronous, bounded questions to systemd's manager over the generated proxies. Meant for the
// check worker threads, which have no event loop: every call is a QDBusPendingReply waited for with
// waitForFinished(), under a timeout of at most timeoutMs and never past the deadline. Object paths
// always come from LoadUnit/GetUnit, never from the unit name.
class SystemdClient
{
public:
    SystemdClient(const QDBusConnection &bus, int timeoutMs, QDeadlineTimer deadline = QDeadlineTimer::Forever);
    // The system bus as QtDBus finds it (DBUS_SYSTEM_BUS_ADDRESS or the default socket). When the
    // process-wide QDBusConnection::systemBus() failed to connect earlier, a fresh connection is tried,
    // so a long-running app recovers once the bus is back.
    static QDBusConnection systemBus();

    // LoadUnit, falling back to GetUnit when LoadUnit is refused, then the Unit properties.
    UnitStatus unit(const QString &name) const;
    // GetAll on org.freedesktop.systemd1.Service of a unit path from unit().
    UnitProperties serviceProperties(const QString &objectPath) const;

    static QString failureText(SystemdFailure failure);

private:
    int callTimeout() const;
    UnitStatus resolvePath(const QString &name) const;
    UnitProperties getAll(const QString &objectPath, const QString &interface) const;

    QDBusConnection m_bus;
    int m_timeoutMs;
    QDeadlineTimer m_deadline;
};

} // namespace bd
