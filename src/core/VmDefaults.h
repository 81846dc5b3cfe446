// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TomlFiles.h"

#include <QString>

#include <optional>

namespace bd {

// What this machine has, read from the machine the doctor runs on (sysconf and /proc/meminfo), never
// from --root: a mounted image says nothing about the CPUs that would run its VMs.
struct HostResources
{
    int cpus = 0;
    qint64 memoryBytes = 0;

    static std::optional<HostResources> current();
    // MemTotal from a /proc/meminfo text, in bytes; nullopt when absent or malformed.
    static std::optional<qint64> parseMemTotal(const QByteArray &meminfo);
};

// Sizing that `vm create` applies when the user gives no flags, and where each number came from:
//  - config:  [vm_defaults] in config.toml;
//  - auto:    derived from the host: vcpu = clamp(cpus / 2, 1, 4) and
//             memory = clamp(total / 4, 512 MiB, 4096 MiB) rounded down to a multiple of 256 MiB;
//  - builtin: when the host cannot be read, 2 vcpus and 1024 MiB; the work disk is always 8 GiB
//             unless configured, since free disk space says nothing about what a VM needs.
struct VmDefaults
{
    enum class Source
    {
        Config,
        Auto,
        Builtin
    };

    int vcpuCount = 0;
    Source vcpuSource = Source::Builtin;
    int memoryMib = 0;
    Source memorySource = Source::Builtin;
    qint64 diskBytes = 0;
    Source diskSource = Source::Builtin;

    static constexpr int builtinVcpus = 2;
    static constexpr int builtinMemoryMib = 1024;
    static constexpr qint64 builtinDiskBytes = qint64(8) << 30;

    static VmDefaults resolve(const VmDefaultsConfig &config, const std::optional<HostResources> &host);
};

QString sourceKey(VmDefaults::Source source); // "config", "auto", "builtin"
// 8589934592 → "8 GiB", 1610612736 → "1.5 GiB", 536870912 → "512 MiB", 1000 → "1000 B".
QString formatBytes(qint64 bytes);

} // namespace bd
