// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QMessageBox>

namespace bd::app {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    addReportFormats();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    showSettings(AppSettings::load());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addReportFormats()
{
    const std::pair<report::Format, const char *> formats[] = {
        {report::Format::Markdown, QT_TR_NOOP("Markdown")},
        {report::Format::Text, QT_TR_NOOP("Plain text")},
        {report::Format::Json, QT_TR_NOOP("JSON")},
        {report::Format::Html, QT_TR_NOOP("HTML")},
        {report::Format::Prometheus, QT_TR_NOOP("Prometheus textfile")},
    };
    for (const auto &[format, label] : formats)
        m_ui->reportFormat->addItem(tr(label), int(format));
}

void SettingsDialog::showSettings(const AppSettings &settings)
{
    m_ui->recheckMinutes->setValue(settings.recheckMinutes);
    m_ui->graceSeconds->setValue(settings.graceSeconds);
    m_ui->notifyRecovery->setChecked(settings.notifyRecovery);
    m_ui->startAtLogin->setChecked(settings.startAtLogin);
    m_ui->reportFormat->setCurrentIndex(m_ui->reportFormat->findData(int(settings.reportFormat)));
    m_ui->redactReports->setChecked(settings.redactReports);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    settings.recheckMinutes = m_ui->recheckMinutes->value();
    settings.graceSeconds = m_ui->graceSeconds->value();
    settings.notifyRecovery = m_ui->notifyRecovery->isChecked();
    settings.startAtLogin = m_ui->startAtLogin->isChecked();
    settings.reportFormat = report::Format(m_ui->reportFormat->currentData().toInt());
    settings.redactReports = m_ui->redactReports->isChecked();
    return settings;
}

void SettingsDialog::accept()
{
    const AppSettings chosen = settings();
    chosen.save();

    QString error;
    if (chosen.startAtLogin != autostart::isEnabled() && !autostart::setEnabled(chosen.startAtLogin, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Start at login could not be changed: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace bd::app
