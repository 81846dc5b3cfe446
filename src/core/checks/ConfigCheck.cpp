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

CheckResult userConfig(const CheckContext &ctx)
{
    const ConfigLoad &load = ctx.in.configLoad;
    const QString path = ctx.in.paths.userConfig();
    if (!load.exists)
        return CheckResult::pass({tr("no config at %1; using defaults").arg(path)});
    if (load.error) {
        CheckResult result = CheckResult::fail(
            {load.error->toString(), tr("the other checks use defaults until this is fixed"),
             tr("fix the file at line %1 (see the TOML syntax at toml.io), or move it aside to use defaults")
                 .arg(qMax(load.error->line, 1))});
        result.sources << QStringLiteral("%1:%2").arg(load.error->file).arg(load.error->line);
        return result;
    }
    CheckResult result = CheckResult::pass({tr("loaded %1").arg(path)});
    result.sources << path;
    return result;
}

} // namespace bd::checks
