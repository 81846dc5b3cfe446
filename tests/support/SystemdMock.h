// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QString>
#include <QVariantMap>

// Drives tests/support/systemd_mock.py (started with TestBus::startSystemdMock()) over the test's
// own connection. Every setter returns false and fills lastError() when the mock refused the call.
// Service properties must carry their D-Bus types: bool for b, QString for s, qulonglong for t.
class SystemdMock
{
public:
    explicit SystemdMock(const QDBusConnection &bus);

    // A loaded unit in the given state; its Service properties start at systemd's defaults.
    bool addUnit(const QString &unit, const QString &activeState = QStringLiteral("active"),
                 const QString &subState = QStringLiteral("running"));
    bool setUnitState(const QString &unit, const QString &activeState, const QString &subState);
    bool setUnitProperties(const QString &unit, const QVariantMap &properties);
    bool setServiceProperties(const QString &unit, const QVariantMap &properties);
    bool removeUnit(const QString &unit);
    // How many clients called Manager.Subscribe() and not Unsubscribe().
    int subscriberCount();
    // Manager method names called so far, oldest first (from dbusmock's GetCalls).
    QStringList calledMethods();
    // Emits Reloading(true) and Reloading(false), like `systemctl daemon-reload`.
    bool reload();

    // A hardened set of Service properties (NoNewPrivileges, ProtectSystem=strict, ...) for tests.
    static QVariantMap hardenedService(const QString &user = {}, quint64 capabilities = 1ull << 12);

    QString lastError() const { return m_lastError; }

private:
    bool callMock(const QString &method, const QVariantList &arguments);

    QDBusConnection m_bus;
    QString m_lastError;
};
