// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "../report/SampleReport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using bd::app::ExportDialog;
using bd::report::Format;

Q_DECLARE_METATYPE(bd::report::Format)

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstTimeOffersRedactedMarkdown();
    void remembersTheLastChoices();
    void previewIsExactlyWhatIsSaved_data();
    void previewIsExactlyWhatIsSaved();
    void redactCheckboxRedactsThePreviewAndListsWhatWent();
    void copiesThePreviewToTheClipboard();
    void anUnwritablePathIsReportedAndLeavesNothing();
    void suggestsAFileNameWithoutTheHostWhenRedacting();
    void drawsTheRedactedPreview();

private:
    static bd::report::RedactionIdentity ada();
};

bd::report::RedactionIdentity TestExportDialog::ada()
{
    bd::report::RedactionIdentity identity;
    identity.userName = QStringLiteral("ada");
    identity.homes = {QStringLiteral("/home/ada")};
    identity.hostName = QStringLiteral("golden-host");
    identity.uid = 1000;
    return identity;
}

void TestExportDialog::init()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, never the user's
    QSettings().clear();
}

void TestExportDialog::firstTimeOffersRedactedMarkdown()
{
    ExportDialog dialog(sampleReport(), {}, ada());
    QCOMPARE(dialog.format(), Format::Markdown);
    QVERIFY(dialog.redact());
    QVERIFY(!dialog.exportBytes().contains("/home/ada"));
}

void TestExportDialog::remembersTheLastChoices()
{
    QTemporaryDir dir;
    {
        ExportDialog dialog(sampleReport(), {}, ada());
        dialog.setFormat(Format::Json);
        dialog.setRedact(false);
        QVERIFY(dialog.saveTo(dir.filePath(QStringLiteral("r.json"))));
    }
    ExportDialog next(sampleReport(), {}, ada());
    QCOMPARE(next.format(), Format::Json);
    QVERIFY(!next.redact());
    QVERIFY(next.exportBytes().startsWith("{\n    \"schema\": \"banger-doctor/report/v1\""));
}

void TestExportDialog::previewIsExactlyWhatIsSaved_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("redact");
    QTest::newRow("Markdown as it is") << Format::Markdown << false;
    QTest::newRow("Markdown redacted") << Format::Markdown << true;
    QTest::newRow("plain text redacted") << Format::Text << true;
    QTest::newRow("JSON redacted") << Format::Json << true;
    QTest::newRow("HTML as it is") << Format::Html << false;
    QTest::newRow("Prometheus as it is") << Format::Prometheus << false;
}

void TestExportDialog::previewIsExactlyWhatIsSaved()
{
    QFETCH(Format, format);
    QFETCH(bool, redact);

    ExportDialog dialog(sampleReport(), sampleHistory(), ada());
    dialog.setFormat(format);
    dialog.setRedact(redact);
    QCOMPARE(dialog.format(), format);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.out"));
    QSignalSpy saved(&dialog, &ExportDialog::saved);
    QString error;
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QCOMPARE(saved.count(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
    QVERIFY(preview);
    QCOMPARE(written, dialog.exportBytes());
    QCOMPARE(preview->toPlainText(), QString::fromUtf8(written));
    QCOMPARE(written, bd::report::renderExport(sampleReport(), sampleHistory(), format,
                                               redact ? std::optional(ada()) : std::nullopt)
                          .bytes);
}

void TestExportDialog::redactCheckboxRedactsThePreviewAndListsWhatWent()
{
    ExportDialog dialog(sampleReport(), sampleHistory(), ada());
    dialog.setFormat(Format::Text);
    dialog.setRedact(false);
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("redactCheck"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("redactedList"));
    QVERIFY(preview && check && list);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("/home/ada/.config")));

    check->click();

    QVERIFY(!preview->toPlainText().contains(QStringLiteral("/home/ada")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("<home>/.config")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("owner uid <uid>")));
    QCOMPARE(list->count(), 3); // the home, the uid and the host name field
    QStringList items;
    for (int i = 0; i < list->count(); ++i)
        items << list->item(i)->text();
    QVERIFY2(items.join(QLatin1Char('\n')).contains(QStringLiteral("“/home/ada” → <home>")),
             qPrintable(items.join(QLatin1Char('\n'))));
    QVERIFY(items.join(QLatin1Char('\n')).contains(QStringLiteral("“1000” → <uid>")));
    QVERIFY(items.join(QLatin1Char('\n')).contains(QStringLiteral("“golden-host” → <host>")));

    check->click();
    QVERIFY(preview->toPlainText().contains(QStringLiteral("/home/ada/.config")));
}

void TestExportDialog::copiesThePreviewToTheClipboard()
{
    ExportDialog dialog(sampleReport(), sampleHistory(), ada());
    dialog.setFormat(Format::Markdown);
    dialog.setRedact(true);
    dialog.copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(dialog.exportBytes()));
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("## Banger Doctor report")));
}

void TestExportDialog::anUnwritablePathIsReportedAndLeavesNothing()
{
    ExportDialog dialog(sampleReport(), {}, ada());
    QString error;
    QVERIFY(!dialog.saveTo(QStringLiteral("/nonexistent/dir/report.md"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent/dir/report.md")));
}

void TestExportDialog::suggestsAFileNameWithoutTheHostWhenRedacting()
{
    ExportDialog dialog(sampleReport(), {}, ada());
    dialog.setFormat(Format::Json);
    dialog.setRedact(false);
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("banger-doctor-golden-host-20261203-150000.json"));
    dialog.setRedact(true);
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("banger-doctor-20261203-150000.json"));
}

void TestExportDialog::drawsTheRedactedPreview()
{
    ExportDialog dialog(sampleReport(), sampleHistory(), ada());
    dialog.setFormat(Format::Markdown);
    dialog.setRedact(true);
    dialog.resize(900, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QPixmap shot = dialog.grab();
    QCOMPARE(shot.size(), dialog.size() * shot.devicePixelRatio());
    const QString keep = qEnvironmentVariable("BD_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        QVERIFY(shot.save(keep + QStringLiteral("/export-dialog.png")));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
