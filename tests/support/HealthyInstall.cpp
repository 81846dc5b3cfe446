// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthyInstall.h"

#include "BuildInfo.h"
#include "StateDbFixture.h"

namespace {

// install.toml of this very build, so banger-version sees no drift.
void writeInstallMeta(FixtureRoot &fixture, int ownerUid, const QString &owner)
{
    const QString toml = QStringLiteral("version = \"%1\"\ncommit = \"%2\"\ninstalled_at = 2026-11-30T09:15:00Z\n"
                                        "owner_user = \"%3\"\nowner_uid = %4\n")
                             .arg(QLatin1String(bd::buildinfo::version), QLatin1String(bd::buildinfo::commit), owner)
                             .arg(ownerUid);
    fixture.write(QStringLiteral("/etc/banger/install.toml"), toml.toUtf8());
}

void writeUnits(FixtureRoot &fixture, const QString &owner)
{
    fixture.write(QStringLiteral("/etc/systemd/system/banger-root-helper.service"),
                  "[Service]\nExecStart=/usr/libexec/banger/banger-root-helper\nNoNewPrivileges=yes\n"
                  "ProtectSystem=strict\nProtectHome=yes\nRestrictSUIDSGID=yes\nLockPersonality=yes\n"
                  "CapabilityBoundingSet=CAP_NET_ADMIN CAP_SYS_ADMIN CAP_CHOWN\n");
    fixture.write(QStringLiteral("/etc/systemd/system/bangerd.service"),
                  "[Service]\nUser=" + owner.toUtf8() +
                      "\nExecStart=/usr/bin/bangerd\nNoNewPrivileges=yes\nProtectSystem=strict\n"
                      "ProtectHome=read-only\nRestrictSUIDSGID=yes\nLockPersonality=yes\n");
}

void writeUserFiles(FixtureRoot &fixture)
{
    fixture.write(QStringLiteral("~/.config/banger/ssh/id_ed25519"), "key", 0600);
    fixture.write(QStringLiteral("~/.config/banger/ssh_config"), "Host *.vm\n  User root\n");
    fixture.write(QStringLiteral("~/.ssh/config"), "Include ~/.config/banger/ssh_config\n");
}

void writeStateDb(FixtureRoot &fixture)
{
    const QString rootfs = fixture.write(QStringLiteral("/var/lib/banger/images/debian/rootfs.ext4"), "fs");
    const QString kernel = fixture.write(QStringLiteral("/var/lib/banger/images/debian/vmlinux"), "k");
    StateDb::create(fixture.at(QStringLiteral("/var/lib/banger/state.db")),
                    {ImageRow{QStringLiteral("debian-12"), rootfs, kernel, QString()}});
}

} // namespace

void installHealthySystem(FixtureRoot &fixture, int ownerUid, const QString &owner)
{
    writeInstallMeta(fixture, ownerUid, owner);
    fixture.writeOsRelease("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");
    fixture.installHostTools();
    fixture.installFirecracker(QStringLiteral("1.12.0"));
    fixture.installDevices();
    fixture.writeExecutable(QStringLiteral("/usr/libexec/banger/banger-vsock-agent"), "#!/bin/sh\n");
    fixture.makeSocket(QStringLiteral("/run/banger/root-helper.sock"), 0600, ownerUid);
    fixture.makeSocket(QStringLiteral("/run/banger/bangerd.sock"), 0600, ownerUid);
    writeUnits(fixture, owner);
    writeUserFiles(fixture);
    writeStateDb(fixture);
}
