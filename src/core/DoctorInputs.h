// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostPaths.h"
#include "TomlFiles.h"

#include <QDeadlineTimer>

#include <memory>

namespace bd {

// What every check may read, loaded once per run on a worker thread and then shared read-only.
struct DoctorOptions
{
    QString root = QStringLiteral("/");
    QString configFile;
    int dbusTimeoutMs = 2000;
    int firecrackerTimeoutMs = 5000;
};

struct DoctorInputs
{
    DoctorOptions options;
    HostPaths paths;
    ConfigLoad configLoad;
    InstallLoad installLoad;

    // The effective config: the loaded one, or defaults when missing or malformed.
    UserConfig config() const { return configLoad.value.value_or(UserConfig{}); }
    bool hasInstall() const { return installLoad.value.has_value(); }
    // owner_uid from install.toml, else the current user.
    qint64 ownerUid() const;
    QString ownerUser() const;
    QString sshKeyPath() const;

    static std::shared_ptr<const DoctorInputs> load(const DoctorOptions &options);
    static std::shared_ptr<const DoctorInputs> load(const DoctorOptions &options, const HostPaths &paths);
};

// Handed to every check on its worker thread.
struct CheckContext
{
    const DoctorInputs &in;
    QDeadlineTimer deadline;
};

} // namespace bd
