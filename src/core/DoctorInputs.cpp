// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorInputs.h"

#include <pwd.h>
#include <unistd.h>

namespace bd {

qint64 DoctorInputs::ownerUid() const
{
    if (installLoad.value)
        return installLoad.value->ownerUid;
    return qint64(::getuid());
}

QString DoctorInputs::ownerUser() const
{
    if (installLoad.value)
        return installLoad.value->ownerUser;
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

QString DoctorInputs::sshKeyPath() const
{
    const QString configured = config().sshKeyPath.trimmed();
    if (configured.isEmpty())
        return paths.defaultSshKey();
    return paths.system(paths.expandUser(configured));
}

std::shared_ptr<const DoctorInputs> DoctorInputs::load(const DoctorOptions &options)
{
    return load(options, HostPaths::fromProcess(options.root, options.configFile));
}

std::shared_ptr<const DoctorInputs> DoctorInputs::load(const DoctorOptions &options, const HostPaths &paths)
{
    auto inputs = std::make_shared<DoctorInputs>();
    inputs->options = options;
    inputs->paths = paths;
    inputs->configLoad = loadUserConfig(paths.userConfig());
    inputs->installLoad = loadInstallMeta(paths.installToml());
    return inputs;
}

} // namespace bd
