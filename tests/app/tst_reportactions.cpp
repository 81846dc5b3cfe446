// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"
#include "MainWindow.h"
#include "ReportActions.h"

#include "../report/SampleReport.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QtTest>

using bd::app::ExportDialog;
using bd::app::MainWindow;
using bd::app::ReportActions;

// The window's File → Export… action opens the export dialog on the report the window shows, with
// the drift history from the configured source.
class TestReportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportIsEnabledOnceThereIsAReport();
    void exportOpensTheDialogOnTheLatestReport();
};

void TestReportActions::exportIsEnabledOnceThereIsAReport()
{
    MainWindow window;
    new ReportActions(&window);
    QVERIFY(!window.exportAction()->isEnabled());
    QVERIFY(window.openReportAction()->isEnabled());

    window.showReport(sampleReport());
    QTRY_VERIFY(window.exportAction()->isEnabled());
}

void TestReportActions::exportOpensTheDialogOnTheLatestReport()
{
    MainWindow window;
    auto *actions = new ReportActions(&window);
    actions->setHistorySource([] { return sampleHistory(); });
    window.showReport(sampleReport());
    QTRY_VERIFY(window.exportAction()->isEnabled());

    window.exportAction()->trigger();

    auto *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewText"))->toPlainText();
    QVERIFY(preview.contains(QStringLiteral("helper socket")));
    QVERIFY(preview.contains(QStringLiteral("helper socket: mode 0600 → 0666"))); // the drift history
    dialog->close();
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
