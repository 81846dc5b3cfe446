// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Capabilities.h"

#include <array>

namespace bd::capabilities {

namespace {

// Index is the capability number, from linux/capability.h.
constexpr std::array<const char *, kLast + 1> kNames = {
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
};

} // namespace

QString name(int bit)
{
    if (bit >= 0 && bit <= kLast)
        return QLatin1String(kNames[size_t(bit)]);
    return QStringLiteral("cap_%1").arg(bit);
}

std::optional<int> fromName(const QString &text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 0 && number < 64 ? std::optional<int>(number) : std::nullopt;

    const QString upper = text.toUpper();
    for (int bit = 0; bit <= kLast; ++bit) {
        if (upper == QLatin1String(kNames[size_t(bit)]))
            return bit;
    }
    return std::nullopt;
}

QStringList names(quint64 mask)
{
    QStringList out;
    for (int bit = 0; bit < 64; ++bit) {
        if (mask & (quint64(1) << bit))
            out << name(bit);
    }
    return out;
}

bool isFull(quint64 mask)
{
    return (mask & kKnownMask) == kKnownMask;
}

} // namespace bd::capabilities
