// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/DriftTracker.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class NotificationsProxy;
class QSystemTrayIcon;

namespace bd::app {

// Tells the user about drifts through org.freedesktop.Notifications on the session bus: critical
// urgency for degradations, normal for recoveries, an "Open" action that opens the window at the
// row, and replaces_id so the app updates its own notification instead of stacking new ones. When
// no notification server answers, the tray icon's balloon is used instead.
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~Notifier() override;

    void setTrayFallback(QSystemTrayIcon *tray);
    void setNotifyRecovery(bool on) { m_notifyRecovery = on; }
    void pauseUntil(const QDateTime &until) { m_pausedUntil = until; }
    bool isPaused() const { return m_pausedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_pausedUntil; }

    void notify(const bd::monitor::Drift &drift);

    static QString summaryFor(const bd::monitor::Drift &drift);

Q_SIGNALS:
    void openRequested(const QString &rowId);
    // The last notification was handed to the server (id) or to the tray balloon (0).
    void delivered(uint id);

private:
    bool wanted(const bd::monitor::Drift &drift) const;
    void sendOverDbus(const bd::monitor::Drift &drift);
    void showInTray(const bd::monitor::Drift &drift);
    void onActionInvoked(uint id, const QString &actionKey);

    QDBusConnection m_bus;
    NotificationsProxy *m_proxy = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_notifyRecovery = true;
    QDateTime m_pausedUntil;
    uint m_lastId = 0;
    QHash<uint, QString> m_rowOf; // notification id -> row it is about
};

} // namespace bd::app
