// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "AppSettings.h"

#include "HostPaths.h"
#include "ui_ExportDialog.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>

namespace bd::app {

namespace {

struct FormatEntry
{
    report::Format format;
    const char *label;
};

// Shown in this order; the labels are translated where they are used.
constexpr FormatEntry kFormats[] = {
    {report::Format::Markdown, QT_TRANSLATE_NOOP("bd::app::ExportDialog", "Markdown (for an issue tracker)")},
    {report::Format::Text, QT_TRANSLATE_NOOP("bd::app::ExportDialog", "Plain text")},
    {report::Format::Json, QT_TRANSLATE_NOOP("bd::app::ExportDialog", "JSON (for tools)")},
    {report::Format::Html, QT_TRANSLATE_NOOP("bd::app::ExportDialog", "HTML (one self-contained page)")},
    {report::Format::Prometheus,
     QT_TRANSLATE_NOOP("bd::app::ExportDialog", "Prometheus (node_exporter textfile collector)")},
};

} // namespace

ExportDialog::ExportDialog(const Report &report, const DriftHistory &history, QWidget *parent)
    : ExportDialog(report, history, report::RedactionIdentity::current(HostPaths::fromProcess()), parent)
{}

ExportDialog::ExportDialog(const Report &report, const DriftHistory &history, const report::RedactionIdentity &identity,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_report(report)
    , m_history(history)
    , m_identity(identity)
{
    m_ui->setupUi(this);
    m_ui->previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setSizes({480, 100});

    setUpFormats();
    restoreChoices();
    setUpButtons();
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->redactCheck, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setUpFormats()
{
    for (const FormatEntry &entry : kFormats)
        m_ui->formatCombo->addItem(tr(entry.label), int(entry.format));
}

// First time: Markdown for an issue, redacted, since a bug report is the usual reason to export.
void ExportDialog::restoreChoices()
{
    const AppSettings settings = AppSettings::load();
    setFormat(settings.reportFormat);
    setRedact(settings.redactReports);
}

void ExportDialog::rememberChoices() const
{
    AppSettings::saveReportDefaults(format(), redact());
}

void ExportDialog::setUpButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    m_copyButton = m_ui->buttonBox->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);

    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ExportDialog::chooseFileAndSave);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

report::Format ExportDialog::format() const
{
    return report::Format(m_ui->formatCombo->currentData().toInt());
}

void ExportDialog::setFormat(report::Format format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

bool ExportDialog::redact() const
{
    return m_ui->redactCheck->isChecked();
}

void ExportDialog::setRedact(bool redact)
{
    m_ui->redactCheck->setChecked(redact);
}

void ExportDialog::updatePreview()
{
    std::optional<report::RedactionIdentity> identity;
    if (redact())
        identity = m_identity;
    m_rendered = report::renderExport(m_report, m_history, format(), identity);

    m_ui->previewText->setPlainText(QString::fromUtf8(m_rendered.bytes));
    m_copyButton->setText(tr("&Copy to Clipboard"));
    showRedactions();
}

void ExportDialog::showRedactions()
{
    m_ui->redactedList->clear();
    m_ui->redactedPanel->setVisible(redact());
    if (!redact())
        return;

    for (const report::Redaction &item : std::as_const(m_rendered.redactions)) {
        const QString times = item.count == 1 ? tr("once") : tr("%1 times").arg(item.count);
        m_ui->redactedList->addItem(tr("%1 “%2” → %3 (%4)").arg(item.what, item.original, item.placeholder, times));
    }
    if (m_rendered.redactions.isEmpty())
        m_ui->redactedList->addItem(tr("Nothing personal was found in this report."));
}

QString ExportDialog::suggestedFileName() const
{
    const QString time = m_report.generatedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString host =
        redact() || m_report.host.hostname.isEmpty() ? QString() : m_report.host.hostname + QLatin1Char('-');
    return QStringLiteral("banger-doctor-%1%2.%3").arg(host, time, report::fileSuffix(format()));
}

bool ExportDialog::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = m_rendered.bytes;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    rememberChoices();
    Q_EMIT saved(path);
    return true;
}

void ExportDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_rendered.bytes));
    rememberChoices();
    m_copyButton->setText(tr("Copied"));
}

void ExportDialog::chooseFileAndSave()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report"), QDir::home().filePath(suggestedFileName()));
    if (path.isEmpty())
        return;

    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Report Not Saved"), tr("Cannot write %1: %2").arg(path, error));
        return;
    }
    accept();
}

} // namespace bd::app
