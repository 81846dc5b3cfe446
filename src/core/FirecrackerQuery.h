// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OsRelease.h"
#include "SemVer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

class HostPaths;

namespace firecracker {

inline constexpr const char *minimumVersion = "1.7.0";
inline constexpr const char *testedVersion = "1.12.0";
inline constexpr const char *releasesUrl = "https://github.com/firecracker-microvm/firecracker/releases";

// The one process the doctor runs: `BINARY --version`, without a shell, with stdin on /dev/null,
// stdout and stderr merged and capped, and killed when it outlives its time.
struct VersionQuery
{
    enum class Outcome
    {
        Ok,
        FailedToStart,
        TimedOut,
        OutputTooLarge,
        Crashed,
        ExitedWithError,
        Unparseable
    };

    Outcome outcome = Outcome::FailedToStart;
    std::optional<SemVer> version;
    QString firstLine; // the first non-empty output line, trimmed and shortened for messages
    QString error;     // translated reason for anything but Ok
    int exitCode = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Ok; }
};

struct QueryLimits
{
    int timeoutMs = 5000;
    qint64 maxOutputBytes = 64 * 1024;
};

VersionQuery queryVersion(const QString &binary, const QueryLimits &limits);

// "Firecracker v1.12.0" (any case, "v" optional, anything after the version ignored) → 1.12.0.
std::optional<SemVer> parseVersionLine(const QString &line);

// The command that installs firecracker on this distro, judged from ID and then each ID_LIKE, for
// the distros known to package it: debian and debian-likes (apt), arch, manjaro and endeavouros (an
// AUR helper), nixos (nix). Empty for anything else: better no command than a wrong one.
QString installCommand(const OsRelease &release);
// The hint of a missing binary: that command when there is one, and always the releases page.
QString installHint(const OsRelease &release);

// Where the configured binary is: findExecutable() when it is an executable; otherwise the first
// existing PATH entry of that name (a broken link, a file without x bits), so a problem can be named.
// Empty when nothing of that name exists.
QString locateBinary(const HostPaths &paths, const QString &configured);

} // namespace firecracker
} // namespace bd
