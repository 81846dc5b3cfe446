// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ssh-shortcut: when banger writes its own ssh_config, ~/.ssh/config should Include it so that
// `ssh NAME.vm` works. Opt-in convenience, hence a warning and never a failure.
#include "Checks.h"

#include "SshConfig.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

QString placementHint(const QString &line, const QString &userConfig)
{
    return tr("add this line to %1, above any Host or Match line: %2").arg(userConfig, line);
}

} // namespace

bool sshShortcutApplies(const DoctorInputs &in)
{
    return QFileInfo(in.paths.bangerSshConfig()).isFile();
}

CheckResult sshShortcut(const CheckContext &ctx)
{
    const QString target = ctx.in.paths.bangerSshConfig();
    const QString userConfig = ctx.in.paths.userSshConfig();
    const ssh::IncludeSearch search = ssh::findInclude(userConfig, target, ctx.in.paths.home());
    const QString line = ssh::includeLineFor(target, ctx.in.paths.home());

    CheckResult result;
    if (search.found) {
        result = CheckResult::pass({tr("enabled: `ssh NAME.vm` goes through banger"),
                                    tr("%1 is included from %2:%3").arg(target, search.viaFile).arg(search.viaLine)});
        result.sources << search.viaFile + QLatin1Char(':') + QString::number(search.viaLine);
        return result;
    }

    QStringList details;
    if (!search.configRead)
        details << tr("%1 could not be read (%2), so `ssh NAME.vm` is not enabled").arg(userConfig, search.configError);
    else
        details << tr("%1 does not include %2, so `ssh NAME.vm` is not enabled (optional)").arg(userConfig, target);
    details << search.warnings;
    details << placementHint(line, userConfig);
    result = CheckResult::warn(details);
    result.sources << userConfig;
    return result;
}

} // namespace bd::checks
