// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// helper-unit-hardening and daemon-unit-hardening: the sandboxing settings of banger's two units,
// judged on what systemd really applies. Two views are judged with the same rules:
//   - the unit file with its drop-ins (UnitFile), which is what the next daemon-reload loads;
//   - the loaded unit's org.freedesktop.systemd1.Service properties over D-Bus, which is what
//     systemd uses now, when the unit is loaded.
// Status: fail when either view misses a requirement (a weaker loaded unit fails even when the file
// is right: that weaker unit is the one running); warn when both meet the requirements but differ
// (a daemon-reload is pending, and a unit file that systemd reports as not-found counts as one);
// pass otherwise. When the loaded unit cannot be read (no bus, timeout, access denied) the file
// alone decides and a detail says why nothing was compared; the *-service rows already fail then.
#include "Checks.h"

#include "systemd/Capabilities.h"
#include "systemd/SystemdClient.h"
#include "systemd/UnitFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

// The settings compared, in report order; CapabilityBoundingSet is handled on its own.
const QStringList kKeys = {
    QStringLiteral("User"),        QStringLiteral("NoNewPrivileges"),  QStringLiteral("ProtectSystem"),
    QStringLiteral("ProtectHome"), QStringLiteral("RestrictSUIDSGID"), QStringLiteral("LockPersonality")};
const QString kCaps = QStringLiteral("CapabilityBoundingSet");

// "Narrow" for the helper's CapabilityBoundingSet=: the set is explicitly restricted (assigned at
// least once and not every capability), and keeps none of the capabilities below. Each of them
// lets a root process undo the sandbox whatever else the unit says: CAP_SYS_MODULE loads code into
// the kernel, CAP_SYS_RAWIO reads and writes raw memory and I/O ports, CAP_SYS_PTRACE takes over
// any process on the host, CAP_SYS_BOOT can kexec another kernel, and CAP_MAC_ADMIN /
// CAP_MAC_OVERRIDE switch off or bypass the LSM policy. What the helper legitimately needs
// (CAP_NET_ADMIN for taps and nftables, CAP_SYS_ADMIN for loop and device-mapper setup, file
// ownership capabilities) is not judged here: banger's installer owns that list.
constexpr quint64 deniedCapabilities()
{
    return (quint64(1) << 16) | (quint64(1) << 17) | (quint64(1) << 19) | (quint64(1) << 22) | (quint64(1) << 32) |
           (quint64(1) << 33);
}

struct Requirements
{
    QMap<QString, QString> values; // key -> the value systemd reports ("yes", "strict", ...)
    bool narrowCapabilities = false;
};

// One view of the unit: values normalised as systemd reports them over D-Bus, each with its source.
struct View
{
    QMap<QString, UnitValue> values;
    quint64 capabilities = ~quint64(0);
    bool capabilitiesAssigned = false;
    QString capabilitiesSource;
};

View fileView(const UnitFile &unit)
{
    View view;
    for (const QString &key : kKeys)
        view.values.insert(key, unit.setting(key));
    view.capabilities = unit.capabilityBoundingSet().mask;
    view.capabilitiesAssigned = unit.capabilityBoundingSet().assigned;
    view.capabilitiesSource = unit.capabilityBoundingSet().sources.join(QStringLiteral(", "));
    return view;
}

View loadedView(const QVariantMap &props)
{
    View view;
    for (const QString &key : kKeys) {
        const QVariant value = props.value(key);
        const QString text = value.metaType() == QMetaType::fromType<bool>()
                                 ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                 : value.toString();
        view.values.insert(key, UnitValue{text, QStringLiteral("D-Bus Service.") + key});
    }
    view.capabilities = props.value(kCaps).toULongLong();
    view.capabilitiesAssigned = !capabilities::isFull(view.capabilities);
    view.capabilitiesSource = QStringLiteral("D-Bus Service.") + kCaps;
    return view;
}

QString describeCaps(quint64 mask)
{
    if (capabilities::isFull(mask))
        return tr("every capability");
    if ((mask & capabilities::kKnownMask) == 0)
        return tr("no capabilities");
    return capabilities::names(mask & capabilities::kKnownMask).join(u' ');
}

QString where(const QString &source)
{
    return source.isEmpty() ? tr("not set") : source;
}

