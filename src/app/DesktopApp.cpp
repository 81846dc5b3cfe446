// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopApp.h"

#include "ReportCommand.h"
#include "Translations.h"

#include <QApplication>

namespace bd::app {

int runDesktop(int argc, char **argv, const cli::CliOptions &options)
{
    // The window is not built yet: until it is, the desktop mode prints the terminal report.
    QApplication app(argc, argv);
    installTranslations(app);
    cli::CliOptions report = options;
    report.mode = cli::Mode::Report;
    return cli::runReport(report);
}

} // namespace bd::app
