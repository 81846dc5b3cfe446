// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include "ReportStrings.h"
#include "TrayController.h"
#include "ui_HistoryDialog.h"

#include <QLocale>

namespace bd::app {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

HistoryDialog::HistoryDialog(const DriftHistory &history, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);
    connect(m_ui->timeline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openRequested(item->data(0, kIdRole).toString()); });
    fill(history);
}

HistoryDialog::~HistoryDialog() = default;

int HistoryDialog::entryCount() const
{
    return m_ui->timeline->topLevelItemCount();
}

void HistoryDialog::fill(const DriftHistory &history)
{
    m_ui->summaryLabel->setText(
        history.isEmpty() ? tr("No drift has been seen yet.")
                          : tr("%n change(s) of the security posture, newest first.", nullptr, int(history.size())));
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_ui->timeline);
        item->setText(0, QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, report::displayName(*it));
        item->setText(2, statusWord(it->from) + QStringLiteral(" \u2192 ") + statusWord(it->to));
        item->setIcon(2, TrayController::iconFor(it->to));
        item->setText(3, it->change);
        item->setData(0, kIdRole, it->checkId);
    }
    for (int column = 0; column < 3; ++column)
        m_ui->timeline->resizeColumnToContents(column);
}

} // namespace bd::app
