// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window against a fake install with a few problems and saves a PNG of it:
//   Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 build/tests/tools/window-screenshot docs/screenshot-main-window.png
// (QT_QPA_PLATFORM=offscreen works too). The README and the AppStream metainfo show that file. The window speaks
// the language of the locale, as the application does: LANG=de_DE.UTF-8 gives the German window.
#include "CheckTreeModel.h"
#include "FixtureRoot.h"
#include "MainWindow.h"
#include "StateDbFixture.h"
#include "SystemdMock.h"
#include "TestBus.h"
#include "Translations.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kOwnerUid = 65534;

// A healthy system install (the shape of tests/bench's fixture) with four things wrong: a malformed
// user config, an old firecracker, a world-writable daemon socket and a daemon unit whose loaded
// properties lost ProtectHome.
void buildFixture(FixtureRoot &fixture)
{
    fixture.writeInstallToml(kOwnerUid, QStringLiteral("nobody"));
    fixture.writeOsRelease("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");
    fixture.installHostTools();
    fixture.installFirecracker(QStringLiteral("1.5.0"));
    fixture.installDevices();
    fixture.writeExecutable(QStringLiteral("/usr/libexec/banger/banger-vsock-agent"), "#!/bin/sh\n");
    fixture.makeSocket(QStringLiteral("/run/banger/root-helper.sock"), 0600, kOwnerUid);
    fixture.makeSocket(QStringLiteral("/run/banger/bangerd.sock"), 0666, kOwnerUid);
    fixture.write(QStringLiteral("/etc/systemd/system/banger-root-helper.service"),
                  "[Service]\nExecStart=/usr/libexec/banger/banger-root-helper\nNoNewPrivileges=yes\n"
                  "ProtectSystem=strict\nProtectHome=yes\nRestrictSUIDSGID=yes\nLockPersonality=yes\n"
                  "CapabilityBoundingSet=CAP_NET_ADMIN CAP_SYS_ADMIN CAP_CHOWN\n");
    fixture.write(QStringLiteral("/etc/systemd/system/bangerd.service"),
                  "[Service]\nUser=nobody\nExecStart=/usr/bin/bangerd\nNoNewPrivileges=yes\nProtectSystem=strict\n"
                  "ProtectHome=read-only\nRestrictSUIDSGID=yes\nLockPersonality=yes\n");
    fixture.write(QStringLiteral("~/.config/banger/ssh/id_ed25519"), "key", 0600);
    fixture.write(QStringLiteral("~/.config/banger/ssh_config"), "Host *.vm\n  User root\n");
    fixture.write(QStringLiteral("~/.ssh/config"), "Include ~/.config/banger/ssh_config\n");
    fixture.write(QStringLiteral("~/.config/banger/config.toml"),
                  "default_image_name = \"debian-12\"\nvm_defaults = [\n");

    const QString rootfs = fixture.write(QStringLiteral("/var/lib/banger/images/debian/rootfs.ext4"), "fs");
    const QString kernel = fixture.write(QStringLiteral("/var/lib/banger/images/debian/vmlinux"), "k");
    StateDb::create(fixture.at(QStringLiteral("/var/lib/banger/state.db")),
                    {ImageRow{QStringLiteral("debian-12"), rootfs, kernel, QString()}});
}

bool startSystemd(TestBus &bus)
{
    if (!bus.start())
        return false;
    bus.exportToProcess();
    if (!bus.startSystemdMock())
        return false;
    SystemdMock mock(bus.system());
    QVariantMap daemon = SystemdMock::hardenedService(QStringLiteral("nobody"), ~0ull);
    daemon.insert(QStringLiteral("ProtectHome"), QStringLiteral("no"));
    return mock.addUnit(QStringLiteral("banger-root-helper.service")) &&
           mock.addUnit(QStringLiteral("bangerd.service")) &&
           mock.setServiceProperties(QStringLiteral("banger-root-helper.service"),
                                     SystemdMock::hardenedService(QString(), (1ull << 12) | (1ull << 21) | 1ull)) &&
           mock.setServiceProperties(QStringLiteral("bangerd.service"), daemon);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    bd::app::installTranslations(app);
    if (argc != 2) {
        std::fprintf(stderr, "usage: window-screenshot OUTPUT.png\n");
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);

    if (!qEnvironmentVariableIsSet("BD_SOURCE_DIR"))
        qputenv("BD_SOURCE_DIR", BD_DEFAULT_SOURCE_DIR);
    TestBus bus;
    if (!startSystemd(bus)) {
        std::fprintf(stderr, "window-screenshot: no private bus with the systemd mock: %s\n",
                     qPrintable(bus.errorString()));
        return 1;
    }
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
