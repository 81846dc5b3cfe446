// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// helper-service and daemon-service: the unit's ActiveState as the running systemd reports it over
// D-Bus. The restart hint is shown to the user, never run.
#include "Checks.h"

#include "systemd/SystemdClient.h"

#include <QCoreApplication>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("bd::checks", text, disambiguation);
}

QString reinstallHint()
{
    return tr("reinstall with `sudo banger system install`, then re-run the doctor");
}

CheckResult unanswered(const QString &unit, const UnitStatus &status, int timeoutMs)
{
    switch (status.failure) {
    case SystemdFailure::NoSuchUnit:
        return CheckResult::fail({tr("%1 is not loaded and systemd could not load it").arg(unit), reinstallHint()});
    case SystemdFailure::Timeout:
        return CheckResult::fail(
            {tr("systemd did not answer within %1 ms when asked about %2").arg(timeoutMs).arg(unit),
             tr("check that systemd is responsive (`systemctl status`), then re-run the doctor")});
    case SystemdFailure::BusUnreachable:
        return CheckResult::fail({tr("cannot reach the system bus to ask systemd about %1").arg(unit), status.error,
                                  tr("make sure the D-Bus system bus is running (`systemctl status dbus`)")});
    case SystemdFailure::NotOnBus:
        return CheckResult::fail({tr("systemd is not on the system bus, so %1 cannot be checked").arg(unit),
                                  tr("banger's services need systemd as the init system")});
    case SystemdFailure::AccessDenied:
        return CheckResult::fail({tr("the system bus refused to tell the state of %1").arg(unit), status.error,
                                  tr("run the doctor as a user allowed to query systemd")});
    case SystemdFailure::Other:
    case SystemdFailure::None:
        break;
    }
    return CheckResult::fail(
        {tr("systemd could not report on %1").arg(unit), status.error, tr("check `systemctl status %1`").arg(unit)});
}

CheckResult judge(const QString &unit, const UnitStatus &status)
{
    if (status.isNotFound())
        return CheckResult::fail(
            {tr("%1 is not installed: systemd found no unit file for it").arg(unit), reinstallHint()});
    if (status.loadState == QLatin1String("masked"))
        return CheckResult::fail({tr("%1 is masked, so it cannot start").arg(unit),
                                  tr("run `sudo systemctl unmask %1 && sudo systemctl start %1`").arg(unit)});

    if (status.loadState == QLatin1String("error") || status.loadState == QLatin1String("bad-setting"))
        return CheckResult::fail({tr("systemd could not load %1 (load state %2)").arg(unit, status.loadState),
                                  tr("see `systemctl status %1` for the unit file error, then reinstall").arg(unit)});

    const QString state = status.subState.isEmpty()
                              ? status.activeState
                              : tr("%1 (%2)", "ActiveState (SubState)").arg(status.activeState, status.subState);
    if (status.activeState == QLatin1String("active"))
        return CheckResult::pass({tr("%1 is %2").arg(unit, state)});
    return CheckResult::fail({tr("%1 is %2, not active").arg(unit, state),
                              tr("run `sudo systemctl restart %1` and re-run the doctor").arg(unit)});
}

CheckResult serviceCheck(const CheckContext &ctx, const QString &unit)
{
    const int timeoutMs = ctx.in.options.dbusTimeoutMs;
    const SystemdClient client(SystemdClient::systemBus(), timeoutMs, ctx.deadline);
    const UnitStatus status = client.unit(unit);

    CheckResult result = status.ok() ? judge(unit, status) : unanswered(unit, status, timeoutMs);
    if (status.ok())
        result.sources << QStringLiteral("D-Bus Unit.ActiveState %1").arg(status.objectPath);
    else
        result.sources << QStringLiteral("D-Bus Manager.LoadUnit %1").arg(unit);
    return result;
}

} // namespace

CheckResult helperService(const CheckContext &ctx)
{
    return serviceCheck(ctx, ctx.in.paths.helperUnit());
}

CheckResult daemonService(const CheckContext &ctx)
{
    return serviceCheck(ctx, ctx.in.paths.daemonUnit());
}

} // namespace bd::checks
