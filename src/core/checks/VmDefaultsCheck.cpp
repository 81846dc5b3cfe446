// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vm-defaults: the sizing new VMs get, each number with where it came from. Informational, so it
// always passes; the rule for the "auto" numbers is documented on bd::VmDefaults.
#include "Checks.h"

#include "VmDefaults.h"

#include <QCoreApplication>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

} // namespace

CheckResult vmDefaultsFor(const DoctorInputs &in, const std::optional<HostResources> &host)
{
    const VmDefaults d = VmDefaults::resolve(in.config().vmDefaults, host);
    CheckResult result = CheckResult::pass({
        tr("vcpu: %1 (%2)").arg(d.vcpuCount).arg(sourceKey(d.vcpuSource)),
        tr("memory: %1 MiB (%2)").arg(d.memoryMib).arg(sourceKey(d.memorySource)),
        tr("disk: %1 (%2)").arg(formatBytes(d.diskBytes), sourceKey(d.diskSource)),
        tr("override any of these in %1 under [vm_defaults]").arg(in.paths.userConfig()),
    });
    result.sources << in.paths.userConfig();
    if (host)
        result.sources << QStringLiteral("sysconf(_SC_NPROCESSORS_ONLN)") << QStringLiteral("/proc/meminfo");
    return result;
}

CheckResult vmDefaults(const CheckContext &ctx)
{
    return vmDefaultsFor(ctx.in, HostResources::current());
}

} // namespace bd::checks
