// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace bd::app {

// The tray icon: its picture follows the worst status (a different shape for each, not only a
// different colour), its tooltip gives the counts in words, and its menu opens the window,
// re-checks, exports, pauses notifications for an hour and quits.
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    void show();
    void showResults(const QList<CheckResult> &results);
    void setPaused(bool paused);

    static QIcon iconFor(Status status);
    static QString tooltipFor(const QList<CheckResult> &results);

Q_SIGNALS:
    void openRequested();
    void recheckRequested();
    void exportRequested();
    void pauseRequested(bool paused);
    void settingsRequested();
    void historyRequested();
    void quitRequested();

private:
    void buildMenu();

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_pause = nullptr;
};

} // namespace bd::app
