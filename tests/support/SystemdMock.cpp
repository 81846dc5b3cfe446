// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemdMock.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusReply>

namespace {

const QString kService = QStringLiteral("org.freedesktop.systemd1");
const QString kPath = QStringLiteral("/org/freedesktop/systemd1");
const QString kMockInterface = QStringLiteral("org.freedesktop.DBus.Mock");

} // namespace

SystemdMock::SystemdMock(const QDBusConnection &bus)
    : m_bus(bus)
{}

bool SystemdMock::callMock(const QString &method, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kMockInterface, method);
    call.setArguments(arguments);

    const QDBusMessage reply = m_bus.call(call, QDBus::Block, 5000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        m_lastError = reply.errorName() + QStringLiteral(": ") + reply.errorMessage();
        return false;
    }
    return true;
}

bool SystemdMock::addUnit(const QString &unit, const QString &activeState, const QString &subState)
{
    return callMock(QStringLiteral("AddUnit"), {unit, activeState, subState});
}

bool SystemdMock::setUnitState(const QString &unit, const QString &activeState, const QString &subState)
{
    return callMock(QStringLiteral("SetUnitState"), {unit, activeState, subState});
}

bool SystemdMock::setUnitProperties(const QString &unit, const QVariantMap &properties)
{
    return callMock(QStringLiteral("SetUnitProperties"), {unit, properties});
}

bool SystemdMock::setServiceProperties(const QString &unit, const QVariantMap &properties)
{
    return callMock(QStringLiteral("SetServiceProperties"), {unit, properties});
}

bool SystemdMock::removeUnit(const QString &unit)
{
    return callMock(QStringLiteral("RemoveUnit"), {unit});
}

bool SystemdMock::reload()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        kService, kPath, QStringLiteral("org.freedesktop.systemd1.Manager"), QStringLiteral("Reload"));
    return m_bus.call(call, QDBus::Block, 5000).type() == QDBusMessage::ReplyMessage;
}

int SystemdMock::subscriberCount()
{
    const QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kMockInterface, QStringLiteral("GetSubscriberCount"));
    const QDBusReply<uint> reply = m_bus.call(call, QDBus::Block, 5000);
    return reply.isValid() ? int(reply.value()) : -1;
}

QStringList SystemdMock::calledMethods()
{
    const QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kMockInterface, QStringLiteral("GetCalls"));
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};

    // a(tsav): timestamp, method name, arguments
    QStringList names;
    const QDBusArgument calls = reply.arguments().constFirst().value<QDBusArgument>();
    calls.beginArray();
    while (!calls.atEnd()) {
        quint64 timestamp = 0;
        QString name;
        QVariantList args;
        calls.beginStructure();
        calls >> timestamp >> name >> args;
        calls.endStructure();
        names << name;
    }
    calls.endArray();
    return names;
}

QVariantMap SystemdMock::hardenedService(const QString &user, quint64 capabilities)
{
    return {
        {QStringLiteral("NoNewPrivileges"), true},
        {QStringLiteral("ProtectSystem"), QStringLiteral("strict")},
        {QStringLiteral("ProtectHome"), QStringLiteral("yes")},
        {QStringLiteral("RestrictSUIDSGID"), true},
        {QStringLiteral("LockPersonality"), true},
        {QStringLiteral("CapabilityBoundingSet"), QVariant::fromValue<qulonglong>(capabilities)},
        {QStringLiteral("User"), user},
    };
}
