// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class DBusPropertiesProxy;
class QDBusPendingCallWatcher;
class QDBusServiceWatcher;
class SystemdManagerProxy;

namespace bd::monitor {

struct UnitState
{
    QString loadState;
    QString activeState;
    QString subState;

    bool operator==(const UnitState &other) const = default;
};

// Follows a few units on systemd's bus, asynchronously and without polling: Manager.Subscribe() so
// that systemd sends unit signals at all, PropertiesChanged on each unit's object (path taken from
// LoadUnit), and UnitNew, UnitRemoved and Reloading on the manager. When systemd (re)appears on the
// bus everything is set up again. Never blocks the thread it lives on.
class SystemdWatcher : public QObject
{
    Q_OBJECT

public:
    SystemdWatcher(const QDBusConnection &bus, const QStringList &units, QObject *parent = nullptr);
    ~SystemdWatcher() override;

    void start();
    std::optional<UnitState> state(const QString &unit) const;
    // False when there is no system bus or systemd could not load the unit: the checks then decide.
    bool follows(const QString &unit) const;

Q_SIGNALS:
    // ActiveState, SubState or LoadState of a unit changed; eventAtMs is on DriftTracker::now().
    void unitStateChanged(const QString &unit, const bd::monitor::UnitState &state, qint64 eventAtMs);
    // What a unit runs with may have changed: a daemon-reload, the unit appeared or went away, or its
    // Service properties changed.
    void unitConfigChanged(const QString &unit, qint64 eventAtMs);

private:
    struct Unit
    {
        QString path;
        DBusPropertiesProxy *properties = nullptr;
        std::optional<UnitState> state;
        bool failed = false;
    };

    void subscribe();
    void loadUnit(const QString &unit);
    void watchUnit(const QString &unit, const QString &path);
    void fetchState(const QString &unit);
    void applyProperties(const QString &unit, const QVariantMap &properties, qint64 eventAt);
    void onPropertiesChanged(const QString &unit, const QString &interface, const QVariantMap &changed,
                             const QStringList &invalidated);
    void onUnitNew(const QString &id);
    void onUnitRemoved(const QString &id);
    void onReloading(bool active);
    bool watches(const QString &unit) const { return m_units.contains(unit); }

    QDBusConnection m_bus;
    SystemdManagerProxy *m_manager = nullptr;
    QDBusServiceWatcher *m_serviceWatcher = nullptr;
    QHash<QString, Unit> m_units;
};

} // namespace bd::monitor

Q_DECLARE_METATYPE(bd::monitor::UnitState)
