// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CheckFilterProxy.h"
#include "CheckTreeModel.h"
#include "StatusIcons.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>

#include <algorithm>

namespace bd::app {

namespace {

// Report order is registry order; the tree groups rows, so results are put back in that order.
int registryIndex(const QString &id)
{
    const QList<CheckDefinition> &registry = checkRegistry();
    for (int i = 0; i < registry.size(); ++i) {
        if (id == QLatin1String(registry.at(i).id))
            return i;
    }
    return int(registry.size());
}

QList<CheckResult> inRegistryOrder(QList<CheckResult> results)
{
    std::stable_sort(results.begin(), results.end(), [](const CheckResult &a, const CheckResult &b) {
        return registryIndex(a.id) < registryIndex(b.id);
    });
    return results;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(icons::application());

    setUpModels();
    setUpSummary();
    setUpTree();
    setUpActions();
    setUpFilters();
    setUpStatusBar();
    setUpTabOrder();
    connectScheduler();

    onProgress();
}

MainWindow::~MainWindow() = default;

// ---- construction, one concern each -----------------------------------------------------------

void MainWindow::setUpModels()
{
    m_scheduler = new CheckScheduler(this);
    m_model = new CheckTreeModel(this);
    m_proxy = new CheckFilterProxy(this);
    m_proxy->setSourceModel(m_model);
}

void MainWindow::setUpSummary()
{
    QFont font = m_ui->summaryLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_ui->summaryLabel->setFont(font);
}

void MainWindow::setUpTree()
{
    QTreeView *tree = m_ui->checkTree;
    tree->setModel(m_proxy);

    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CheckTreeModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths measured once: ResizeToContents would measure every row again for every result.
    const QFontMetrics metrics(tree->font());
    const int padding = 3 * metrics.averageCharWidth();
    int statusWidth =
        metrics.horizontalAdvance(m_model->headerData(CheckTreeModel::StatusColumn, Qt::Horizontal).toString());
    for (const QString &word : CheckTreeModel::statusWords())
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(word));
    header->setSectionResizeMode(CheckTreeModel::StatusColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(CheckTreeModel::TimeColumn, QHeaderView::Interactive);
    header->resizeSection(CheckTreeModel::StatusColumn, statusWidth + padding);
    header->resizeSection(CheckTreeModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00.0 s")) + padding);

    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, tree, [tree] { tree->expandToDepth(0); });

    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({620, 440});
}

void MainWindow::setUpActions()
{
    // Export and Open Report are wired by the export dialog; until it exists they stay disabled
    // rather than offering something that does nothing.
    m_ui->actionExport->setEnabled(false);
    m_ui->actionOpenReport->setEnabled(false);

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QCoreApplication::quit);
    connect(m_ui->actionRerunAll, &QAction::triggered, this, &MainWindow::runAll);
    connect(m_ui->actionRerunSelected, &QAction::triggered, this, &MainWindow::rerunSelected);
    connect(m_ui->actionCopyCommand, &QAction::triggered, m_ui->detailPane, &DetailPane::copyCommand);
    connect(m_ui->actionExpandAll, &QAction::triggered, m_ui->checkTree, &QTreeView::expandAll);
    connect(m_ui->actionCollapseAll, &QAction::triggered, m_ui->checkTree, &QTreeView::collapseAll);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->detailPane, &DetailPane::commandCopied, this, &MainWindow::commandCopied);
    connect(m_ui->detailPane, &DetailPane::commandCopied, this, [this](const QString &command) {
        statusBar()->showMessage(tr("Copied to the clipboard: %1").arg(command), 5000);
    });

    m_ui->actionRerunAll->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), icons::rerun()));
    m_ui->actionRerunSelected->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), icons::rerun()));
    m_ui->rerunAllButton->setDefaultAction(m_ui->actionRerunAll);
    m_ui->rerunSelectedButton->setDefaultAction(m_ui->actionRerunSelected);
}

void MainWindow::setUpFilters()
{
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        if (m_proxy->isFiltering())
            m_ui->checkTree->expandAll();
    });
    connect(m_ui->actionFindCheck, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });

    // The check box and the View menu entry are two faces of one setting.
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, m_ui->actionProblemsOnly, &QAction::setChecked);
    connect(m_ui->actionProblemsOnly, &QAction::toggled, m_ui->problemsOnlyCheck, &QCheckBox::setChecked);
    connect(m_ui->actionProblemsOnly, &QAction::toggled, m_proxy, &CheckFilterProxy::setProblemsOnly);
}

