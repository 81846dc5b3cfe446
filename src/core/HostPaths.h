// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// The one place that turns host paths into the paths actually read. Every absolute system path
// (defaults, PATH look-ups, paths read from config.toml, install.toml or the state DB) goes through
// system(), which places it under --root. Paths inside $HOME are user paths and are never re-rooted.
class HostPaths
{
public:
    struct Environment
    {
        QString root = QStringLiteral("/");
        QString home;
        QString xdgConfigHome;
        QString path;       // the PATH to search for executables, as on the host
        QString configFile; // --config override, empty for the XDG default
    };

    HostPaths();
    explicit HostPaths(Environment env);
    // Reads HOME, XDG_CONFIG_HOME and PATH from the process environment.
    static HostPaths fromProcess(const QString &root = QStringLiteral("/"), const QString &configFile = {});

    QString root() const { return m_env.root; }
    bool isRerooted() const { return m_env.root != QLatin1String("/"); }
    QString home() const { return m_env.home; }

    QString system(const QString &hostPath) const;
    QString expandUser(const QString &path) const;

    QString installToml() const;
    QStringList unitDirectories() const;
    QString helperUnit() const { return QStringLiteral("banger-root-helper.service"); }
    QString daemonUnit() const { return QStringLiteral("bangerd.service"); }
    QString helperSocket() const;
    QString daemonSocket() const;
    QString stateDb() const;
    QString vsockAgent() const;
    QString osRelease() const;
    QString devKvm() const;
    QString devTun() const;
    QString devVhostVsock() const;

    QString configDir() const;
    QString userConfig() const;
    QString defaultSshKey() const;
    QString bangerSshConfig() const;
    QString userSshConfig() const;

    // PATH look-up under the root; a name with a slash is resolved as a path. Returns the resolved
    // path of an executable regular file, or an empty string.
    QString findExecutable(const QString &nameOrPath) const;
    QStringList searchPath() const;

private:
    bool isInsideHome(const QString &path) const;

    Environment m_env;
};

} // namespace bd