std::optional<QString> capabilityProblem(const View &view)
{
    if (!view.capabilitiesAssigned || capabilities::isFull(view.capabilities))
        return tr("CapabilityBoundingSet= keeps every capability, needs a narrow set (%1)")
            .arg(where(view.capabilitiesSource));

    const quint64 denied = view.capabilities & deniedCapabilities();
    if (denied)
        return tr("CapabilityBoundingSet= keeps %1, which can undo the sandbox (%2)")
            .arg(capabilities::names(denied).join(QStringLiteral(", ")), where(view.capabilitiesSource));
    return std::nullopt;
}

QStringList problems(const View &view, const Requirements &req)
{
    QStringList out;
    for (const QString &key : kKeys) {
        const UnitValue got = view.values.value(key);
        if (!req.values.contains(key) || got.value == req.values.value(key))
            continue;
        const QString shown = got.value.isEmpty() ? tr("empty") : got.value;
        out << tr("%1=%2, needs %3 (%4)").arg(key, shown, req.values.value(key), where(got.source));
    }
    if (req.narrowCapabilities) {
        if (const std::optional<QString> caps = capabilityProblem(view))
            out << *caps;
    }
    return out;
}

QStringList differences(const View &file, const View &loaded)
{
    QStringList out;
    for (const QString &key : kKeys) {
        const QString a = file.values.value(key).value;
        const QString b = loaded.values.value(key).value;
        if (a != b)
            out << tr("%1: loaded unit has %2, unit file has %3 (%4)")
                       .arg(key, b.isEmpty() ? tr("empty") : b, a.isEmpty() ? tr("empty") : a,
                            where(file.values.value(key).source));
    }
    const quint64 known = capabilities::kKnownMask;
    if ((file.capabilities & known) != (loaded.capabilities & known))
        out << tr("%1: loaded unit has %2, unit file has %3 (%4)")
                   .arg(kCaps, describeCaps(loaded.capabilities), describeCaps(file.capabilities),
                        where(file.capabilitiesSource));
    return out;
}

QStringList fileSources(const View &view)
{
    QStringList out;
    for (const QString &key : kKeys) {
        const QString source = view.values.value(key).source;
        if (!source.isEmpty() && !out.contains(source))
            out << source;
    }
    if (view.capabilitiesAssigned)
        out << view.capabilitiesSource;
    return out;
}

QString reinstallHint()
{
    return tr("reinstall with `sudo banger system install` to restore the unit, then re-run the doctor");
}

QString reloadHint(const QString &unit)
{
    return tr("run `sudo systemctl daemon-reload && sudo systemctl restart %1`").arg(unit);
}

// A weakening drop-in is fixed by editing that drop-in; a weak unit file by reinstalling; a file that
// is right but not yet loaded by a daemon-reload.
QString hintFor(const QString &unit, const UnitFile &file, const QStringList &fileProblems)
{
    if (fileProblems.isEmpty())
        return reloadHint(unit);

    QStringList culprits;
    for (const QString &dropIn : file.dropInPaths()) {
        const QString marker = dropIn + u':';
        if (std::any_of(fileProblems.cbegin(), fileProblems.cend(),
                        [&marker](const QString &problem) { return problem.contains(marker); }))
            culprits << dropIn;
    }
    if (culprits.isEmpty())
        return reinstallHint();
    return tr("fix or remove %1, then run `sudo systemctl daemon-reload && sudo systemctl restart %2`")
        .arg(culprits.join(QStringLiteral(", ")), unit);
}

// The loaded unit's Service properties, or the reason they are not compared.
struct LoadedUnit
{
    std::optional<View> view;
    QString why;
    bool notFound = false; // systemd answered but knows no unit file: the file is newer than its last reload
};

LoadedUnit readLoaded(const CheckContext &ctx, const QString &unit)
{
    const SystemdClient client(SystemdClient::systemBus(), ctx.in.options.dbusTimeoutMs, ctx.deadline);
    const UnitStatus status = client.unit(unit);
    if (!status.ok() && status.failure != SystemdFailure::NoSuchUnit)
        return {std::nullopt, SystemdClient::failureText(status.failure), false};
    if (status.isNotFound())
        return {std::nullopt, tr("systemd has not loaded a unit file for it"), true};
    if (!status.isLoaded())
        return {std::nullopt, tr("systemd has not loaded it (%1)").arg(status.loadState), false};

    const UnitProperties props = client.serviceProperties(status.objectPath);
    if (!props.ok())
        return {std::nullopt, SystemdClient::failureText(props.failure), false};
    return {loadedView(props.values), {}, false};
}

