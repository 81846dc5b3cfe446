// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace bd::app {

// One Banger Doctor per user session: the first instance owns io.banger.Doctor on the session bus
// and exports Activate() at /io/banger/Doctor; a later launch calls it and leaves.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.banger.Doctor")

public:
    static const QString kServiceName;
    static const QString kObjectPath;

    explicit SingleInstance(const QDBusConnection &bus, QObject *parent = nullptr);

    enum class Role
    {
        First,     // we own the name
        Secondary, // another instance runs and was asked to come forward
        Alone      // no session bus: run without the guarantee
    };
    // Called once at start-up, before any window exists; the calls are short and bounded.
    Role claim();

public Q_SLOTS:
    Q_SCRIPTABLE void Activate();

Q_SIGNALS:
    void activated();

private:
    QDBusConnection m_bus;
};

} // namespace bd::app
