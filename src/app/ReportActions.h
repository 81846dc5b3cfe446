// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"

#include <QObject>

#include <functional>

namespace bd::app {

class MainWindow;

// Gives the window's File → Export… and Open Report… actions their behaviour: Export opens the
// ExportDialog on the latest report and the drift history, Open Report compares an exported JSON
// report with the latest run in an OpenReportDialog. Export is enabled once a run has finished.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(MainWindow *window);

    // Where the drift history comes from; by default the posture store the tray persists.
    void setHistorySource(std::function<DriftHistory()> source);

public Q_SLOTS:
    void exportReport();
    void openReport();

private:
    void updateEnabled();

    MainWindow *m_window;
    std::function<DriftHistory()> m_historySource;
};

} // namespace bd::app