CheckResult unreadableUnit(const QString &unit, const UnitFile &file)
{
    switch (file.outcome()) {
    case UnitFile::Outcome::NotFound:
        return CheckResult::fail({tr("%1 has no unit file: %2").arg(unit, file.error()), reinstallHint()});
    case UnitFile::Outcome::Masked:
        return CheckResult::fail({file.error(), tr("run `sudo systemctl unmask %1`, then reinstall").arg(unit)});
    case UnitFile::Outcome::Error:
    case UnitFile::Outcome::Loaded:
        break;
    }
    return CheckResult::fail({tr("cannot read the unit %1: %2").arg(unit, file.error()), reinstallHint()});
}

CheckResult hardeningCheck(const CheckContext &ctx, const QString &unit, const Requirements &req)
{
    const UnitFile file = UnitFile::load(ctx.in.paths, unit);
    if (file.outcome() != UnitFile::Outcome::Loaded) {
        CheckResult result = unreadableUnit(unit, file);
        result.sources << file.fragmentPath();
        return result;
    }

    const View fromFile = fileView(file);
    const LoadedUnit loadedUnit = readLoaded(ctx, unit);
    const std::optional<View> &loaded = loadedUnit.view;
    const QString &why = loadedUnit.why;
    const QStringList fileProblems = problems(fromFile, req);
    const QStringList loadedProblems = loaded ? problems(*loaded, req) : QStringList();
    QStringList pending = loaded ? differences(fromFile, *loaded) : QStringList();
    if (loadedUnit.notFound)
        pending << tr("%1: the unit file exists but systemd has not loaded it").arg(unit);

    QStringList sources = QStringList{file.fragmentPath()} + file.dropInPaths() + fileSources(fromFile);
    sources.removeDuplicates();
    if (loaded)
        sources << QStringLiteral("D-Bus org.freedesktop.systemd1.Service (%1)").arg(unit);

    CheckResult result;
    if (!fileProblems.isEmpty() || !loadedProblems.isEmpty()) {
        QStringList details;
        for (const QString &p : fileProblems)
            details << tr("unit file: %1").arg(p);
        for (const QString &p : loadedProblems)
            details << tr("loaded unit: %1").arg(p);
        if (!pending.isEmpty())
            details << tr("the loaded unit differs from the unit file: a daemon-reload is pending") << pending;
        details << hintFor(unit, file, fileProblems);
        result = CheckResult::fail(details);
    } else if (!pending.isEmpty()) {
        result = CheckResult::warn(QStringList{tr("the loaded unit differs from the unit file: a daemon-reload is "
                                                  "pending")} +
                                   pending + QStringList{reloadHint(unit)});
    } else {
        const int count = int(req.values.size()) + (req.narrowCapabilities ? 1 : 0);
        QStringList details{tr("%1 meets all %2 hardening requirements").arg(unit).arg(count)};
        details << (loaded ? tr("the loaded unit matches the unit file")
                           : tr("the loaded unit was not compared: %1").arg(why));
        result = CheckResult::pass(details);
    }
    result.sources = sources;
    return result;
}

} // namespace

CheckResult helperUnitHardening(const CheckContext &ctx)
{
    Requirements req;
    req.values = {{QStringLiteral("NoNewPrivileges"), QStringLiteral("yes")},
                  {QStringLiteral("ProtectSystem"), QStringLiteral("strict")},
                  {QStringLiteral("ProtectHome"), QStringLiteral("yes")},
                  {QStringLiteral("RestrictSUIDSGID"), QStringLiteral("yes")},
                  {QStringLiteral("LockPersonality"), QStringLiteral("yes")}};
    req.narrowCapabilities = true;
    return hardeningCheck(ctx, ctx.in.paths.helperUnit(), req);
}

CheckResult daemonUnitHardening(const CheckContext &ctx)
{
    Requirements req;
    req.values = {{QStringLiteral("User"), ctx.in.ownerUser()},
                  {QStringLiteral("NoNewPrivileges"), QStringLiteral("yes")},
                  {QStringLiteral("ProtectSystem"), QStringLiteral("strict")},
                  {QStringLiteral("ProtectHome"), QStringLiteral("read-only")},
                  {QStringLiteral("RestrictSUIDSGID"), QStringLiteral("yes")},
                  {QStringLiteral("LockPersonality"), QStringLiteral("yes")}};
    return hardeningCheck(ctx, ctx.in.paths.daemonUnit(), req);
}

} // namespace bd::checks
