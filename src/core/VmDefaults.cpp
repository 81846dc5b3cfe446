// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmDefaults.h"

#include "BoundedFile.h"

#include <algorithm>
#include <unistd.h>

namespace bd {

namespace {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kGiB = qint64(1) << 30;

int autoVcpus(int cpus)
{
    return std::clamp(cpus / 2, 1, 4);
}

int autoMemoryMib(qint64 memoryBytes)
{
    const qint64 quarterMib = memoryBytes / 4 / kMiB;
    const qint64 rounded = quarterMib / 256 * 256;
    return int(std::clamp<qint64>(rounded, 512, 4096));
}

QString withUnit(qint64 bytes, qint64 unit, const char *name)
{
    const double value = double(bytes) / double(unit);
    const int decimals = bytes % unit == 0 ? 0 : 1;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QLatin1String(name));
}

} // namespace

std::optional<qint64> HostResources::parseMemTotal(const QByteArray &meminfo)
{
    for (const QByteArray &line : meminfo.split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QList<QByteArray> fields = line.mid(9).simplified().split(' ');
        bool ok = false;
        const qint64 kib = fields.value(0).toLongLong(&ok);
        if (!ok || kib <= 0 || fields.value(1) != "kB")
            return std::nullopt;
        return kib * 1024;
    }
    return std::nullopt;
}

std::optional<HostResources> HostResources::current()
{
    const long cpus = ::sysconf(_SC_NPROCESSORS_ONLN);
    const FileRead meminfo = readBoundedFile(QStringLiteral("/proc/meminfo"), 64 * 1024);
    std::optional<qint64> memory = meminfo.ok() ? parseMemTotal(meminfo.data) : std::nullopt;
    if (!memory) {
        const long pages = ::sysconf(_SC_PHYS_PAGES);
        const long pageSize = ::sysconf(_SC_PAGESIZE);
        if (pages > 0 && pageSize > 0)
            memory = qint64(pages) * pageSize;
    }
    if (cpus <= 0 || !memory)
        return std::nullopt;
    return HostResources{int(cpus), *memory};
}

VmDefaults VmDefaults::resolve(const VmDefaultsConfig &config, const std::optional<HostResources> &host)
{
    VmDefaults d;
    d.vcpuCount = builtinVcpus;
    d.memoryMib = builtinMemoryMib;
    d.diskBytes = builtinDiskBytes;

    if (config.vcpuCount && *config.vcpuCount > 0) {
        d.vcpuCount = *config.vcpuCount;
        d.vcpuSource = Source::Config;
    } else if (host && host->cpus > 0) {
        d.vcpuCount = autoVcpus(host->cpus);
        d.vcpuSource = Source::Auto;
    }

    if (config.memoryMib && *config.memoryMib > 0) {
        d.memoryMib = *config.memoryMib;
        d.memorySource = Source::Config;
    } else if (host && host->memoryBytes > 0) {
        d.memoryMib = autoMemoryMib(host->memoryBytes);
        d.memorySource = Source::Auto;
    }

    if (config.diskSizeBytes && *config.diskSizeBytes > 0) {
        d.diskBytes = *config.diskSizeBytes;
        d.diskSource = Source::Config;
    }
    return d;
}

QString sourceKey(VmDefaults::Source source)
{
    switch (source) {
    case VmDefaults::Source::Config:
        return QStringLiteral("config");
    case VmDefaults::Source::Auto:
        return QStringLiteral("auto");
    case VmDefaults::Source::Builtin:
        break;
    }
    return QStringLiteral("builtin");
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= kGiB)
        return withUnit(bytes, kGiB, "GiB");
    if (bytes >= kMiB)
        return withUnit(bytes, kMiB, "MiB");
    if (bytes >= 1024)
        return withUnit(bytes, 1024, "KiB");
    return QStringLiteral("%1 B").arg(bytes);
}

} // namespace bd
