// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckRegistry.h"

#include "checks/Checks.h"

#include <QCoreApplication>

namespace bd {

namespace {

constexpr int kQuick = 3000;
constexpr int kDbus = 6000;
constexpr int kProcess = 9000;

bool withInstall(const DoctorInputs &in)
{
    return in.hasInstall();
}

const char *const kHost = QT_TRANSLATE_NOOP("bd::Checks", "Host");
const char *const kConfiguration = QT_TRANSLATE_NOOP("bd::Checks", "Configuration");
const char *const kRuntime = QT_TRANSLATE_NOOP("bd::Checks", "Runtime");
const char *const kSecurity = QT_TRANSLATE_NOOP("bd::Checks", "Security posture");

} // namespace

const QList<CheckDefinition> &checkRegistry()
{
    using namespace checks;
    static const QList<CheckDefinition> registry = {
        {"host-architecture", QT_TRANSLATE_NOOP("bd::Checks", "host architecture"), kHost, kQuick, nullptr,
         hostArchitecture},
        {"banger-version", QT_TRANSLATE_NOOP("bd::Checks", "banger version"), kHost, kQuick, nullptr, bangerVersion},
        {"user-config", QT_TRANSLATE_NOOP("bd::Checks", "user config"), kConfiguration, kQuick, nullptr, userConfig},
        {"state-store", QT_TRANSLATE_NOOP("bd::Checks", "state store"), kRuntime, kQuick, nullptr, stateStore},
        {"host-runtime", QT_TRANSLATE_NOOP("bd::Checks", "host runtime"), kRuntime, kQuick, nullptr, hostRuntime},
        {"core-vm-lifecycle", QT_TRANSLATE_NOOP("bd::Checks", "core vm lifecycle"), kRuntime, kQuick, nullptr,
         coreVmLifecycle},
        {"vsock-guest-agent", QT_TRANSLATE_NOOP("bd::Checks", "vsock guest agent"), kRuntime, kQuick, nullptr,
         vsockGuestAgent},
        {"vm-defaults", QT_TRANSLATE_NOOP("bd::Checks", "vm defaults"), kConfiguration, kQuick, nullptr, vmDefaults},
        {"ssh-shortcut", QT_TRANSLATE_NOOP("bd::Checks", "ssh shortcut"), kConfiguration, kQuick, sshShortcutApplies,
         sshShortcut},
        {"kvm-access", QT_TRANSLATE_NOOP("bd::Checks", "kvm access"), kHost, kQuick, nullptr, kvmAccess},
        {"tun-device", QT_TRANSLATE_NOOP("bd::Checks", "tun device"), kHost, kQuick, nullptr, tunDevice},
        {"firecracker-binary", QT_TRANSLATE_NOOP("bd::Checks", "firecracker binary"), kRuntime, kProcess, nullptr,
         firecrackerBinary},
        {"security-posture", QT_TRANSLATE_NOOP("bd::Checks", "security posture"), kSecurity, kQuick, nullptr,
         securityPosture},
        {"helper-service", QT_TRANSLATE_NOOP("bd::Checks", "helper service"), kSecurity, kDbus, withInstall,
         helperService},
        {"daemon-service", QT_TRANSLATE_NOOP("bd::Checks", "owner daemon service"), kSecurity, kDbus, withInstall,
         daemonService},
        {"helper-socket", QT_TRANSLATE_NOOP("bd::Checks", "helper socket"), kSecurity, kQuick, withInstall,
         helperSocket},
        {"daemon-socket", QT_TRANSLATE_NOOP("bd::Checks", "daemon socket"), kSecurity, kQuick, withInstall,
         daemonSocket},
        {"helper-unit-hardening", QT_TRANSLATE_NOOP("bd::Checks", "helper unit hardening"), kSecurity, kDbus,
         withInstall, helperUnitHardening},
        {"daemon-unit-hardening", QT_TRANSLATE_NOOP("bd::Checks", "daemon unit hardening"), kSecurity, kDbus,
         withInstall, daemonUnitHardening},
        {"firecracker-ownership", QT_TRANSLATE_NOOP("bd::Checks", "firecracker binary ownership"), kSecurity, kQuick,
         withInstall, firecrackerOwnership},
    };
    return registry;
}

const CheckDefinition *findCheck(const QString &id)
{
    for (const CheckDefinition &def : checkRegistry()) {
        if (id == QLatin1String(def.id))
            return &def;
    }
    return nullptr;
}

QString translatedCheckName(const QString &id, const QString &fallback)
{
    const CheckDefinition *def = findCheck(id);
    return def ? QCoreApplication::translate("bd::Checks", def->name) : fallback;
}

QString translatedGroupName(const char *group)
{
    return QCoreApplication::translate("bd::Checks", group);
}

} // namespace bd
