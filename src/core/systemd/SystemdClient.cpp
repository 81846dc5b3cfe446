// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemdClient.h"

#include "DBusPropertiesProxy.h"
#include "Logging.h"
#include "SystemdManagerProxy.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace bd {

namespace {

const QString kService = QStringLiteral("org.freedesktop.systemd1");
const QString kManagerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString kUnitInterface = QStringLiteral("org.freedesktop.systemd1.Unit");
const QString kServiceInterface = QStringLiteral("org.freedesktop.systemd1.Service");
const QString kRetryConnection = QStringLiteral("banger-doctor-system-bus");

SystemdFailure classify(const QDBusError &error)
{
    const QString name = error.name();
    if (name == QLatin1String("org.freedesktop.systemd1.NoSuchUnit"))
        return SystemdFailure::NoSuchUnit;

    switch (error.type()) {
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
        return SystemdFailure::Timeout;
    case QDBusError::ServiceUnknown:
        return SystemdFailure::NotOnBus;
    case QDBusError::AccessDenied:
        return SystemdFailure::AccessDenied;
    case QDBusError::Disconnected:
        return SystemdFailure::BusUnreachable;
    default:
        break;
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return SystemdFailure::NotOnBus;
    if (name == QLatin1String("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired") ||
        name == QLatin1String("org.freedesktop.DBus.Error.AuthFailed"))
        return SystemdFailure::AccessDenied;
    if (name.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn.")))
        return SystemdFailure::NotOnBus;
    return SystemdFailure::Other;
}

template<typename Result> Result failed(SystemdFailure failure, const QString &error)
{
    Result result;
    result.failure = failure;
    result.error = error;
    return result;
}

QString describe(const QDBusError &error)
{
    return error.name() + QStringLiteral(": ") + error.message();
}

} // namespace

SystemdClient::SystemdClient(const QDBusConnection &bus, int timeoutMs, QDeadlineTimer deadline)
    : m_bus(bus)
    , m_timeoutMs(timeoutMs)
    , m_deadline(deadline)
{}

QDBusConnection SystemdClient::systemBus()
{
    QDBusConnection shared = QDBusConnection::systemBus();
    if (shared.isConnected())
        return shared;

    // Qt keeps a failed systemBus() failed for the life of the process; a named connection can retry.
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    QDBusConnection retry(kRetryConnection);
    if (retry.isConnected())
        return retry;
    QDBusConnection::disconnectFromBus(kRetryConnection);
    return QDBusConnection::connectToBus(QDBusConnection::SystemBus, kRetryConnection);
}

QString SystemdClient::failureText(SystemdFailure failure)
{
    switch (failure) {
    case SystemdFailure::None:
        return {};
    case SystemdFailure::BusUnreachable:
        return QCoreApplication::translate("bd::SystemdClient", "the system bus cannot be reached");
    case SystemdFailure::NotOnBus:
        return QCoreApplication::translate("bd::SystemdClient", "systemd is not on the system bus");
    case SystemdFailure::NoSuchUnit:
        return QCoreApplication::translate("bd::SystemdClient", "systemd has no such unit");
    case SystemdFailure::Timeout:
        return QCoreApplication::translate("bd::SystemdClient", "systemd did not answer in time");
    case SystemdFailure::AccessDenied:
        return QCoreApplication::translate("bd::SystemdClient", "access to systemd was denied");
    case SystemdFailure::Other:
        return QCoreApplication::translate("bd::SystemdClient", "systemd returned an error");
    }
    return {};
}

int SystemdClient::callTimeout() const
{
    const qint64 remaining = m_deadline.remainingTime();
    if (remaining < 0)
        return m_timeoutMs;
    return int(std::min<qint64>(m_timeoutMs, remaining));
}

UnitStatus SystemdClient::unit(const QString &name) const
{
    UnitStatus status = resolvePath(name);
    if (!status.ok())
        return status;

    const UnitProperties props = getAll(status.objectPath, kUnitInterface);
    if (!props.ok())
        return failed<UnitStatus>(props.failure, props.error);

    status.activeState = props.values.value(QStringLiteral("ActiveState")).toString();
    status.subState = props.values.value(QStringLiteral("SubState")).toString();
    status.loadState = props.values.value(QStringLiteral("LoadState")).toString();
    status.fragmentPath = props.values.value(QStringLiteral("FragmentPath")).toString();
    status.dropInPaths = props.values.value(QStringLiteral("DropInPaths")).toStringList();
    qCDebug(lcDbus) << name << "is" << status.loadState << status.activeState << status.subState;
    return status;
}

UnitStatus SystemdClient::resolvePath(const QString &name) const
{
    if (!m_bus.isConnected())
        return failed<UnitStatus>(SystemdFailure::BusUnreachable, describe(m_bus.lastError()));

    SystemdManagerProxy manager(kService, kManagerPath, m_bus);
    manager.setTimeout(callTimeout());
    QDBusPendingReply<QDBusObjectPath> reply = manager.LoadUnit(name);
    reply.waitForFinished();

    if (reply.isError()) {
        const SystemdFailure failure = classify(reply.error());
        qCDebug(lcDbus) << "LoadUnit" << name << "failed:" << describe(reply.error());
        if (failure != SystemdFailure::Other && failure != SystemdFailure::AccessDenied &&
            failure != SystemdFailure::NoSuchUnit)
            return failed<UnitStatus>(failure, describe(reply.error()));

        // LoadUnit may be refused (an LSM, an older manager); GetUnit still sees loaded units.
        manager.setTimeout(callTimeout());
        reply = manager.GetUnit(name);
        reply.waitForFinished();
        if (reply.isError())
            return failed<UnitStatus>(classify(reply.error()), describe(reply.error()));
    }

    UnitStatus status;
    status.objectPath = reply.value().path();
    return status;
}

UnitProperties SystemdClient::serviceProperties(const QString &objectPath) const
{
    return getAll(objectPath, kServiceInterface);
}

UnitProperties SystemdClient::getAll(const QString &objectPath, const QString &interface) const
{
    if (!m_bus.isConnected())
        return failed<UnitProperties>(SystemdFailure::BusUnreachable, describe(m_bus.lastError()));
    if (m_deadline.hasExpired())
        return failed<UnitProperties>(
            SystemdFailure::Timeout,
            QCoreApplication::translate("bd::SystemdClient", "the check's deadline has passed"));

    DBusPropertiesProxy properties(kService, objectPath, m_bus);
    properties.setTimeout(callTimeout());
    QDBusPendingReply<QVariantMap> reply = properties.GetAll(interface);
    reply.waitForFinished();

    if (reply.isError()) {
        qCDebug(lcDbus) << "GetAll" << objectPath << interface << "failed:" << describe(reply.error());
        return failed<UnitProperties>(classify(reply.error()), describe(reply.error()));
    }
    UnitProperties props;
    props.values = reply.value();
    return props;
}

} // namespace bd
