// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopApp.h"

#include "Logging.h"
#include "MainWindow.h"
#include "ReportActions.h"
#include "SingleInstance.h"
#include "StatusIcons.h"
#include "Translations.h"
#include "TrayApp.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace bd::app {

namespace {

void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("banger-doctor"));
    QApplication::setApplicationDisplayName(QApplication::translate("bd::app::DesktopApp", "Banger Doctor"));
    QApplication::setOrganizationName(QStringLiteral("banger-doctor"));
    QApplication::setDesktopFileName(QStringLiteral("banger-doctor"));
    QApplication::setWindowIcon(icons::application());
}

void bringForward(MainWindow &window)
{
    if (!window.hasReport() && !window.isRunning())
        window.runAll();
    window.show();
    window.raise();
    window.activateWindow();
}

TrayApp::WindowHooks hooksFor(MainWindow &window)
{
    TrayApp::WindowHooks hooks;
    hooks.open = [&window](const QString &rowId) {
        bringForward(window);
        if (!rowId.isEmpty())
            window.showCheck(rowId);
    };
    hooks.exportReport = [&window] {
        bringForward(window);
        window.exportAction()->trigger();
    };
    return hooks;
}

// Drift History… in the View menu and Settings… above Quit in the File menu, both served by the tray.
void addTrayActions(MainWindow &window, TrayApp &tray)
{
    auto *history = new QAction(QApplication::translate("bd::app::DesktopApp", "Drift &History…"), &window);
    QObject::connect(history, &QAction::triggered, &tray, &TrayApp::showHistory);
    if (auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"))) {
        view->addSeparator();
        view->addAction(history);
    }

    auto *settings = new QAction(QApplication::translate("bd::app::DesktopApp", "&Settings…"), &window);
    QObject::connect(settings, &QAction::triggered, &tray, &TrayApp::showSettings);
    auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    if (file)
        file->insertAction(quit, settings);
}

} // namespace

int runDesktop(int argc, char **argv, const cli::CliOptions &options)
{
    QApplication app(argc, argv);
    installTranslations(app);
    describeApplication();

    SingleInstance instance(QDBusConnection::sessionBus());
    if (instance.claim() == SingleInstance::Role::Secondary)
        return cli::ExitOk;

    MainWindow window;
    window.scheduler()->setOptions(options.doctor);
    new ReportActions(&window); // owned by the window
    TrayApp tray(options.doctor);
    tray.setWindowHooks(hooksFor(window));
    addTrayActions(window, tray);
    QObject::connect(&instance, &SingleInstance::activated, &window, [&window] { bringForward(window); });

    // With a tray icon, closing the window leaves the app watching; without one it quits, unless
    // --tray asked for a window-less run.
    const bool trayHost = tray.start();
    const bool hidden = options.mode == cli::Mode::Tray;
    QApplication::setQuitOnLastWindowClosed(!trayHost && !hidden);
    if (hidden && !trayHost)
        qCWarning(lcMonitor) << "no system tray host on this desktop; running without an icon, drift still "
                                "arrives as desktop notifications";
    if (!hidden)
        bringForward(window);

    return QApplication::exec();
}

} // namespace bd::app
