// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"
#include "OpenReportDialog.h"

#include "../report/SampleReport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using bd::app::OpenReportDialog;
using Difference = bd::report::RowComparison::Difference;

class TestOpenReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhoseReportItIs();
    void marksTheRowsThatDiffer();
    void filtersToTheRowsThatDiffer();
    void opensAnExportedFile();
    void aBrokenFileGetsAMessageNotADialog_data();
    void aBrokenFileGetsAMessageNotADialog();

private:
    static bd::report::LoadedReport opened();
    static bd::Report local();
};

bd::report::LoadedReport TestOpenReportDialog::opened()
{
    bd::report::LoadedReport loaded;
    loaded.report = sampleReport();
    loaded.redacted = true;
    return loaded;
}

// This machine: the helper socket is fixed, user-config has other findings, the firecracker row is
// missing, and it has a row the opened report lacks.
bd::Report TestOpenReportDialog::local()
{
    bd::Report report = sampleReport();
    report.host.hostname = QStringLiteral("this-machine");
    report.checks[3].status = bd::Status::Pass;
    report.checks[3].details = {QStringLiteral("mode 0600, owner uid 1000")};
    report.checks[1].details = {QStringLiteral("loaded /home/bob/.config/banger/config.toml")};
    report.checks.removeAt(2);
    report.checks.append(sampleCheck(QStringLiteral("tun-device"), QStringLiteral("tun device"), bd::Status::Pass,
                                     {QStringLiteral("/dev/net/tun is a character device")}));
    return report;
}

void TestOpenReportDialog::saysWhoseReportItIs()
{
    OpenReportDialog dialog(opened(), local());
    QCOMPARE(dialog.bannerText(),
             QStringLiteral("Report from golden-host at 2026-12-03 15:00:00 UTC — not this machine. "
                            "Its personal data was redacted."));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("bannerLabel"))->text(), dialog.bannerText());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("golden-host")));
}

void TestOpenReportDialog::marksTheRowsThatDiffer()
{
    OpenReportDialog dialog(opened(), local());
    const QList<bd::report::RowComparison> rows = dialog.rows();

    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).difference, Difference::Same);
    QCOMPARE(rows.at(1).difference, Difference::Details);
    QCOMPARE(rows.at(2).difference, Difference::OnlyInOpened);
    QCOMPARE(rows.at(3).difference, Difference::Status);
    QCOMPARE(rows.at(4).difference, Difference::Same);
    QCOMPARE(rows.at(5).difference, Difference::OnlyHere);
    QCOMPARE(dialog.differingRows(), 4);

    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("comparisonTree"));
    QCOMPARE(tree->topLevelItemCount(), 6);
    QTreeWidgetItem *socket = tree->topLevelItem(3);
    QCOMPARE(socket->text(0), QStringLiteral("helper socket"));
    QCOMPARE(socket->text(1), bd::statusWord(bd::Status::Fail));
    QCOMPARE(socket->text(2), bd::statusWord(bd::Status::Pass));
    QCOMPARE(socket->text(3), QStringLiteral("status differs"));
    QVERIFY(socket->font(0).bold());
    QVERIFY(!tree->topLevelItem(0)->font(0).bold());
    QCOMPARE(tree->topLevelItem(2)->text(2), QStringLiteral("—"));
}

void TestOpenReportDialog::filtersToTheRowsThatDiffer()
{
    OpenReportDialog dialog(opened(), local());
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("comparisonTree"));
    dialog.findChild<QCheckBox *>(QStringLiteral("differencesOnlyCheck"))->click();

    QStringList visible;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            visible << tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    }
    QCOMPARE(visible, QStringList({QStringLiteral("user-config"), QStringLiteral("firecracker-binary"),
                                   QStringLiteral("helper-socket"), QStringLiteral("tun-device")}));
}

void TestOpenReportDialog::opensAnExportedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("theirs.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bd::report::toJson(sampleReport(), sampleHistory(), false));
    file.close();

    QPointer<OpenReportDialog> dialog = OpenReportDialog::openPath(path, local(), nullptr);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->differingRows(), 4);
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

void TestOpenReportDialog::aBrokenFileGetsAMessageNotADialog_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray good = bd::report::toJson(sampleReport());
    QTest::newRow("a truncated report") << good.left(300) << QStringLiteral("truncated");
    QTest::newRow("a report from the future")
        << QByteArray(good).replace("report/v1", "report/v7") << QStringLiteral("newer Banger Doctor");
    QTest::newRow("a picture renamed to .json") << QByteArray("\x89PNG\r\n\x1a\n") << QStringLiteral("not valid JSON");
}

void TestOpenReportDialog::aBrokenFileGetsAMessageNotADialog()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    // The message box is modal: read and close it from the event loop it runs.
    QString shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    closer.start(10);

    OpenReportDialog *dialog = OpenReportDialog::openPath(path, local(), nullptr);
    QVERIFY(!dialog);
    QVERIFY2(shown.contains(message), qPrintable(shown));
}

QTEST_MAIN(TestOpenReportDialog)
#include "tst_openreportdialog.moc"
