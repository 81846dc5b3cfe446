// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The check functions, one small file per group; checkRegistry() lists them in report order.
#pragma once

#include "CheckResult.h"
#include "DoctorInputs.h"
#include "VersionDrift.h"
#include "VmDefaults.h"

namespace bd::checks {

// HostChecks.cpp
CheckResult hostArchitecture(const CheckContext &ctx);

// DeviceChecks.cpp
CheckResult kvmAccess(const CheckContext &ctx);
CheckResult tunDevice(const CheckContext &ctx);

// VersionCheck.cpp
CheckResult bangerVersion(const CheckContext &ctx);
// The same row for a given build, so tests can pair any app build with any install.
CheckResult bangerVersionFor(const BuildStamp &app, const InstallLoad &install, const QString &installPath);

// ConfigCheck.cpp
CheckResult userConfig(const CheckContext &ctx);

// StateStoreCheck.cpp
CheckResult stateStore(const CheckContext &ctx);

// HostRuntimeCheck.cpp
CheckResult hostRuntime(const CheckContext &ctx);

// RuntimeChecks.cpp
CheckResult coreVmLifecycle(const CheckContext &ctx);
CheckResult vsockGuestAgent(const CheckContext &ctx);

// VmDefaultsCheck.cpp
CheckResult vmDefaults(const CheckContext &ctx);
// The same row for given host resources (nullopt: the host could not be read).
CheckResult vmDefaultsFor(const DoctorInputs &in, const std::optional<HostResources> &host);

// SshShortcutCheck.cpp
bool sshShortcutApplies(const DoctorInputs &in);
CheckResult sshShortcut(const CheckContext &ctx);

// FirecrackerChecks.cpp
CheckResult firecrackerBinary(const CheckContext &ctx);
CheckResult firecrackerOwnership(const CheckContext &ctx);

// SecurityPostureCheck.cpp
CheckResult securityPosture(const CheckContext &ctx);

// ServiceChecks.cpp
CheckResult helperService(const CheckContext &ctx);
CheckResult daemonService(const CheckContext &ctx);

// SocketChecks.cpp
CheckResult helperSocket(const CheckContext &ctx);
CheckResult daemonSocket(const CheckContext &ctx);

// HardeningChecks.cpp
CheckResult helperUnitHardening(const CheckContext &ctx);
CheckResult daemonUnitHardening(const CheckContext &ctx);

} // namespace bd::checks
