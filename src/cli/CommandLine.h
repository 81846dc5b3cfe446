// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorInputs.h"
#include "ReportWriter.h"

#include <QStringList>

namespace bd::cli {

enum class Mode
{
    Window,
    Tray,
    Report,
    Help,
    Version,
    UsageError
};

struct CliOptions
{
    Mode mode = Mode::Window;
    report::Format format = report::Format::Text;
    QString outputFile;
    bool redact = false;
    bool strict = false;
    DoctorOptions doctor;
    QString message; // help text, version text or the usage error
};

// Parses the arguments without needing a QCoreApplication, so main() can decide which application
// type to create. --report wins over the window; no display also means the report.
CliOptions parseArguments(const QStringList &arguments, bool hasDisplay);
bool hasDisplay();

enum ExitCode
{
    ExitOk = 0,
    ExitProblems = 1,
    ExitUsage = 2
};

} // namespace bd::cli
