// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenReportDialog.h"

#include "CheckRegistry.h"
#include "ReportStrings.h"
#include "ui_OpenReportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace bd::app {

namespace {

QString statusCell(const std::optional<CheckResult> &check)
{
    return check ? statusWord(check->status) : QCoreApplication::translate("bd::app::OpenReportDialog", "—");
}

} // namespace

OpenReportDialog::OpenReportDialog(const report::LoadedReport &opened, const Report &local, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpenReportDialog>())
    , m_opened(opened)
    , m_local(local)
    , m_rows(report::compareReports(opened.report, local))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Report from %1 — Banger Doctor").arg(m_opened.report.host.hostname));

    showBanner();
    fillTree();
    connect(m_ui->differencesOnlyCheck, &QCheckBox::toggled, this, &OpenReportDialog::applyFilter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OpenReportDialog::~OpenReportDialog() = default;

QString OpenReportDialog::bannerText() const
{
    const Report &report = m_opened.report;
    QString text = tr("Report from %1 at %2 — not this machine.")
                       .arg(report.host.hostname, report::utcTimeText(report.generatedAt));
    if (m_opened.redacted)
        text += QLatin1Char(' ') + tr("Its personal data was redacted.");
    if (m_local.checks.isEmpty())
        text += QLatin1Char(' ') + tr("This machine has no finished run yet to compare with.");
    return text;
}

void OpenReportDialog::showBanner()
{
    m_ui->bannerLabel->setText(bannerText());
    m_ui->bannerLabel->setStyleSheet(
        QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text); "
                       "font-weight: bold; border-radius: 4px; }"));
}

void OpenReportDialog::fillTree()
{
    m_differing = 0;
    for (const report::RowComparison &row : std::as_const(m_rows)) {
        m_ui->comparisonTree->addTopLevelItem(rowItem(row));
        if (row.differs())
            ++m_differing;
    }
    m_ui->differenceLabel->setText(
        tr("%1 of %2 rows differ from this machine's latest run.").arg(m_differing).arg(m_rows.size()));
    m_ui->comparisonTree->resizeColumnToContents(0);
    m_ui->comparisonTree->resizeColumnToContents(1);
    m_ui->comparisonTree->resizeColumnToContents(2);
}

QTreeWidgetItem *OpenReportDialog::rowItem(const report::RowComparison &row) const
{
    auto *item =
        new QTreeWidgetItem({translatedCheckName(row.id, row.name), statusCell(row.opened), statusCell(row.local),
                             row.differs() ? report::differenceText(row.difference) : QString()});
    item->setData(0, Qt::UserRole, row.id);
    if (row.differs()) {
        QFont bold = item->font(0);
        bold.setBold(true);
        for (int column = 0; column < 4; ++column)
            item->setFont(column, bold);
    }

    // The opened report's findings under its row; this machine's only where they differ.
    const QStringList theirs = row.opened ? row.opened->details : QStringList();
    const QStringList ours = row.local ? row.local->details : QStringList();
    for (const QString &line : theirs)
        item->addChild(new QTreeWidgetItem({line, tr("in the report")}));
    if (ours != theirs) {
        for (const QString &line : ours)
            item->addChild(new QTreeWidgetItem({line, QString(), tr("on this machine")}));
    }
    item->setExpanded(row.differs());
    return item;
}

void OpenReportDialog::applyFilter(bool differencesOnly)
{
    for (int i = 0; i < m_ui->comparisonTree->topLevelItemCount(); ++i)
        m_ui->comparisonTree->topLevelItem(i)->setHidden(differencesOnly && !m_rows.at(i).differs());
}

OpenReportDialog *OpenReportDialog::openPath(const QString &path, const Report &local, QWidget *parent)
{
    const report::ReportRead read = report::readReportFile(path);
    if (!read.ok()) {
        QMessageBox::warning(parent, tr("Report Not Opened"), read.error);
        return nullptr;
    }
    auto *dialog = new OpenReportDialog(*read.value, local, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

OpenReportDialog *OpenReportDialog::openFile(const Report &local, QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open Report"), QDir::homePath(),
                                                      tr("Banger Doctor JSON reports (*.json);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    return openPath(path, local, parent);
}

} // namespace bd::app
