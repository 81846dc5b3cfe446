// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopApp.h"

#include "MainWindow.h"
#include "ReportActions.h"
#include "StatusIcons.h"
#include "Translations.h"

#include <QApplication>

namespace bd::app {

namespace {

void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("banger-doctor"));
    QApplication::setApplicationDisplayName(QApplication::translate("bd::app::DesktopApp", "Banger Doctor"));
    QApplication::setOrganizationName(QStringLiteral("banger"));
    QApplication::setDesktopFileName(QStringLiteral("banger-doctor"));
    QApplication::setWindowIcon(icons::application());
}

} // namespace

int runDesktop(int argc, char **argv, const cli::CliOptions &options)
{
    QApplication app(argc, argv);
    installTranslations(app);
    describeApplication();

    // --tray shows the same window for now; it starts hidden once the tray icon exists.
    MainWindow window;
    window.scheduler()->setOptions(options.doctor);
    new ReportActions(&window); // owned by the window
    window.show();
    window.runAll();

    return QApplication::exec();
}

} // namespace bd::app
