// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostPaths.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

// A whole fake banger install in a temporary directory: <tmp>/root is passed as --root, <tmp>/home is
// the user's HOME. Files are real files, sockets are real bound unix sockets, executables really run.
class FixtureRoot
{
public:
    FixtureRoot();

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    QString home() const { return m_dir.path() + QStringLiteral("/home"); }
    QString configHome() const { return home() + QStringLiteral("/.config"); }
    // Where a host path such as /etc/banger/install.toml lives inside this fixture.
    QString at(const QString &hostPath) const;

    // hostPath is absolute on the fake host (re-rooted), or a path under home() when it starts with "~/".
    QString write(const QString &hostPath, const QByteArray &content, int mode = 0644);
    QString writeExecutable(const QString &hostPath, const QByteArray &script);
    QString makeSocket(const QString &hostPath, int mode, int uid = -1);
    QString symlink(const QString &hostPath, const QString &target);
    QString mkdir(const QString &hostPath, int mode = 0755);

    // A typical healthy system install for owner uid/user.
    void writeInstallToml(qint64 uid, const QString &user, const QString &version = QStringLiteral("0.1.0"));
    // Host tools (ip, nft, mkfs.ext4, ...) as executables under /usr/sbin.
    void installHostTools();
    // A firecracker stand-in that prints "Firecracker vVERSION" at /usr/bin/firecracker.
    QString installFirecracker(const QString &version);
    // Character devices /dev/kvm, /dev/net/tun and /dev/vhost-vsock as symlinks to /dev/null.
    void installDevices();
    // A real character device node (the null device, 1:3) with this mode and owner; needs CAP_MKNOD,
    // returns an empty string where the kernel refuses it so a test can skip.
    QString makeCharDevice(const QString &hostPath, int mode, int uid, int gid);
    // /etc/os-release with these lines.
    QString writeOsRelease(const QByteArray &content);
    // ~/.config/banger/config.toml (the XDG path paths() uses).
    QString writeUserConfig(const QByteArray &content);
    // Changes the owner of a file inside the fixture without following a final symlink.
    void chownPath(const QString &path, int uid, int gid = -1);

    bd::HostPaths paths() const;
    // Environment for running the real binary against this fixture.
    QProcessEnvironment environment() const;
    QStringList rootArguments() const { return {QStringLiteral("--root"), root()}; }

private:
    QString resolve(const QString &hostPath) const;

    QTemporaryDir m_dir;
};
