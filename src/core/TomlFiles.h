// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

// Where and why a TOML file could not be used; line and column are 1-based, 0 when unknown.
struct LoadError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "FILE:LINE:COLUMN: MESSAGE", the form editors and terminals turn into links.
    QString toString() const;
};

struct InstallMeta
{
    QString version;
    QString commit;
    QDateTime installedAt;
    QString ownerUser;
    qint64 ownerUid = -1;
};

struct VmDefaultsConfig
{
    std::optional<int> vcpuCount;
    std::optional<int> memoryMib;
    std::optional<qint64> diskSizeBytes;
};

struct UserConfig
{
    QString firecrackerBin = QStringLiteral("firecracker");
    QString sshKeyPath; // empty: the default key under the config dir
    QString defaultImageName;
    VmDefaultsConfig vmDefaults;
};

template<typename T> struct TomlLoad
{
    bool exists = false;
    std::optional<T> value; // set when the file exists and is valid
    std::optional<LoadError> error;
};

using InstallLoad = TomlLoad<InstallMeta>;
using ConfigLoad = TomlLoad<UserConfig>;

// Both loaders refuse non-regular and oversized files and never throw.
InstallLoad loadInstallMeta(const QString &path);
ConfigLoad loadUserConfig(const QString &path);

// "8G", "512M", "10GiB", "1073741824" → bytes; nullopt for anything else.
std::optional<qint64> parseSizeString(const QString &text);

} // namespace bd
