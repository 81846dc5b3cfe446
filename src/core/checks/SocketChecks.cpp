// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The helper and daemon sockets are the trust boundary: mode 0600 and owned by banger's owner, so
// only that user can talk to them. Anything looser or owned by someone else is a failure.
#include "Checks.h"

#include "FileStat.h"

#include <QCoreApplication>

namespace bd::checks {

namespace {

constexpr mode_t kWantedMode = 0600;

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

QStringList socketProblems(const FileStat &st, qint64 ownerUid)
{
    if (st.type != FileStat::Type::Socket)
        return {tr("is a %1, want a socket").arg(st.typeName())};

    QStringList problems;
    if (st.permissions != kWantedMode)
        problems << tr("mode is %1, want %2").arg(st.modeText(), octalMode(kWantedMode));
    if (qint64(st.uid) != ownerUid)
        problems << tr("owner is uid %1 (%2), want uid %3 (%4)")
                        .arg(st.uid)
                        .arg(userName(st.uid))
                        .arg(ownerUid)
                        .arg(userName(uid_t(ownerUid)));
    return problems;
}

CheckResult checkSocket(const CheckContext &ctx, const QString &path, const QString &unit)
{
    const FileStat st = FileStat::ofLink(path);
    const qint64 ownerUid = ctx.in.ownerUid();

    CheckResult result;
    if (!st.exists()) {
        result = CheckResult::fail(
            {tr("%1: %2").arg(path, st.errorText()), tr("is %1 running? Check with: systemctl status %1").arg(unit)});
    } else if (const QStringList problems = socketProblems(st, ownerUid); !problems.isEmpty()) {
        QStringList details;
        for (const QString &problem : problems)
            details << path + QStringLiteral(": ") + problem;
        details << tr("restart %1 so it recreates the socket: sudo systemctl restart %1").arg(unit);
        result = CheckResult::fail(details);
    } else {
        result = CheckResult::pass({tr("%1: socket, mode %2, owner uid %3").arg(path, st.modeText()).arg(st.uid)});
    }
    result.sources << QStringLiteral("lstat ") + path;
    return result;
}

} // namespace

CheckResult helperSocket(const CheckContext &ctx)
{
    return checkSocket(ctx, ctx.in.paths.helperSocket(), ctx.in.paths.helperUnit());
}

CheckResult daemonSocket(const CheckContext &ctx)
{
    return checkSocket(ctx, ctx.in.paths.daemonSocket(), ctx.in.paths.daemonUnit());
}

} // namespace bd::checks