void MainWindow::setUpStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Check counts"));
    m_timeLabel = new QLabel(this);
    m_timeLabel->setAccessibleName(tr("Time of the run"));
    m_timeLabel->setContentsMargins(12, 0, 4, 0);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_timeLabel);
}

void MainWindow::setUpTabOrder()
{
    setTabOrder(m_ui->searchEdit, m_ui->problemsOnlyCheck);
    setTabOrder(m_ui->problemsOnlyCheck, m_ui->checkTree);
    setTabOrder(m_ui->checkTree, m_ui->detailPane);
    setTabOrder(m_ui->detailPane->lastInTabOrder(), m_ui->rerunSelectedButton);
    setTabOrder(m_ui->rerunSelectedButton, m_ui->rerunAllButton);
    m_ui->rerunSelectedButton->setFocusPolicy(Qt::StrongFocus);
    m_ui->rerunAllButton->setFocusPolicy(Qt::StrongFocus);
}

void MainWindow::connectScheduler()
{
    connect(m_scheduler, &CheckScheduler::runStarted, this, &MainWindow::onRunStarted);
    connect(m_scheduler, &CheckScheduler::checkFinished, m_model, &CheckTreeModel::onCheckFinished);
    connect(m_scheduler, &CheckScheduler::runFinished, this, &MainWindow::onRunFinished);
    connect(m_model, &CheckTreeModel::progressChanged, this, &MainWindow::onProgress);
}

// ---- runs -------------------------------------------------------------------------------------

bool MainWindow::isRunning() const
{
    return m_model->isRunning();
}

void MainWindow::runAll()
{
    const quint64 runId = m_scheduler->start();
    m_runStartedAt = QDateTime::currentDateTime();
    m_model->expectRun(runId);
}

void MainWindow::runChecks(const QStringList &ids)
{
    if (ids.isEmpty()) {
        runAll();
        return;
    }

    // Starting a run supersedes the one in progress, so its unfinished rows are run again too.
    QStringList wanted = ids;
    for (const QString &id : m_model->pendingIds()) {
        if (!wanted.contains(id))
            wanted << id;
    }
    const quint64 runId = m_scheduler->start(wanted);
    m_runStartedAt = QDateTime::currentDateTime();
    m_model->expectRun(runId, wanted);
}

void MainWindow::rerunSelected()
{
    const QString id = selectedCheckId();
    if (!id.isEmpty())
        runChecks({id});
}

void MainWindow::onRunStarted(quint64 runId, const QList<PlannedCheck> &plan)
{
    if (runId > m_model->runId()) {
        // Someone else started this run on our scheduler (the tray's re-check, say).
        m_runStartedAt = QDateTime::currentDateTime();
    }
    m_model->onRunStarted(runId, plan);
}

void MainWindow::onRunFinished(quint64 runId, const Report &report)
{
    if (runId != m_model->runId())
        return;
    m_model->onRunFinished(runId, report);

    m_report = report;
    m_report.checks = inRegistryOrder(m_model->results());
    m_lastElapsedMs = report.elapsedMs;
    m_runStartedAt = report.generatedAt.toLocalTime();
    updateStatusBar();
    Q_EMIT runFinished(m_report);
}

void MainWindow::showReport(const Report &report)
{
    m_scheduler->cancel();
    m_model->showReport(report);
    m_report = report;
    m_lastElapsedMs = report.elapsedMs;
    m_runStartedAt = report.generatedAt.toLocalTime();
    onProgress();
}

bool MainWindow::showCheck(const QString &id)
{
    const QModelIndex source = m_model->indexForCheck(id);
    if (!source.isValid())
        return false;

    if (!m_proxy->mapFromSource(source).isValid()) {
        m_ui->searchEdit->clear();
        m_ui->actionProblemsOnly->setChecked(false);
    }
    const QModelIndex row = m_proxy->mapFromSource(source);
    m_ui->checkTree->expand(row);
    m_ui->checkTree->setCurrentIndex(row);
    m_ui->checkTree->scrollTo(row);

    show();
    raise();
    activateWindow();
    return true;
}

QAction *MainWindow::exportAction() const
{
    return m_ui->actionExport;
}

QAction *MainWindow::openReportAction() const
{
    return m_ui->actionOpenReport;
}

// ---- reacting to the model and the selection --------------------------------------------------

void MainWindow::onProgress()
{
    updateSummary();
    updateStatusBar();
    updateDetailPane();
    updateActions();
}

void MainWindow::onSelectionChanged()
{
    updateDetailPane();
    updateActions();
}

