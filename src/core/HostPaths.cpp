// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostPaths.h"

#include <QDir>
#include <QFileInfo>

namespace bd {

HostPaths::HostPaths()
    : HostPaths(Environment{})
{}

HostPaths::HostPaths(Environment env)
    : m_env(std::move(env))
{
    m_env.root = m_env.root.isEmpty() ? QStringLiteral("/") : QDir::cleanPath(QDir(m_env.root).absolutePath());
    if (m_env.home.isEmpty())
        m_env.home = QDir::homePath();
    m_env.home = QDir::cleanPath(m_env.home);
    if (m_env.xdgConfigHome.isEmpty() || !QDir::isAbsolutePath(m_env.xdgConfigHome))
        m_env.xdgConfigHome = m_env.home + QStringLiteral("/.config");
}

HostPaths HostPaths::fromProcess(const QString &root, const QString &configFile)
{
    Environment env;
    env.root = root;
    env.home = qEnvironmentVariable("HOME");
    env.xdgConfigHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    env.path = qEnvironmentVariable("PATH", QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"));
    env.configFile = configFile;
    return HostPaths(env);
}

bool HostPaths::isInsideHome(const QString &path) const
{
    if (m_env.home.isEmpty() || m_env.home == QLatin1String("/"))
        return false;
    return path == m_env.home || path.startsWith(m_env.home + QLatin1Char('/'));
}

QString HostPaths::system(const QString &hostPath) const
{
    const QString clean = QDir::cleanPath(hostPath);
    if (!QDir::isAbsolutePath(clean) || !isRerooted() || isInsideHome(clean))
        return clean;
    return QDir::cleanPath(m_env.root + clean);
}

QString HostPaths::expandUser(const QString &path) const
{
    if (path == QLatin1String("~"))
        return m_env.home;
    if (path.startsWith(QLatin1String("~/")))
        return m_env.home + path.mid(1);
    return path;
}

QString HostPaths::installToml() const
{
    return system(QStringLiteral("/etc/banger/install.toml"));
}

QStringList HostPaths::unitDirectories() const
{
    // Highest precedence first, as systemd searches them.
    return {system(QStringLiteral("/etc/systemd/system")), system(QStringLiteral("/run/systemd/system")),
            system(QStringLiteral("/usr/lib/systemd/system"))};
}

QString HostPaths::helperSocket() const
{
    return system(QStringLiteral("/run/banger/root-helper.sock"));
}

QString HostPaths::daemonSocket() const
{
    return system(QStringLiteral("/run/banger/bangerd.sock"));
}

QString HostPaths::stateDb() const
{
    return system(QStringLiteral("/var/lib/banger/state.db"));
}

QString HostPaths::vsockAgent() const
{
    return system(QStringLiteral("/usr/libexec/banger/banger-vsock-agent"));
}

QString HostPaths::osRelease() const
{
    const QString primary = system(QStringLiteral("/etc/os-release"));
    if (QFileInfo::exists(primary))
        return primary;
    return system(QStringLiteral("/usr/lib/os-release"));
}

QString HostPaths::devKvm() const
{
    return system(QStringLiteral("/dev/kvm"));
}

QString HostPaths::devTun() const
{
    return system(QStringLiteral("/dev/net/tun"));
}

QString HostPaths::devVhostVsock() const
{
    return system(QStringLiteral("/dev/vhost-vsock"));
}

QString HostPaths::configDir() const
{
    return m_env.xdgConfigHome + QStringLiteral("/banger");
}

QString HostPaths::userConfig() const
{
    if (!m_env.configFile.isEmpty())
        return QFileInfo(m_env.configFile).absoluteFilePath();
    return configDir() + QStringLiteral("/config.toml");
}

QString HostPaths::defaultSshKey() const
{
    return configDir() + QStringLiteral("/ssh/id_ed25519");
}

QString HostPaths::bangerSshConfig() const
{
    return configDir() + QStringLiteral("/ssh_config");
}

QString HostPaths::userSshConfig() const
{
    return m_env.home + QStringLiteral("/.ssh/config");
}

QStringList HostPaths::searchPath() const
{
    QStringList dirs;
    for (const QString &dir : m_env.path.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (QDir::isAbsolutePath(dir))
            dirs << system(dir);
    }
    return dirs;
}

static bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString HostPaths::findExecutable(const QString &nameOrPath) const
{
    const QString name = expandUser(nameOrPath.trimmed());
    if (name.isEmpty())
        return {};
    if (name.contains(QLatin1Char('/'))) {
        const QString path = QDir::isAbsolutePath(name) ? system(name) : QFileInfo(name).absoluteFilePath();
        return isExecutableFile(path) ? path : QString();
    }
    for (const QString &dir : searchPath()) {
        const QString candidate = dir + QLatin1Char('/') + name;
        if (isExecutableFile(candidate))
            return candidate;
    }
    return {};
}

} // namespace bd
