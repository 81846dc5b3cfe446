// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "CheckTreeModel.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "OpenReportDialog.h"

#include <QAction>

namespace bd::app {

ReportActions::ReportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_historySource([] { return report::recentStoredDrift(); })
{
    connect(window->exportAction(), &QAction::triggered, this, &ReportActions::exportReport);
    connect(window->openReportAction(), &QAction::triggered, this, &ReportActions::openReport);
    connect(window, &MainWindow::runFinished, this, &ReportActions::updateEnabled);
    // Queued: the window stores the report it shows only after the model has announced it.
    connect(window->model(), &CheckTreeModel::progressChanged, this, &ReportActions::updateEnabled,
            Qt::QueuedConnection);
    updateEnabled();
}

void ReportActions::setHistorySource(std::function<DriftHistory()> source)
{
    m_historySource = std::move(source);
}

void ReportActions::updateEnabled()
{
    m_window->exportAction()->setEnabled(m_window->hasReport());
    m_window->openReportAction()->setEnabled(true);
}

void ReportActions::exportReport()
{
    if (!m_window->hasReport())
        return;
    auto *dialog = new ExportDialog(m_window->latestReport(), m_historySource(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReportActions::openReport()
{
    OpenReportDialog::openFile(m_window->latestReport(), m_window);
}

} // namespace bd::app
