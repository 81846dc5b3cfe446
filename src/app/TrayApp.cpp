// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayApp.h"

#include "HistoryDialog.h"
#include "Logging.h"
#include "Notifier.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "monitor/PostureMonitor.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace bd::app {

namespace {

constexpr int kPauseMs = 60 * 60 * 1000;

} // namespace

TrayApp::TrayApp(const DoctorOptions &options, QObject *parent)
    : QObject(parent)
    , m_monitor(new monitor::PostureMonitor(options, this))
    , m_tray(new TrayController(this))
    , m_notifier(new Notifier(QDBusConnection::sessionBus(), this))
{
    m_notifier->setTrayFallback(m_tray->trayIcon());
    connect(m_monitor, &monitor::PostureMonitor::drifted, this, &TrayApp::onDrift);
    connect(m_monitor, &monitor::PostureMonitor::resultsChanged, this,
            [this] { m_tray->showResults(m_monitor->latestResults()); });
    connect(m_notifier, &Notifier::openRequested, this, &TrayApp::openAt);
    connectTray();
}

TrayApp::~TrayApp() = default;

void TrayApp::connectTray()
{
    connect(m_tray, &TrayController::openRequested, this, [this] { openAt({}); });
    connect(m_tray, &TrayController::recheckRequested, m_monitor, &monitor::PostureMonitor::recheckAll);
    connect(m_tray, &TrayController::exportRequested, this, [this] {
        if (m_hooks.exportReport)
            m_hooks.exportReport();
    });
    connect(m_tray, &TrayController::pauseRequested, this, &TrayApp::setPaused);
    connect(m_tray, &TrayController::settingsRequested, this, &TrayApp::showSettings);
    connect(m_tray, &TrayController::historyRequested, this, &TrayApp::showHistory);
    connect(m_tray, &TrayController::quitRequested, qApp, &QApplication::quit);
}

bool TrayApp::start()
{
    applySettings(AppSettings::load());
    m_monitor->start();

    const bool trayHost = QSystemTrayIcon::isSystemTrayAvailable();
    if (trayHost)
        m_tray->show();
    return trayHost;
}

void TrayApp::applySettings(const AppSettings &settings)
{
    m_monitor->setGraceMs(settings.graceSeconds * 1000);
    m_monitor->setSafetyNetMs(settings.recheckMinutes * 60 * 1000);
    m_notifier->setNotifyRecovery(settings.notifyRecovery);
}

void TrayApp::showSettings()
{
    SettingsDialog dialog;
    if (dialog.exec() == QDialog::Accepted)
        applySettings(AppSettings::load());
}

void TrayApp::showHistory()
{
    auto *dialog = new HistoryDialog(m_monitor->history());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::openRequested, this, &TrayApp::openAt);
    dialog->show();
}

void TrayApp::onDrift(const monitor::Drift &drift)
{
    m_notifier->notify(drift);
}

void TrayApp::openAt(const QString &rowId)
{
    if (m_hooks.open)
        m_hooks.open(rowId);
    else
        qCInfo(lcMonitor) << "no window to open at" << rowId;
}

void TrayApp::setPaused(bool paused)
{
    m_notifier->pauseUntil(paused ? QDateTime::currentDateTimeUtc().addMSecs(kPauseMs) : QDateTime());
    m_tray->setPaused(paused);
    if (paused)
        QTimer::singleShot(kPauseMs, this, [this] {
            if (!m_notifier->isPaused())
                setPaused(false);
        });
}

} // namespace bd::app
