// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckScheduler.h"
#include "DriftTracker.h"
#include "PostureStore.h"
#include "SystemdWatcher.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace bd::monitor {

class FileWatches;

// Keeps the security posture of the install under watch while the app runs: re-checks the rows an
// event concerns (systemd unit signals, file-system watches, a slow safety-net timer), feeds each
// posture row to the DriftTracker, describes and records every confirmed drift, and persists the
// confirmed posture so that a drift across a restart still counts. Also keeps the latest result of
// every row for the tray's icon and tooltip.
class PostureMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultSafetyNetMs = 15 * 60 * 1000;
    static constexpr int kDebounceMs = 100;

    explicit PostureMonitor(const DoctorOptions &options, QObject *parent = nullptr);
    ~PostureMonitor() override;

    // Where the posture is kept; defaults to PostureStore::defaultPath(). Call before start().
    void setStorePath(const QString &path);
    void setGraceMs(int ms);
    void setSafetyNetMs(int ms);
    int safetyNetMs() const { return m_safetyNet.interval(); }

    // Loads the persisted posture, starts every event source and runs all checks once.
    void start();
    // Re-runs all rows now (the tray's "re-check now" and the safety net).
    void recheckAll();
    // Re-runs the given rows after a short debounce; eventAtMs is when the cause happened.
    void recheck(const QStringList &rows, qint64 eventAtMs);

    QList<CheckResult> latestResults() const;
    DriftHistory history() const { return m_store.driftHistory(); }
    const PostureStore &store() const { return m_store; }

Q_SIGNALS:
    void resultsChanged();
    void drifted(const bd::monitor::Drift &drift);

private:
    void startSources();
    void watchFiles();
    void runPending();
    void onCheckFinished(quint64 runId, const CheckResult &result);
    void onRunFinished(quint64 runId);
    void observeResult(const CheckResult &result, qint64 eventAt);
    void onUnitState(const QString &unit, const UnitState &state, qint64 eventAt);
    void onDrift(Drift drift);
    void persist();

    DoctorOptions m_options;
    HostPaths m_paths;
    CheckScheduler m_scheduler;
    DriftTracker m_tracker;
    PostureStore m_store;
    SystemdWatcher *m_systemd = nullptr;
    FileWatches *m_files = nullptr;
    QTimer m_debounce;
    QTimer m_safetyNet;
    QHash<QString, qint64> m_pending;  // row -> earliest event time not yet run
    QHash<QString, qint64> m_inFlight; // row -> event time, for the current run
    QHash<QString, CheckResult> m_latest;
};

} // namespace bd::monitor
