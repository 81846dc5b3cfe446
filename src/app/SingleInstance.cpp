// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include "Logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace bd::app {

const QString SingleInstance::kServiceName = QStringLiteral("io.banger.Doctor");
const QString SingleInstance::kObjectPath = QStringLiteral("/io/banger/Doctor");

namespace {

constexpr int kActivateTimeoutMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{}

SingleInstance::Role SingleInstance::claim()
{
    if (!m_bus.isConnected()) {
        qCWarning(lcMonitor) << "no session bus; a second launch cannot find this instance";
        return Role::Alone;
    }

    m_bus.registerObject(kObjectPath, this, QDBusConnection::ExportScriptableSlots);
    if (m_bus.registerService(kServiceName))
        return Role::First;

    m_bus.unregisterObject(kObjectPath);
    QDBusMessage call =
        QDBusMessage::createMethodCall(kServiceName, kObjectPath, kServiceName, QStringLiteral("Activate"));
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kActivateTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage)
        qCWarning(lcMonitor) << "the running instance did not answer:" << reply.errorMessage();
    return Role::Secondary;
}

void SingleInstance::Activate()
{
    qCInfo(lcMonitor) << "another launch asked this instance to come forward";
    Q_EMIT activated();
}

} // namespace bd::app
