// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportWriter.h"

#include <QString>

namespace bd::app {

// The app's settings, stored with QSettings under the app's own organisation and name.
struct AppSettings
{
    int recheckMinutes = 15;
    int graceSeconds = 2;
    bool notifyRecovery = true;
    bool startAtLogin = false;
    // What the export dialog offers first; it also remembers the last export's choice here.
    report::Format reportFormat = report::Format::Markdown;
    bool redactReports = true;

    static AppSettings load();
    void save() const;
    static void saveReportDefaults(report::Format format, bool redact);
};

// The XDG autostart entry that starts the app hidden in the tray at login.
namespace autostart {

// $XDG_CONFIG_HOME/autostart/banger-doctor.desktop
QString entryPath();
bool isEnabled();
// Writes the entry from the packaged template, or removes it. Returns false with a message on failure.
bool setEnabled(bool enabled, QString *error = nullptr);

} // namespace autostart

} // namespace bd::app
