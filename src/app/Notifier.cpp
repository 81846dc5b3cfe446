// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notifier.h"

#include "Logging.h"
#include "NotificationsProxy.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

namespace bd::app {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kOpenPrefix = QStringLiteral("open:");

constexpr uchar kUrgencyNormal = 1;
constexpr uchar kUrgencyCritical = 2;

} // namespace

Notifier::Notifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_proxy = new NotificationsProxy(kService, kPath, m_bus, this);
    connect(m_proxy, &NotificationsProxy::ActionInvoked, this, &Notifier::onActionInvoked);
}

Notifier::~Notifier() = default;

void Notifier::setTrayFallback(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

QString Notifier::summaryFor(const monitor::Drift &drift)
{
    if (drift.isAlarm())
        return tr("Banger security posture degraded");
    if (drift.kind == monitor::DriftKind::Recovered)
        return tr("Banger security posture recovered");
    return tr("Banger security posture changed");
}

bool Notifier::wanted(const monitor::Drift &drift) const
{
    if (isPaused()) {
        qCInfo(lcMonitor) << "notifications are paused; not telling" << drift.description;
        return false;
    }
    if (drift.kind == monitor::DriftKind::Recovered)
        return m_notifyRecovery;
    return drift.isAlarm();
}

void Notifier::notify(const monitor::Drift &drift)
{
    if (!wanted(drift))
        return;
    if (m_proxy)
        sendOverDbus(drift);
    else
        showInTray(drift);
}

void Notifier::sendOverDbus(const monitor::Drift &drift)
{
    const QStringList actions{kOpenPrefix + drift.rowId, tr("Open"), QStringLiteral("default"), tr("Open")};
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(drift.isAlarm() ? kUrgencyCritical : kUrgencyNormal)},
        {QStringLiteral("desktop-entry"), QStringLiteral("banger-doctor")},
        {QStringLiteral("x-banger-doctor-row"), drift.rowId}};

    const QDBusPendingReply<uint> pending =
        m_proxy->Notify(tr("Banger Doctor"), m_lastId, QStringLiteral("banger-doctor"), summaryFor(drift),
                        drift.description, actions, hints, -1);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, drift] {
        const QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError()) {
            qCInfo(lcMonitor) << "no notification server:" << reply.error().message() << "; using the tray";
            showInTray(drift);
            return;
        }
        m_lastId = reply.value();
        m_rowOf.insert(m_lastId, drift.rowId);
        Q_EMIT delivered(m_lastId);
    });
}

void Notifier::showInTray(const monitor::Drift &drift)
{
    if (!m_tray || !QSystemTrayIcon::isSystemTrayAvailable()) {
        qCWarning(lcMonitor).noquote() << "neither a notification server nor a tray to tell:" << drift.description;
        return;
    }
    const auto icon = drift.isAlarm() ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information;
    m_tray->showMessage(summaryFor(drift), drift.description, icon);
    Q_EMIT delivered(0);
}

void Notifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (!m_rowOf.contains(id))
        return; // another application's notification
    const QString row = actionKey.startsWith(kOpenPrefix) ? actionKey.mid(kOpenPrefix.size()) : m_rowOf.value(id);
    Q_EMIT openRequested(row);
}

} // namespace bd::app
