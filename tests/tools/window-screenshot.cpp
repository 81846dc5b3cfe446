// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window against a fake install with a few problems and saves a PNG of it:
//   Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 build/tests/tools/window-screenshot docs/screenshot-main-window.png
// (QT_QPA_PLATFORM=offscreen works too). The README and the AppStream metainfo show that file.
#include "CheckTreeModel.h"
#include "FixtureRoot.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

// A system install with a broken user config, an old firecracker and a loose daemon socket.
void buildFixture(FixtureRoot &fixture)
{
    fixture.writeInstallToml(::getuid(), QStringLiteral("alice"));
    fixture.installHostTools();
    fixture.installDevices();
    fixture.installFirecracker(QStringLiteral("1.5.0"));
    fixture.write(QStringLiteral("~/.config/banger/config.toml"),
                  "firecracker_bin = \"firecracker\"\nvm_defaults = [\n");
    fixture.write(QStringLiteral("/etc/os-release"), "ID=debian\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n");
    fixture.makeSocket(QStringLiteral("/run/banger/root-helper.sock"), 0600, int(::getuid()));
    fixture.makeSocket(QStringLiteral("/run/banger/bangerd.sock"), 0666, int(::getuid()));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: window-screenshot OUTPUT.png\n");
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);

    FixtureRoot fixture;
    buildFixture(fixture);

    bd::app::MainWindow window;
    bd::DoctorOptions options;
    options.root = fixture.root();
    window.scheduler()->setOptions(options);
    window.scheduler()->setHostPaths(fixture.paths());
    window.resize(1180, 720);
    window.show();

    int code = 1;
    QObject::connect(&window, &bd::app::MainWindow::runFinished, &window, [&] {
        window.showCheck(QStringLiteral("daemon-socket"));
        // One more turn of the event loop so the selection and the detail pane are painted.
        QTimer::singleShot(200, &window, [&] {
            code = window.grab().save(output) ? 0 : 1;
            QApplication::quit();
        });
    });
    window.runAll();
    QApplication::exec();
    return code;
}
