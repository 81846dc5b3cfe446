// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checks.h"

#include <QCoreApplication>

namespace bd::checks {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
static QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

static CheckResult devMode(const QString &path)
{
    return CheckResult::warn(
        {tr("no system install found (%1 is missing)").arg(path),
         tr("in this mode the helper's SO_PEERCRED check, the narrow capability bounding set, NoNewPrivileges and "
            "ProtectSystem=strict do not protect you"),
         tr("for the supported trust model install with: sudo banger system install --owner \"$USER\"")});
}

static CheckResult malformed(const LoadError &error)
{
    CheckResult result = CheckResult::fail(
        {error.toString(), tr("service, socket and unit hardening checks are skipped until install.toml is valid"),
         tr("restore the file with: sudo banger system install --owner \"$USER\"")});
    result.sources << QStringLiteral("%1:%2").arg(error.file).arg(error.line);
    return result;
}

CheckResult securityPosture(const CheckContext &ctx)
{
    const InstallLoad &load = ctx.in.installLoad;
    const QString path = ctx.in.paths.installToml();
    if (!load.exists)
        return devMode(path);
    if (load.error)
        return malformed(*load.error);

    const InstallMeta &meta = *load.value;
    CheckResult result =
        CheckResult::pass({tr("system install for %1 (uid %2)").arg(meta.ownerUser).arg(meta.ownerUid)});
    result.sources << path;
    return result;
}

} // namespace bd::checks
