// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckScheduler.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace bd::app {

class CheckFilterProxy;
class CheckTreeModel;

// The doctor's window: the checks as a live tree with a detail pane, filters and a status bar.
// Every check runs on the scheduler's thread pool; the window only reacts to the results it streams.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The scheduler the window runs; set options or host paths on it before the first run.
    CheckScheduler *scheduler() const { return m_scheduler; }
    CheckTreeModel *model() const { return m_model; }
    CheckFilterProxy *filterModel() const { return m_proxy; }

    // The latest complete picture: the last full run with any single re-runs merged in.
    const Report &latestReport() const { return m_report; }
    bool hasReport() const { return !m_report.checks.isEmpty(); }
    bool isRunning() const;

    // Menu actions other parts connect to (File → Export… and Open Report… are found by object name
    // too: actionExport, actionOpenReport).
    QAction *exportAction() const;
    QAction *openReportAction() const;

public Q_SLOTS:
    // Runs every check, superseding a run in progress.
    void runAll();
    // Runs the given checks again and merges their rows into the tree.
    void runChecks(const QStringList &ids);
    void rerunSelected();
    // Selects the row of a check, clearing filters that hide it, and brings the window forward.
    bool showCheck(const QString &id);
    // Shows a finished report (an opened file) without running anything.
    void showReport(const bd::Report &report);

Q_SIGNALS:
    void runFinished(const bd::Report &report);
    void commandCopied(const QString &command);

private:
    void setUpModels();
    void setUpSummary();
    void setUpTree();
    void setUpActions();
    void setUpFilters();
    void setUpStatusBar();
    void setUpTabOrder();
    void connectScheduler();

    void onRunStarted(quint64 runId, const QList<bd::PlannedCheck> &plan);
    void onRunFinished(quint64 runId, const bd::Report &report);
    void onProgress();
    void onSelectionChanged();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void updateDetailPane();
    void updateSummary();
    void updateStatusBar();
    void updateActions();
    void showAbout();

    QModelIndex currentSourceIndex() const;
    QString selectedCheckId() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    CheckScheduler *m_scheduler = nullptr;
    CheckTreeModel *m_model = nullptr;
    CheckFilterProxy *m_proxy = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_timeLabel = nullptr;

    Report m_report;
    QDateTime m_runStartedAt;
    double m_lastElapsedMs = 0;
};

} // namespace bd::app
