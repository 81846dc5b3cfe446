// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureRoot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

#include <sys/socket.h>
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

FixtureRoot::FixtureRoot()
{
    QDir().mkpath(root());
    QDir().mkpath(configHome());
}

QString FixtureRoot::at(const QString &hostPath) const
{
    return resolve(hostPath);
}

QString FixtureRoot::resolve(const QString &hostPath) const
{
    if (hostPath.startsWith(QLatin1String("~/")))
        return home() + hostPath.mid(1);
    return QDir::cleanPath(root() + QLatin1Char('/') + hostPath);
}

static void ensureParent(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
}

QString FixtureRoot::write(const QString &hostPath, const QByteArray &content, int mode)
{
    const QString path = resolve(hostPath);
    ensureParent(path);
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("fixture: cannot write %s", qPrintable(path));
    file.close();
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
    return path;
}

QString FixtureRoot::writeExecutable(const QString &hostPath, const QByteArray &script)
{
    return write(hostPath, script, 0755);
}

QString FixtureRoot::makeSocket(const QString &hostPath, int mode, int uid)
{
    const QString path = resolve(hostPath);
    ensureParent(path);
    QFile::remove(path);
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof(addr.sun_path))
        qFatal("fixture: socket path too long: %s", native.constData());
    std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0)
        qFatal("fixture: cannot bind %s", native.constData());
    ::close(fd);
    ::chmod(native.constData(), mode_t(mode));
    if (uid >= 0 && ::chown(native.constData(), uid_t(uid), gid_t(-1)) != 0)
        qFatal("fixture: cannot chown %s", native.constData());
    return path;
}

QString FixtureRoot::symlink(const QString &hostPath, const QString &target)
{
    const QString path = resolve(hostPath);
    ensureParent(path);
    QFile::remove(path);
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) != 0)
        qFatal("fixture: cannot link %s", qPrintable(path));
    return path;
}

QString FixtureRoot::mkdir(const QString &hostPath, int mode)
{
    const QString path = resolve(hostPath);
    QDir().mkpath(path);
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
    return path;
}

void FixtureRoot::writeInstallToml(qint64 uid, const QString &user, const QString &version)
{
    const QString toml = QStringLiteral("version = \"%1\"\ncommit = \"1a2b3c4d5e\"\n"
                                        "installed_at = 2026-11-30T09:15:00Z\nowner_user = \"%2\"\nowner_uid = %3\n")
                             .arg(version, user)
                             .arg(uid);
    write(QStringLiteral("/etc/banger/install.toml"), toml.toUtf8());
}

void FixtureRoot::installHostTools()
{
    for (const char *tool : {"ip", "nft", "mkfs.ext4", "e2fsck", "resize2fs", "losetup", "dmsetup"})
        writeExecutable(QStringLiteral("/usr/sbin/") + QLatin1String(tool), "#!/bin/sh\nexit 0\n");
}

QString FixtureRoot::installFirecracker(const QString &version)
{
    const QByteArray script = "#!/bin/sh\necho 'Firecracker v" + version.toUtf8() + "'\necho\n";
    return writeExecutable(QStringLiteral("/usr/bin/firecracker"), script);
}

void FixtureRoot::installDevices()
{
    for (const char *dev : {"/dev/kvm", "/dev/net/tun", "/dev/vhost-vsock"})
        symlink(QLatin1String(dev), QStringLiteral("/dev/null"));
}

QString FixtureRoot::makeCharDevice(const QString &hostPath, int mode, int uid, int gid)
{
    const QString path = resolve(hostPath);
    ensureParent(path);
    QFile::remove(path);
    const QByteArray native = QFile::encodeName(path);
    if (::mknod(native.constData(), S_IFCHR | mode_t(mode), makedev(1, 3)) != 0)
        return {};
    ::chmod(native.constData(), mode_t(mode));
    chownPath(path, uid, gid);
    return path;
}

QString FixtureRoot::writeOsRelease(const QByteArray &content)
{
    return write(QStringLiteral("/etc/os-release"), content);
}

QString FixtureRoot::writeUserConfig(const QByteArray &content)
{
    const QString path = configHome() + QStringLiteral("/banger/config.toml");
    ensureParent(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("fixture: cannot write %s", qPrintable(path));
    return path;
}

void FixtureRoot::chownPath(const QString &path, int uid, int gid)
{
    if (::lchown(QFile::encodeName(path).constData(), uid_t(uid), gid_t(gid)) != 0)
        qFatal("fixture: cannot chown %s", qPrintable(path));
}

bd::HostPaths FixtureRoot::paths() const
{
    bd::HostPaths::Environment env;
    env.root = root();
    env.home = home();
    env.xdgConfigHome = configHome();
    env.path = QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
    return bd::HostPaths(env);
}

QProcessEnvironment FixtureRoot::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    return env;
}
