// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// banger-version: this app's build next to the install's, warning when a released pair disagrees.
#include "Checks.h"

#include "BuildInfo.h"
#include "VersionDrift.h"

#include <QCoreApplication>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

QString appLine(const BuildStamp &app)
{
    return tr("Banger Doctor %1 (commit %2)").arg(app.version, shortCommit(app.commit));
}

QString installLine(const InstallMeta &meta)
{
    const QString installed =
        meta.installedAt.isValid() ? meta.installedAt.toUTC().toString(Qt::ISODate) : tr("at an unknown time");
    return tr("installed banger %1 (commit %2, installed %3)")
        .arg(meta.version.isEmpty() ? tr("of unknown version") : meta.version, shortCommit(meta.commit), installed);
}

} // namespace

CheckResult bangerVersionFor(const BuildStamp &app, const InstallLoad &install, const QString &installPath)
{
    if (!install.exists)
        return CheckResult::pass({appLine(app), tr("no %1: not a system install").arg(installPath)});
    if (!install.value)
        return CheckResult::pass(
            {appLine(app), tr("%1 cannot be read; see the security posture row").arg(installPath)});

    const InstallMeta &meta = *install.value;
    CheckResult result;
    if (versionsDrift(app, {meta.version, meta.commit}))
        result = CheckResult::warn({appLine(app), installLine(meta),
                                    tr("the doctor and the installed banger are different builds, so some checks "
                                       "may not match the install; update whichever side is older")});
    else if (isDevVersion(app.version) || isDevVersion(meta.version))
        result = CheckResult::pass({appLine(app), installLine(meta), tr("development build, versions not compared")});
    else
        result = CheckResult::pass({appLine(app), installLine(meta) + tr(" (matches)")});
    result.sources << installPath;
    return result;
}

CheckResult bangerVersion(const CheckContext &ctx)
{
    const BuildStamp app{QString::fromLatin1(buildinfo::version), QString::fromLatin1(buildinfo::commit)};
    return bangerVersionFor(app, ctx.in.installLoad, ctx.in.paths.installToml());
}

} // namespace bd::checks
