// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemdWatcher.h"

#include "DBusPropertiesProxy.h"
#include "DriftTracker.h"
#include "Logging.h"
#include "SystemdManagerProxy.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace bd::monitor {

namespace {

const QString kService = QStringLiteral("org.freedesktop.systemd1");
const QString kManagerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString kUnitInterface = QStringLiteral("org.freedesktop.systemd1.Unit");
const QString kServiceInterface = QStringLiteral("org.freedesktop.systemd1.Service");

// Runs then() with the reply on the watcher's thread once the call has finished.
template<typename Reply, typename Then> void whenDone(QObject *context, const Reply &pending, Then then)
{
    auto *watcher = new QDBusPendingCallWatcher(pending, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, then] {
        then(Reply(*watcher));
        watcher->deleteLater();
    });
}

} // namespace

SystemdWatcher::SystemdWatcher(const QDBusConnection &bus, const QStringList &units, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    qRegisterMetaType<bd::monitor::UnitState>();
    for (const QString &unit : units)
        m_units.insert(unit, Unit{});
}

SystemdWatcher::~SystemdWatcher() = default;

void SystemdWatcher::start()
{
    if (!m_bus.isConnected()) {
        qCWarning(lcMonitor) << "no system bus; unit states come from the checks alone";
        return;
    }

    m_manager = new SystemdManagerProxy(kService, kManagerPath, m_bus, this);
    connect(m_manager, &SystemdManagerProxy::UnitNew, this, &SystemdWatcher::onUnitNew);
    connect(m_manager, &SystemdManagerProxy::UnitRemoved, this, &SystemdWatcher::onUnitRemoved);
    connect(m_manager, &SystemdManagerProxy::Reloading, this, &SystemdWatcher::onReloading);

    m_serviceWatcher = new QDBusServiceWatcher(kService, m_bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceRegistered, this, &SystemdWatcher::subscribe);
    subscribe();
}

std::optional<UnitState> SystemdWatcher::state(const QString &unit) const
{
    return m_units.value(unit).state;
}

bool SystemdWatcher::follows(const QString &unit) const
{
    return m_manager && m_units.contains(unit) && !m_units.value(unit).failed;
}

void SystemdWatcher::subscribe()
{
    whenDone(this, m_manager->Subscribe(), [](const QDBusPendingReply<> &reply) {
        if (reply.isError())
            qCWarning(lcMonitor) << "systemd Subscribe failed:" << reply.error().message();
    });
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it)
        loadUnit(it.key());
}

void SystemdWatcher::loadUnit(const QString &unit)
{
    whenDone(this, m_manager->LoadUnit(unit), [this, unit](const QDBusPendingReply<QDBusObjectPath> &reply) {
        m_units[unit].failed = reply.isError();
        if (reply.isError()) {
            qCWarning(lcMonitor) << "cannot load" << unit << reply.error().message();
            return;
        }
        watchUnit(unit, reply.value().path());
        fetchState(unit);
    });
}

void SystemdWatcher::watchUnit(const QString &unit, const QString &path)
{
    Unit &entry = m_units[unit];
    if (entry.path == path && entry.properties)
        return;

    delete entry.properties;
    entry.path = path;
    entry.properties = new DBusPropertiesProxy(kService, path, m_bus, this);
    connect(entry.properties, &DBusPropertiesProxy::PropertiesChanged, this,
            [this, unit](const QString &interface, const QVariantMap &changed, const QStringList &invalidated) {
                onPropertiesChanged(unit, interface, changed, invalidated);
            });
    qCDebug(lcMonitor) << "watching" << unit << "at" << path;
}

void SystemdWatcher::fetchState(const QString &unit)
{
    DBusPropertiesProxy *properties = m_units.value(unit).properties;
    if (!properties)
        return;

    const qint64 eventAt = DriftTracker::now();
    whenDone(this, properties->GetAll(kUnitInterface),
             [this, unit, eventAt](const QDBusPendingReply<QVariantMap> &reply) {
                 if (reply.isError()) {
                     qCWarning(lcMonitor) << "cannot read the state of" << unit << reply.error().message();
                     return;
                 }
                 applyProperties(unit, reply.value(), eventAt);
             });
}

void SystemdWatcher::applyProperties(const QString &unit, const QVariantMap &properties, qint64 eventAt)
{
    Unit &entry = m_units[unit];
    UnitState state = entry.state.value_or(UnitState{});
    state.loadState = properties.value(QStringLiteral("LoadState"), state.loadState).toString();
    state.activeState = properties.value(QStringLiteral("ActiveState"), state.activeState).toString();
    state.subState = properties.value(QStringLiteral("SubState"), state.subState).toString();
    if (entry.state == state)
        return;

    entry.state = state;
    qCDebug(lcMonitor) << unit << "is" << state.activeState << state.subState << state.loadState;
    Q_EMIT unitStateChanged(unit, state, eventAt);
}

void SystemdWatcher::onPropertiesChanged(const QString &unit, const QString &interface, const QVariantMap &changed,
                                         const QStringList &invalidated)
{
    const qint64 eventAt = DriftTracker::now();
    if (interface == kServiceInterface) {
        Q_EMIT unitConfigChanged(unit, eventAt);
        return;
    }
    if (interface != kUnitInterface)
        return;

    applyProperties(unit, changed, eventAt);
    if (!invalidated.isEmpty())
        fetchState(unit);
}

void SystemdWatcher::onUnitNew(const QString &id)
{
    if (!watches(id))
        return;
    Q_EMIT unitConfigChanged(id, DriftTracker::now());
    loadUnit(id);
}

// Loading the unit again here could loop with systemd's garbage collection of unreferenced units, so
// a removed unit simply counts as stopped until systemd announces it again with UnitNew.
void SystemdWatcher::onUnitRemoved(const QString &id)
{
    if (!watches(id))
        return;

    const qint64 eventAt = DriftTracker::now();
    Unit &entry = m_units[id];
    delete entry.properties;
    entry.properties = nullptr;
    entry.path.clear();
    Q_EMIT unitConfigChanged(id, eventAt);
    applyProperties(id,
                    {{QStringLiteral("ActiveState"), QStringLiteral("inactive")},
                     {QStringLiteral("SubState"), QStringLiteral("dead")}},
                    eventAt);
}

void SystemdWatcher::onReloading(bool active)
{
    if (active)
        return;

    const qint64 eventAt = DriftTracker::now();
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        Q_EMIT unitConfigChanged(it.key(), eventAt);
        loadUnit(it.key());
    }
}

} // namespace bd::monitor
