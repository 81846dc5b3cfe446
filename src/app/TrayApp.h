// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "DoctorInputs.h"

#include <QObject>

#include <functional>

namespace bd::monitor {
class PostureMonitor;
struct Drift;
} // namespace bd::monitor

namespace bd::app {

class Notifier;
class TrayController;

// The part of the desktop app that keeps running: the posture monitor, the tray icon and the
// notifications, wired together. The window is reached through hooks so that this works with or
// without one (no tray host, --tray).
class TrayApp : public QObject
{
    Q_OBJECT

public:
    explicit TrayApp(const DoctorOptions &options, QObject *parent = nullptr);
    ~TrayApp() override;

    struct WindowHooks
    {
        std::function<void(const QString &rowId)> open; // empty row: just bring the window forward
        std::function<void()> exportReport;
    };
    void setWindowHooks(WindowHooks hooks) { m_hooks = std::move(hooks); }

    // Starts the monitor; shows the tray icon when there is a tray host. Returns whether there is one.
    bool start();
    void applySettings(const AppSettings &settings);
    void showSettings();
    void showHistory();

    monitor::PostureMonitor *monitor() const { return m_monitor; }

private:
    void connectTray();
    void onDrift(const monitor::Drift &drift);
    void openAt(const QString &rowId);
    void setPaused(bool paused);

    monitor::PostureMonitor *m_monitor = nullptr;
    TrayController *m_tray = nullptr;
    Notifier *m_notifier = nullptr;
    WindowHooks m_hooks;
};

} // namespace bd::app
