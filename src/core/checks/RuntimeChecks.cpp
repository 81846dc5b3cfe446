// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Preflight rows for what the daemon needs at run time: host tools and the vsock guest agent.
#include "Checks.h"

#include "FileStat.h"
#include "HostTools.h"
#include "Preflight.h"

#include <QCoreApplication>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("bd::checks", text, disambiguation);
}

QString firstOnPath(const HostPaths &paths, const QStringList &names)
{
    for (const QString &name : names) {
        if (const QString found = paths.findExecutable(name); !found.isEmpty())
            return found;
    }
    return {};
}

QString missingToolText(const HostTool &tool)
{
    const QString names = tool.anyOf.join(tr(" or ", "between alternative tool names"));
    return tr("%1 not found on PATH (needed to %2)").arg(names, tool.purpose);
}

} // namespace

CheckResult coreVmLifecycle(const CheckContext &ctx)
{
    QString error;
    const std::optional<QList<HostTool>> tools = loadHostTools(&error);
    if (!tools)
        return CheckResult::fail({error, tr("this build is broken; reinstall Banger Doctor")});

    QList<HostTool> missing;
    QStringList packages;
    for (const HostTool &tool : *tools) {
        if (!firstOnPath(ctx.in.paths, tool.anyOf).isEmpty())
            continue;
        missing << tool;
        if (!packages.contains(tool.package))
            packages << tool.package;
    }

    // One install command for everything missing, so the hint can be copied as it is.
    Preflight preflight;
    preflight.addSource(QStringLiteral("PATH lookup under ") + ctx.in.paths.searchPath().join(QLatin1Char(':')));
    const QString hint = tr("sudo apt install %1").arg(packages.join(QLatin1Char(' ')));
    for (const HostTool &tool : std::as_const(missing))
        preflight.addProblem(missingToolText(tool), hint);
    return preflight.result(tr("required host tools available"));
}

CheckResult vsockGuestAgent(const CheckContext &ctx)
{
    Preflight preflight;
    preflight.requireExecutable(ctx.in.paths.vsockAgent(), tr("vsock agent helper"),
                                tr("reinstall banger so it ships its vsock agent helper"));

    const QString device = ctx.in.paths.devVhostVsock();
    preflight.addSource(QStringLiteral("stat ") + device);
    if (!FileStat::of(device).exists())
        preflight.addProblem(tr("vsock host device %1 not found").arg(device),
                             tr("load the vhost_vsock module: sudo modprobe vhost_vsock"));
    return preflight.result(tr("vsock guest agent prerequisites available"));
}

} // namespace bd::checks
