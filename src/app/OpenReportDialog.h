// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportComparison.h"
#include "ReportReader.h"

#include <QDialog>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class OpenReportDialog;
}

namespace bd::app {

// File → Open Report…: an exported JSON report (someone else's, or an older one of this machine)
// shown row by row next to this machine's latest run, under a banner that says whose it is. Rows that
// differ are bold with the difference named; a filter hides the rows that are the same.
class OpenReportDialog : public QDialog
{
    Q_OBJECT

public:
    OpenReportDialog(const report::LoadedReport &opened, const Report &local, QWidget *parent = nullptr);
    ~OpenReportDialog() override;

    // Asks for a file, reads it and shows the dialog; a file that cannot be opened gets a message box
    // with the reader's sentence. Returns the dialog (deleted on close) or nullptr.
    static OpenReportDialog *openFile(const Report &local, QWidget *parent);
    // The same without the file chooser, for a path given by the caller.
    static OpenReportDialog *openPath(const QString &path, const Report &local, QWidget *parent);

    QString bannerText() const;
    int differingRows() const { return m_differing; }
    const QList<report::RowComparison> &rows() const { return m_rows; }

private:
    void showBanner();
    void fillTree();
    QTreeWidgetItem *rowItem(const report::RowComparison &row) const;
    void applyFilter(bool differencesOnly);

    std::unique_ptr<Ui::OpenReportDialog> m_ui;
    report::LoadedReport m_opened;
    Report m_local;
    QList<report::RowComparison> m_rows;
    int m_differing = 0;
};

} // namespace bd::app