void MainWindow::onRowsInserted(const QModelIndex &sourceParent, int first, int last)
{
    // Groups open as they appear, and so does a check with a problem once its details arrive; checks
    // that passed stay folded. Listens to the source model: the proxy says nothing about rows under a
    // parent that was never expanded.
    QTreeView *tree = m_ui->checkTree;
    switch (m_model->kindAt(sourceParent)) {
    case CheckTreeModel::Kind::Group:
        if (!sourceParent.isValid()) {
            for (int row = first; row <= last; ++row)
                tree->expand(m_proxy->mapFromSource(m_model->index(row, 0)));
        }
        break;
    case CheckTreeModel::Kind::Check:
        if (sourceParent.data(CheckTreeModel::ProblemRole).toBool())
            tree->expand(m_proxy->mapFromSource(sourceParent));
        break;
    case CheckTreeModel::Kind::Detail:
        break;
    }
}

void MainWindow::updateDetailPane()
{
    const QModelIndex index = currentSourceIndex();
    DetailPane *pane = m_ui->detailPane;
    if (!index.isValid()) {
        pane->showNothing();
        return;
    }

    if (m_model->kindAt(index) == CheckTreeModel::Kind::Group) {
        QStringList lines;
        for (int row = 0; row < m_model->rowCount(index); ++row) {
            const QModelIndex check = m_model->index(row, CheckTreeModel::NameColumn, index);
            lines << tr("%1: %2").arg(check.data().toString(), check.siblingAtColumn(1).data().toString());
        }
        pane->showGroup(index.siblingAtColumn(0).data().toString(), index.data(CheckTreeModel::StatusRole).toInt(),
                        lines);
        return;
    }

    const QModelIndex check = m_model->indexForCheck(index.data(CheckTreeModel::CheckIdRole).toString());
    const CheckResult *result = m_model->resultAt(check);
    if (result)
        pane->showResult(check.data().toString(), *result);
    else
        pane->showPending(check.data().toString());
}

void MainWindow::updateSummary()
{
    const CheckTreeModel::Counts counts = m_model->counts();
    const int total = counts.finished() + counts.pending;
    QLabel *label = m_ui->summaryLabel;

    QIcon icon;
    if (m_model->isRunning()) {
        icon = icons::pending();
        label->setText(total == 0 ? tr("Running checks…")
                                  : tr("Running checks… %1 of %2 done").arg(counts.finished()).arg(total));
    } else if (total == 0) {
        label->setText(tr("No checks have run yet. Press F5 to run them."));
    } else if (counts.problems() == 1) {
        icon = icons::status(counts.fail ? Status::Fail : Status::Warn);
        label->setText(tr("1 problem needs attention"));
    } else if (counts.problems() > 1) {
        icon = icons::status(counts.fail ? Status::Fail : Status::Warn);
        label->setText(tr("%n problems need attention", "always more than one", counts.problems()));
    } else {
        icon = icons::status(Status::Pass);
        label->setText(tr("All %n checks passed", nullptr, total));
    }
    m_ui->summaryIconLabel->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(32, 32));
}

void MainWindow::updateStatusBar()
{
    const CheckTreeModel::Counts counts = m_model->counts();
    QStringList parts{tr("Passed: %1").arg(counts.pass), tr("Warnings: %1").arg(counts.warn),
                      tr("Failed: %1").arg(counts.fail)};
    if (counts.pending > 0)
        parts << tr("Running: %1").arg(counts.pending);
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));

    const QString when = QLocale().toString(m_runStartedAt, QLocale::ShortFormat);
    if (m_model->isRunning())
        m_timeLabel->setText(tr("Started %1").arg(when));
    else if (m_runStartedAt.isValid())
        m_timeLabel->setText(tr("Run at %1, took %2").arg(when, CheckTreeModel::formatElapsed(m_lastElapsedMs)));
    else
        m_timeLabel->clear();
}

void MainWindow::updateActions()
{
    m_ui->actionRerunSelected->setEnabled(!selectedCheckId().isEmpty());
    m_ui->actionCopyCommand->setEnabled(!m_ui->detailPane->command().isEmpty());
}

void MainWindow::showAbout()
{
    const AppInfo app = AppInfo::current();
    QMessageBox::about(this, tr("About Banger Doctor"),
                       tr("<h3>Banger Doctor %1</h3><p>Checks the health and security posture of a banger install "
                          "and shows what to fix.</p><p>Commit %2, Qt %3.</p>")
                           .arg(app.version.toHtmlEscaped(), app.commit.toHtmlEscaped(), app.qt.toHtmlEscaped()));
}

QModelIndex MainWindow::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_ui->checkTree->currentIndex());
}

QString MainWindow::selectedCheckId() const
{
    return currentSourceIndex().data(CheckTreeModel::CheckIdRole).toString();
}

} // namespace bd::app
