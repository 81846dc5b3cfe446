// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace bd::app {

// Re-check interval, grace window, recovery notifications, start at login and report defaults. OK stores them with
// QSettings and writes or removes the autostart entry.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    void accept() override;

private:
    void addReportFormats();
    void showSettings(const AppSettings &settings);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace bd::app
