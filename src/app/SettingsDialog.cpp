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
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    showSettings(AppSettings::load());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showSettings(const AppSettings &settings)
{
    m_ui->recheckMinutes->setValue(settings.recheckMinutes);
    m_ui->graceSeconds->setValue(settings.graceSeconds);
    m_ui->notifyRecovery->setChecked(settings.notifyRecovery);
    m_ui->startAtLogin->setChecked(settings.startAtLogin);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    settings.recheckMinutes = m_ui->recheckMinutes->value();
    settings.graceSeconds = m_ui->graceSeconds->value();
    settings.notifyRecovery = m_ui->notifyRecovery->isChecked();
    settings.startAtLogin = m_ui->startAtLogin->isChecked();
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
